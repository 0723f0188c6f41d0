// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The account wizard end to end with real widgets on the offscreen platform: discovery
// against a local HTTPS autoconfig server and a local DNS server (dnsmasq), the connection
// test and the login against the real Postfix harness (fixture "postfix"), and the password
// in a real Secret Service (KEYRING).
#include "ui/wizard/accountwizard.h"
#include "app/accounts/accountstore.h"
#include "app/secrets/keychainsecretstore.h"
#include "autoconfig/messages.h"
#include "tests/support/harnessconfig.h"
#include "tests/support/localdnsserver.h"
#include "tests/support/localwebserver.h"
#include "tests/support/secretjobresult.h"
#include "tests/ui/scriptedsecretstore.h"
#include "ui/wizard/discoverypage.h"
#include "ui/wizard/reviewpage.h"
#include "ui/wizard/savepage.h"
#include "ui/wizard/verificationpage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using Secrets::SecretKind;
using Status = Secrets::SecretResult::Status;

namespace
{

// This test's own loopback addresses; names resolve through its dnsmasq only.
const QHostAddress DnsAddress(u"127.0.110.53"_s);
const QHostAddress ProviderAddress(u"127.0.110.10"_s);
// Nothing listens here: a connection test against it fails at once.
const QString ClosedHost = u"127.0.110.99"_s;

const QString ConfigPath = u"/mail/config-v1.1.xml"_s;

QByteArray clientConfig(const QString &host, int port, const QString &socketType, const QString &userName,
                        const QString &providerExtra = {})
{
    const QString domain = u"example.test"_s;
    return QStringLiteral("<clientConfig version=\"1.1\"><emailProvider id=\"%1\"><domain>%1</domain>"
                          "<displayName>Kurier Test Mail</displayName><outgoingServer type=\"smtp\">"
                          "<hostname>%2</hostname><port>%3</port><socketType>%4</socketType>"
                          "<authentication>password-cleartext</authentication><username>%5</username>"
                          "</outgoingServer>%6</emailProvider></clientConfig>")
        .arg(domain, host)
        .arg(port)
        .arg(socketType, userName, providerExtra)
        .toUtf8();
}

} // namespace

class AccountWizardTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void discoveryReviewTestAndSaveAgainstTheHarness();
    void settingsFromDnsWaitForConsent();
    void noEncryptionNeedsTheRiskConfirmed();
    void backFromReviewReturnsToDiscovery();
    void stoppingTheSearchStopsTheLookup();
    void backDuringTheSearchStopsTheLookup();
    void withoutKeychainTheAccountIsSavedWithoutPassword();

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
    Autoconfig::LookupConfig lookupConfig() const;
    void createWizard(Secrets::SecretStore *secrets);
    void fillIdentity(const QString &email, const QString &password);
    bool clickNext();
    int currentPage() const { return m_wizard->currentId(); }

    HarnessConfig m_harness;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Accounts::AccountStore> m_store;
    std::unique_ptr<LocalDnsServer> m_dns;
    std::unique_ptr<LocalWebServer> m_provider;
    std::unique_ptr<Secrets::KeychainSecretStore> m_keychain;
    std::unique_ptr<AccountWizard> m_wizard;
};

void AccountWizardTest::initTestCase()
{
    m_harness = HarnessConfig::load(QStringLiteral(KURIER_HARNESS_STATE_DIR));
    if (!m_harness.isValid()) {
        QSKIP(qPrintable(u"the Postfix harness is not running (run through ctest, fixture \"postfix\"): "_s
                         + m_harness.errorString()));
    }
}

void AccountWizardTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<Accounts::AccountStore>(m_dir->filePath(u"kurier.ini"_s));
    m_dns = std::make_unique<LocalDnsServer>(DnsAddress);
    // example.test: a name the test CA's server certificate is valid for.
    m_dns->addAddress(u"autoconfig.example.test"_s, ProviderAddress);
    m_dns->addAddress(u"example.test"_s, ProviderAddress);
    m_dns->addAddress(u"ispdb.test"_s, ProviderAddress);
    QVERIFY2(m_dns->start(), qPrintable(m_dns->errorString()));
    m_provider = std::make_unique<LocalWebServer>(ProviderAddress, LocalWebServer::Tls::On);
    QVERIFY(m_provider->start());
    m_keychain = std::make_unique<Secrets::KeychainSecretStore>();
}

void AccountWizardTest::cleanup()
{
    m_wizard.reset();
    m_provider.reset();
    m_dns.reset();
    m_store.reset();
    m_keychain.reset();
    m_dir.reset();
}

Autoconfig::LookupConfig AccountWizardTest::lookupConfig() const
{
    Autoconfig::LookupConfig config;
    config.dnsServer = DnsAddress;
    config.ispdbBaseUrl = QUrl(u"https://ispdb.test/v1.1/"_s);
    // The test CA goes into the configuration, as a company CA would.
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(LocalWebServer::testCa());
    config.sslConfiguration = ssl;
    config.guessing = Autoconfig::Guessing::Disabled;
    config.autodiscover = Autoconfig::AutodiscoverMode::Disabled;
    config.sourceTimeout = std::chrono::milliseconds(1500);
    config.language = u"en"_s;
    return config;
}

void AccountWizardTest::createWizard(Secrets::SecretStore *secrets)
{
    AccountWizard::Services services;
    services.accounts = m_store.get();
    services.secrets = secrets;
    services.lookupConfig = lookupConfig();
    services.additionalCaCertificates = QSslCertificate::fromPath(m_harness.caCertificatePath());
    m_wizard = std::make_unique<AccountWizard>(services);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
}

void AccountWizardTest::fillIdentity(const QString &email, const QString &password)
{
    QCOMPARE(currentPage(), int(AccountWizard::Identity));
    QTest::keyClicks(child<QLineEdit>("wizardNameEdit"), u"Alice Tester"_s);
    auto *emailEdit = child<QLineEdit>("wizardEmailEdit");
    QTest::keyClicks(emailEdit, u"alice@"_s);
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    // Leaving the field shows what is wrong with the address.
    emailEdit->clearFocus();
    QTest::qWait(0);
    Q_EMIT emailEdit->editingFinished();
    QVERIFY(child<QLabel>("wizardEmailProblem")->isVisible());
    emailEdit->clear();
    QTest::keyClicks(emailEdit, email);
    QVERIFY(!child<QLabel>("wizardEmailProblem")->isVisible());
    auto *passwordEdit = child<QLineEdit>("wizardPasswordEdit");
    QCOMPARE(passwordEdit->echoMode(), QLineEdit::Password);
    QTest::keyClicks(passwordEdit, password);
    child<QAbstractButton>("wizardShowPasswordButton")->click();
    QCOMPARE(passwordEdit->echoMode(), QLineEdit::Normal);
    child<QAbstractButton>("wizardShowPasswordButton")->click();
    QCOMPARE(passwordEdit->echoMode(), QLineEdit::Password);
}

bool AccountWizardTest::clickNext()
{
    QWizard::WizardButton which = QWizard::NextButton;
    if (m_wizard->currentId() == AccountWizard::Save) {
        which = QWizard::FinishButton;
    } else if (m_wizard->currentPage()->isCommitPage()) {
        which = QWizard::CommitButton; // "Save": no way back once the account is stored
    }
    QAbstractButton *next = m_wizard->button(which);
    const int before = m_wizard->currentId();
    if (!QTest::qWaitFor([next] { return next->isEnabled() && next->isVisible(); }, 20000)) {
        qWarning("button %d never became available on page %d (enabled %d, visible %d, complete %d)", int(which),
                 before, next->isEnabled(), next->isVisible(), m_wizard->currentPage()->isComplete());
        return false;
    }
    QTest::mouseClick(next, Qt::LeftButton);
    return true;
}

void AccountWizardTest::discoveryReviewTestAndSaveAgainstTheHarness()
{
    const HarnessConfig::User alice = m_harness.user(u"alice"_s);
    const HarnessConfig::Endpoint implicitTls = m_harness.endpoint(HarnessConfig::Service::ImplicitTls);
    // The provider publishes the harness as its server; the login name is the harness user's.
    m_provider->route(
        ConfigPath,
        LocalWebServer::document(clientConfig(m_harness.tlsHostName(), implicitTls.port, u"SSL"_s, alice.address)));
    createWizard(m_keychain.get());
    fillIdentity(u"alice@example.test"_s, alice.password);
    QVERIFY(clickNext());

    // Discovery: live rows, then what was found, where from and that it is trusted.
    QCOMPARE(currentPage(), int(AccountWizard::Discovery));
    auto *page = qobject_cast<DiscoveryPage *>(m_wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isSearching(), 15000);
    auto *sources = child<QTreeWidget>("discoverySources");
    QVERIFY(sources->topLevelItemCount() >= 4);
    bool providerFound = false;
    for (int row = 0; row < sources->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = sources->topLevelItem(row);
        if (item->text(0) == Autoconfig::Messages::sourceLabel(Autoconfig::SourceKind::Provider)) {
            providerFound = item->text(1) == DiscoveryPage::tr("Found");
        }
    }
    QVERIFY(providerFound);
    const QString summary = child<QLabel>("discoverySummary")->text();
    QVERIFY2(summary.contains(m_harness.tlsHostName()), qPrintable(summary));
    QVERIFY2(summary.contains(u"autoconfig.example.test"_s), qPrintable(summary));
    QVERIFY2(summary.contains(DiscoveryPage::tr("Kurier trusts this source").left(20)), qPrintable(summary));
    QVERIFY(child<QRadioButton>("discoveryUseFound")->isChecked());
    QVERIFY(!child<QLabel>("discoveryConsent")->isVisible());
    QVERIFY(clickNext());

    // Review: the values found, each with its source.
    QCOMPARE(currentPage(), int(AccountWizard::Review));
    QCOMPARE(child<QLineEdit>("hostEdit")->text(), m_harness.tlsHostName());
    QCOMPARE(child<QSpinBox>("portSpin")->value(), int(implicitTls.port));
    QCOMPARE(child<QComboBox>("securityCombo")->currentData().toInt(), int(Accounts::Security::ImplicitTls));
    QCOMPARE(child<QLineEdit>("userNameEdit")->text(), alice.address);
    QVERIFY(child<QLabel>("reviewSources")->text().contains(ReviewPage::tr("found by: %1").arg(QString()).left(8)));
    QVERIFY(clickNext());

    // Verification: the real connection test signs in to the harness.
    QCOMPARE(currentPage(), int(AccountWizard::Verification));
    auto *verification = qobject_cast<VerificationPage *>(m_wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(!verification->isTesting(), 20000);
    QVERIFY2(verification->passed(), qPrintable(child<QLabel>("verificationResult")->text()));
    QVERIFY(!child<QCheckBox>("verificationSaveAnyway")->isVisible());
    QVERIFY(clickNext());

    // Save: the account in the store, the password in the keychain.
    QCOMPARE(currentPage(), int(AccountWizard::Save));
    auto *save = qobject_cast<SavePage *>(m_wizard->currentPage());
    QSignalSpy saved(m_wizard.get(), &AccountWizard::accountSaved);
    QTRY_VERIFY_WITH_TIMEOUT(save->isSaved(), 20000);
    const QString id = u"alice-example-test"_s;
    QCOMPARE(m_wizard->savedAccountId(), id);
    const std::optional<Accounts::Account> account = m_store->account(id);
    QVERIFY(account);
    QCOMPARE(account->email, u"alice@example.test"_s);
    QCOMPARE(account->displayName, u"Alice Tester"_s);
    QCOMPARE(account->host, m_harness.tlsHostName());
    QCOMPARE(account->port, implicitTls.port);
    QVERIFY(account->security == Accounts::Security::ImplicitTls);
    QCOMPARE(account->userName, alice.address);
    const Secrets::SecretResult stored
        = TestSupport::waitForSecretResult(m_keychain->read(id, SecretKind::SmtpPassword));
    QCOMPARE(stored.status, Status::Ok);
    QVERIFY(stored.secret == alice.password);
    QVERIFY(clickNext());
    QTRY_VERIFY(!m_wizard->isVisible());
    QCOMPARE(m_wizard->result(), int(QDialog::Accepted));

    QVERIFY(TestSupport::waitForSecretResult(m_keychain->remove(id, SecretKind::SmtpPassword)).ok());
}

void AccountWizardTest::settingsFromDnsWaitForConsent()
{
    // The provider publishes nothing; only SRV records (RFC 6186) point at a server, which DNS
    // could have forged, so the password goes nowhere before the user says yes.
    const HarnessConfig::Endpoint implicitTls = m_harness.endpoint(HarnessConfig::Service::ImplicitTls);
    m_dns.reset();
    m_dns = std::make_unique<LocalDnsServer>(DnsAddress);
    m_dns->addAddress(u"autoconfig.example.test"_s, ProviderAddress);
    m_dns->addAddress(u"example.test"_s, ProviderAddress);
    m_dns->addAddress(u"ispdb.test"_s, ProviderAddress);
    m_dns->addSrv(u"_submissions._tcp.example.test"_s, m_harness.tlsHostName(), implicitTls.port);
    QVERIFY2(m_dns->start(), qPrintable(m_dns->errorString()));
    createWizard(m_keychain.get());
    fillIdentity(u"alice@example.test"_s, u"whatever"_s);
    QVERIFY(clickNext());
    auto *page = qobject_cast<DiscoveryPage *>(m_wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isSearching(), 15000);
    QVERIFY2(child<QLabel>("discoverySummary")->text().contains(m_harness.tlsHostName()),
             qPrintable(child<QLabel>("discoverySummary")->text()));
    auto *consent = child<QLabel>("discoveryConsent");
    QVERIFY(consent->isVisible());
    QVERIFY2(consent->text().contains(u"cannot vouch"_s), qPrintable(consent->text()));
    QVERIFY(!child<QRadioButton>("discoveryUseFound")->isChecked());
    QVERIFY(!child<QRadioButton>("discoveryEnterMyself")->isChecked());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    child<QRadioButton>("discoveryUseFound")->click();
    QVERIFY(clickNext());
    QCOMPARE(currentPage(), int(AccountWizard::Review));
    QCOMPARE(child<QLineEdit>("hostEdit")->text(), m_harness.tlsHostName());
    QCOMPARE(child<QSpinBox>("portSpin")->value(), int(implicitTls.port));
}

void AccountWizardTest::noEncryptionNeedsTheRiskConfirmed()
{
    // The provider has no configuration: the manual form.
    createWizard(m_keychain.get());
    fillIdentity(u"bob@example.test"_s, u"irrelevant"_s);
    QVERIFY(clickNext());
    auto *page = qobject_cast<DiscoveryPage *>(m_wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isSearching(), 15000);
    QVERIFY(child<QLabel>("discoverySummary")->text().contains(u"No settings were found"_s));
    QVERIFY(clickNext());
    QCOMPARE(currentPage(), int(AccountWizard::Review));
    QVERIFY(child<QLineEdit>("hostEdit")->text().isEmpty());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QTest::keyClicks(child<QLineEdit>("hostEdit"), ClosedHost);
    QTRY_VERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());

    auto *security = child<QComboBox>("securityCombo");
    security->setCurrentIndex(security->findData(int(Accounts::Security::None)));
    QVERIFY(child<QCheckBox>("riskCheck")->isVisible());
    QVERIFY(!child<QCheckBox>("riskCheck")->isChecked());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    // Even a forced Next does not get past the page without the confirmation.
    m_wizard->next();
    QCOMPARE(currentPage(), int(AccountWizard::Review));
    child<QCheckBox>("riskCheck")->click();
    QTRY_VERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(clickNext());
    QCOMPARE(currentPage(), int(AccountWizard::Verification));
    QVERIFY(m_wizard->account().security == Accounts::Security::None);
    QVERIFY(m_wizard->account().authMethod == Accounts::AuthMethod::None);
}

void AccountWizardTest::backFromReviewReturnsToDiscovery()
{
    const HarnessConfig::Endpoint submission = m_harness.endpoint(HarnessConfig::Service::Submission);
    m_provider->route(ConfigPath,
                      LocalWebServer::document(clientConfig(
                          m_harness.tlsHostName(), submission.port, u"STARTTLS"_s, u"alice@kurier.test"_s,
                          u"<enable visiturl=\"https://example.test/settings/smtp\"><instruction>Allow SMTP access in "
                          "the settings first.</instruction></enable>"_s)));
    createWizard(m_keychain.get());
    fillIdentity(u"alice@example.test"_s, u"whatever"_s);
    QVERIFY(clickNext());
    auto *page = qobject_cast<DiscoveryPage *>(m_wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isSearching(), 15000);
    const QString summary = child<QLabel>("discoverySummary")->text();
    // What the provider says must be done first is shown above everything else, with its link.
    auto *hints = child<QLabel>("discoveryHints");
    QVERIFY(hints->isVisible());
    QVERIFY2(hints->text().contains(u"Allow SMTP access in the settings first."_s), qPrintable(hints->text()));
    QVERIFY2(hints->text().contains(u"href=\"https://example.test/settings/smtp\""_s), qPrintable(hints->text()));
    QVERIFY(clickNext());
    QCOMPARE(currentPage(), int(AccountWizard::Review));
    QCOMPARE(child<QSpinBox>("portSpin")->value(), int(submission.port));

    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(currentPage(), int(AccountWizard::Discovery));
    QVERIFY(!page->isSearching());
    QCOMPARE(child<QLabel>("discoverySummary")->text(), summary);
    // The user may still decide to type the settings instead.
    child<QRadioButton>("discoveryEnterMyself")->click();
    QVERIFY(clickNext());
    QCOMPARE(currentPage(), int(AccountWizard::Review));
    QVERIFY(child<QLineEdit>("hostEdit")->text().isEmpty());
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    child<QRadioButton>("discoveryUseFound")->click();
    QVERIFY(clickNext());
    QCOMPARE(child<QLineEdit>("hostEdit")->text(), m_harness.tlsHostName());
    QCOMPARE(child<QComboBox>("securityCombo")->currentData().toInt(), int(Accounts::Security::StartTls));
}

void AccountWizardTest::stoppingTheSearchStopsTheLookup()
{
    m_provider->route(ConfigPath, LocalWebServer::hanging());
    createWizard(m_keychain.get());
    fillIdentity(u"alice@example.test"_s, u"whatever"_s);
    QVERIFY(clickNext());
    auto *page = qobject_cast<DiscoveryPage *>(m_wizard->currentPage());
    QVERIFY(page->isSearching());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QTRY_VERIFY(!m_provider->requests().isEmpty());
    QTest::mouseClick(child<QPushButton>("discoveryStopButton"), Qt::LeftButton);
    QVERIFY(!page->isSearching());
    QVERIFY(child<QLabel>("discoverySummary")->text().contains(u"stopped"_s));
    // Nothing comes back later: the hanging source was abandoned, not left running.
    QTest::qWait(2000);
    QVERIFY(!page->isSearching());
    QVERIFY(child<QLabel>("discoverySummary")->text().contains(u"stopped"_s));
    QVERIFY(clickNext());
    QCOMPARE(currentPage(), int(AccountWizard::Review));
    QVERIFY(child<QLineEdit>("hostEdit")->text().isEmpty());
}

void AccountWizardTest::backDuringTheSearchStopsTheLookup()
{
    m_provider->route(ConfigPath, LocalWebServer::hanging());
    createWizard(m_keychain.get());
    fillIdentity(u"alice@example.test"_s, u"whatever"_s);
    QVERIFY(clickNext());
    auto *page = qobject_cast<DiscoveryPage *>(m_wizard->currentPage());
    QVERIFY(page->isSearching());
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(currentPage(), int(AccountWizard::Identity));
    QVERIFY(!page->isSearching());
}

void AccountWizardTest::withoutKeychainTheAccountIsSavedWithoutPassword()
{
    ScriptedSecretStore secrets;
    secrets.failWith(ScriptedSecretStore::Operation::Write, Status::NoBackend);
    createWizard(&secrets);
    fillIdentity(u"carol@example.test"_s, u"s3cret"_s);
    QVERIFY(clickNext());
    auto *page = qobject_cast<DiscoveryPage *>(m_wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isSearching(), 15000);
    QVERIFY(clickNext());
    QTest::keyClicks(child<QLineEdit>("hostEdit"), ClosedHost);
    QVERIFY(clickNext());

    // The test fails (nothing listens there): saving needs the explicit "Save anyway".
    auto *verification = qobject_cast<VerificationPage *>(m_wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(!verification->isTesting(), 20000);
    QVERIFY(!verification->passed());
    QVERIFY(!m_wizard->button(QWizard::CommitButton)->isEnabled());
    QVERIFY(child<QCheckBox>("verificationSaveAnyway")->isVisible());
    child<QCheckBox>("verificationSaveAnyway")->click();
    QVERIFY(clickNext());

    auto *save = qobject_cast<SavePage *>(m_wizard->currentPage());
    QTRY_VERIFY(child<QPushButton>("saveAskEachTimeButton")->isVisible());
    QVERIFY(!save->isSaved());
    QVERIFY(!m_store->contains(u"carol-example-test"_s));
    QVERIFY(child<QLabel>("saveMessage")->text().contains(u"no system keychain"_s));
    QTest::mouseClick(child<QPushButton>("saveAskEachTimeButton"), Qt::LeftButton);
    QTRY_VERIFY(save->isSaved());
    QVERIFY(m_store->contains(u"carol-example-test"_s));
    QVERIFY(!secrets.secret(u"carol-example-test"_s, SecretKind::SmtpPassword));
}

QTEST_MAIN(AccountWizardTest)
#include "accountwizardtest.moc"
