// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/accounts/settingsverifier.h"

#include "app/diagnostics/explainer.h"
#include "app/diagnostics/smtperrorevidence.h"
#include "app/logging.h"
#include "app/smtp/credentials.h"
#include "app/smtp/loginresult.h"
#include "app/smtp/session.h"
#include "app/smtp/sessionsettings.h"
#include "app/smtp/sockettransport.h"
#include "autoconfig/mailaddress.h"

namespace Accounts
{

using Diagnostics::Category;
using ErrorKind = Smtp::Error::Kind;

namespace
{

std::optional<Security> securityFor(Autoconfig::Security security)
{
    switch (security) {
    case Autoconfig::Security::ImplicitTls:
        return Security::ImplicitTls;
    case Autoconfig::Security::StartTls:
        return Security::StartTls;
    case Autoconfig::Security::Plain:
        break; // a password is never sent without encryption
    }
    return std::nullopt;
}

// Sources that state the user name themselves (a provider's file, the ISPDB, the bundled
// table) are taken at their word; the others only assume the full address.
bool userNameIsAssumed(Autoconfig::SourceKind source)
{
    switch (source) {
    case Autoconfig::SourceKind::Srv:
    case Autoconfig::SourceKind::Guess:
    case Autoconfig::SourceKind::Autodiscover:
        return true;
    case Autoconfig::SourceKind::BundledTable:
    case Autoconfig::SourceKind::Provider:
    case Autoconfig::SourceKind::ProviderWellKnown:
    case Autoconfig::SourceKind::Ispdb:
    case Autoconfig::SourceKind::Mx:
    case Autoconfig::SourceKind::ProviderHttp:
        break;
    }
    return false;
}

// Whether the server's refusal says something about the password or the user name, so that
// another user name might succeed. App passwords, web sign-in, OAuth-only and disabled SMTP
// are about the account, not the name: trying another one only risks a lock-out.
bool anotherUserNameMayHelp(const VerificationAttempt &attempt)
{
    if (!attempt.error || attempt.error->kind != ErrorKind::AuthenticationFailed) {
        return false;
    }
    if (!attempt.explanation) {
        return true;
    }
    switch (attempt.explanation->category) {
    case Category::WrongCredentials:
    case Category::Unknown:
        return true;
    default:
        return false;
    }
}

// Failures of the server or the connection, not of the login: the next server may work.
bool nextServerMayHelp(const Smtp::Error &error)
{
    switch (error.kind) {
    case ErrorKind::AuthenticationFailed:
    case ErrorKind::ServerSignatureInvalid:
    case ErrorKind::Cancelled:
    case ErrorKind::MissingCredentials:
        return false;
    default:
        return true;
    }
}

} // namespace

SettingsVerifier::SettingsVerifier(QObject *parent)
    : QObject(parent)
{
}

SettingsVerifier::~SettingsVerifier() = default;

QList<Account> SettingsVerifier::candidates(const Autoconfig::Discovery &discovery)
{
    QList<Account> result;
    if (!discovery.settings) {
        return result;
    }
    const std::optional<Autoconfig::MailAddress> address = Autoconfig::MailAddress::parse(discovery.emailAddress);
    QList<Autoconfig::OutgoingServer> servers{*discovery.settings};
    servers += discovery.alternatives;
    for (const Autoconfig::OutgoingServer &server : std::as_const(servers)) {
        const std::optional<Security> security = securityFor(server.security);
        if (!security || !Autoconfig::needsPassword(server.preferredAuthentication())) {
            continue;
        }
        Account account;
        account.email = discovery.emailAddress;
        account.host = server.hostname;
        account.port = server.port;
        account.security = *security;
        account.authMethod = AuthMethod::Auto;
        const QString stated = server.username.isEmpty() ? discovery.emailAddress : server.username;
        QStringList userNames{stated};
        if (address && userNameIsAssumed(discovery.source) && stated.compare(address->address, Qt::CaseInsensitive) == 0
            && !address->localPart.isEmpty()) {
            userNames.append(address->localPart);
        }
        for (const QString &userName : std::as_const(userNames)) {
            account.userName = userName;
            if (!result.contains(account)) {
                result.append(account);
            }
        }
    }
    return result;
}

void SettingsVerifier::setAdditionalCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_additionalCaCertificates = certificates;
}

void SettingsVerifier::setTransportFactoryMaker(TransportFactoryMaker maker)
{
    m_transportFactoryMaker = std::move(maker);
}

void SettingsVerifier::start(const Autoconfig::Discovery &discovery, const QString &password)
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_result = {};
    m_candidates = candidates(discovery);
    m_next = 0;
    m_password = password;
    qCDebug(lcAccounts) << "verifying" << m_candidates.size() << "login candidates";
    // Always answered from the event loop, even with nothing to try.
    QMetaObject::invokeMethod(this, &SettingsVerifier::tryNext, Qt::QueuedConnection);
}

void SettingsVerifier::cancel()
{
    if (!m_running) {
        return;
    }
    if (m_session) {
        m_session->cancel(); // answered by loginFinished(), which ends the run
        m_candidates = m_candidates.mid(0, m_next);
        return;
    }
    m_candidates = m_candidates.mid(0, m_next);
}

void SettingsVerifier::tryNext()
{
    if (!m_running) {
        return;
    }
    if (m_next >= m_candidates.size() || m_result.failedLogins >= MaxFailedLogins) {
        finish();
        return;
    }
    m_current = m_candidates.at(m_next++);
    Smtp::SessionSettings settings = Smtp::SessionSettings::fromAccount(m_current);
    settings.additionalCaCertificates = m_additionalCaCertificates;
    Smtp::TransportFactory factory = m_transportFactoryMaker
        ? m_transportFactoryMaker(settings)
        : Smtp::SocketTransport::factory(settings.host, settings.additionalCaCertificates);
    m_session = new Smtp::Session(settings, std::move(factory), this);
    m_session->setCredentials(Smtp::Credentials::password(m_password));
    connect(m_session, &Smtp::Session::loginFinished, this, &SettingsVerifier::onLoginFinished);
    m_attemptClock.start();
    Q_EMIT attemptStarted(m_current);
    m_session->checkLogin();
}

void SettingsVerifier::onLoginFinished(const Smtp::LoginResult &login)
{
    if (m_session) {
        m_session->disconnect(this);
        m_session->deleteLater();
        m_session = nullptr;
    }
    VerificationAttempt attempt;
    attempt.candidate = m_current;
    attempt.error = login.error;
    attempt.credentialsSent = login.authenticated || (login.error && login.reached(Smtp::Phase::Authentication));
    attempt.elapsedMs = m_attemptClock.elapsed();
    attempt.transcript = login.transcript;
    if (login.error) {
        attempt.explanation = Diagnostics::Explainer().explain(
            Diagnostics::evidenceFromSmtpError(*login.error, m_current.host, m_current.port));
    }
    m_result.attempts.append(attempt);
    Q_EMIT attemptFinished(attempt);

    if (attempt.succeeded()) {
        m_result.verified = m_current;
        finish();
        return;
    }
    const Smtp::Error &error = *attempt.error;
    if (error.kind == ErrorKind::AuthenticationFailed) {
        ++m_result.failedLogins;
        m_result.error = error;
        m_result.explanation = attempt.explanation;
        if (!anotherUserNameMayHelp(attempt)) {
            finish();
            return;
        }
    } else if (!nextServerMayHelp(error)) {
        m_result.error = error;
        m_result.explanation = attempt.explanation;
        finish();
        return;
    } else {
        if (m_result.failedLogins == 0) {
            m_result.error = error;
            m_result.explanation = attempt.explanation;
        }
        // The other user names for this server would meet the same failure.
        while (m_next < m_candidates.size() && m_candidates.at(m_next).host == m_current.host
               && m_candidates.at(m_next).port == m_current.port
               && m_candidates.at(m_next).security == m_current.security) {
            ++m_next;
        }
    }
    tryNext();
}

void SettingsVerifier::finish()
{
    m_running = false;
    m_password.clear();
    if (m_result.verified) {
        m_result.error.reset();
        m_result.explanation.reset();
    }
    qCDebug(lcAccounts) << "verification finished; verified:" << m_result.ok()
                        << "failed logins:" << m_result.failedLogins;
    Q_EMIT finished(m_result);
}

} // namespace Accounts
