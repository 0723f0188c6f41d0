// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/smtp/transport.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <memory>

namespace TestSupport
{

// What a scripted conversation saw, shared between the test and every transport the
// session creates from the factory, so it stays readable after the session closed them.
struct ScriptLog {
    QByteArray written; // everything the client wrote, in order
    QByteArray afterEnd; // what the client wrote after the script ran out of steps
    QString mismatch; // first difference between the script and the client; empty if none
    QList<QByteArray> messages; // DATA payloads (dot-stuffed wire form, with the final CRLF.CRLF)
    int connections = 0;
    int stepsLeft = 0; // steps of the last connection's script not reached
    bool closedByClient = false;
    bool tlsStarted = false;
};

// In-memory Smtp::Transport playing a server script (Trojitá's FakeSocket idea). Steps:
//   "S: text"   the server sends text + CRLF (consecutive S: steps arrive as one read)
//   "S! text"   the server sends text with \r and \n escapes and no implicit line end
//   "C: line"   the client must write exactly line + CRLF
//   "C: <message>"  the client writes message data up to and including CRLF.CRLF
//   "TLS"       the client must start TLS now; the handshake succeeds
//   "TLS-UNTRUSTED"  the handshake reports a self-signed certificate; it succeeds only if the
//               session ignores exactly that error from its signal handler
//   "PAUSE"     ends the current read; the following S: steps arrive in a later one
//   "CLOSE"     the server closes the connection
//   "UNKNOWN-HOST" / "REFUSED"  as the first step: connecting fails (the name does not
//               resolve, or nobody listens) and nothing else happens on this connection
// A script that runs out of steps simply stalls (for timeout tests). One script per
// connection: the factory hands them out in order.
class ScriptedTransport : public Smtp::Transport
{
    Q_OBJECT
public:
    ScriptedTransport(QStringList script, std::shared_ptr<ScriptLog> log, QObject *parent = nullptr);

    // A factory handing out one transport per script, all reporting into `log`.
    static Smtp::TransportFactory factory(QList<QStringList> scripts, std::shared_ptr<ScriptLog> log);

    void connectToHost(const QString &host, quint16 port, Encryption encryption) override;
    void startClientEncryption() override;
    void ignoreSslErrors(const QList<QSslError> &errors) override;
    void write(const QByteArray &bytes) override;
    QByteArray readAll() override;
    qint64 bytesAvailable() const override;
    qint64 bytesToWrite() const override { return 0; }
    bool isEncrypted() const override { return m_encrypted; }
    QList<QSslCertificate> peerCertificateChain() const override;
    QString encryptionDescription() const override;
    QHostAddress localAddress() const override;
    void close(CloseMode mode) override;

    // A self-signed certificate the TLS-UNTRUSTED step presents (made once, cached).
    static QSslCertificate untrustedCertificate();

private:
    void scheduleAdvance();
    void advance();
    void consumeWrites();
    void fail(const QString &mismatch);
    void handshake();

    QStringList m_script;
    std::shared_ptr<ScriptLog> m_log;
    QByteArray m_readBuffer;
    QByteArray m_pendingWrite;
    bool m_connected = false;
    bool m_encrypted = false;
    bool m_handshakeRequested = false;
    bool m_ignoredErrors = false;
    bool m_closed = false;
    bool m_advanceScheduled = false;
};

} // namespace TestSupport
