// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// "Sign in again" in the troubleshooting dialog for an OAuth account whose sign-in the
// provider revoked: the connection test takes the token from the real keychain (KEYRING), the
// refresh is refused by the fake authorization server, the explanation offers the new
// sign-in, the "browser" (an HTTP client) follows the authorization URL to Kurier's loopback
// redirect, the new tokens are stored and the test passes with XOAUTH2 at the fake SMTP server.
// The account dialog's "Sign In Again…", which replaces "change the password" for OAuth
// accounts, runs the same sign-in.
#include "app/accounts/accountstore.h"
#include "app/oauth/accountsignin.h"
#include "app/oauth/tokenset.h"
#include "app/oauth/tokenstore.h"
#include "app/secrets/keychainsecretstore.h"
#include "tests/support/fakeauthorizationserver.h"
#include "tests/support/fakesmtpserver.h"
#include "tests/support/loopbackbrowser.h"
#include "tests/support/oauthprovidersettings.h"
#include "tests/support/secretjobresult.h"
#include "ui/accounts/accountdialog.h"
#include "ui/troubleshooting/explanationview.h"
#include "ui/troubleshooting/troubleshootingdialog.h"

#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = Diagnostics::SuggestedAction::Kind;
using Secrets::SecretKind;
using Status = Secrets::SecretResult::Status;
using TestSupport::FakeAuthorizationServer;
using TestSupport::FakeSmtpServer;

namespace
{

const QHostAddress AuthServerAddress(u"127.0.150.2"_s);
// Nothing answers DNS here: the sender-domain check fails at once instead of asking the Internet.
const QHostAddress SilentNameserver(u"127.0.150.54"_s);
const QString ClientId = u"kurier-dialog-test-client"_s;
const QString AccountId = u"ola-gmail-com"_s;

} // namespace

class TroubleshootingDialogOAuthTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void revokedSignInIsRenewedFromTheDialog();
    void cancellingTheSignInKeepsTheOffer();
    void accountDialogSignsInAgain();
    void passwordAccountSwitchesToOAuth();

private:
    template<typename T>
    T *child(const char *name) const
    {
        T *found = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!found) {
            qWarning("no child named %s", name);
        }
        return found;
    }
    // Signs the account in once (as the wizard did), so that the keychain holds its tokens.
    void signInFirst();
    void openDialog();
    QUrl clickSignIn();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Accounts::AccountStore> m_store;
    std::unique_ptr<FakeAuthorizationServer> m_authServer;
    std::unique_ptr<FakeSmtpServer> m_smtp;
    std::unique_ptr<Secrets::KeychainSecretStore> m_keychain;
    std::unique_ptr<TroubleshootingDialog> m_dialog;
    QList<QUrl> m_opened;
};

void TroubleshootingDialogOAuthTest::init()
{
    m_opened.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<Accounts::AccountStore>(m_dir->filePath(u"kurier.ini"_s));
    m_authServer = std::make_unique<FakeAuthorizationServer>(ClientId);
    QVERIFY(m_authServer->listenOn(AuthServerAddress));
    TestSupport::configureOAuthProvider(m_store->settingsPath(), u"google"_s, ClientId,
                                        m_authServer->authorizationUrl(), m_authServer->tokenUrl());

    TestSupport::FakeSmtpBehaviour behaviour;
    behaviour.capabilitiesTls = {u"AUTH XOAUTH2 OAUTHBEARER"_s, u"ENHANCEDSTATUSCODES"_s, u"8BITMIME"_s};
    FakeAuthorizationServer *authServer = m_authServer.get();
    behaviour.acceptsToken = [authServer](const QString &token) { return authServer->isValidAccessToken(token); };
    m_smtp = std::make_unique<FakeSmtpServer>(behaviour);
    QVERIFY(m_smtp->listenOnLoopback());

    Accounts::Account account;
    account.id = AccountId;
    account.displayName = u"Ola"_s;
    account.email = u"ola@gmail.com"_s;
    account.host = u"localhost"_s;
    account.port = m_smtp->serverPort();
    account.security = Accounts::Security::StartTls;
    account.authMethod = Accounts::AuthMethod::XOAuth2;
    account.userName = account.email;
    QVERIFY(m_store->add(account).ok());
    m_keychain = std::make_unique<Secrets::KeychainSecretStore>();
}

void TroubleshootingDialogOAuthTest::cleanup()
{
    m_dialog.reset();
    if (m_keychain) {
        TestSupport::waitForSecretResult(m_keychain->remove(AccountId, SecretKind::OAuthTokens));
    }
    m_smtp.reset();
    m_authServer.reset();
    m_store.reset();
    m_keychain.reset();
    m_dir.reset();
}

void TroubleshootingDialogOAuthTest::signInFirst()
{
    OAuth::TokenStore tokens(m_keychain.get(), OAuth::ProviderTable::configured(m_store->settingsPath()));
    const std::optional<OAuth::Provider> google = tokens.providers().provider(u"google"_s);
    QVERIFY(google && google->hasClientId());
    OAuth::AccountSignIn signIn(&tokens, *google, AccountId, u"ola@gmail.com"_s);
    QSignalSpy urlReady(&signIn, &OAuth::AccountSignIn::authorizationUrlReady);
    QSignalSpy finished(&signIn, &OAuth::AccountSignIn::finished);
    signIn.start();
    QVERIFY(urlReady.wait(5000));
    QVERIFY(TestSupport::visitInBrowser(urlReady.first().first().toUrl()).finished);
    QVERIFY(!finished.isEmpty() || finished.wait(10000));
    QVERIFY(finished.first().first().value<OAuth::TokenResult>().ok());
}

void TroubleshootingDialogOAuthTest::openDialog()
{
    TroubleshootingDialog::Services services;
    services.accounts = m_store.get();
    services.secrets = m_keychain.get();
    services.openUrl = [this](const QUrl &url) { m_opened.append(url); };
    services.additionalCaCertificates = FakeSmtpServer::caCertificates();
    services.nameserver = SilentNameserver;
    m_dialog = std::make_unique<TroubleshootingDialog>(*m_store->account(AccountId), services);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

QUrl TroubleshootingDialogOAuthTest::clickSignIn()
{
    const qsizetype before = m_opened.size();
    QTest::mouseClick(child<QPushButton>("signInButton"), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return m_opened.size() > before; }, 5000)) {
        qWarning("the dialog never opened the sign-in page");
        return {};
    }
    return m_opened.last();
}

void TroubleshootingDialogOAuthTest::revokedSignInIsRenewedFromTheDialog()
{
    // Access tokens that are always due for a refresh, so the test's token look-up asks the provider.
    m_authServer->setAccessTokenLifetime(60);
    signInFirst();
    if (QTest::currentTestFailed()) {
        return;
    }
    m_authServer->revokeRefreshTokens();

    openDialog();
    QSignalSpy tested(m_dialog.get(), &TroubleshootingDialog::connectionTestFinished);
    QVERIFY(tested.wait(20000));
    QCOMPARE(tested.first().first().toBool(), false);
    QVERIFY(m_dialog->explanation());
    auto *signInAgain = m_dialog->findChild<QPushButton *>(ExplanationView::buttonObjectName(Kind::SignInAgain));
    QVERIFY2(signInAgain && signInAgain->isVisible(), qPrintable(m_dialog->explanation()->title));

    // The panel names the sign-in page's domain before anything opens.
    QTest::mouseClick(signInAgain, Qt::LeftButton);
    QVERIFY(child<QGroupBox>("signInPanel")->isVisible());
    QVERIFY(child<QLabel>("signInPrompt")->text().contains(AuthServerAddress.toString()));
    QVERIFY(m_opened.isEmpty());

    m_authServer->setAccessTokenLifetime(3600);
    QSignalSpy changed(m_dialog.get(), &TroubleshootingDialog::accountChanged);
    tested.clear();
    const QUrl url = clickSignIn();
    QVERIFY(url.isValid());
    QVERIFY(child<QPushButton>("cancelSignInButton")->isVisible());
    QVERIFY(child<QLabel>("signInWaiting")->text().contains(AuthServerAddress.toString()));
    QVERIFY(TestSupport::visitInBrowser(url).finished);

    // New tokens in the keychain, and the connection test passes with them.
    QVERIFY(tested.wait(20000));
    QCOMPARE(tested.last().first().toBool(), true);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!child<QGroupBox>("signInPanel")->isVisible());
    QVERIFY(m_smtp->record().authSuccesses >= 1);
    const Secrets::SecretResult stored
        = TestSupport::waitForSecretResult(m_keychain->read(AccountId, SecretKind::OAuthTokens));
    QCOMPARE(stored.status, Status::Ok);
    const std::optional<OAuth::TokenSet> tokens = OAuth::TokenSet::fromSecret(stored.secret);
    QVERIFY(tokens);
    QCOMPARE(tokens->refreshToken, m_authServer->lastRefreshToken());
    QCOMPARE(tokens->accessToken, m_authServer->lastAccessToken());
    QVERIFY(m_store->account(AccountId)->authMethod == Accounts::AuthMethod::XOAuth2);
}

void TroubleshootingDialogOAuthTest::cancellingTheSignInKeepsTheOffer()
{
    // Never signed in: the test finds no tokens and offers the sign-in.
    openDialog();
    QSignalSpy tested(m_dialog.get(), &TroubleshootingDialog::connectionTestFinished);
    QVERIFY(tested.wait(20000));
    QCOMPARE(tested.first().first().toBool(), false);
    auto *signInAgain = m_dialog->findChild<QPushButton *>(ExplanationView::buttonObjectName(Kind::SignInAgain));
    QVERIFY(signInAgain);
    QTest::mouseClick(signInAgain, Qt::LeftButton);
    const QUrl url = clickSignIn();
    QVERIFY(url.isValid());
    QTest::mouseClick(child<QPushButton>("cancelSignInButton"), Qt::LeftButton);
    QVERIFY(child<QLabel>("statusLabel")->text().contains(u"cancelled"_s));
    QVERIFY(child<QPushButton>("signInButton")->isVisible());
    QVERIFY(!child<QPushButton>("cancelSignInButton")->isVisible());
    // The browser comes back too late: nobody listens, nothing is stored.
    TestSupport::visitInBrowser(url, std::chrono::milliseconds(3000));
    QTest::qWait(200);
    QCOMPARE(m_authServer->codeExchanges(), 0);
    QCOMPARE(TestSupport::waitForSecretResult(m_keychain->read(AccountId, SecretKind::OAuthTokens)).status,
             Status::NotFound);
}

void TroubleshootingDialogOAuthTest::accountDialogSignsInAgain()
{
    AccountDialog dialog(*m_store->account(AccountId), m_store.get(), m_keychain.get());
    dialog.setOpenUrl([this](const QUrl &url) { m_opened.append(url); });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *label = dialog.findChild<QLabel *>(u"signInLabel"_s);
    QVERIFY(label && label->isVisible());
    QVERIFY2(label->text().contains(AuthServerAddress.toString()), qPrintable(label->text()));
    auto *signInAgain = dialog.findChild<QPushButton *>(u"signInAgainButton"_s);
    QVERIFY(signInAgain && signInAgain->isVisible() && signInAgain->isEnabled());

    QTest::mouseClick(signInAgain, Qt::LeftButton);
    QTRY_COMPARE(m_opened.size(), 1);
    QVERIFY(dialog.isSigningIn());
    QVERIFY(dialog.findChild<QPushButton *>(u"cancelSignInButton"_s)->isVisible());
    QVERIFY(TestSupport::visitInBrowser(m_opened.first()).finished);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSigningIn(), 10000);
    QVERIFY2(dialog.findChild<QLabel *>(u"signInStatus"_s)->text().contains(u"Signed in again"_s),
             qPrintable(dialog.findChild<QLabel *>(u"signInStatus"_s)->text()));
    const std::optional<OAuth::TokenSet> tokens = OAuth::TokenSet::fromSecret(
        TestSupport::waitForSecretResult(m_keychain->read(AccountId, SecretKind::OAuthTokens)).secret);
    QVERIFY(tokens);
    QCOMPARE(tokens->accessToken, m_authServer->lastAccessToken());

    // A password account keeps its password field and gets no sign-in row.
    Accounts::Account passwordAccount = *m_store->account(AccountId);
    passwordAccount.authMethod = Accounts::AuthMethod::Auto;
    AccountDialog passwordDialog(passwordAccount, m_store.get(), m_keychain.get());
    passwordDialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&passwordDialog));
    QVERIFY(!passwordDialog.findChild<QWidget *>(u"signInRow"_s)->isVisible());
}

void TroubleshootingDialogOAuthTest::passwordAccountSwitchesToOAuth()
{
    // A Microsoft password account whose server switched passwords off: the dialog offers the
    // browser sign-in (a client for Microsoft is configured) and moves the account to tokens.
    TestSupport::configureOAuthProvider(m_store->settingsPath(), u"microsoft"_s, ClientId,
                                        m_authServer->authorizationUrl(), m_authServer->tokenUrl());
    Accounts::Account account = *m_store->account(AccountId);
    account.email = u"ola@outlook.com"_s;
    account.userName = account.email;
    account.authMethod = Accounts::AuthMethod::Plain;
    QVERIFY(m_store->update(account).ok());
    QVERIFY(TestSupport::waitForSecretResult(m_keychain->write(AccountId, SecretKind::SmtpPassword, u"old"_s)).ok());

    Smtp::Error error;
    error.kind = Smtp::Error::Kind::AuthenticationFailed;
    error.phase = Smtp::Phase::Authentication;
    error.permanence = Smtp::Error::Permanence::Permanent;
    error.replyCode = 535;
    error.enhancedCode = u"5.7.139"_s;
    error.serverText = u"5.7.139 Authentication unsuccessful, basic authentication is disabled."_s;
    Smtp::SendResult failure;
    failure.outcome = Smtp::SendResult::Outcome::Failed;
    failure.error = error;

    TroubleshootingDialog::Services services;
    services.accounts = m_store.get();
    services.secrets = m_keychain.get();
    services.openUrl = [this](const QUrl &url) { m_opened.append(url); };
    services.additionalCaCertificates = FakeSmtpServer::caCertificates();
    services.nameserver = SilentNameserver;
    m_dialog = std::make_unique<TroubleshootingDialog>(account, services, failure);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QVERIFY(m_dialog->explanation());
    QCOMPARE(m_dialog->explanation()->category, Diagnostics::Category::OAuthRequired);
    auto *switchButton = m_dialog->findChild<QPushButton *>(ExplanationView::buttonObjectName(Kind::SwitchToOAuth));
    QVERIFY(switchButton && switchButton->isVisible());
    QVERIFY2(switchButton->text().contains(u"Microsoft"_s), qPrintable(switchButton->text()));
    QTest::mouseClick(switchButton, Qt::LeftButton);
    QVERIFY(child<QGroupBox>("signInPanel")->isVisible());
    QVERIFY(m_opened.isEmpty());

    QSignalSpy tested(m_dialog.get(), &TroubleshootingDialog::connectionTestFinished);
    const QUrl url = clickSignIn();
    QVERIFY(url.isValid());
    QVERIFY(TestSupport::visitInBrowser(url).finished);
    QVERIFY(tested.wait(20000));
    QCOMPARE(tested.last().first().toBool(), true);
    QVERIFY(m_store->account(AccountId)->authMethod == Accounts::AuthMethod::XOAuth2);
    QVERIFY(m_dialog->account().authMethod == Accounts::AuthMethod::XOAuth2);
    QVERIFY(m_smtp->record().authSuccesses >= 1);
    QCOMPARE(TestSupport::waitForSecretResult(m_keychain->read(AccountId, SecretKind::SmtpPassword)).status,
             Status::NotFound);
}

QTEST_MAIN(TroubleshootingDialogOAuthTest)
#include "troubleshootingdialogoauthtest.moc"
