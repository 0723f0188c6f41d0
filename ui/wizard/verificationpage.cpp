// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/verificationpage.h"

#include "app/accounts/credentialslookup.h"
#include "app/diagnostics/connectiontest.h"
#include "app/diagnostics/explainer.h"
#include "app/smtp/certificateinfo.h"
#include "ui/accounts/accountlabels.h"
#include "ui/troubleshooting/certificateview.h"
#include "ui/troubleshooting/connectiontestview.h"
#include "ui/troubleshooting/explanationview.h"
#include "ui/wizard/accountwizard.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using Diagnostics::SuggestedAction;

namespace
{

bool signsInWithToken(const Accounts::Account &account)
{
    return account.authMethod == Accounts::AuthMethod::XOAuth2
        || account.authMethod == Accounts::AuthMethod::OAuthBearer;
}

} // namespace

VerificationPage::VerificationPage(AccountWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_settings(new QLabel(this))
    , m_testButton(new QPushButton(tr("&Test Settings"), this))
    , m_steps(new ConnectionTestView(this))
    , m_explanation(new ExplanationView(this))
    , m_certificate(new CertificateView(this))
    , m_result(new QLabel(this))
    , m_saveAnyway(new QCheckBox(tr("Save &anyway, without a successful test"), this))
{
    setObjectName(QStringLiteral("verificationPage"));
    setTitle(tr("Test the settings"));
    setSubTitle(tr("Kurier connects to the server and signs in, step by step, without sending any mail."));
    setButtonText(QWizard::CommitButton, tr("&Save"));
    setCommitPage(true);

    m_settings->setObjectName(QStringLiteral("verificationSettings"));
    m_settings->setWordWrap(true);
    m_testButton->setObjectName(QStringLiteral("verificationTestButton"));
    m_result->setObjectName(QStringLiteral("verificationResult"));
    m_result->setWordWrap(true);
    m_saveAnyway->setObjectName(QStringLiteral("verificationSaveAnyway"));
    m_saveAnyway->setVisible(false);
    m_explanation->setVisible(false);
    m_certificate->setVisible(false);
    m_explanation->setActionLabels({
        {SuggestedAction::Kind::UseImplicitTls, tr("Use SSL/TLS")},
        {SuggestedAction::Kind::UseStartTls, tr("Use STARTTLS")},
        {SuggestedAction::Kind::ReEnterPassword, tr("Change Password")},
        {SuggestedAction::Kind::CheckSettings, tr("Edit Settings")},
        {SuggestedAction::Kind::CheckServerName, tr("Edit Settings")},
        {SuggestedAction::Kind::SignInAgain, tr("Sign In Again")},
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_settings, 1);
    top->addWidget(m_testButton);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(top);
    contentLayout->addWidget(m_steps);
    contentLayout->addWidget(m_result);
    contentLayout->addWidget(m_explanation);
    contentLayout->addWidget(m_certificate);
    contentLayout->addWidget(m_saveAnyway);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("verificationScrollArea"));
    scroll->setAccessibleName(tr("Connection test"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_testButton, &QPushButton::clicked, this, &VerificationPage::startTest);
    connect(m_saveAnyway, &QCheckBox::toggled, this, &VerificationPage::completeChanged);
    connect(m_explanation, &ExplanationView::actionTriggered, this, &VerificationPage::applyFix);
    connect(m_certificate, &CertificateView::trustRequested, this, [this](const QString &fingerprint) {
        // Exactly this certificate, for this account only; verification stays on for everything else.
        m_wizard->setPinnedCertificateSha256(fingerprint);
        m_certificate->setPinned(true);
        startTest();
    });
}

VerificationPage::~VerificationPage()
{
    if (m_test) {
        m_test->cancel();
    }
}

void VerificationPage::initializePage()
{
    m_saveAnyway->setChecked(false);
    startTest();
}

void VerificationPage::cleanupPage()
{
    if (m_test) {
        disconnect(m_test, nullptr, this, nullptr);
        m_test->cancel();
        m_test->deleteLater();
    }
    ++m_attempt;
    m_testing = false;
    m_passed = false;
}

bool VerificationPage::isTesting() const
{
    // Not the test's own flag: finished() is delivered before the test says it is no longer running.
    return m_testing;
}

void VerificationPage::startTest()
{
    if (m_test) {
        disconnect(m_test, nullptr, this, nullptr);
        m_test->cancel();
        m_test->deleteLater();
    }
    ++m_attempt;
    m_passed = false;
    m_credentialsProblem.clear();
    const Accounts::Account account = m_wizard->account();
    m_settings->setText(
        tr("%1, port %2, %3, sign-in: %4")
            .arg(account.host)
            .arg(account.port)
            .arg(AccountLabels::security(account.security), AccountLabels::authMethod(account.authMethod)));
    m_steps->reset(tr("Testing…"));
    m_result->clear();
    m_explanation->setVisible(false);
    m_certificate->setVisible(false);
    m_testButton->setText(tr("&Test Again"));
    m_testButton->setEnabled(false);
    m_testing = true;
    Q_EMIT completeChanged();

    if (signsInWithToken(account)) {
        // The token the browser sign-in left in the keychain, refreshed when due, as every send gets it.
        if (!m_credentials) {
            m_credentials
                = new Accounts::CredentialsLookup(m_wizard->services().secrets, m_wizard->oauthProviders(), this);
        }
        Accounts::CredentialsJob *job = m_credentials->lookUp(account);
        connect(job, &Accounts::CredentialsJob::finished, this,
                [this, account, attempt = m_attempt](const Accounts::CredentialsResult &result) {
                    if (attempt != m_attempt) {
                        return;
                    }
                    if (result.ok()) {
                        runTest(account, result.credentials);
                        return;
                    }
                    if (result.problem) {
                        const Diagnostics::Explanation explanation
                            = Diagnostics::Explainer().explain(result.problem->evidence(account.host, account.port));
                        m_credentialsProblem = explanation.title + QLatin1Char(' ') + explanation.text;
                    }
                    runTest(account, std::nullopt);
                });
        return;
    }
    std::optional<Smtp::Credentials> credentials;
    if (account.usesPassword() && !m_wizard->password().isEmpty()) {
        credentials = Smtp::Credentials::password(m_wizard->password());
    }
    runTest(account, credentials);
}

void VerificationPage::runTest(const Accounts::Account &account, std::optional<Smtp::Credentials> credentials)
{
    Smtp::SessionSettings settings = Smtp::SessionSettings::fromAccount(account);
    settings.additionalCaCertificates = m_wizard->services().additionalCaCertificates;
    settings.pinnedCertificateSha256 = m_wizard->pinnedCertificateSha256();
    m_test = new Diagnostics::ConnectionTest(settings, std::move(credentials), this);
    connect(m_test, &Diagnostics::ConnectionTest::stepChanged, m_steps, &ConnectionTestView::setStep);
    connect(m_test, &Diagnostics::ConnectionTest::finished, this, &VerificationPage::onFinished);
    m_test->start();
}

void VerificationPage::onFinished(const Diagnostics::ConnectionTestReport &report)
{
    m_testing = false;
    m_steps->showReport(report);
    m_testButton->setEnabled(true);
    const Accounts::Account account = m_wizard->account();
    m_passed = report.ok;
    if (report.ok && !m_credentialsProblem.isEmpty()) {
        m_passed = false;
        m_result->setText(tr("The server works, but Kurier could not test signing in: %1").arg(m_credentialsProblem));
        m_saveAnyway->setVisible(true);
    } else if (report.ok) {
        m_result->setText(account.usesPassword() && m_wizard->password().isEmpty()
                              ? tr("The server works. Kurier could not test signing in without a password; it will "
                                   "ask for it when you send.")
                              : tr("Everything works. Save the account to start sending."));
        m_saveAnyway->setVisible(false);
        m_saveAnyway->setChecked(false);
    } else {
        m_result->setText(tr("The test failed. Fix the problem below and test again, or save the settings anyway."));
        if (report.explanation) {
            m_explanation->showExplanation(*report.explanation);
            m_explanation->setVisible(true);
        }
        if (report.error && report.error->kind == Smtp::Error::Kind::CertificateUntrusted
            && !report.error->certificateChain.isEmpty()) {
            QStringList problems;
            for (const QSslError &error : report.error->sslErrors) {
                problems.append(error.errorString());
            }
            m_certificate->showCertificate(report.error->certificateChain, problems);
            m_certificate->setPinned(!m_wizard->pinnedCertificateSha256().isEmpty()
                                     && m_certificate->fingerprint() == m_wizard->pinnedCertificateSha256());
            m_certificate->setVisible(true);
        }
        m_saveAnyway->setVisible(true);
    }
    Q_EMIT completeChanged();
}

void VerificationPage::switchSecurity(Accounts::Security security)
{
    Accounts::Account account = m_wizard->account();
    account.security = security;
    account.port = Accounts::defaultPort(security);
    m_wizard->changeSettings(account);
    startTest();
}

void VerificationPage::applyFix(const SuggestedAction &action)
{
    switch (action.kind) {
    case SuggestedAction::Kind::UseImplicitTls:
        switchSecurity(Accounts::Security::ImplicitTls);
        return;
    case SuggestedAction::Kind::UseStartTls:
        switchSecurity(Accounts::Security::StartTls);
        return;
    case SuggestedAction::Kind::ReEnterPassword:
        m_wizard->returnTo(AccountWizard::Identity);
        return;
    case SuggestedAction::Kind::CheckSettings:
    case SuggestedAction::Kind::CheckServerName:
        m_wizard->returnTo(AccountWizard::Review);
        return;
    case SuggestedAction::Kind::SignInAgain:
        m_wizard->returnTo(m_wizard->offersOAuth() ? AccountWizard::SignIn : AccountWizard::Identity);
        return;
    default:
        return;
    }
}

bool VerificationPage::isComplete() const
{
    if (isTesting()) {
        return false;
    }
    return m_passed || m_saveAnyway->isChecked();
}
