// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/accounts/account.h"
#include "app/oauth/provider.h"
#include "autoconfig/discovery.h"
#include "autoconfig/lookupconfig.h"

#include <QList>
#include <QSslCertificate>
#include <QWizard>

#include <functional>
#include <optional>

namespace Accounts
{
class AccountStore;
}
namespace OAuth
{
class TokenStore;
}
namespace Secrets
{
class SecretStore;
}

class IdentityPage;
class DiscoveryPage;
class ReviewPage;
class VerificationPage;
class SavePage;
class SignInPage;

// "Add Account": from a name, an address and a password to a verified, saved account. The
// pages are Identity (who you are), Discovery (the live search for the server settings, with
// where each answer came from and the user's yes for answers that need one), Review (the
// settings, editable, each value with its source; the manual form when nothing was found),
// Verification (the step-by-step connection test, with fixes and certificate pinning) and
// Save (settings to the store, the password to the keychain only after a passed test or an
// explicit "Save anyway"). When the provider signs people in through the browser (OAuth2:
// the provider's <oAuth2> issuer or Kurier's OAuth table) a Sign-in page comes after
// Discovery: "Sign in with Google" with the sign-in page's domain shown first, or the
// password path with the provider's hint; the tokens go to the keychain (OAuth::TokenStore)
// and are removed again if the wizard ends without saving the account. Everything that
// waits is asynchronous and can be stopped; Back works on every page until the account is saved.
class AccountWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { Identity, Discovery, SignIn, Review, Verification, Save };

    // What the wizard works with; the stores must outlive it.
    struct Services {
        Accounts::AccountStore *accounts = nullptr;
        Secrets::SecretStore *secrets = nullptr;
        // Where discovery looks (the product: LookupConfig::fromEnvironment; tests: local servers).
        Autoconfig::LookupConfig lookupConfig;
        // Trusted by the connection test in addition to the system's CAs (a company CA, a test's CA).
        QList<QSslCertificate> additionalCaCertificates;
        // Opens the provider's sign-in page; empty: QDesktopServices::openUrl. Tests play the browser here.
        std::function<void(const QUrl &)> openUrl;
    };

    explicit AccountWizard(const Services &services, QWidget *parent = nullptr);
    ~AccountWizard() override;

    const Services &services() const { return m_services; }

    // What the Identity page holds now.
    QString displayName() const;
    QString emailAddress() const;
    QString password() const;

    // The latest discovery, and whether the user chose to use its settings.
    void setDiscovery(const std::optional<Autoconfig::Discovery> &discovery, bool useSettings);
    const std::optional<Autoconfig::Discovery> &discovery() const { return m_discovery; }
    bool usesDiscoveredSettings() const { return m_discovery && m_discovery->settings && m_useDiscovered; }

    // The settings as the Review page (and the Verification page's fixes) left them, with an
    // id that no account in the store has yet.
    Accounts::Account account() const;
    void setAccount(const Accounts::Account &account);
    // A fix chosen on the Verification page: the settings change, and the Review page shows them.
    void changeSettings(const Accounts::Account &account);

    // Goes back to an earlier page (a fix that needs the user's hand: the password, the settings).
    void returnTo(PageId page);

    // The SHA-256 of the one certificate the user decided to trust for this account; empty: none.
    QString pinnedCertificateSha256() const { return m_pinnedCertificate; }
    void setPinnedCertificateSha256(const QString &fingerprint) { m_pinnedCertificate = fingerprint; }

    // The id the account is saved under, once it is saved.
    QString savedAccountId() const { return m_savedId; }

    // The installation's OAuth providers (bundled rows with the settings file's [oauth] group).
    const OAuth::ProviderTable &oauthProviders() const { return m_oauthProviders; }
    // Keeps the tokens of a browser sign-in in the keychain and hands out fresh access tokens.
    OAuth::TokenStore *tokenStore() const { return m_tokens; }
    // The OAuth provider that signs this address in, when discovery or Kurier's OAuth table says
    // one does (its clientId may be empty: this installation has no client registered for it).
    std::optional<OAuth::Provider> oauthProvider() const;
    // Whether the browser sign-in is worth offering: discovery or the OAuth table says it works.
    bool offersOAuth() const;
    // The user chose the browser sign-in and it succeeded for the current address: the tokens
    // are in the keychain under account().id.
    bool isSignedIn() const;
    void setSignedIn(const OAuth::Provider &provider, const QString &accountId);
    // Drops the sign-in (the user chose a password after all, or the address changed) and removes its tokens.
    void discardSignIn();
    // The sign-in method for settings found or typed: the provider's OAuth mechanism once
    // signed in, otherwise a password method.
    Accounts::AuthMethod signInMethod(Accounts::AuthMethod suggested) const;

    void openUrl(const QUrl &url) const;

    void done(int result) override;

Q_SIGNALS:
    // The account is in the store (and its password where the user chose).
    void accountSaved(const QString &accountId, const QString &note);

private:
    friend class SavePage;
    void markSaved(const QString &accountId, const QString &note);

    Services m_services;
    IdentityPage *m_identityPage;
    ReviewPage *m_reviewPage;
    std::optional<Autoconfig::Discovery> m_discovery;
    bool m_useDiscovered = false;
    Accounts::Account m_account;
    QString m_pinnedCertificate;
    QString m_savedId;
    OAuth::ProviderTable m_oauthProviders;
    OAuth::TokenStore *m_tokens;
    std::optional<OAuth::Provider> m_signedInProvider;
    QString m_signedInAccountId;
    QString m_signedInEmail;
};
