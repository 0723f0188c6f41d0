// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/accountwizard.h"

#include "app/accounts/accountstore.h"
#include "ui/accounts/accountsettingsform.h"
#include "ui/wizard/discoverypage.h"
#include "ui/wizard/identitypage.h"
#include "ui/wizard/reviewpage.h"
#include "ui/wizard/savepage.h"
#include "ui/wizard/verificationpage.h"

AccountWizard::AccountWizard(const Services &services, QWidget *parent)
    : QWizard(parent)
    , m_services(services)
    , m_identityPage(new IdentityPage(this))
    , m_reviewPage(new ReviewPage(this))
{
    setObjectName(QStringLiteral("accountWizard"));
    setWindowTitle(tr("Add Account"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(Identity, m_identityPage);
    setPage(Discovery, new DiscoveryPage(this));
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
    account.id
        = m_savedId.isEmpty() ? m_services.accounts->uniqueId(Accounts::suggestedAccountId(account.email)) : m_savedId;
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
    // Bounded by the number of pages: each back() leaves one.
    for (int step = 0; step < pageIds().size() && currentId() > page; ++step) {
        back();
    }
}

void AccountWizard::markSaved(const QString &accountId, const QString &note)
{
    m_savedId = accountId;
    Q_EMIT accountSaved(accountId, note);
}
