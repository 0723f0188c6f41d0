// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The account wizard's browser sign-in end to end on loopback: discovery finds an ISPDB-style
// configuration with an <oAuth2> block (a local HTTPS server behind dnsmasq), the wizard offers
// "Sign in with Google" (the bundled Google row, its client and endpoints configured in the
// settings file and pointed at the fake authorization server), the "browser" is an HTTP client
// following the authorization URL to Kurier's loopback redirect, the verification page logs in
// with XOAUTH2 at the fake SMTP server, and the tokens end up in a real Secret Service (KEYRING).
#include "app/accounts/accountstore.h"
#include "app/oauth/tokenset.h"
#include "app/secrets/keychainsecretstore.h"
#include "tests/support/fakeauthorizationserver.h"
#include "tests/support/fakesmtpserver.h"
#include "tests/support/localdnsserver.h"
#include "tests/support/localwebserver.h"
#include "tests/support/loopbackbrowser.h"
#include "tests/support/oauthprovidersettings.h"
#include "tests/support/secretjobresult.h"
#include "ui/wizard/accountwizard.h"
#include "ui/wizard/discoverypage.h"
#include "ui/wizard/savepage.h"
#include "ui/wizard/signinpage.h"
#include "ui/wizard/verificationpage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Secrets::SecretKind;
using Status = Secrets::SecretResult::Status;
using TestSupport::FakeAuthorizationServer;
using TestSupport::FakeSmtpServer;

namespace
{

// This test's own loopback addresses; names resolve through its dnsmasq only.
const QHostAddress DnsAddress(u"127.0.150.53"_s);
const QHostAddress WebAddress(u"127.0.150.10"_s);
const QHostAddress AuthServerAddress(u"127.0.150.1"_s);

const QString ClientId = u"kurier-wizard-test-client"_s;
const QString Address = u"ola@example.test"_s;
const QString AccountId = u"ola-example-test"_s;

// What the ISP database says about example.test: the SMTP server takes OAuth2 or a password,
// and Google's issuer signs people in.
QByteArray ispdbConfig(quint16 smtpPort)
{
    return QStringLiteral(
               "<clientConfig version=\"1.1\"><emailProvider id=\"example.test\"><domain>example.test</domain>"
               "<displayName>Example Mail</displayName><displayShortName>Example</displayShortName>"
               "<outgoingServer type=\"smtp\"><hostname>localhost</hostname><port>%1</port>"
               "<socketType>STARTTLS</socketType><authentication>OAuth2</authentication>"
               "<authentication>password-cleartext</authentication><username>%EMAILADDRESS%</username>"
               "</outgoingServer><enable visiturl=\"https://example.test/security\"><instruction>Create an app "
               "password in your account's security settings.</instruction></enable></emailProvider>"
               "<oAuth2><issuer>accounts.google.com</issuer><scope>https://mail.google.com/</scope>"
               "<authURL>https://accounts.google.com/o/oauth2/auth</authURL>"
               "<tokenURL>https://www.googleapis.com/oauth2/v3/token</tokenURL></oAuth2>"
               "</clientConfig>")
        .arg(smtpPort)
        .toUtf8();
}

} // namespace

class AccountWizardOAuthTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void signsInWithGoogleTestsAndSaves();
    void withoutClientIdOffersThePasswordPath();
    void cancelAndBackDuringTheSignIn();
    void closingWithoutSavingRemovesTheTokens();

private:
    template<typename T>
    T *child(const char *name) const
    {
        T *found = m_wizard->findChild<T *>(QString::fromLatin1(name));
        if (!found) {
            qWarning("no child named %s", name);
        }
        return found;
    }
    void configureClient(const QString &clientId);
    void createWizard();
    // From the empty wizard to the Sign-in page.
    void goToSignIn();
    // Clicks "Sign in with Google" and returns the page the wizard asked the browser to open.
    QUrl startSignIn();
    bool clickNext();
    Secrets::SecretResult storedTokens() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Accounts::AccountStore> m_store;
    std::unique_ptr<LocalDnsServer> m_dns;
    std::unique_ptr<LocalWebServer> m_web;
    std::unique_ptr<FakeAuthorizationServer> m_authServer;
    std::unique_ptr<FakeSmtpServer> m_smtp;
    std::unique_ptr<Secrets::KeychainSecretStore> m_keychain;
    std::unique_ptr<AccountWizard> m_wizard;
    QList<QUrl> m_opened;
};

void AccountWizardOAuthTest::initTestCase()
{
    qRegisterMetaType<Autoconfig::Discovery>();
}

void AccountWizardOAuthTest::init()
{
    m_opened.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<Accounts::AccountStore>(m_dir->filePath(u"kurier.ini"_s));
    m_authServer = std::make_unique<FakeAuthorizationServer>(ClientId);
    QVERIFY(m_authServer->listenOn(AuthServerAddress));

    TestSupport::FakeSmtpBehaviour behaviour;
    behaviour.capabilitiesTls = {u"AUTH XOAUTH2 OAUTHBEARER"_s, u"ENHANCEDSTATUSCODES"_s, u"8BITMIME"_s};
    FakeAuthorizationServer *authServer = m_authServer.get();
    behaviour.acceptsToken = [authServer](const QString &token) { return authServer->isValidAccessToken(token); };
    m_smtp = std::make_unique<FakeSmtpServer>(behaviour);
    QVERIFY(m_smtp->listenOnLoopback());

    m_dns = std::make_unique<LocalDnsServer>(DnsAddress);
    m_dns->addAddress(u"autoconfig.example.test"_s, WebAddress);
    m_dns->addAddress(u"example.test"_s, WebAddress);
    m_dns->addAddress(u"ispdb.test"_s, WebAddress);
    QVERIFY2(m_dns->start(), qPrintable(m_dns->errorString()));
    m_web = std::make_unique<LocalWebServer>(WebAddress, LocalWebServer::Tls::On);
    QVERIFY(m_web->start());
    m_web->route(u"/v1.1/example.test"_s, LocalWebServer::document(ispdbConfig(m_smtp->serverPort())));
    m_keychain = std::make_unique<Secrets::KeychainSecretStore>();
}

void AccountWizardOAuthTest::cleanup()
{
    m_wizard.reset();
    if (m_keychain) {
        TestSupport::waitForSecretResult(m_keychain->remove(AccountId, SecretKind::OAuthTokens));
    }
    m_web.reset();
    m_dns.reset();
    m_smtp.reset();
    m_authServer.reset();
    m_store.reset();
    m_keychain.reset();
    m_dir.reset();
}

void AccountWizardOAuthTest::configureClient(const QString &clientId)
{
    TestSupport::configureOAuthProvider(m_store->settingsPath(), u"google"_s, clientId,
                                        m_authServer->authorizationUrl(), m_authServer->tokenUrl());
}

void AccountWizardOAuthTest::createWizard()
{
    AccountWizard::Services services;
    services.accounts = m_store.get();
    services.secrets = m_keychain.get();
    Autoconfig::LookupConfig config;
    config.dnsServer = DnsAddress;
    config.ispdbBaseUrl = QUrl(u"https://ispdb.test/v1.1/"_s);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(LocalWebServer::testCa());
    config.sslConfiguration = ssl;
    config.guessing = Autoconfig::Guessing::Disabled;
    config.autodiscover = Autoconfig::AutodiscoverMode::Disabled;
    config.sourceTimeout = std::chrono::milliseconds(1500);
    config.language = u"en"_s;
    services.lookupConfig = config;
    services.additionalCaCertificates = FakeSmtpServer::caCertificates();
    services.openUrl = [this](const QUrl &url) { m_opened.append(url); };
    m_wizard = std::make_unique<AccountWizard>(services);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
}

void AccountWizardOAuthTest::goToSignIn()
{
    QCOMPARE(m_wizard->currentId(), int(AccountWizard::Identity));
    QTest::keyClicks(child<QLineEdit>("wizardNameEdit"), u"Ola Tester"_s);
    QTest::keyClicks(child<QLineEdit>("wizardEmailEdit"), Address);
    QVERIFY(clickNext());
    QCOMPARE(m_wizard->currentId(), int(AccountWizard::Discovery));
    auto *discovery = qobject_cast<DiscoveryPage *>(m_wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(!discovery->isSearching(), 15000);
    QVERIFY(child<QRadioButton>("discoveryUseFound")->isChecked());
    QVERIFY(clickNext());
    QVERIFY(m_wizard->discovery());
    QVERIFY(m_wizard->discovery()->oauth2);
    QCOMPARE(m_wizard->discovery()->oauth2->issuer, u"accounts.google.com"_s);
    QCOMPARE(m_wizard->currentId(), int(AccountWizard::SignIn));
}

QUrl AccountWizardOAuthTest::startSignIn()
{
    const qsizetype before = m_opened.size();
    auto *button = child<QPushButton>("signInButton");
    if (!button || !button->isVisible() || !button->isEnabled()) {
        qWarning("the sign-in button is not available");
        return {};
    }
    QTest::mouseClick(button, Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return m_opened.size() > before; }, 5000)) {
        qWarning("the wizard never opened the sign-in page");
        return {};
    }
    return m_opened.last();
}

bool AccountWizardOAuthTest::clickNext()
{
    QWizard::WizardButton which = QWizard::NextButton;
    if (m_wizard->currentId() == AccountWizard::Save) {
        which = QWizard::FinishButton;
    } else if (m_wizard->currentPage()->isCommitPage()) {
        which = QWizard::CommitButton;
    }
    QAbstractButton *next = m_wizard->button(which);
    if (!QTest::qWaitFor([next] { return next->isEnabled() && next->isVisible(); }, 20000)) {
        qWarning("button %d never became available on page %d", int(which), m_wizard->currentId());
        return false;
    }
    QTest::mouseClick(next, Qt::LeftButton);
    return true;
}

Secrets::SecretResult AccountWizardOAuthTest::storedTokens() const
{
    return TestSupport::waitForSecretResult(m_keychain->read(AccountId, SecretKind::OAuthTokens));
}

void AccountWizardOAuthTest::signsInWithGoogleTestsAndSaves()
{
    configureClient(ClientId);
    createWizard();
    goToSignIn();
    if (QTest::currentTestFailed()) {
        return;
    }

    // The primary path, with the domain of the sign-in page named before anything opens.
    auto *page = qobject_cast<SignInPage *>(m_wizard->currentPage());
    QVERIFY(page->title().contains(u"Google"_s));
    QVERIFY(child<QRadioButton>("signInUseOAuth")->isChecked());
    const QString domainText = child<QLabel>("signInDomain")->text();
    QVERIFY2(domainText.contains(AuthServerAddress.toString()), qPrintable(domainText));
    QVERIFY(m_opened.isEmpty());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    // The provider's own hint stays with the password path.
    QVERIFY(child<QLabel>("signInPasswordHint")->text().contains(u"Create an app password"_s));

    const QUrl url = startSignIn();
    QVERIFY(url.isValid());
    QCOMPARE(url.host(), AuthServerAddress.toString());
    QVERIFY(page->isSigningIn());
    QVERIFY(child<QPushButton>("signInCancelButton")->isVisible());
    QVERIFY(child<QLabel>("signInWaiting")->text().contains(AuthServerAddress.toString()));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());

    const TestSupport::BrowserVisit visit = TestSupport::visitInBrowser(url);
    QVERIFY(visit.finished);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isSigningIn(), 10000);
    QVERIFY2(m_wizard->isSignedIn(), qPrintable(child<QLabel>("signInResult")->text()));
    QCOMPARE(m_authServer->codeExchanges(), 1);
    QVERIFY(clickNext());

    // Review: the server found, signing in with XOAUTH2 (Google's mechanism).
    QCOMPARE(m_wizard->currentId(), int(AccountWizard::Review));
    QCOMPARE(child<QLineEdit>("hostEdit")->text(), u"localhost"_s);
    QCOMPARE(child<QComboBox>("authMethodCombo")->currentData().toInt(), int(Accounts::AuthMethod::XOAuth2));
    QVERIFY(clickNext());

    // Verification: the token from the keychain logs in at the SMTP server.
    QCOMPARE(m_wizard->currentId(), int(AccountWizard::Verification));
    auto *verification = qobject_cast<VerificationPage *>(m_wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(!verification->isTesting(), 20000);
    QVERIFY2(verification->passed(), qPrintable(child<QLabel>("verificationResult")->text()));
    QCOMPARE(m_smtp->record().authSuccesses, 1);
    QVERIFY(m_smtp->record().received("AUTH XOAUTH2"));
    QVERIFY(clickNext());

    QCOMPARE(m_wizard->currentId(), int(AccountWizard::Save));
    auto *save = qobject_cast<SavePage *>(m_wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(save->isSaved(), 20000);
    QCOMPARE(m_wizard->savedAccountId(), AccountId);
    const std::optional<Accounts::Account> account = m_store->account(AccountId);
    QVERIFY(account);
    QVERIFY(account->authMethod == Accounts::AuthMethod::XOAuth2);
    QCOMPARE(account->host, u"localhost"_s);
    QCOMPARE(account->port, m_smtp->serverPort());
    QCOMPARE(account->userName, Address);

    // The keychain holds the token set the sign-in received, and no password.
    const Secrets::SecretResult stored = storedTokens();
    QCOMPARE(stored.status, Status::Ok);
    const std::optional<OAuth::TokenSet> tokens = OAuth::TokenSet::fromSecret(stored.secret);
    QVERIFY(tokens);
    QCOMPARE(tokens->providerId, u"google"_s);
    QCOMPARE(tokens->clientId, ClientId);
    QCOMPARE(tokens->accessToken, m_authServer->lastAccessToken());
    QCOMPARE(tokens->refreshToken, m_authServer->lastRefreshToken());
    QCOMPARE(TestSupport::waitForSecretResult(m_keychain->read(AccountId, SecretKind::SmtpPassword)).status,
             Status::NotFound);
    // Nothing of the tokens in the settings file.
    QFile settings(m_store->settingsPath());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray written = settings.readAll();
    QVERIFY(!written.contains(tokens->accessToken.toUtf8()));
    QVERIFY(!written.contains(tokens->refreshToken.toUtf8()));

    QVERIFY(clickNext());
    QTRY_VERIFY(!m_wizard->isVisible());
    QCOMPARE(m_wizard->result(), int(QDialog::Accepted));
    // A saved account keeps its tokens when the wizard closes.
    QCOMPARE(storedTokens().status, Status::Ok);
}

void AccountWizardOAuthTest::withoutClientIdOffersThePasswordPath()
{
    configureClient(QString());
    createWizard();
    goToSignIn();
    if (QTest::currentTestFailed()) {
        return;
    }

    const QString intro = child<QLabel>("signInIntro")->text();
    QVERIFY2(intro.contains(u"no OAuth client"_s), qPrintable(intro));
    QVERIFY(intro.contains(u"Google"_s));
    QVERIFY(child<QRadioButton>("signInUseOAuth")->isHidden());
    QVERIFY(child<QRadioButton>("signInUsePassword")->isChecked());
    const QString hint = child<QLabel>("signInPasswordHint")->text();
    QVERIFY2(hint.contains(u"Create an app password"_s), qPrintable(hint));
    QVERIFY2(hint.contains(u"href=\"https://example.test/security\""_s), qPrintable(hint));
    QVERIFY(clickNext());

    // The password path: a password method, never the token one.
    QCOMPARE(m_wizard->currentId(), int(AccountWizard::Review));
    QCOMPARE(child<QComboBox>("authMethodCombo")->currentData().toInt(), int(Accounts::AuthMethod::Auto));
    QVERIFY(m_opened.isEmpty());
    QCOMPARE(m_authServer->requests().size(), 0);
}

void AccountWizardOAuthTest::cancelAndBackDuringTheSignIn()
{
    configureClient(ClientId);
    createWizard();
    goToSignIn();
    if (QTest::currentTestFailed()) {
        return;
    }
    auto *page = qobject_cast<SignInPage *>(m_wizard->currentPage());

    // Cancel while the browser is open: the page waits no longer and the redirect finds nobody.
    QUrl url = startSignIn();
    QVERIFY(url.isValid());
    QVERIFY(page->isSigningIn());
    QTest::mouseClick(child<QPushButton>("signInCancelButton"), Qt::LeftButton);
    QVERIFY(!page->isSigningIn());
    QVERIFY(child<QLabel>("signInResult")->text().contains(u"cancelled"_s));
    QVERIFY(child<QPushButton>("signInButton")->isVisible());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    TestSupport::visitInBrowser(url, std::chrono::milliseconds(3000));
    QTest::qWait(200);
    QVERIFY(!m_wizard->isSignedIn());
    QCOMPARE(m_authServer->codeExchanges(), 0);

    // Back while the browser is open: the sign-in ends with the page.
    url = startSignIn();
    QVERIFY(url.isValid());
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(AccountWizard::Discovery));
    QVERIFY(!page->isSigningIn());
    TestSupport::visitInBrowser(url, std::chrono::milliseconds(3000));
    QTest::qWait(200);
    QVERIFY(!m_wizard->isSignedIn());
    QCOMPARE(m_authServer->codeExchanges(), 0);
    QCOMPARE(storedTokens().status, Status::NotFound);

    // And forward again: a fresh sign-in works.
    QVERIFY(clickNext());
    QCOMPARE(m_wizard->currentId(), int(AccountWizard::SignIn));
    url = startSignIn();
    QVERIFY(TestSupport::visitInBrowser(url).finished);
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->isSignedIn(), 10000);
    // Choosing a password after all drops the sign-in and its tokens.
    child<QRadioButton>("signInUsePassword")->click();
    QVERIFY(!m_wizard->isSignedIn());
    QTRY_COMPARE_WITH_TIMEOUT(storedTokens().status, Status::NotFound, 10000);
    QVERIFY(clickNext());
    QCOMPARE(child<QComboBox>("authMethodCombo")->currentData().toInt(), int(Accounts::AuthMethod::Auto));
}

void AccountWizardOAuthTest::closingWithoutSavingRemovesTheTokens()
{
    configureClient(ClientId);
    createWizard();
    goToSignIn();
    if (QTest::currentTestFailed()) {
        return;
    }
    const QUrl url = startSignIn();
    QVERIFY(TestSupport::visitInBrowser(url).finished);
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->isSignedIn(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(storedTokens().status, Status::Ok, 10000);
    m_wizard->reject();
    QTRY_COMPARE_WITH_TIMEOUT(storedTokens().status, Status::NotFound, 10000);
    QVERIFY(!m_store->contains(AccountId));
}

QTEST_MAIN(AccountWizardOAuthTest)
#include "accountwizardoauthtest.moc"
