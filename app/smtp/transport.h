// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

#include <functional>
#include <memory>

namespace Smtp
{

// Why a transport stopped working.
struct TransportFailure {
    enum class Kind { HostNotFound, ConnectionRefused, RemoteClosed, TlsHandshakeFailed, Network };
    Kind kind = Kind::Network;
    QString message; // the socket's own description, untranslated by us
};

// The byte pipe under a session: a tiny seam so that protocol tests run in memory
// (a scripted transport) while the product uses a QSslSocket. Contract:
// - every signal is emitted from the event loop, never from inside a call into the transport;
// - failed() is emitted at most once, for any loss of the connection the session did not ask
//   for, and nothing follows it; bytes received before the loss stay readable;
// - peerVerificationFailed() must be handled synchronously (direct connection): calling
//   ignoreSslErrors() from the slot is the only way to accept the certificate;
// - after close() the transport emits nothing more and deletes itself once done.
class Transport : public QObject
{
    Q_OBJECT
public:
    enum class Encryption { None, ImplicitTls };
    enum class CloseMode { Graceful, Abort };

    using QObject::QObject;

    virtual void connectToHost(const QString &host, quint16 port, Encryption encryption) = 0;
    virtual void startClientEncryption() = 0;
    virtual void ignoreSslErrors(const QList<QSslError> &errors) = 0;
    virtual void write(const QByteArray &bytes) = 0;
    virtual QByteArray readAll() = 0;
    virtual qint64 bytesAvailable() const = 0;
    virtual qint64 bytesToWrite() const = 0;
    virtual bool isEncrypted() const = 0;
    virtual QList<QSslCertificate> peerCertificateChain() const = 0;
    // "TLSv1.3, TLS_AES_256_GCM_SHA384" once encrypted.
    virtual QString encryptionDescription() const = 0;
    virtual QHostAddress localAddress() const = 0;
    // The server's address once connected; null when the transport cannot tell.
    virtual QHostAddress peerAddress() const { return {}; }
    // Graceful: flush what was written, then close. Abort: drop at once.
    virtual void close(CloseMode mode) = 0;

Q_SIGNALS:
    void connected();
    void encrypted();
    void readyRead();
    void bytesWritten(qint64 bytes);
    void peerVerificationFailed(const QList<QSslError> &errors, const QList<QSslCertificate> &chain);
    void failed(const Smtp::TransportFailure &failure);
};

// Creates one transport per connection attempt.
using TransportFactory = std::function<std::unique_ptr<Transport>()>;

} // namespace Smtp

Q_DECLARE_METATYPE(Smtp::TransportFailure)
