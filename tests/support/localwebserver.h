// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

class QSslSocket;

// A small HTTP/1.1 server (optionally HTTPS) on a loopback address for discovery tests: each
// path gets a scripted response, which can be delayed, never sent ("hang", for timeouts) or
// be a redirect; every request is recorded (method, path, query, Host header) so tests can
// check what left the client, e.g. that the email address never goes out over http.
// Responses close the connection. Listens on the given address, port 443/80 by default, since
// the product always asks the standard ports (tests run as root).
class LocalWebServer : public QTcpServer
{
    Q_OBJECT
public:
    enum class Tls { Off, On };

    struct Response {
        int status = 200;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        int delayMs = 0;
        bool hang = false;
    };
    struct Request {
        QByteArray method;
        QString path;
        QString query;
        QByteArray host;
        QByteArray body;
    };

    // certificateName: "server", "hoster" or "selfsigned" from tests/data/autoconfig/tls.
    LocalWebServer(const QHostAddress &address, Tls tls, const QString &certificateName = QStringLiteral("server"),
                   QObject *parent = nullptr);

    bool start(quint16 port = 0); // 0: 443 with TLS, 80 without
    void route(const QString &path, const Response &response);
    static Response document(const QByteArray &body, int delayMs = 0);
    static Response redirect(const QString &location, int status = 302);
    static Response status(int code);
    static Response hanging();

    QList<Request> requests() const { return m_requests; }
    QHostAddress address() const { return m_address; }

    // The test CA that signed "server" and "hoster".
    static QList<QSslCertificate> testCa();
    static QString tlsDataPath(const QString &file);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void onReadyRead(QSslSocket *socket);
    void respond(QSslSocket *socket, const Request &request);

    QHostAddress m_address;
    Tls m_tls;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QHash<QString, Response> m_routes;
    QList<Request> m_requests;
    QHash<QSslSocket *, QByteArray> m_buffers;
};
