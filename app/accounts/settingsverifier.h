// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/accounts/account.h"
#include "app/diagnostics/explanation.h"
#include "app/smtp/error.h"
#include "app/smtp/transcript.h"
#include "app/smtp/transport.h"
#include "autoconfig/discovery.h"

#include <QElapsedTimer>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>

#include <functional>
#include <optional>

namespace Smtp
{
class Session;
struct LoginResult;
struct SessionSettings;
} // namespace Smtp

namespace Accounts
{

// One login tried by the verifier: the candidate settings and user name, and how it went.
struct VerificationAttempt {
    Account candidate; // email, host, port, security, auth method and user name; no id yet
    std::optional<Smtp::Error> error; // empty: the login succeeded
    std::optional<Diagnostics::Explanation> explanation; // the explainer's reading of `error`
    bool credentialsSent = false; // the server saw the password (counts against the limit)
    qint64 elapsedMs = 0;
    QList<Smtp::TranscriptLine> transcript; // redacted

    bool succeeded() const { return !error.has_value(); }
};

// The outcome of verifying discovered settings with a real login.
struct VerificationResult {
    std::optional<Account> verified; // the settings and user name that logged in
    QList<VerificationAttempt> attempts; // in the order they were made
    int failedLogins = 0;
    // Why nothing verified: the decisive attempt's error and explanation (the last failed login,
    // else the last attempt's failure); empty when verified or when there was nothing to try.
    std::optional<Smtp::Error> error;
    std::optional<Diagnostics::Explanation> explanation;

    bool ok() const { return verified.has_value(); }
};

// Verifies what autoconfig discovered with a real login that sends no mail (EHLO, TLS as the
// settings require, AUTH, QUIT; Smtp::Session::checkLogin), trying the chosen settings and
// then the alternatives, each with its user name and, when the data leaves the user name
// open (the full address was only Kurier's assumption), the address's local part next.
// Failed logins can lock an account, so it stops after MaxFailedLogins of them, and at once
// when the server's refusal says another user name cannot help (app password, web sign-in,
// OAuth only, SMTP disabled). Settings without encryption are never tried with a password.
// Lives on the caller's thread, signals only; finished() comes exactly once per start().
class SettingsVerifier : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxFailedLogins = 2;

    explicit SettingsVerifier(QObject *parent = nullptr);
    ~SettingsVerifier() override;

    // The logins to try for a discovery, in order, without any limit applied: each usable
    // password server (settings first, then alternatives) with its user name candidates.
    static QList<Account> candidates(const Autoconfig::Discovery &discovery);

    // Trusted in addition to the system's CAs (a company CA, or a test's own CA).
    void setAdditionalCaCertificates(const QList<QSslCertificate> &certificates);
    // Where the connections come from; by default a SocketTransport for each candidate.
    using TransportFactoryMaker = std::function<Smtp::TransportFactory(const Smtp::SessionSettings &settings)>;
    void setTransportFactoryMaker(TransportFactoryMaker maker);

    void start(const Autoconfig::Discovery &discovery, const QString &password);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void attemptStarted(const Accounts::Account &candidate);
    void attemptFinished(const Accounts::VerificationAttempt &attempt);
    void finished(const Accounts::VerificationResult &result);

private:
    void tryNext();
    void onLoginFinished(const Smtp::LoginResult &login);
    void finish();

    QList<QSslCertificate> m_additionalCaCertificates;
    TransportFactoryMaker m_transportFactoryMaker;
    QList<Account> m_candidates;
    int m_next = 0;
    QString m_password;
    QPointer<Smtp::Session> m_session;
    Account m_current;
    QElapsedTimer m_attemptClock;
    VerificationResult m_result;
    bool m_running = false;
};

} // namespace Accounts

Q_DECLARE_METATYPE(Accounts::VerificationAttempt)
Q_DECLARE_METATYPE(Accounts::VerificationResult)
