// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/localwebserver.h"

#include <QFile>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>

namespace
{

constexpr qsizetype MaxRequestBytes = 1 << 20;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    default:
        return "Status";
    }
}

} // namespace

LocalWebServer::LocalWebServer(const QHostAddress &address, Tls tls, const QString &certificateName, QObject *parent)
    : QTcpServer(parent)
    , m_address(address)
    , m_tls(tls)
{
    if (tls == Tls::On) {
        QFile certificate(tlsDataPath(certificateName + QStringLiteral(".pem")));
        QFile key(tlsDataPath(certificateName + QStringLiteral(".key")));
        if (certificate.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly)) {
            m_certificate = QSslCertificate(&certificate, QSsl::Pem);
            m_key = QSslKey(&key, QSsl::Rsa, QSsl::Pem);
        }
    }
}

QString LocalWebServer::tlsDataPath(const QString &file)
{
    return QStringLiteral(KURIER_TEST_DATA_DIR "/autoconfig/tls/") + file;
}

QList<QSslCertificate> LocalWebServer::testCa()
{
    return QSslCertificate::fromPath(tlsDataPath(QStringLiteral("ca.pem")));
}

bool LocalWebServer::start(quint16 port)
{
    if (port == 0) {
        port = m_tls == Tls::On ? 443 : 80;
    }
    return listen(m_address, port);
}

void LocalWebServer::route(const QString &path, const Response &response)
{
    m_routes.insert(path, response);
}

LocalWebServer::Response LocalWebServer::document(const QByteArray &body, int delayMs)
{
    Response response;
    response.body = body;
    response.delayMs = delayMs;
    response.headers = {{"Content-Type", "text/xml"}};
    return response;
}

LocalWebServer::Response LocalWebServer::redirect(const QString &location, int status)
{
    Response response;
    response.status = status;
    response.headers = {{"Location", location.toUtf8()}};
    return response;
}

LocalWebServer::Response LocalWebServer::status(int code)
{
    Response response;
    response.status = code;
    response.body = reasonPhrase(code);
    return response;
}

LocalWebServer::Response LocalWebServer::hanging()
{
    Response response;
    response.hang = true;
    return response;
}

void LocalWebServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        socket->deleteLater();
        return;
    }
    connect(socket, &QSslSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QSslSocket::disconnected, this, [this, socket] {
        m_buffers.remove(socket);
        socket->deleteLater();
    });
    // A client that refuses our certificate just goes away; nothing to report here.
    connect(socket, &QSslSocket::sslErrors, socket, [socket] { socket->abort(); });
    if (m_tls == Tls::On) {
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        socket->startServerEncryption();
    }
}

void LocalWebServer::onReadyRead(QSslSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    if (buffer.size() > MaxRequestBytes) {
        socket->abort();
        return;
    }
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        return;
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    Request request;
    request.method = requestLine.value(0);
    const QUrl target(QString::fromUtf8(requestLine.value(1)));
    request.path = target.path();
    request.query = target.query(QUrl::FullyDecoded);
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "host") {
            request.host = value;
        } else if (name == "content-length") {
            contentLength = value.toLongLong();
        }
    }
    if (buffer.size() < headerEnd + 4 + contentLength) {
        return;
    }
    request.body = buffer.mid(headerEnd + 4, contentLength);
    buffer.clear();
    m_requests.append(request);
    respond(socket, request);
}

void LocalWebServer::respond(QSslSocket *socket, const Request &request)
{
    const Response response = m_routes.value(request.path, status(404));
    if (response.hang) {
        return; // keep the connection open and say nothing
    }
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers) {
        bytes += name + ": " + value + "\r\n";
    }
    bytes += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n";
    bytes += response.body;
    const QPointer<QSslSocket> guarded(socket);
    QTimer::singleShot(response.delayMs, this, [guarded, bytes] {
        if (guarded) {
            guarded->write(bytes);
            guarded->disconnectFromHost();
        }
    });
}
