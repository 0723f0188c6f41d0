// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/accountwizard.h"

#include "app/accounts/accountstore.h"
#include "app/oauth/tokenstore.h"
#include "app/secrets/secretstore.h"
#include "ui/accounts/accountsettingsform.h"
#include "ui/wizard/discoverypage.h"
#include "ui/wizard/identitypage.h"
#include "ui/wizard/reviewpage.h"
#include "ui/wizard/savepage.h"
#include "ui/wizard/signinpage.h"
#include "ui/wizard/verificationpage.h"

#include <QDesktopServices>

AccountWizard::AccountWizard(const Services &services, QWidget *parent)
    : QWizard(parent)
    , m_services(services)
    , m_identityPage(new IdentityPage(this))
    , m_reviewPage(new ReviewPage(this))
    , m_oauthProviders(services.accounts ? OAuth::ProviderTable::configured(services.accounts->settingsPath())
                                         : OAuth::ProviderTable::bundled())
    , m_tokens(new OAuth::TokenStore(services.secrets, m_oauthProviders, this))
{
    setObjectName(QStringLiteral("accountWizard"));
    setWindowTitle(tr("Add Account"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(Identity, m_identityPage);
    setPage(Discovery, new DiscoveryPage(this));
    setPage(SignIn, new SignInPage(this));
    setPage(Review, m_reviewPage);
    setPage(Verification, new VerificationPage(this));
    setPage(Save, new SavePage(this));
    setStartId(Identity);
    resize(720, 620);
}

AccountWizard::~AccountWizard() = default;

QString AccountWizard::displayName() const
{
    return m_identityPage->displayName();
}

QString AccountWizard::emailAddress() const
{
    return m_identityPage->emailAddress();
}

QString AccountWizard::password() const
{
    return m_identityPage->password();
}

void AccountWizard::setDiscovery(const std::optional<Autoconfig::Discovery> &discovery, bool useSettings)
{
    m_discovery = discovery;
    m_useDiscovered = useSettings;
}

Accounts::Account AccountWizard::account() const
{
    Accounts::Account account = m_account;
    account.displayName = displayName();
    account.email = emailAddress();
    if (!m_savedId.isEmpty()) {
        account.id = m_savedId;
    } else if (isSignedIn()) {
        // The tokens are already in the keychain under this id.
        account.id = m_signedInAccountId;
    } else {
        account.id = m_services.accounts->uniqueId(Accounts::suggestedAccountId(account.email));
    }
    // Trusted on the Verification page for this account only; sending checks the same pin.
    account.pinnedCertificateSha256 = m_pinnedCertificate;
    return account;
}

void AccountWizard::setAccount(const Accounts::Account &account)
{
    // A trusted certificate belongs to the server it came from.
    if (account.host != m_account.host || account.port != m_account.port) {
        m_pinnedCertificate.clear();
    }
    m_account = account;
}

void AccountWizard::changeSettings(const Accounts::Account &account)
{
    m_account = account;
    m_reviewPage->form()->setAccount(account, AccountSettingsForm::Origin::Suggested);
}

void AccountWizard::returnTo(PageId page)
{
    if (!visitedIds().contains(page)) {
        return;
    }
    // Bounded by the number of pages: each back() leaves one.
    for (int step = 0; step < pageIds().size() && currentId() != page; ++step) {
        back();
    }
}

void AccountWizard::markSaved(const QString &accountId, const QString &note)
{
    m_savedId = accountId;
    Q_EMIT accountSaved(accountId, note);
}

std::optional<OAuth::Provider> AccountWizard::oauthProvider() const
{
    if (m_discovery && m_discovery->oauth2) {
        if (std::optional<OAuth::Provider> byIssuer = m_oauthProviders.forIssuer(m_discovery->oauth2->issuer)) {
            return byIssuer;
        }
    }
    if (std::optional<OAuth::Provider> byAddress = m_oauthProviders.forEmailAddress(emailAddress())) {
        return byAddress;
    }
    if (!m_discovery) {
        return std::nullopt;
    }
    // A custom domain hosted by a provider Kurier knows: the provider's own domains and servers tell.
    for (const QString &domain : m_discovery->providerDomains) {
        if (std::optional<OAuth::Provider> byDomain = m_oauthProviders.forEmailAddress(QLatin1Char('@') + domain)) {
            return byDomain;
        }
    }
    if (m_discovery->settings) {
        return m_oauthProviders.forSmtpHost(m_discovery->settings->hostname);
    }
    return std::nullopt;
}

bool AccountWizard::offersOAuth() const
{
    return oauthProvider().has_value() || (m_discovery && m_discovery->offersOAuth2());
}

bool AccountWizard::isSignedIn() const
{
    return m_signedInProvider.has_value() && m_signedInEmail == emailAddress();
}

void AccountWizard::setSignedIn(const OAuth::Provider &provider, const QString &accountId)
{
    if (m_signedInProvider && m_signedInAccountId != accountId) {
        discardSignIn();
    }
    m_signedInProvider = provider;
    m_signedInAccountId = accountId;
    m_signedInEmail = emailAddress();
}

void AccountWizard::discardSignIn()
{
    if (!m_signedInProvider) {
        return;
    }
    // Tokens of an account that was never saved would only sit in the keychain unused.
    if (m_savedId.isEmpty() && m_services.secrets) {
        m_services.secrets->remove(m_signedInAccountId, Secrets::SecretKind::OAuthTokens);
    }
    m_signedInProvider.reset();
    m_signedInAccountId.clear();
    m_signedInEmail.clear();
}

Accounts::AuthMethod AccountWizard::signInMethod(Accounts::AuthMethod suggested) const
{
    if (isSignedIn()) {
        return m_signedInProvider->mechanism;
    }
    if (suggested == Accounts::AuthMethod::XOAuth2 || suggested == Accounts::AuthMethod::OAuthBearer) {
        // The user chose a password (or could not sign in): the strongest password method the server offers.
        return Accounts::AuthMethod::Auto;
    }
    return suggested;
}

void AccountWizard::openUrl(const QUrl &url) const
{
    if (m_services.openUrl) {
        m_services.openUrl(url);
    } else {
        QDesktopServices::openUrl(url);
    }
}

void AccountWizard::done(int result)
{
    if (m_savedId.isEmpty()) {
        discardSignIn();
    }
    QWizard::done(result);
}
