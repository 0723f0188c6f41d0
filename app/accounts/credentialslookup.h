// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/accounts/account.h"
#include "app/diagnostics/failureevidence.h"
#include "app/oauth/provider.h"
#include "app/oauth/signinerror.h"
#include "app/secrets/memorysecretstore.h"
#include "app/smtp/credentials.h"
#include "app/smtp/error.h"

#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QSet>

#include <optional>

namespace OAuth
{
class TokenJob;
class TokenStore;
} // namespace OAuth

namespace Accounts
{

// Why an account's credentials could not be had, as data: each sender maps it to its own
// error (a failed send, a message waiting in the outbox, an exit status).
struct CredentialsProblem {
    Q_GADGET
public:
    enum class Kind {
        NoSecretStored, // a password login with no password in this session's memory nor in the keychain
        KeychainUnavailable, // no keychain service, or it failed: it may work later
        KeychainDenied, // the keychain is locked, or the user refused access
        SignInNeeded, // OAuth: no tokens, or the provider no longer accepts the refresh token
        TokenEndpointUnreachable, // OAuth: the refresh failed in a way that may pass (network, timeout, 5xx)
        TokenRefreshRefused, // OAuth: the provider refused the client or the request; a new sign-in does not help
    };
    Q_ENUM(Kind)

    Kind kind = Kind::NoSecretStored;
    Smtp::Credentials::Kind credentialsKind = Smtp::Credentials::Kind::Password;
    QString detail; // one sentence of facts (the keychain's own, or the OAuth facts); never a secret
    std::optional<OAuth::Error> signInError; // for the OAuth kinds

    // Trying again later, without the user doing anything, may help.
    bool isTemporary() const;
    // A password typed by the user would do: none is stored (the UI may ask for one and provide it).
    bool canAskForPassword() const;
    // As an SMTP error before anything was sent: Error::Kind::MissingCredentials, detail = facts,
    // in Phase::Authentication for SignInNeeded (explained as "sign in again").
    Smtp::Error smtpError() const;
    // What the explainer needs: "sign in again" for SignInNeeded, else the missing credentials.
    Diagnostics::FailureEvidence evidence(const QString &host, quint16 port) const;
    // Stable English names ("SignInNeeded"), for logs and JSON; never translated.
    static QString kindName(Kind kind);
};

// The one outcome of a look-up: credentials (possibly Kind::None, for accounts without a
// login), or the problem.
struct CredentialsResult {
    enum class Source { NotNeeded, Session, Keychain, Refreshed };

    std::optional<Smtp::Credentials> credentials;
    std::optional<CredentialsProblem> problem;
    Source source = Source::NotNeeded;

    bool ok() const { return credentials.has_value() && !problem; }
};

// One look-up. Reports exactly one finished() (always from the event loop) and then deletes itself.
class CredentialsJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    void finish(const CredentialsResult &result);

Q_SIGNALS:
    void finished(const Accounts::CredentialsResult &result);
};

// Turns an account into the SMTP credentials to send with, for every sender (the composer,
// the outbox, the command line, the connection test), asynchronously:
//   no login, or a login the session refuses anyway (no encryption) → empty credentials;
//   a password → the one given for this session ("ask me each time"), else the keychain's;
//   OAuth → the stored token set's access token, refreshed first when it is about to expire
//   (or when asked to, after the server refused it), the new tokens saved before use.
// Concurrent refreshes for one account share one request, since a provider that rotates
// refresh tokens would reject the second.
// When no password can be had, a sender may requestPassword(): the UI (which answers
// passwordRequested()) calls providePassword() or declinePassword(). Session passwords live in
// memory only (Secrets::MemorySecretStore) and are forgotten when Kurier quits.
class CredentialsLookup : public QObject
{
    Q_OBJECT
public:
    enum class Freshness { UseStored, ForceRefresh };
    enum class PasswordKeeping { ThisSessionOnly, InKeychain };

    // The keychain must outlive the lookup; the providers supply token endpoints for refreshes.
    CredentialsLookup(Secrets::SecretStore *keychain, OAuth::ProviderTable providers, QObject *parent = nullptr);
    ~CredentialsLookup() override;

    CredentialsJob *lookUp(const Account &account, Freshness freshness = Freshness::UseStored);

    // A session password turned out wrong (the server refused it): the next look-up asks again.
    void forgetSessionPassword(const QString &accountId);

    // Asks the UI for the account's password; while a request for the account is open, a
    // second one does nothing.
    void requestPassword(const Account &account);
    bool isPasswordRequested(const QString &accountId) const;
    // The user's answer. InKeychain also writes it to the keychain (a failure there is only
    // logged: the session copy still serves).
    void providePassword(const QString &accountId, const QString &password, PasswordKeeping keeping);
    void declinePassword(const QString &accountId);

Q_SIGNALS:
    void passwordRequested(const Accounts::Account &account);
    void passwordProvided(const QString &accountId);
    void passwordDeclined(const QString &accountId);

private:
    void lookUpPassword(CredentialsJob *job, const Account &account);
    void lookUpToken(CredentialsJob *job, const Account &account, Freshness freshness);
    void refreshToken(CredentialsJob *job, const QString &accountId);

    Secrets::SecretStore *m_keychain;
    Secrets::MemorySecretStore m_sessionPasswords;
    OAuth::TokenStore *m_tokens;
    QHash<QString, OAuth::TokenJob *> m_refreshing; // by account id
    QSet<QString> m_passwordRequests;
};

} // namespace Accounts

Q_DECLARE_METATYPE(Accounts::CredentialsProblem)
Q_DECLARE_METATYPE(Accounts::CredentialsResult)
