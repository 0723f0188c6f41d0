// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/accounts/credentialslookup.h"

#include "app/accounts/storedcredentials.h"
#include "app/diagnostics/smtperrorevidence.h"
#include "app/logging.h"
#include "app/oauth/tokenset.h"
#include "app/oauth/tokenstore.h"
#include "app/smtp/saslclient.h"

#include <QMetaEnum>
#include <QTimer>

namespace Accounts
{

namespace
{

using Kind = CredentialsProblem::Kind;
using Secrets::SecretResult;

CredentialsResult failure(Kind kind, Smtp::Credentials::Kind credentialsKind, const QString &detail,
                          std::optional<OAuth::Error> signInError = std::nullopt)
{
    CredentialsProblem problem;
    problem.kind = kind;
    problem.credentialsKind = credentialsKind;
    problem.detail = detail;
    problem.signInError = std::move(signInError);
    return {std::nullopt, problem, CredentialsResult::Source::NotNeeded};
}

CredentialsResult keychainFailure(const SecretResult &result, Smtp::Credentials::Kind credentialsKind)
{
    switch (result.status) {
    case SecretResult::Status::Ok:
        break;
    case SecretResult::Status::NotFound:
        if (credentialsKind == Smtp::Credentials::Kind::OAuthToken) {
            return failure(Kind::SignInNeeded, credentialsKind, QStringLiteral("no sign-in tokens are stored"),
                           OAuth::Error::make(OAuth::Error::Kind::NotSignedIn));
        }
        return failure(Kind::NoSecretStored, credentialsKind,
                       result.message.isEmpty() ? QStringLiteral("no password is stored") : result.message);
    case SecretResult::Status::AccessDenied:
        return failure(Kind::KeychainDenied, credentialsKind, result.message);
    case SecretResult::Status::NoBackend:
    case SecretResult::Status::Failed:
        return failure(Kind::KeychainUnavailable, credentialsKind, result.message);
    }
    return failure(Kind::KeychainUnavailable, credentialsKind, result.message);
}

Kind kindForSignInError(const OAuth::Error &error)
{
    if (error.needsSignInAgain()) {
        return Kind::SignInNeeded;
    }
    switch (error.kind) {
    case OAuth::Error::Kind::NetworkError:
    case OAuth::Error::Kind::Timeout:
    case OAuth::Error::Kind::Cancelled:
        return Kind::TokenEndpointUnreachable;
    case OAuth::Error::Kind::TokenEndpointError:
        // A server error (or a proxy's page) passes; a 4xx answer to a well-formed request does not.
        return error.httpStatus == 0 || error.httpStatus >= 500 || error.httpStatus == 429
            ? Kind::TokenEndpointUnreachable
            : Kind::TokenRefreshRefused;
    case OAuth::Error::Kind::KeychainFailed:
        return Kind::KeychainUnavailable;
    default:
        return Kind::TokenRefreshRefused;
    }
}

} // namespace

bool CredentialsProblem::isTemporary() const
{
    return kind == Kind::KeychainUnavailable || kind == Kind::KeychainDenied || kind == Kind::TokenEndpointUnreachable;
}

bool CredentialsProblem::canAskForPassword() const
{
    // A locked keychain or one that refused access is the user's to fix there; asking for the
    // password instead would teach people to type it whenever something asks.
    return credentialsKind == Smtp::Credentials::Kind::Password && kind == Kind::NoSecretStored;
}

Smtp::Error CredentialsProblem::smtpError() const
{
    // A sign-in the provider no longer accepts failed at the login step; everything else before
    // anything was sent (Diagnostics::evidenceFromSmtpError() tells the two apart by that).
    const Smtp::Phase phase = kind == Kind::SignInNeeded ? Smtp::Phase::Authentication : Smtp::Phase::Preparing;
    Smtp::Error error = Smtp::Error::local(Smtp::Error::Kind::MissingCredentials, phase, detail);
    if (isTemporary()) {
        error.permanence = Smtp::Error::Permanence::Temporary;
    }
    return error;
}

Diagnostics::FailureEvidence CredentialsProblem::evidence(const QString &host, quint16 port) const
{
    if (signInError) {
        Diagnostics::FailureEvidence evidence = signInError->evidence();
        evidence.host = host;
        evidence.port = port;
        return evidence;
    }
    return Diagnostics::evidenceFromSmtpError(smtpError(), host, port);
}

QString CredentialsProblem::kindName(Kind kind)
{
    return QString::fromLatin1(QMetaEnum::fromType<Kind>().valueToKey(static_cast<int>(kind)));
}

void CredentialsJob::finish(const CredentialsResult &result)
{
    QTimer::singleShot(0, this, [this, result] {
        Q_EMIT finished(result);
        deleteLater();
    });
}

CredentialsLookup::CredentialsLookup(Secrets::SecretStore *keychain, OAuth::ProviderTable providers, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_tokens(new OAuth::TokenStore(keychain, std::move(providers), this))
{
    qRegisterMetaType<Accounts::CredentialsResult>();
    qRegisterMetaType<Accounts::Account>();
}

CredentialsLookup::~CredentialsLookup() = default;

CredentialsJob *CredentialsLookup::lookUp(const Account &account, Freshness freshness)
{
    auto *job = new CredentialsJob(this);
    const Smtp::Credentials::Kind kind = Smtp::SaslClient::secretKindFor(account.authMethod);
    if (kind == Smtp::Credentials::Kind::None || account.security == Security::None) {
        // Nothing to read: no login, or one the session refuses before connecting (never without encryption).
        job->finish({Smtp::Credentials{kind, QString()}, std::nullopt, CredentialsResult::Source::NotNeeded});
        return job;
    }
    if (kind == Smtp::Credentials::Kind::OAuthToken) {
        lookUpToken(job, account, freshness);
    } else {
        lookUpPassword(job, account);
    }
    return job;
}

void CredentialsLookup::lookUpPassword(CredentialsJob *job, const Account &account)
{
    const QString accountId = account.id;
    Secrets::SecretJob *session = m_sessionPasswords.read(accountId, Secrets::SecretKind::SmtpPassword);
    connect(session, &Secrets::SecretJob::finished, job, [this, job, accountId](const SecretResult &remembered) {
        if (remembered.ok()) {
            job->finish(
                {Smtp::Credentials::password(remembered.secret), std::nullopt, CredentialsResult::Source::Session});
            return;
        }
        if (!m_keychain) {
            job->finish(
                failure(Kind::KeychainUnavailable, Smtp::Credentials::Kind::Password, QStringLiteral("no keychain")));
            return;
        }
        Secrets::SecretJob *stored = m_keychain->read(accountId, Secrets::SecretKind::SmtpPassword);
        connect(stored, &Secrets::SecretJob::finished, job, [job](const SecretResult &result) {
            if (!result.ok()) {
                job->finish(keychainFailure(result, Smtp::Credentials::Kind::Password));
                return;
            }
            job->finish(
                {Smtp::Credentials::password(result.secret), std::nullopt, CredentialsResult::Source::Keychain});
        });
    });
}

void CredentialsLookup::lookUpToken(CredentialsJob *job, const Account &account, Freshness freshness)
{
    const QString accountId = account.id;
    const auto kind = Smtp::Credentials::Kind::OAuthToken;
    if (!m_keychain) {
        job->finish(failure(Kind::KeychainUnavailable, kind, QStringLiteral("no keychain")));
        return;
    }
    // Read here rather than through TokenStore::load(), which folds the keychain's answers
    // into one; senders need to tell a locked keychain from a missing sign-in.
    Secrets::SecretJob *stored = m_keychain->read(accountId, Secrets::SecretKind::OAuthTokens);
    connect(stored, &Secrets::SecretJob::finished, job,
            [this, job, accountId, freshness, kind](const SecretResult &result) {
                if (!result.ok()) {
                    job->finish(keychainFailure(result, kind));
                    return;
                }
                const std::optional<OAuth::TokenSet> tokens = OAuth::TokenSet::fromSecret(result.secret);
                if (!tokens) {
                    // A bare access token (set up by hand): used as it is, and it cannot be renewed.
                    if (freshness == Freshness::ForceRefresh) {
                        job->finish(failure(Kind::SignInNeeded, kind, QStringLiteral("no refresh token is stored"),
                                            OAuth::Error::make(OAuth::Error::Kind::NoRefreshToken)));
                        return;
                    }
                    job->finish({credentialsFromSecret(kind, result.secret), std::nullopt,
                                 CredentialsResult::Source::Keychain});
                    return;
                }
                if (freshness == Freshness::UseStored && !tokens->needsRefresh()) {
                    job->finish({Smtp::Credentials::oauthToken(tokens->accessToken), std::nullopt,
                                 CredentialsResult::Source::Keychain});
                    return;
                }
                refreshToken(job, accountId);
            });
}

void CredentialsLookup::refreshToken(CredentialsJob *job, const QString &accountId)
{
    OAuth::TokenJob *refresh = m_refreshing.value(accountId);
    if (!refresh) {
        qCInfo(lcAccounts) << "refreshing the OAuth access token of" << accountId;
        refresh = m_tokens->accessToken(accountId, OAuth::TokenStore::Freshness::ForceRefresh);
        m_refreshing.insert(accountId, refresh);
        connect(refresh, &OAuth::TokenJob::finished, this, [this, accountId, refresh] {
            if (m_refreshing.value(accountId) == refresh) {
                m_refreshing.remove(accountId);
            }
        });
    }
    connect(refresh, &OAuth::TokenJob::finished, job, [job, accountId](const OAuth::TokenResult &result) {
        if (result.ok()) {
            job->finish({Smtp::Credentials::oauthToken(result.tokens->accessToken), std::nullopt,
                         CredentialsResult::Source::Refreshed});
            return;
        }
        const OAuth::Error error = result.error.value_or(OAuth::Error::make(OAuth::Error::Kind::TokenEndpointError));
        qCWarning(lcAccounts) << "the OAuth access token of" << accountId << "could not be refreshed:" << error.facts();
        job->finish(failure(kindForSignInError(error), Smtp::Credentials::Kind::OAuthToken, error.facts(), error));
    });
}

void CredentialsLookup::forgetSessionPassword(const QString &accountId)
{
    m_sessionPasswords.remove(accountId, Secrets::SecretKind::SmtpPassword);
}

void CredentialsLookup::requestPassword(const Account &account)
{
    if (m_passwordRequests.contains(account.id)) {
        return;
    }
    m_passwordRequests.insert(account.id);
    Q_EMIT passwordRequested(account);
}

bool CredentialsLookup::isPasswordRequested(const QString &accountId) const
{
    return m_passwordRequests.contains(accountId);
}

void CredentialsLookup::providePassword(const QString &accountId, const QString &password, PasswordKeeping keeping)
{
    m_passwordRequests.remove(accountId);
    // MemorySecretStore writes at once; the job only reports it later.
    m_sessionPasswords.write(accountId, Secrets::SecretKind::SmtpPassword, password);
    if (keeping == PasswordKeeping::InKeychain && m_keychain) {
        Secrets::SecretJob *write = m_keychain->write(accountId, Secrets::SecretKind::SmtpPassword, password);
        connect(write, &Secrets::SecretJob::finished, this, [accountId](const SecretResult &result) {
            if (!result.ok()) {
                qCWarning(lcAccounts) << "the password of" << accountId
                                      << "is kept for this session only; the keychain refused it:" << result.message;
            }
        });
    }
    Q_EMIT passwordProvided(accountId);
}

void CredentialsLookup::declinePassword(const QString &accountId)
{
    m_passwordRequests.remove(accountId);
    Q_EMIT passwordDeclined(accountId);
}

} // namespace Accounts
