// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/smtp/sockettransport.h"

#include <QNetworkProxy>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QTimer>

namespace Smtp
{

namespace
{

// A graceful close that the peer never completes must not keep the socket alive for ever.
constexpr int CloseGraceMs = 5000;

} // namespace

SocketTransport::SocketTransport(const QString &peerVerifyName, const QList<QSslCertificate> &additionalCaCertificates,
                                 QObject *parent)
    : Transport(parent)
    , m_peerVerifyName(peerVerifyName)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!additionalCaCertificates.isEmpty()) {
        configuration.addCaCertificates(additionalCaCertificates);
    }
    m_socket.setSslConfiguration(configuration);
    m_socket.setPeerVerifyName(peerVerifyName);
    // Submission goes straight to the configured server: an application-wide proxy set for
    // HTTP must not silently reroute it.
    m_socket.setProxy(QNetworkProxy::NoProxy);

    connect(&m_socket, &QSslSocket::connected, this, [this] {
        if (!m_closing) {
            Q_EMIT connected();
        }
    });
    connect(&m_socket, &QSslSocket::encrypted, this, [this] {
        if (!m_closing) {
            Q_EMIT encrypted();
        }
    });
    connect(&m_socket, &QSslSocket::readyRead, this, [this] {
        if (!m_closing) {
            Q_EMIT readyRead();
        }
    });
    connect(&m_socket, &QSslSocket::bytesWritten, this, [this](qint64 bytes) {
        if (!m_closing) {
            Q_EMIT bytesWritten(bytes);
        }
    });
    // Once encrypted, bytesWritten() only says the bytes were encrypted; the socket has
    // taken them when encryptedBytesWritten() fires, and that is what flow control needs.
    connect(&m_socket, &QSslSocket::encryptedBytesWritten, this, [this](qint64 bytes) {
        if (!m_closing) {
            Q_EMIT bytesWritten(bytes);
        }
    });
    connect(&m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (!m_closing) {
            Q_EMIT peerVerificationFailed(errors, m_socket.peerCertificateChain());
        }
    });
    connect(&m_socket, &QSslSocket::errorOccurred, this, &SocketTransport::reportFailure);
    connect(&m_socket, &QSslSocket::disconnected, this, [this] {
        if (m_closing) {
            deleteLater();
        } else {
            reportFailure(QAbstractSocket::RemoteHostClosedError);
        }
    });
}

TransportFactory SocketTransport::factory(const QString &peerVerifyName,
                                          const QList<QSslCertificate> &additionalCaCertificates)
{
    return [peerVerifyName, additionalCaCertificates]() -> std::unique_ptr<Transport> {
        return std::make_unique<SocketTransport>(peerVerifyName, additionalCaCertificates);
    };
}

SocketTransport::~SocketTransport()
{
    m_closing = true;
    m_socket.abort();
}

void SocketTransport::reportFailure(QAbstractSocket::SocketError error)
{
    if (m_closing || m_failed) {
        return;
    }
    m_failed = true;
    TransportFailure failure;
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        failure.kind = TransportFailure::Kind::HostNotFound;
        break;
    case QAbstractSocket::ConnectionRefusedError:
        failure.kind = TransportFailure::Kind::ConnectionRefused;
        break;
    case QAbstractSocket::RemoteHostClosedError:
        failure.kind = TransportFailure::Kind::RemoteClosed;
        break;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        failure.kind = TransportFailure::Kind::TlsHandshakeFailed;
        break;
    default:
        failure.kind = TransportFailure::Kind::Network;
        break;
    }
    failure.message = m_socket.errorString();
    // Queued: the contract promises no signal from inside a call into the transport, and
    // QSslSocket reports some errors synchronously from connectToHost()/write().
    QMetaObject::invokeMethod(
        this,
        [this, failure] {
            if (!m_closing) {
                Q_EMIT failed(failure);
            }
        },
        Qt::QueuedConnection);
}

void SocketTransport::connectToHost(const QString &host, quint16 port, Encryption encryption)
{
    if (encryption == Encryption::ImplicitTls) {
        m_socket.connectToHostEncrypted(host, port, m_peerVerifyName);
    } else {
        m_socket.connectToHost(host, port);
    }
}

void SocketTransport::startClientEncryption()
{
    m_socket.startClientEncryption();
}

void SocketTransport::ignoreSslErrors(const QList<QSslError> &errors)
{
    m_socket.ignoreSslErrors(errors);
}

void SocketTransport::write(const QByteArray &bytes)
{
    m_socket.write(bytes);
}

QByteArray SocketTransport::readAll()
{
    return m_socket.readAll();
}

qint64 SocketTransport::bytesAvailable() const
{
    return m_socket.bytesAvailable();
}

qint64 SocketTransport::bytesToWrite() const
{
    // In encrypted mode QSslSocket::bytesToWrite() counts only plaintext not yet encrypted;
    // the encrypted backlog waiting for the kernel is separate.
    return m_socket.bytesToWrite() + m_socket.encryptedBytesToWrite();
}

bool SocketTransport::isEncrypted() const
{
    return m_socket.isEncrypted();
}

QList<QSslCertificate> SocketTransport::peerCertificateChain() const
{
    return m_socket.peerCertificateChain();
}

QString SocketTransport::encryptionDescription() const
{
    const QSslCipher cipher = m_socket.sessionCipher();
    if (cipher.isNull()) {
        return {};
    }
    return cipher.protocolString() + QStringLiteral(", ") + cipher.name();
}

QHostAddress SocketTransport::localAddress() const
{
    return m_socket.localAddress();
}

QHostAddress SocketTransport::peerAddress() const
{
    return m_socket.peerAddress();
}

void SocketTransport::close(CloseMode mode)
{
    m_closing = true;
    if (mode == CloseMode::Abort || m_socket.state() == QAbstractSocket::UnconnectedState) {
        m_socket.abort();
        deleteLater();
        return;
    }
    // Hand the last command (QUIT) to the system now: the thread may be about to end.
    m_socket.flush();
    m_socket.disconnectFromHost();
    if (m_socket.state() == QAbstractSocket::UnconnectedState) {
        deleteLater();
        return;
    }
    QTimer::singleShot(CloseGraceMs, this, [this] {
        m_socket.abort();
        deleteLater();
    });
}

} // namespace Smtp
