// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "autoconfig/lookupconfig.h"

#include <QObject>
#include <QSslSocket>
#include <QTimer>

namespace Autoconfig
{

// The guesser's small dedicated probe: does host:port speak SMTP submission with working,
// verifiable TLS, and what does it offer? It connects (TLS from the first byte for implicit
// TLS), reads the greeting, says EHLO, for STARTTLS upgrades and says EHLO again (AUTH is often
// offered only after TLS), then QUIT. It never authenticates and never sends mail. A
// certificate that fails validation fails the probe and reports the names it was valid for.
// Emits finished() exactly once.
class SmtpProbe : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Resolving,
        Connecting,
        TlsHandshake,
        AwaitingGreeting,
        AwaitingEhlo,
        AwaitingStartTls,
        Quitting,
        Done
    };
    Q_ENUM(State)

    enum class Outcome {
        Ok,
        HostNotFound,
        ConnectionRefused,
        Timeout,
        CertificateInvalid,
        TlsFailed,
        NoStartTls,
        NotSmtp,
        Rejected, // the server greeted with or answered EHLO with an error
    };
    Q_ENUM(Outcome)

    struct Result {
        QString host;
        quint16 port = 0;
        Security security = Security::ImplicitTls;
        Outcome outcome = Outcome::ConnectionRefused;
        QStringList authMechanisms; // upper case, from the last EHLO
        qint64 sizeLimit = -1; // SIZE, -1 when not advertised
        QStringList certificateNames;
        QString technical;
    };

    SmtpProbe(const QString &host, quint16 port, Security security, const LookupConfig &config,
              QObject *parent = nullptr);

    void start();
    void abort();

Q_SIGNALS:
    void finished(const Autoconfig::SmtpProbe::Result &result);

private:
    void connectTo(const QHostAddress &address);
    void onReadyRead();
    void onReply(int code, const QStringList &lines);
    void readCapabilities(const QStringList &lines);
    void sendLine(const QByteArray &line);
    void setState(State state);
    void finish(Outcome outcome, const QString &technical = {});

    LookupConfig m_config;
    Result m_result;
    QSslSocket *m_socket;
    QList<QHostAddress> m_addresses; // resolved but not tried yet
    QTimer m_deadline;
    State m_state = State::Resolving;
    QByteArray m_buffer;
    QStringList m_replyLines;
    bool m_upgraded = false;
};

} // namespace Autoconfig
Q_DECLARE_METATYPE(Autoconfig::SmtpProbe::Result)
