// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/smtp/transport.h"

#include <QSslSocket>

namespace Smtp
{

// Transport over a QSslSocket: TLS 1.2 or later only, certificates verified against the
// system's CAs (plus any extra ones given) for the configured host name. It never ignores
// an SSL error on its own; see Transport::peerVerificationFailed().
class SocketTransport : public Transport
{
    Q_OBJECT
public:
    SocketTransport(const QString &peerVerifyName, const QList<QSslCertificate> &additionalCaCertificates,
                    QObject *parent = nullptr);
    ~SocketTransport() override;

    // What a session needs to open connections to the server these settings name.
    static TransportFactory factory(const QString &peerVerifyName,
                                    const QList<QSslCertificate> &additionalCaCertificates);

    void connectToHost(const QString &host, quint16 port, Encryption encryption) override;
    void startClientEncryption() override;
    void ignoreSslErrors(const QList<QSslError> &errors) override;
    void write(const QByteArray &bytes) override;
    QByteArray readAll() override;
    qint64 bytesAvailable() const override;
    qint64 bytesToWrite() const override;
    bool isEncrypted() const override;
    QList<QSslCertificate> peerCertificateChain() const override;
    QString encryptionDescription() const override;
    QHostAddress localAddress() const override;
    QHostAddress peerAddress() const override;
    void close(CloseMode mode) override;

private:
    void reportFailure(QAbstractSocket::SocketError error);

    QSslSocket m_socket;
    QString m_peerVerifyName;
    bool m_closing = false;
    bool m_failed = false;
};

} // namespace Smtp
