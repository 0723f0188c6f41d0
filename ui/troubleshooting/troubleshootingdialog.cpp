// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/troubleshooting/troubleshootingdialog.h"

#include "app/accounts/accountstatusstore.h"
#include "app/accounts/accountstore.h"
#include "app/accounts/credentialslookup.h"
#include "app/diagnostics/connectiontest.h"
#include "app/diagnostics/explainer.h"
#include "app/diagnostics/smtperrorevidence.h"
#include "app/oauth/accountsignin.h"
#include "app/oauth/tokenstore.h"
#include "app/secrets/secretstore.h"
#include "app/smtp/sessionsettings.h"
#include "ui/accounts/accountdialog.h"
#include "ui/accounts/accountlabels.h"
#include "ui/troubleshooting/certificateview.h"
#include "ui/troubleshooting/connectiontestview.h"
#include "ui/troubleshooting/diagnosticsreport.h"
#include "ui/troubleshooting/domainhealthview.h"
#include "ui/troubleshooting/explanationview.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

using Accounts::Account;
using Diagnostics::ConnectionTest;
using Diagnostics::ConnectionTestReport;
using Diagnostics::ConnectionTestStep;
using Diagnostics::Explanation;
using Diagnostics::SuggestedAction;
using Kind = Diagnostics::SuggestedAction::Kind;

namespace
{

QString nameOf(const Account &account)
{
    return account.displayName.isEmpty() ? account.email : account.displayName;
}

QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : address.mid(at + 1);
}

QPlainTextEdit *monospaceView(QWidget *parent, const QString &objectName)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    return view;
}

} // namespace

class TroubleshootingDialog::Private
{
    Q_DECLARE_TR_FUNCTIONS(TroubleshootingDialog::Private)
public:
    Private(TroubleshootingDialog *dialog, const Account &shownAccount, const Services &given,
            std::optional<Smtp::SendResult> sendFailure);

    void buildUi();
    void showSendFailure();
    void showExplanation(const Explanation &explanation);
    QHash<Kind, QString> actionLabels(const Explanation &explanation) const;
    void carryOut(const SuggestedAction &action);
    void finishWith(Outcome chosen);

    void runConnectionTest();
    void startConnectionTest(std::optional<Smtp::Credentials> credentials, const QString &note);
    void testFinished(const ConnectionTestReport &report);
    void showCertificate(const QList<Smtp::CertificateInfo> &chain, const QList<QSslError> &errors);

    void showPasswordPanel();
    void savePassword();

    // OAuth accounts: the provider that signs this account in, and the browser sign-in again.
    std::optional<OAuth::Provider> oauthProvider() const;
    bool canSignIn() const;
    void showSignInPanel();
    void startSignIn();
    void cancelSignIn();
    void signInFinished(const OAuth::TokenResult &result, const OAuth::Provider &provider);
    void showAdministratorText(const SuggestedAction &action);
    void editAccount();
    void changeSecurity(Accounts::Security security);
    void trustCertificate(const QString &fingerprint);
    bool saveAccount(const Account &changed, const QString &whatChanged);

    void updateTranscript();
    void copyDiagnostics();
    QString reportText() const;
    void setStatus(const QString &text);

    TroubleshootingDialog *q;
    Account account;
    Services services;
    std::optional<Smtp::SendResult> failure;
    std::optional<Explanation> explanation;
    Outcome outcome = Outcome::Closed;
    bool fixApplied = false;
    bool lastTestPassed = false;
    QPointer<ConnectionTest> test;
    QList<Smtp::TranscriptLine> testTranscript;
    QPointer<Secrets::SecretJob> passwordRead;
    std::optional<OAuth::ProviderTable> oauthProviders; // read from the settings file when first needed
    OAuth::TokenStore *tokens = nullptr;
    Accounts::CredentialsLookup *ownCredentials = nullptr;
    QPointer<Accounts::CredentialsJob> tokenRead;
    QPointer<OAuth::AccountSignIn> signIn;
    // Why the last test could not sign in with a token (no tokens, revoked); shown instead of "works".
    std::optional<Explanation> credentialsExplanation;

    ExplanationView *explanationView = nullptr;
    QGroupBox *passwordPanel = nullptr;
    QLabel *passwordPrompt = nullptr;
    QLineEdit *passwordEdit = nullptr;
    QPushButton *savePasswordButton = nullptr;
    QGroupBox *signInPanel = nullptr;
    QLabel *signInPrompt = nullptr;
    QPushButton *signInButton = nullptr;
    QLabel *signInWaiting = nullptr;
    QPushButton *cancelSignInButton = nullptr;
    QGroupBox *adminPanel = nullptr;
    QPlainTextEdit *adminText = nullptr;
    QTabWidget *tabs = nullptr;
    ConnectionTestView *testView = nullptr;
    QGroupBox *certificateGroup = nullptr;
    CertificateView *certificateView = nullptr;
    QPushButton *runTestButton = nullptr;
    DomainHealthView *domainView = nullptr;
    QPlainTextEdit *transcriptView = nullptr;
    QLabel *statusLabel = nullptr;
    QPushButton *copyButton = nullptr;
    QPushButton *sendAgainButton = nullptr;
};

TroubleshootingDialog::Private::Private(TroubleshootingDialog *dialog, const Account &shownAccount,
                                        const Services &given, std::optional<Smtp::SendResult> sendFailure)
    : q(dialog)
    , account(shownAccount)
    , services(given)
    , failure(std::move(sendFailure))
{
    if (!services.openUrl) {
        services.openUrl = [](const QUrl &url) { QDesktopServices::openUrl(url); };
    }
    oauthProviders = services.accounts ? OAuth::ProviderTable::configured(services.accounts->settingsPath())
                                       : OAuth::ProviderTable::bundled();
}

void TroubleshootingDialog::Private::buildUi()
{
    q->setObjectName(QStringLiteral("troubleshootingDialog"));
    q->setWindowTitle(tr("Troubleshoot \"%1\"").arg(nameOf(account)));

    explanationView = new ExplanationView(q);
    QObject::connect(explanationView, &ExplanationView::actionTriggered, q,
                     [this](const SuggestedAction &action) { carryOut(action); });

    passwordPanel = new QGroupBox(tr("Password"), q);
    passwordPanel->setObjectName(QStringLiteral("passwordPanel"));
    passwordPrompt = new QLabel(passwordPanel);
    passwordPrompt->setWordWrap(true);
    passwordEdit = new QLineEdit(passwordPanel);
    passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    passwordEdit->setEchoMode(QLineEdit::Password);
    passwordEdit->setAccessibleName(tr("Password"));
    savePasswordButton = new QPushButton(tr("Save and Test"), passwordPanel);
    savePasswordButton->setObjectName(QStringLiteral("savePasswordButton"));
    savePasswordButton->setEnabled(false);
    QObject::connect(passwordEdit, &QLineEdit::textChanged, q,
                     [this](const QString &text) { savePasswordButton->setEnabled(!text.isEmpty()); });
    QObject::connect(passwordEdit, &QLineEdit::returnPressed, q, [this] { savePassword(); });
    QObject::connect(savePasswordButton, &QPushButton::clicked, q, [this] { savePassword(); });
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(passwordEdit, 1);
    passwordRow->addWidget(savePasswordButton);
    auto *passwordLayout = new QVBoxLayout(passwordPanel);
    passwordLayout->addWidget(passwordPrompt);
    passwordLayout->addLayout(passwordRow);
    passwordPanel->hide();

    signInPanel = new QGroupBox(tr("Sign in"), q);
    signInPanel->setObjectName(QStringLiteral("signInPanel"));
    signInPrompt = new QLabel(signInPanel);
    signInPrompt->setObjectName(QStringLiteral("signInPrompt"));
    signInPrompt->setWordWrap(true);
    signInPrompt->setTextFormat(Qt::RichText);
    signInButton = new QPushButton(signInPanel);
    signInButton->setObjectName(QStringLiteral("signInButton"));
    signInWaiting = new QLabel(signInPanel);
    signInWaiting->setObjectName(QStringLiteral("signInWaiting"));
    signInWaiting->setWordWrap(true);
    signInWaiting->setTextFormat(Qt::RichText);
    cancelSignInButton = new QPushButton(tr("Cancel Sign-In"), signInPanel);
    cancelSignInButton->setObjectName(QStringLiteral("cancelSignInButton"));
    QObject::connect(signInButton, &QPushButton::clicked, q, [this] { startSignIn(); });
    QObject::connect(cancelSignInButton, &QPushButton::clicked, q, [this] { cancelSignIn(); });
    auto *signInRow = new QHBoxLayout;
    signInRow->addWidget(signInWaiting, 1);
    signInRow->addWidget(signInButton);
    signInRow->addWidget(cancelSignInButton);
    auto *signInLayout = new QVBoxLayout(signInPanel);
    signInLayout->addWidget(signInPrompt);
    signInLayout->addLayout(signInRow);
    signInPanel->hide();

    adminPanel = new QGroupBox(tr("For your administrator"), q);
    adminPanel->setObjectName(QStringLiteral("adminPanel"));
    adminText = monospaceView(adminPanel, QStringLiteral("adminText"));
    adminText->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    adminText->setMaximumHeight(adminText->fontMetrics().lineSpacing() * 6 + 12);
    auto *copyAdminButton = new QPushButton(tr("Copy Text"), adminPanel);
    copyAdminButton->setObjectName(QStringLiteral("copyAdminTextButton"));
    QObject::connect(copyAdminButton, &QPushButton::clicked, q, [this] {
        QGuiApplication::clipboard()->setText(adminText->toPlainText());
        setStatus(tr("The text for your administrator is on the clipboard."));
    });
    auto *adminLayout = new QVBoxLayout(adminPanel);
    adminLayout->addWidget(adminText);
    adminLayout->addWidget(copyAdminButton, 0, Qt::AlignRight);
    adminPanel->hide();

    // The connection test page: the steps, then the certificate when TLS is the problem.
    auto *testPage = new QWidget(q);
    testView = new ConnectionTestView(testPage);
    certificateGroup = new QGroupBox(tr("The server's certificate"), testPage);
    certificateGroup->setObjectName(QStringLiteral("certificateGroup"));
    certificateView = new CertificateView(certificateGroup);
    auto *certificateLayout = new QVBoxLayout(certificateGroup);
    certificateLayout->addWidget(certificateView);
    certificateGroup->hide();
    QObject::connect(certificateView, &CertificateView::trustRequested, q,
                     [this](const QString &fingerprint) { trustCertificate(fingerprint); });
    runTestButton = new QPushButton(tr("Test Again"), testPage);
    runTestButton->setObjectName(QStringLiteral("runTestButton"));
    QObject::connect(runTestButton, &QPushButton::clicked, q, [this] { runConnectionTest(); });
    auto *testLayout = new QVBoxLayout(testPage);
    testLayout->addWidget(testView, 1);
    testLayout->addWidget(certificateGroup);
    testLayout->addWidget(runTestButton, 0, Qt::AlignLeft);

    domainView = new DomainHealthView(q);
    transcriptView = monospaceView(q, QStringLiteral("transcriptView"));
    transcriptView->setAccessibleName(tr("Transcript"));

    tabs = new QTabWidget(q);
    tabs->setObjectName(QStringLiteral("troubleshootingTabs"));
    tabs->addTab(testPage, tr("Connection Test"));
    tabs->addTab(domainView, tr("Sender Domain"));
    tabs->addTab(transcriptView, tr("Transcript"));

    statusLabel = new QLabel(q);
    statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusLabel->setWordWrap(true);
    statusLabel->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, q);
    copyButton = buttons->addButton(tr("Copy Diagnostics"), QDialogButtonBox::ActionRole);
    copyButton->setObjectName(QStringLiteral("copyDiagnosticsButton"));
    copyButton->setToolTip(tr("Puts a report for a support request on the clipboard. It contains no password."));
    QObject::connect(copyButton, &QPushButton::clicked, q, [this] { copyDiagnostics(); });
    if (failure) {
        sendAgainButton = buttons->addButton(tr("Send Again"), QDialogButtonBox::AcceptRole);
        sendAgainButton->setObjectName(QStringLiteral("sendAgainButton"));
        QObject::connect(sendAgainButton, &QPushButton::clicked, q, [this] { finishWith(Outcome::RetrySending); });
    }
    QObject::connect(buttons, &QDialogButtonBox::rejected, q, &QDialog::reject);

    auto *top = new QWidget(q);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(explanationView);
    topLayout->addWidget(passwordPanel);
    topLayout->addWidget(signInPanel);
    topLayout->addWidget(adminPanel);
    topLayout->addStretch(1);
    auto *topScroll = new QScrollArea(q);
    topScroll->setObjectName(QStringLiteral("explanationScrollArea"));
    topScroll->setAccessibleName(tr("What went wrong and how to fix it"));
    topScroll->setWidget(top);
    topScroll->setWidgetResizable(true);
    topScroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(q);
    layout->addWidget(topScroll, 3);
    layout->addWidget(tabs, 2);
    layout->addWidget(statusLabel);
    layout->addWidget(buttons);
    q->resize(760, 680);
}

QHash<Kind, QString> TroubleshootingDialog::Private::actionLabels(const Explanation &shown) const
{
    QHash<Kind, QString> labels{
        {Kind::ReEnterPassword, tr("Enter Password…")},
        {Kind::CreateAppPassword, tr("Create App Password…")},
        {Kind::UseImplicitTls, tr("Use Port 465 with SSL/TLS")},
        {Kind::UseStartTls, tr("Use STARTTLS on Port 587")},
        {Kind::CheckServerName, tr("Edit Account…")},
        {Kind::CheckSettings, tr("Edit Account…")},
        {Kind::EnableAuthentication, tr("Edit Account…")},
        {Kind::UseMatchingSender, tr("Edit Account…")},
        {Kind::CheckNetwork, tr("Test Again")},
        {Kind::UseTrustedNetwork, tr("Test Again")},
        {Kind::ReviewCertificate, tr("Show Certificate")},
        {Kind::ContactAdministrator, tr("Text for Administrator…")},
        {Kind::CopyDiagnostics, tr("Copy Diagnostics")},
    };
    // Steps that only a provider's web page can do get a button when the page is known.
    for (const SuggestedAction &action : shown.actions) {
        switch (action.kind) {
        case Kind::SignInWithBrowser:
        case Kind::EnableMailAppAccess:
        case Kind::SecureAccount:
        case Kind::ContactProvider:
        case Kind::SwitchToOAuth:
            if (action.url.isValid()) {
                labels.insert(action.kind, tr("Open Page"));
            }
            break;
        default:
            break;
        }
    }
    // The browser sign-in runs from here when this installation has a client for the account's provider.
    if (const std::optional<OAuth::Provider> provider = oauthProvider(); provider && provider->hasClientId()) {
        labels.insert(Kind::SignInAgain, tr("Sign In Again…"));
        labels.insert(Kind::SignInWithBrowser, tr("Sign In with %1…").arg(provider->name));
        labels.insert(Kind::SwitchToOAuth, tr("Sign In with %1…").arg(provider->name));
    }
    // What only the message's author can change is offered when a message failed.
    if (failure) {
        labels.insert(Kind::EditRecipients, tr("Edit Recipients"));
        labels.insert(Kind::SendInBatches, tr("Send in Batches"));
        labels.insert(Kind::ShrinkMessage, tr("Shrink Attachments"));
        labels.insert(Kind::ChangeContent, tr("Edit Message"));
        labels.insert(Kind::WaitAndRetry, tr("Send Again"));
    } else {
        labels.insert(Kind::WaitAndRetry, tr("Test Again"));
    }
    return labels;
}

void TroubleshootingDialog::Private::showExplanation(const Explanation &shown)
{
    explanation = shown;
    explanationView->setActionLabels(actionLabels(shown));
    explanationView->showExplanation(shown);
}

void TroubleshootingDialog::Private::showSendFailure()
{
    if (!failure->error) {
        explanationView->showMessage(tr("The message was sent"), tr("The server accepted the message."));
        return;
    }
    const Smtp::Error &error = *failure->error;
    showExplanation(
        Diagnostics::Explainer().explain(Diagnostics::evidenceFromSmtpError(error, account.host, account.port)));
    if (!error.certificateChain.isEmpty()
        && (error.kind == Smtp::Error::Kind::CertificateUntrusted
            || error.kind == Smtp::Error::Kind::TlsHandshakeFailed)) {
        showCertificate(error.certificateChain, error.sslErrors);
    }
    if (sendAgainButton) {
        sendAgainButton->setEnabled(error.isTemporary());
    }
}

void TroubleshootingDialog::Private::carryOut(const SuggestedAction &action)
{
    if ((action.kind == Kind::SignInWithBrowser || action.kind == Kind::SwitchToOAuth) && canSignIn()) {
        showSignInPanel();
        return;
    }
    switch (action.kind) {
    case Kind::SignInAgain:
        showSignInPanel();
        break;
    case Kind::ReEnterPassword:
        showPasswordPanel();
        break;
    case Kind::CreateAppPassword:
        if (action.url.isValid()) {
            services.openUrl(action.url);
        }
        showPasswordPanel();
        break;
    case Kind::SignInWithBrowser:
    case Kind::EnableMailAppAccess:
    case Kind::SecureAccount:
    case Kind::ContactProvider:
    case Kind::SwitchToOAuth:
        if (action.url.isValid()) {
            services.openUrl(action.url);
            setStatus(tr("Opened %1 in your browser.").arg(action.url.toDisplayString()));
        }
        break;
    case Kind::UseImplicitTls:
        changeSecurity(Accounts::Security::ImplicitTls);
        break;
    case Kind::UseStartTls:
        changeSecurity(Accounts::Security::StartTls);
        break;
    case Kind::CheckServerName:
    case Kind::CheckSettings:
    case Kind::EnableAuthentication:
    case Kind::UseMatchingSender:
        editAccount();
        break;
    case Kind::CheckNetwork:
    case Kind::UseTrustedNetwork:
        runConnectionTest();
        break;
    case Kind::ReviewCertificate:
        tabs->setCurrentIndex(0);
        if (certificateGroup->isHidden()) {
            runConnectionTest();
        }
        break;
    case Kind::ContactAdministrator:
        showAdministratorText(action);
        break;
    case Kind::CopyDiagnostics:
        copyDiagnostics();
        break;
    case Kind::EditRecipients:
        finishWith(Outcome::EditRecipients);
        break;
    case Kind::SendInBatches:
        finishWith(Outcome::SendInBatches);
        break;
    case Kind::ShrinkMessage:
        finishWith(Outcome::ShrinkMessage);
        break;
    case Kind::ChangeContent:
        finishWith(Outcome::EditMessage);
        break;
    case Kind::WaitAndRetry:
        if (failure) {
            finishWith(Outcome::RetrySending);
        } else {
            runConnectionTest();
        }
        break;
    default: // advice only: nothing Kurier can do about it from here
        break;
    }
}

void TroubleshootingDialog::Private::finishWith(Outcome chosen)
{
    outcome = chosen;
    if (test) {
        test->cancel();
    }
    q->accept();
}

void TroubleshootingDialog::Private::runConnectionTest()
{
    if (test) {
        test->disconnect(q);
        test->cancel();
        test->deleteLater();
    }
    if (passwordRead) {
        passwordRead->disconnect(q);
        passwordRead = nullptr;
    }
    if (tokenRead) {
        tokenRead->disconnect(q);
        tokenRead = nullptr;
    }
    credentialsExplanation.reset();
    tabs->setCurrentIndex(0);
    testView->reset(tr("Testing the connection to %1…").arg(account.host));
    runTestButton->setEnabled(false);
    testTranscript.clear();
    updateTranscript();
    const bool signsInWithToken = account.authMethod == Accounts::AuthMethod::XOAuth2
        || account.authMethod == Accounts::AuthMethod::OAuthBearer;
    if (signsInWithToken && services.secrets) {
        // The token from the keychain, refreshed when due, exactly as a send gets it.
        if (!ownCredentials) {
            ownCredentials = new Accounts::CredentialsLookup(services.secrets, *oauthProviders, q);
        }
        tokenRead = ownCredentials->lookUp(account);
        QObject::connect(
            tokenRead, &Accounts::CredentialsJob::finished, q, [this](const Accounts::CredentialsResult &result) {
                tokenRead = nullptr;
                if (result.ok()) {
                    startConnectionTest(result.credentials, QString());
                    return;
                }
                if (result.problem) {
                    credentialsExplanation
                        = Diagnostics::Explainer().explain(result.problem->evidence(account.host, account.port));
                }
                startConnectionTest(std::nullopt,
                                    tr("Kurier has no valid sign-in for this account, so signing in was "
                                       "not tested."));
            });
        return;
    }
    if (!account.usesPassword() || !services.secrets) {
        startConnectionTest(std::nullopt, QString());
        return;
    }
    // The password goes from the keychain straight into the test; the dialog keeps no copy.
    passwordRead = services.secrets->read(account.id, Secrets::SecretKind::SmtpPassword);
    QObject::connect(passwordRead, &Secrets::SecretJob::finished, q, [this](const Secrets::SecretResult &result) {
        passwordRead = nullptr;
        if (result.ok()) {
            startConnectionTest(Smtp::Credentials::password(result.secret), QString());
        } else if (result.status == Secrets::SecretResult::Status::NotFound) {
            startConnectionTest(std::nullopt,
                                tr("No password is stored for this account, so signing in was not "
                                   "tested. Enter it above to test it."));
            showPasswordPanel();
        } else {
            startConnectionTest(std::nullopt,
                                tr("The password could not be read from the keychain (%1), so signing in was "
                                   "not tested.")
                                    .arg(result.message));
        }
    });
}

void TroubleshootingDialog::Private::startConnectionTest(std::optional<Smtp::Credentials> credentials,
                                                         const QString &note)
{
    Smtp::SessionSettings settings = Smtp::SessionSettings::fromAccount(account);
    settings.additionalCaCertificates = services.additionalCaCertificates;
    test = new ConnectionTest(settings, std::move(credentials), q);
    QObject::connect(test, &ConnectionTest::stepChanged, q,
                     [this](int index, const ConnectionTestStep &step) { testView->setStep(index, step); });
    QObject::connect(test, &ConnectionTest::transcriptLine, q, [this](const Smtp::TranscriptLine &line) {
        testTranscript.append(line);
        updateTranscript();
    });
    QObject::connect(test, &ConnectionTest::finished, q,
                     [this, note, finished = test.data()](const ConnectionTestReport &report) {
                         finished->deleteLater();
                         testFinished(report);
                         if (!note.isEmpty()) {
                             setStatus(note);
                         }
                     });
    setStatus(QString());
    test->start();
}

void TroubleshootingDialog::Private::testFinished(const ConnectionTestReport &report)
{
    runTestButton->setEnabled(true);
    testView->showReport(report);
    testTranscript = report.transcript;
    updateTranscript();
    lastTestPassed = report.ok;
    const bool cancelled = report.error && report.error->kind == Smtp::Error::Kind::Cancelled;
    if (services.statuses && !cancelled) {
        if (report.ok) {
            services.statuses->recordOk(account.id);
        } else {
            services.statuses->recordFailure(
                account.id, report.explanation ? report.explanation->category : Diagnostics::Category::Unknown);
        }
    }

    const bool tlsFailed = report.failedStep() >= 0
        && report.steps.at(report.failedStep()).kind == ConnectionTestStep::Kind::TlsHandshake;
    if (!report.peerChain.isEmpty()
        && (tlsFailed || (report.error && report.error->kind == Smtp::Error::Kind::CertificateUntrusted)
            || !account.pinnedCertificateSha256.isEmpty())) {
        showCertificate(Smtp::CertificateInfo::fromChain(report.peerChain),
                        report.error ? report.error->sslErrors : QList<QSslError>());
    } else {
        certificateGroup->hide();
    }

    if (report.ok && credentialsExplanation) {
        showExplanation(*credentialsExplanation);
    } else if (!report.ok && report.explanation && report.error && report.error->kind != Smtp::Error::Kind::Cancelled) {
        showExplanation(*report.explanation);
    } else if (report.ok && (fixApplied || !failure)) {
        explanation.reset();
        explanationView->showMessage(
            tr("The connection works"),
            failure ? tr("Kurier connected to %1 and signed in. You can send the message "
                         "again.")
                          .arg(account.host)
                    : tr("Kurier connected to %1 and everything it checked is in order.").arg(account.host));
    }
    if (sendAgainButton && report.ok) {
        sendAgainButton->setEnabled(true);
    }
    Q_EMIT q->connectionTestFinished(report.ok && !credentialsExplanation);
}

void TroubleshootingDialog::Private::showCertificate(const QList<Smtp::CertificateInfo> &chain,
                                                     const QList<QSslError> &errors)
{
    if (chain.isEmpty()) {
        certificateGroup->hide();
        return;
    }
    QStringList problems;
    for (const QSslError &error : errors) {
        problems.append(error.errorString());
    }
    problems.removeDuplicates();
    certificateView->showCertificate(chain, problems);
    certificateView->setPinned(
        !account.pinnedCertificateSha256.isEmpty()
        && Smtp::CertificateInfo::matchesPin(chain.first().certificate, account.pinnedCertificateSha256));
    certificateGroup->show();
}

void TroubleshootingDialog::Private::showPasswordPanel()
{
    passwordPrompt->setText(tr("Enter the password for %1 (an app password, if your provider gave you one). "
                               "Kurier stores it in the system keychain and tests it at once.")
                                .arg(account.userName.isEmpty() ? account.email : account.userName));
    passwordPanel->show();
    passwordEdit->setFocus();
}

void TroubleshootingDialog::Private::savePassword()
{
    const QString password = passwordEdit->text();
    if (password.isEmpty() || !services.secrets) {
        return;
    }
    passwordEdit->setEnabled(false);
    savePasswordButton->setEnabled(false);
    setStatus(tr("Saving the password in the keychain…"));
    Secrets::SecretJob *job = services.secrets->write(account.id, Secrets::SecretKind::SmtpPassword, password);
    QObject::connect(job, &Secrets::SecretJob::finished, q, [this](const Secrets::SecretResult &result) {
        passwordEdit->setEnabled(true);
        if (!result.ok()) {
            savePasswordButton->setEnabled(!passwordEdit->text().isEmpty());
            setStatus(tr("The password was not saved: %1").arg(result.message));
            return;
        }
        passwordEdit->clear();
        passwordPanel->hide();
        fixApplied = true;
        setStatus(tr("The new password is in the keychain."));
        Q_EMIT q->accountChanged(account.id);
        runConnectionTest();
    });
}

std::optional<OAuth::Provider> TroubleshootingDialog::Private::oauthProvider() const
{
    return oauthProviders->forAccount(account);
}

bool TroubleshootingDialog::Private::canSignIn() const
{
    const std::optional<OAuth::Provider> provider = oauthProvider();
    return provider && provider->hasClientId() && services.secrets;
}

void TroubleshootingDialog::Private::showSignInPanel()
{
    const std::optional<OAuth::Provider> provider = oauthProvider();
    if (!provider || !provider->hasClientId() || !services.secrets) {
        setStatus(provider ? tr("This build of Kurier has no OAuth client for %1, so it cannot sign in through the "
                                "browser. Use an app password instead.")
                                 .arg(provider->name)
                           : tr("Kurier knows no browser sign-in for this account's provider."));
        return;
    }
    signInPrompt->setText(tr("Sign in to %1 in your browser; Kurier keeps the new permission in the system keychain "
                             "and tests it at once. The sign-in page opens at <b>%2</b>.")
                              .arg(account.email.toHtmlEscaped(), provider->signInDomain().toHtmlEscaped()));
    signInButton->setText(tr("Sign In with %1…").arg(provider->name));
    signInButton->setVisible(!signIn);
    cancelSignInButton->setVisible(!signIn.isNull());
    signInWaiting->setVisible(!signIn.isNull());
    signInPanel->show();
    signInButton->setFocus();
}

void TroubleshootingDialog::Private::startSignIn()
{
    const std::optional<OAuth::Provider> provider = oauthProvider();
    if (signIn || !provider || !provider->hasClientId() || !services.secrets) {
        return;
    }
    if (!tokens) {
        tokens = new OAuth::TokenStore(services.secrets, *oauthProviders, q);
    }
    signIn = new OAuth::AccountSignIn(tokens, *provider, account.id, account.email, q);
    QObject::connect(signIn, &OAuth::AccountSignIn::authorizationUrlReady, q, [this](const QUrl &url) {
        signInWaiting->setText(
            tr("Waiting for you to finish signing in at <b>%1</b> in your browser…").arg(url.host().toHtmlEscaped()));
        services.openUrl(url);
    });
    QObject::connect(signIn, &OAuth::AccountSignIn::finished, q,
                     [this, provider = *provider](const OAuth::TokenResult &result) {
                         if (signIn) {
                             signIn->deleteLater();
                             signIn.clear();
                         }
                         signInFinished(result, provider);
                     });
    signInWaiting->setText(tr("Preparing the sign-in…"));
    signInButton->hide();
    signInWaiting->show();
    cancelSignInButton->show();
    setStatus(QString());
    signIn->start();
}

void TroubleshootingDialog::Private::cancelSignIn()
{
    if (!signIn) {
        return;
    }
    OAuth::AccountSignIn *running = signIn;
    signIn.clear();
    running->disconnect(q);
    running->cancel();
    running->deleteLater();
    showSignInPanel();
    setStatus(tr("The sign-in was cancelled."));
}

void TroubleshootingDialog::Private::signInFinished(const OAuth::TokenResult &result, const OAuth::Provider &provider)
{
    if (!result.ok()) {
        showSignInPanel();
        if (result.error && result.error->kind == OAuth::Error::Kind::Cancelled) {
            setStatus(tr("The sign-in was cancelled."));
        } else if (result.error) {
            const Explanation why = Diagnostics::Explainer().explain(result.error->evidence());
            setStatus(tr("The sign-in did not work: %1").arg(why.title));
        }
        return;
    }
    signInPanel->hide();
    fixApplied = true;
    const bool signsInWithToken = account.authMethod == Accounts::AuthMethod::XOAuth2
        || account.authMethod == Accounts::AuthMethod::OAuthBearer;
    if (!signsInWithToken) {
        // An account that used a password now signs in with the provider's token mechanism.
        Account changed = account;
        changed.authMethod = provider.mechanism;
        if (!saveAccount(
                changed,
                tr("Signed in with %1; the account now signs in through %1. Testing again…").arg(provider.name))) {
            return;
        }
        // The password the provider no longer accepts has no use in the keychain any more.
        services.secrets->remove(account.id, Secrets::SecretKind::SmtpPassword);
    } else {
        setStatus(tr("Signed in again with %1. Testing again…").arg(provider.name));
        Q_EMIT q->accountChanged(account.id);
    }
    runConnectionTest();
}

void TroubleshootingDialog::Private::showAdministratorText(const SuggestedAction &action)
{
    QString text = action.adminText;
    if (text.isEmpty() && explanation) {
        text = explanation->title + QLatin1Char('\n') + explanation->text;
    }
    if (explanation && !explanation->serverText.isEmpty() && !text.contains(explanation->serverText)) {
        text += QLatin1Char('\n')
            + tr("The server (%1, port %2) said: %3")
                  .arg(account.host)
                  .arg(account.port)
                  .arg(Smtp::Transcript::visible(explanation->serverText));
    }
    adminText->setPlainText(text);
    adminPanel->show();
}

void TroubleshootingDialog::Private::editAccount()
{
    if (!services.accounts || services.accounts->isReadOnly()) {
        setStatus(tr("The account cannot be changed: the settings file is read-only."));
        return;
    }
    auto *dialog = new AccountDialog(account, services.accounts, services.secrets, q);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &AccountDialog::accountSaved, q, [this](const QString &accountId) {
        if (const std::optional<Account> saved = services.accounts->account(accountId)) {
            account = *saved;
        }
        fixApplied = true;
        Q_EMIT q->accountChanged(accountId);
        runConnectionTest();
    });
    dialog->open();
}

bool TroubleshootingDialog::Private::saveAccount(const Account &changed, const QString &whatChanged)
{
    if (!services.accounts) {
        return false;
    }
    const Accounts::AccountStore::Result result = services.accounts->update(changed);
    if (!result.ok()) {
        setStatus(tr("The account was not changed: %1").arg(result.message));
        return false;
    }
    account = changed;
    fixApplied = true;
    setStatus(whatChanged);
    Q_EMIT q->accountChanged(account.id);
    return true;
}

void TroubleshootingDialog::Private::changeSecurity(Accounts::Security security)
{
    Account changed = account;
    changed.security = security;
    changed.port = Accounts::defaultPort(security);
    const QString what = security == Accounts::Security::ImplicitTls
        ? tr("The account now uses port %1 with SSL/TLS. Testing again…").arg(changed.port)
        : tr("The account now uses STARTTLS on port %1. Testing again…").arg(changed.port);
    if (saveAccount(changed, what)) {
        runConnectionTest();
    }
}

void TroubleshootingDialog::Private::trustCertificate(const QString &fingerprint)
{
    if (fingerprint.isEmpty()) {
        return;
    }
    Account changed = account;
    changed.pinnedCertificateSha256 = fingerprint;
    if (saveAccount(changed,
                    tr("Kurier now trusts the certificate %1 for this account. Testing again…").arg(fingerprint))) {
        certificateView->setPinned(true);
        runConnectionTest();
    }
}

void TroubleshootingDialog::Private::updateTranscript()
{
    QString text;
    if (failure && !failure->transcript.isEmpty()) {
        text += tr("--- The failed send ---") + QLatin1Char('\n') + Smtp::Transcript::toText(failure->transcript);
    }
    if (!testTranscript.isEmpty()) {
        if (!text.isEmpty()) {
            text += QLatin1Char('\n');
        }
        text += tr("--- The connection test ---") + QLatin1Char('\n') + Smtp::Transcript::toText(testTranscript);
    }
    transcriptView->setPlainText(text);
}

QString TroubleshootingDialog::Private::reportText() const
{
    DiagnosticsReport report;
    report.addSection(
        tr("Kurier %1 diagnostics, %2")
            .arg(QCoreApplication::applicationVersion(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)),
        {});
    report.addSection(tr("Account"),
                      {tr("Server: %1, port %2").arg(account.host).arg(account.port),
                       tr("Security: %1").arg(AccountLabels::security(account.security)),
                       tr("Sign-in: %1").arg(AccountLabels::authMethod(account.authMethod)),
                       tr("Sender domain: %1").arg(domainOf(account.email))});
    if (explanation) {
        QStringList lines{explanation->title, explanation->text};
        lines.append(explanation->details);
        lines.append(
            tr("Category: %1; rule: %2").arg(Diagnostics::categoryId(explanation->category), explanation->ruleId));
        if (explanation->replyCode > 0) {
            lines.append(tr("Reply: %1 %2").arg(explanation->replyCode).arg(explanation->enhancedCode).trimmed());
        }
        if (!explanation->serverText.isEmpty()) {
            lines.append(tr("The server said: %1").arg(Smtp::Transcript::visible(explanation->serverText)));
        }
        report.addSection(tr("Problem"), lines);
    }
    report.addSection(tr("Connection test"), testView->describe());
    if (!certificateGroup->isHidden()) {
        report.addSection(tr("The server's certificate"), certificateView->describe());
    }
    report.addSection(tr("Sender domain"), domainView->describe());
    report.addSection(tr("Transcript"), transcriptView->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts));
    return report.text();
}

void TroubleshootingDialog::Private::copyDiagnostics()
{
    copyButton->setEnabled(false);
    const QString userName = account.userName.isEmpty() ? account.email : account.userName;
    auto publish = [this, userName](QStringList secrets) {
        copyButton->setEnabled(true);
        // A password typed but not saved is a secret too.
        if (!passwordEdit->text().isEmpty()) {
            secrets.append(passwordEdit->text());
        }
        const QString text = DiagnosticsReport::scrubbed(reportText(), secrets, userName);
        if (DiagnosticsReport::containsSecret(text, secrets, userName)) {
            setStatus(tr("Kurier did not copy the report because it could not remove the password from it."));
            return;
        }
        QGuiApplication::clipboard()->setText(text);
        setStatus(tr("The diagnostics report is on the clipboard. It contains no password."));
        Q_EMIT q->diagnosticsCopied();
    };
    if (!account.usesPassword() || !services.secrets) {
        publish({});
        return;
    }
    // The stored password is read only to make sure the report does not contain it.
    Secrets::SecretJob *job = services.secrets->read(account.id, Secrets::SecretKind::SmtpPassword);
    QObject::connect(job, &Secrets::SecretJob::finished, q, [publish](const Secrets::SecretResult &result) {
        publish(result.ok() ? QStringList{result.secret} : QStringList());
    });
}

void TroubleshootingDialog::Private::setStatus(const QString &text)
{
    statusLabel->setText(text);
}

TroubleshootingDialog::TroubleshootingDialog(const Account &account, const Services &services,
                                             const Smtp::SendResult &failure, QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<Private>(this, account, services, failure))
{
    d->buildUi();
    d->showSendFailure();
    d->updateTranscript();
    if (const QString domain = domainOf(account.email); !domain.isEmpty()) {
        d->domainView->check(domain, {d->services.nameserver, {}, std::chrono::milliseconds(15000)});
    }
}

TroubleshootingDialog::TroubleshootingDialog(const Account &account, const Services &services, QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<Private>(this, account, services, std::nullopt))
{
    d->buildUi();
    d->explanationView->showMessage(
        tr("Testing the connection"),
        tr("Kurier checks step by step whether it can reach %1 and sign in.").arg(account.host));
    if (const QString domain = domainOf(account.email); !domain.isEmpty()) {
        d->domainView->check(domain, {d->services.nameserver, {}, std::chrono::milliseconds(15000)});
    }
    // Started once the dialog's owner had a chance to connect to its signals.
    QMetaObject::invokeMethod(
        this, [this] { d->runConnectionTest(); }, Qt::QueuedConnection);
}

TroubleshootingDialog::~TroubleshootingDialog()
{
    if (d->signIn) {
        d->signIn->disconnect(this);
        d->signIn->cancel();
    }
    if (d->test) {
        d->test->disconnect(this);
        d->test->cancel();
    }
}

TroubleshootingDialog::Outcome TroubleshootingDialog::outcome() const
{
    return d->outcome;
}

Account TroubleshootingDialog::account() const
{
    return d->account;
}

std::optional<Explanation> TroubleshootingDialog::explanation() const
{
    return d->explanation;
}

void TroubleshootingDialog::runConnectionTest()
{
    d->runConnectionTest();
}
