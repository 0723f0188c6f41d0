// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/troubleshooting/troubleshootingdialog.h"

#include "app/accounts/accountstore.h"
#include "app/secrets/keychainsecretstore.h"
#include "app/smtp/certificateinfo.h"
#include "tests/support/fakesmtpserver.h"
#include "tests/support/harnessconfig.h"
#include "tests/support/localdnsserver.h"
#include "tests/support/secretjobresult.h"
#include "tests/support/tcpforwarder.h"
#include "tests/ui/scripteddialogrunner.h"
#include "tests/ui/scriptedsecretstore.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/troubleshooting/explanationview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using Accounts::Account;
using Diagnostics::Category;
using Diagnostics::SuggestedAction;
using Kind = Diagnostics::SuggestedAction::Kind;

namespace
{

// The test's own loopback addresses: the DNS server and the address the "port 465" relay listens on.
const QHostAddress dnsAddress(QStringLiteral("127.0.100.53"));
const QHostAddress relayAddress(QStringLiteral("127.0.100.1"));
constexpr int testTimeoutMs = 30000;

Smtp::SendResult failedSend(Smtp::Error::Kind kind, Smtp::Phase phase, int code, const QString &enhanced,
                            const QString &text)
{
    Smtp::Error error;
    error.kind = kind;
    error.phase = phase;
    error.permanence = code >= 500 ? Smtp::Error::Permanence::Permanent : Smtp::Error::Permanence::Temporary;
    error.replyCode = code;
    error.enhancedCode = enhanced;
    error.serverText = text;
    Smtp::SendResult result;
    result.outcome = Smtp::SendResult::Outcome::Failed;
    result.error = error;
    Smtp::Transcript transcript;
    transcript.append(Smtp::TranscriptLine::Direction::Server, true, QStringLiteral("250 AUTH PLAIN LOGIN"));
    transcript.append(Smtp::TranscriptLine::Direction::Client, true,
                      QStringLiteral("AUTH PLAIN [initial response redacted]"));
    transcript.append(Smtp::TranscriptLine::Direction::Server, true, QString::number(code) + QLatin1Char(' ') + text);
    result.transcript = transcript.lines();
    return result;
}

Smtp::SendResult wrongCredentials(const QString &text)
{
    return failedSend(Smtp::Error::Kind::AuthenticationFailed, Smtp::Phase::Authentication, 535,
                      QStringLiteral("5.7.8"), text);
}

QStringList stepStatuses(const TroubleshootingDialog &dialog)
{
    auto *steps = dialog.findChild<QTreeWidget *>(QStringLiteral("connectionTestSteps"));
    QStringList statuses;
    for (int row = 0; steps && row < steps->topLevelItemCount(); ++row) {
        statuses.append(steps->topLevelItem(row)->data(1, Qt::UserRole).toString());
    }
    return statuses;
}

} // namespace

class TroubleshootingDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void explainsFailedSend_data();
    void explainsFailedSend();
    void createAppPasswordOpensProviderPage();
    void messageActionsCloseWithOutcome_data();
    void messageActionsCloseWithOutcome();
    void reEnteredPasswordGoesToKeychainAndPasses();
    void implicitTlsActionEditsAccountAndPasses();
    void copiedDiagnosticsHoldNoPassword();
    void wrongNameCertificateIsShownAndPinned();
    void showsSenderDomainHealth();
    void mainWindowOpensItForSelectedAccount();

private:
    Account harnessAccount(const QString &id) const;
    void storePassword(const QString &accountId, const QString &password);
    TroubleshootingDialog::Services services();

    HarnessConfig m_config;
    QList<QSslCertificate> m_harnessCa;
    std::unique_ptr<LocalDnsServer> m_dns;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Accounts::AccountStore> m_accounts;
    std::unique_ptr<Secrets::KeychainSecretStore> m_secrets;
    QList<QUrl> m_openedUrls;
};

void TroubleshootingDialogTest::initTestCase()
{
    m_config = HarnessConfig::load(QStringLiteral(KURIER_HARNESS_STATE_DIR));
    QVERIFY2(m_config.isValid(), qPrintable(m_config.errorString()));
    m_harnessCa = QSslCertificate::fromPath(m_config.caCertificatePath());
    QVERIFY(!m_harnessCa.isEmpty());

    m_dns = std::make_unique<LocalDnsServer>(dnsAddress);
    m_dns->addMx(m_config.domain(), QStringLiteral("mail.") + m_config.domain());
    m_dns->addTxt(m_config.domain(), {QStringLiteral("v=spf1 ip4:127.0.0.1 -all")});
    m_dns->addTxt(QStringLiteral("_dmarc.") + m_config.domain(), {QStringLiteral("v=DMARC1; p=reject")});
    QVERIFY2(m_dns->start(), qPrintable(m_dns->errorString()));
}

void TroubleshootingDialogTest::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints).*")));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_accounts = std::make_unique<Accounts::AccountStore>(m_dir->filePath(QStringLiteral("kurier/kurier.ini")));
    m_secrets = std::make_unique<Secrets::KeychainSecretStore>(QStringLiteral("kurier-troubleshooting-test"), nullptr);
    m_openedUrls.clear();
}

void TroubleshootingDialogTest::cleanup()
{
    if (m_accounts && m_secrets) {
        for (const Account &account : m_accounts->accounts()) {
            TestSupport::waitForSecretResult(m_secrets->remove(account.id, Secrets::SecretKind::SmtpPassword));
        }
    }
    m_secrets.reset();
    m_accounts.reset();
    m_dir.reset();
}

Account TroubleshootingDialogTest::harnessAccount(const QString &id) const
{
    const HarnessConfig::User alice = m_config.user(QStringLiteral("alice"));
    Account account;
    account.id = id;
    account.displayName = QStringLiteral("Alice");
    account.email = alice.address;
    account.host = m_config.tlsHostName();
    account.port = m_config.endpoint(HarnessConfig::Service::Submission).port;
    account.security = Accounts::Security::StartTls;
    account.authMethod = Accounts::AuthMethod::Auto;
    account.userName = alice.address;
    return account;
}

void TroubleshootingDialogTest::storePassword(const QString &accountId, const QString &password)
{
    const Secrets::SecretResult stored
        = TestSupport::waitForSecretResult(m_secrets->write(accountId, Secrets::SecretKind::SmtpPassword, password));
    QVERIFY2(stored.ok(), qPrintable(stored.message));
}

TroubleshootingDialog::Services TroubleshootingDialogTest::services()
{
    TroubleshootingDialog::Services services;
    services.accounts = m_accounts.get();
    services.secrets = m_secrets.get();
    services.openUrl = [this](const QUrl &url) { m_openedUrls.append(url); };
    services.additionalCaCertificates = m_harnessCa;
    services.nameserver = dnsAddress;
    return services;
}

void TroubleshootingDialogTest::explainsFailedSend_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("serverText");
    QTest::addColumn<QList<Kind>>("buttons");

    // Dovecot's reply through Postfix, as the harness sends it for a wrong password.
    QTest::newRow("535 5.7.8 generic") << QStringLiteral("localhost")
                                       << QStringLiteral("Error: authentication failed: authentication failure")
                                       << QList<Kind>{Kind::ReEnterPassword};
    // https://support.google.com/mail/?p=BadCredentials
    QTest::newRow("535 5.7.8 Gmail") << QStringLiteral("smtp.gmail.com")
                                     << QStringLiteral("Username and Password not accepted. Learn more at "
                                                       "https://support.google.com/mail/?p=BadCredentials")
                                     << QList<Kind>{Kind::CreateAppPassword, Kind::ReEnterPassword};
}

void TroubleshootingDialogTest::explainsFailedSend()
{
    QFETCH(QString, host);
    QFETCH(QString, serverText);
    QFETCH(QList<Kind>, buttons);

    Account account = harnessAccount(QStringLiteral("wrong-password"));
    account.host = host;
    TroubleshootingDialog dialog(account, services(), wrongCredentials(serverText));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QVERIFY(dialog.explanation().has_value());
    QCOMPARE(dialog.explanation()->category, Category::WrongCredentials);
    auto *title = dialog.findChild<QLabel *>(QStringLiteral("explanationTitle"));
    QVERIFY(title && title->isVisible());
    QCOMPARE(title->text(), dialog.explanation()->title);
    auto *verbatim = dialog.findChild<QPlainTextEdit *>(QStringLiteral("serverText"));
    QVERIFY(verbatim && verbatim->isVisible());
    QVERIFY(verbatim->toPlainText().contains(serverText));
    for (const Kind kind : buttons) {
        auto *button = dialog.findChild<QPushButton *>(ExplanationView::buttonObjectName(kind));
        QVERIFY2(button && button->isVisible(), qPrintable(SuggestedAction::id(kind)));
    }
    // A wrong password does not go away by itself: sending again is not offered until a fix worked.
    auto *sendAgain = dialog.findChild<QPushButton *>(QStringLiteral("sendAgainButton"));
    QVERIFY(sendAgain && !sendAgain->isEnabled());
    // The failed send's transcript is shown as it came, already redacted.
    auto *transcript = dialog.findChild<QPlainTextEdit *>(QStringLiteral("transcriptView"));
    QVERIFY(transcript->isReadOnly());
    QVERIFY(transcript->toPlainText().contains(QStringLiteral("AUTH PLAIN [initial response redacted]")));
}

void TroubleshootingDialogTest::createAppPasswordOpensProviderPage()
{
    Account account = harnessAccount(QStringLiteral("gmail"));
    account.host = QStringLiteral("smtp.gmail.com");
    TroubleshootingDialog dialog(account, services(),
                                 wrongCredentials(QStringLiteral("Username and Password not accepted. Learn more at "
                                                                 "https://support.google.com/mail/?p=BadCredentials")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *panel = dialog.findChild<QGroupBox *>(QStringLiteral("passwordPanel"));
    QVERIFY(!panel->isVisible());

    auto *button = dialog.findChild<QPushButton *>(ExplanationView::buttonObjectName(Kind::CreateAppPassword));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);

    QCOMPARE(m_openedUrls, QList<QUrl>{QUrl(QStringLiteral("https://myaccount.google.com/apppasswords"))});
    // The new app password is pasted right here.
    QVERIFY(panel->isVisible());
}

void TroubleshootingDialogTest::messageActionsCloseWithOutcome_data()
{
    QTest::addColumn<int>("errorKind");
    QTest::addColumn<int>("phase");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Kind>("action");
    QTest::addColumn<TroubleshootingDialog::Outcome>("outcome");

    QTest::newRow("550 5.1.1 unknown recipient")
        << int(Smtp::Error::Kind::RecipientRejected) << int(Smtp::Phase::RcptTo) << 550 << QStringLiteral("5.1.1")
        << QStringLiteral("<nobody@kurier.test>: Recipient address rejected: User unknown in virtual mailbox table")
        << Kind::EditRecipients << TroubleshootingDialog::Outcome::EditRecipients;
    QTest::newRow("552 5.3.4 message too big")
        << int(Smtp::Error::Kind::MessageTooLarge) << int(Smtp::Phase::DataTermination) << 552
        << QStringLiteral("5.3.4") << QStringLiteral("Message size exceeds fixed limit") << Kind::ShrinkMessage
        << TroubleshootingDialog::Outcome::ShrinkMessage;
}

void TroubleshootingDialogTest::messageActionsCloseWithOutcome()
{
    QFETCH(int, errorKind);
    QFETCH(int, phase);
    QFETCH(int, code);
    QFETCH(QString, enhanced);
    QFETCH(QString, text);
    QFETCH(Kind, action);
    QFETCH(TroubleshootingDialog::Outcome, outcome);

    TroubleshootingDialog dialog(harnessAccount(QStringLiteral("message")), services(),
                                 failedSend(Smtp::Error::Kind(errorKind), Smtp::Phase(phase), code, enhanced, text));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *button = dialog.findChild<QPushButton *>(ExplanationView::buttonObjectName(action));
    QVERIFY2(button, qPrintable(SuggestedAction::id(action)));
    QTest::mouseClick(button, Qt::LeftButton);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.outcome(), outcome);
}

void TroubleshootingDialogTest::reEnteredPasswordGoesToKeychainAndPasses()
{
    const Account account = harnessAccount(QStringLiteral("re-enter"));
    QVERIFY(m_accounts->add(account).ok());
    storePassword(account.id, QStringLiteral("an-old-password"));

    TroubleshootingDialog dialog(
        account, services(), wrongCredentials(QStringLiteral("Error: authentication failed: authentication failure")));
    QSignalSpy changed(&dialog, &TroubleshootingDialog::accountChanged);
    QSignalSpy tested(&dialog, &TroubleshootingDialog::connectionTestFinished);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QTest::mouseClick(dialog.findChild<QPushButton *>(ExplanationView::buttonObjectName(Kind::ReEnterPassword)),
                      Qt::LeftButton);
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QVERIFY(edit->isVisible());
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    const QString password = m_config.user(QStringLiteral("alice")).password;
    edit->setText(password);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("savePasswordButton")), Qt::LeftButton);

    QVERIFY(tested.wait(testTimeoutMs));
    QCOMPARE(tested.first().first().toBool(), true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(stepStatuses(dialog), QStringList(5, QStringLiteral("passed")));
    QVERIFY(edit->text().isEmpty());
    const Secrets::SecretResult stored
        = TestSupport::waitForSecretResult(m_secrets->read(account.id, Secrets::SecretKind::SmtpPassword));
    QVERIFY(stored.ok());
    QVERIFY(stored.secret == password);
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("sendAgainButton"))->isEnabled());
}

void TroubleshootingDialogTest::implicitTlsActionEditsAccountAndPasses()
{
    // The account points at port 25 of an address where nothing listens on 25 (as when a
    // provider blocks it), while port 465 there relays to the harness's implicit-TLS listener.
    // The harness certificate is for another name, so the account trusts it by its pin.
    const QString serverCertificatePath
        = QFileInfo(m_config.caCertificatePath()).dir().filePath(QStringLiteral("server.crt"));
    const QList<QSslCertificate> serverCertificate = QSslCertificate::fromPath(serverCertificatePath);
    QCOMPARE(serverCertificate.size(), 1);
    TcpForwarder relay(QHostAddress(m_config.host()), m_config.endpoint(HarnessConfig::Service::ImplicitTls).port);
    QVERIFY2(relay.listenOn(relayAddress, 465), qPrintable(relay.errorString()));

    Account account = harnessAccount(QStringLiteral("port-25"));
    account.host = relayAddress.toString();
    account.port = 25;
    account.pinnedCertificateSha256 = Smtp::CertificateInfo::fingerprint(serverCertificate.first());
    QVERIFY(m_accounts->add(account).ok());
    storePassword(account.id, m_config.user(QStringLiteral("alice")).password);

    TroubleshootingDialog dialog(account, services());
    QSignalSpy tested(&dialog, &TroubleshootingDialog::connectionTestFinished);
    QSignalSpy changed(&dialog, &TroubleshootingDialog::accountChanged);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(tested.wait(testTimeoutMs));
    QCOMPARE(tested.first().first().toBool(), false);
    QVERIFY(dialog.explanation().has_value());
    QCOMPARE(dialog.explanation()->category, Category::ConnectionRefused);

    auto *button = dialog.findChild<QPushButton *>(ExplanationView::buttonObjectName(Kind::UseImplicitTls));
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);

    const std::optional<Account> saved = m_accounts->account(account.id);
    QVERIFY(saved);
    QCOMPARE(saved->port, quint16(465));
    QVERIFY(saved->security == Accounts::Security::ImplicitTls);
    QCOMPARE(changed.count(), 1);
    QVERIFY(dialog.account() == *saved);

    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 2, testTimeoutMs);
    QCOMPARE(tested.at(1).first().toBool(), true);
    QCOMPARE(stepStatuses(dialog), QStringList(5, QStringLiteral("passed")));
    QVERIFY(relay.connectionCount() >= 1);
    QVERIFY(!dialog.explanation().has_value());
}

void TroubleshootingDialogTest::copiedDiagnosticsHoldNoPassword()
{
    const Account account = harnessAccount(QStringLiteral("diagnostics"));
    QVERIFY(m_accounts->add(account).ok());
    const QString password = m_config.user(QStringLiteral("alice")).password;
    storePassword(account.id, password);

    TroubleshootingDialog dialog(account, services());
    QSignalSpy tested(&dialog, &TroubleshootingDialog::connectionTestFinished);
    QSignalSpy copied(&dialog, &TroubleshootingDialog::diagnosticsCopied);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(tested.wait(testTimeoutMs));
    QCOMPARE(tested.first().first().toBool(), true);
    auto *transcript = dialog.findChild<QPlainTextEdit *>(QStringLiteral("transcriptView"));
    QVERIFY(transcript->toPlainText().contains(QStringLiteral("AUTH")));

    QApplication::clipboard()->clear();
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("copyDiagnosticsButton")), Qt::LeftButton);
    QVERIFY(copied.wait(testTimeoutMs));

    const QString report = QApplication::clipboard()->text();
    QVERIFY(report.contains(account.host));
    QVERIFY(report.contains(QStringLiteral("AUTH")));
    QVERIFY(report.contains(QStringLiteral("kurier.test")));
    const QByteArray utf8 = password.toUtf8();
    const QByteArray plain = QByteArray(1, '\0') + account.userName.toUtf8() + QByteArray(1, '\0') + utf8;
    for (const QByteArray &form :
         {utf8, utf8.toBase64(), plain.toBase64(), plain.toBase64(QByteArray::OmitTrailingEquals),
          utf8.toBase64(QByteArray::OmitTrailingEquals)}) {
        QVERIFY2(!report.contains(QString::fromUtf8(form)), "the report holds the password or a form of it");
    }
}

void TroubleshootingDialogTest::wrongNameCertificateIsShownAndPinned()
{
    TestSupport::FakeSmtpBehaviour behaviour;
    behaviour.tls = TestSupport::FakeSmtpBehaviour::Tls::Implicit;
    behaviour.certificate = TestSupport::FakeSmtpBehaviour::Certificate::WrongHost;
    TestSupport::FakeSmtpServer server(behaviour);
    QVERIFY(server.listenOnLoopback());

    Account account;
    account.id = QStringLiteral("wrong-name");
    account.email = QStringLiteral("alice@") + m_config.domain();
    account.host = QStringLiteral("127.0.0.1");
    account.port = server.serverPort();
    account.security = Accounts::Security::ImplicitTls;
    account.userName = QStringLiteral("alice");
    QVERIFY(m_accounts->add(account).ok());
    storePassword(account.id, QStringLiteral("alice-Secret-7"));

    TroubleshootingDialog::Services withFakeCa = services();
    withFakeCa.additionalCaCertificates = TestSupport::FakeSmtpServer::caCertificates();
    TroubleshootingDialog dialog(account, withFakeCa);
    QSignalSpy tested(&dialog, &TroubleshootingDialog::connectionTestFinished);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(tested.wait(testTimeoutMs));
    QCOMPARE(tested.first().first().toBool(), false);
    QCOMPARE(dialog.explanation()->category, Category::CertificateProblem);

    auto *group = dialog.findChild<QGroupBox *>(QStringLiteral("certificateGroup"));
    QVERIFY(group->isVisible());
    const QString fingerprint = dialog.findChild<QLabel *>(QStringLiteral("certificateFingerprint"))->text();
    QVERIFY(QRegularExpression(QStringLiteral("^([0-9a-f]{2}:){31}[0-9a-f]{2}$")).match(fingerprint).hasMatch());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("certificateNames"))->text().isEmpty());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("certificateIssuer"))->text().isEmpty());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("certificateValidity"))->text().isEmpty());

    auto *trust = dialog.findChild<QPushButton *>(QStringLiteral("trustCertificateButton"));
    QVERIFY(trust->isVisible());
    QTest::mouseClick(trust, Qt::LeftButton);
    QCOMPARE(m_accounts->account(account.id)->pinnedCertificateSha256, fingerprint);

    // Trusted by its pin, the same certificate now lets the test through.
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 2, testTimeoutMs);
    QCOMPARE(tested.at(1).first().toBool(), true);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("certificatePinnedNote"))->isVisible());
}

void TroubleshootingDialogTest::showsSenderDomainHealth()
{
    TroubleshootingDialog dialog(
        harnessAccount(QStringLiteral("domain")), services(),
        wrongCredentials(QStringLiteral("Error: authentication failed: authentication failure")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *findings = dialog.findChild<QTreeWidget *>(QStringLiteral("domainHealthFindings"));
    QTRY_COMPARE_WITH_TIMEOUT(findings->topLevelItemCount(), 4, testTimeoutMs);
    QStringList verdicts;
    for (int row = 0; row < findings->topLevelItemCount(); ++row) {
        verdicts.append(findings->topLevelItem(row)->text(0) + QLatin1Char('=')
                        + findings->topLevelItem(row)->data(0, Qt::UserRole).toString());
    }
    QCOMPARE(verdicts.mid(0, 3),
             (QStringList{QStringLiteral("MX=ok"), QStringLiteral("SPF=ok"), QStringLiteral("DMARC=ok")}));
}

void TroubleshootingDialogTest::mainWindowOpensItForSelectedAccount()
{
    Account account = harnessAccount(QStringLiteral("from-main-window"));
    // Nothing listens there, so the test that starts at once ends quickly.
    account.host = relayAddress.toString();
    account.port = 2;
    QVERIFY(m_accounts->add(account).ok());
    ScriptedSecretStore secrets;
    ScriptedDialogRunner dialogs;
    MainWindow window(m_accounts.get(), &secrets, &dialogs);
    // The sender-domain check asks the test's DNS server rather than the system's resolver.
    window.setTroubleshootingServices(services());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectAccount(account.id);

    auto *action = window.findChild<QAction *>(QStringLiteral("troubleshootAction"));
    QVERIFY(action && action->isEnabled());
    action->trigger();
    auto *dialog = window.findChild<TroubleshootingDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->account().id, account.id);
    QSignalSpy tested(dialog, &TroubleshootingDialog::connectionTestFinished);
    QVERIFY(tested.wait(testTimeoutMs));
    QCOMPARE(tested.first().first().toBool(), false);
    dialog->close();
}

QTEST_MAIN(TroubleshootingDialogTest)
#include "troubleshootingdialogtest.moc"
