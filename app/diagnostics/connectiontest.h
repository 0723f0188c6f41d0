// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/diagnostics/explanation.h"
#include "app/smtp/capabilities.h"
#include "app/smtp/credentials.h"
#include "app/smtp/error.h"
#include "app/smtp/session.h"
#include "app/smtp/sessionsettings.h"
#include "app/smtp/transcript.h"
#include "app/smtp/transport.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>

#include <optional>

class QHostInfo;

namespace Diagnostics
{

// One step of the connection test, as a live view shows it and the report keeps it.
struct ConnectionTestStep {
    enum class Kind { Resolve, Connect, TlsHandshake, Ehlo, Authenticate };
    enum class Status { Waiting, Running, Passed, Failed, Skipped };

    Kind kind = Kind::Resolve;
    Status status = Status::Waiting;
    qint64 elapsedMs = 0; // how long the step took (so far, while running)
    // One translated line: the addresses found, the protocol and cipher, the capabilities, ...
    QString detail;

    // Stable English names for JSON and logs ("resolve", "connect", "tls", "ehlo", "auth";
    // "waiting", "running", "passed", "failed", "skipped"); never translated.
    static QString kindName(Kind kind);
    static QString statusName(Status status);

    bool operator==(const ConnectionTestStep &other) const = default;
};

// Everything one connection test learned. Holds no secret: the transcript is the engine's
// redacted one, and the password never appears anywhere in it.
struct ConnectionTestReport {
    bool ok = false; // every step passed or was skipped for a reason that is not a failure
    QString host;
    quint16 port = 0;
    Accounts::Security security = Accounts::Security::StartTls;
    QList<ConnectionTestStep> steps; // always all five, in Kind order
    QList<QHostAddress> addresses; // what the host name resolved to
    std::optional<Smtp::Error> error; // the first failure, as the engine reports it
    std::optional<Explanation> explanation; // the explainer's reading of `error`
    QString tlsDescription; // "TLSv1.3, TLS_AES_256_GCM_SHA384"; empty without TLS
    // The server's certificate chain, leaf first: the accepted one, or the one that failed
    // verification (so that a person can inspect it and decide to pin the leaf).
    QList<QSslCertificate> peerChain;
    Smtp::Capabilities capabilities; // from the last EHLO (after TLS when TLS was reached)
    QList<Smtp::TranscriptLine> transcript; // redacted
    qint64 elapsedMs = 0;

    // Index into steps of the step that failed, or -1.
    int failedStep() const;
    // The `kurier account test --json` object: {"ok", "steps": [{"name", "ok", "elapsed_ms",
    // "detail", "status"}], "error": explain-object|null} plus host, port, security, addresses,
    // tls, capabilities, size_limit and certificates (subject, names, issuer, validity, SHA-256).
    QJsonObject toJson() const;
};

// The step-by-step connection test: resolve the host name (listing the addresses), connect
// (timed), TLS handshake (protocol, cipher, certificate chain), EHLO (capabilities), AUTH
// without sending mail, then QUIT. It drives the SMTP engine's own session (Session::checkLogin),
// so it meets exactly the rules a real send meets: TLS is required as configured, a password is
// never sent without encryption, a certificate is accepted only when it verifies or matches
// the account's pin. Signals only, on the caller's thread: no blocking, no nested event loop.
// stepChanged() reports every change of a step; finished() comes exactly once per start().
class ConnectionTest : public QObject
{
    Q_OBJECT
public:
    // Without credentials the AUTH step is skipped (nothing to log in with) and the rest runs.
    ConnectionTest(Smtp::SessionSettings settings, std::optional<Smtp::Credentials> credentials,
                   QObject *parent = nullptr);
    ~ConnectionTest() override;

    // Where the connections come from; by default SocketTransport::factory() for the settings.
    void setTransportFactory(Smtp::TransportFactory factory);

    void start();
    // Ends a running test at once; finished() still comes, with the running step failed and
    // the error Cancelled.
    void cancel();

    bool isRunning() const { return m_running; }
    const QList<ConnectionTestStep> &steps() const { return m_report.steps; }
    const Smtp::SessionSettings &settings() const { return m_settings; }

Q_SIGNALS:
    void stepChanged(int index, const Diagnostics::ConnectionTestStep &step);
    void transcriptLine(const Smtp::TranscriptLine &line); // already redacted
    void finished(const Diagnostics::ConnectionTestReport &report);

private:
    void onResolved(const QHostInfo &info);
    void onResolveTimeout();
    void startSession();
    void onSessionState(Smtp::Session::State state);
    void onLoginFinished(const Smtp::LoginResult &result);
    ConnectionTestStep::Kind stepFor(Smtp::Phase phase) const;
    void enterStep(ConnectionTestStep::Kind kind);
    void setStep(ConnectionTestStep::Kind kind, ConnectionTestStep::Status status, const QString &detail = {});
    QString passDetail(ConnectionTestStep::Kind kind, const Smtp::LoginResult &result) const;
    QString failureDetail(ConnectionTestStep::Kind kind, const Smtp::Error &error,
                          const Smtp::LoginResult &result) const;
    void finishWithoutSession(const Smtp::Error &error);
    void finish(std::optional<Smtp::Error> error);

    Smtp::SessionSettings m_settings;
    std::optional<Smtp::Credentials> m_credentials;
    Smtp::TransportFactory m_transportFactory;
    QPointer<Smtp::Session> m_session;
    ConnectionTestReport m_report;
    QElapsedTimer m_clock;
    QElapsedTimer m_stepClock;
    QTimer m_resolveTimer;
    int m_lookupId = -1;
    int m_current = -1; // the running (or last entered) step
    bool m_tlsSeen = false;
    bool m_running = false;
};

} // namespace Diagnostics

Q_DECLARE_METATYPE(Diagnostics::ConnectionTestStep)
Q_DECLARE_METATYPE(Diagnostics::ConnectionTestReport)
