// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The composer against the real Postfix + Dovecot harness (CTest fixture "postfix"): a message
// typed into the window, with a file dropped onto it, is sent through the SMTP worker and
// arrives in the recipient's Maildir; a wrong password keeps the message and shows the
// explainer's account of the failure; the main window's "New Message" sends the same way and
// its session log shows the redacted conversation.
#include "ui/composer/composerwindow.h"

#include "app/accounts/accountlistmodel.h"
#include "app/compose/outboxsubmission.h"
#include "app/compose/recentaddresses.h"
#include "app/compose/serversizelimits.h"
#include "app/compose/submission.h"
#include "app/diagnostics/explainer.h"
#include "app/diagnostics/smtperrorevidence.h"
#include "app/outbox/dispatcher.h"
#include "app/outbox/outboxmodel.h"
#include "app/outbox/store.h"
#include "app/smtp/worker.h"
#include "tests/support/harnessconfig.h"
#include "tests/support/harnessmaildir.h"
#include "tests/support/temporaryaccountstore.h"
#include "tests/ui/scripteddialogrunner.h"
#include "tests/ui/scriptedsecretstore.h"
#include "tests/ui/typetext.h"
#include "ui/composer/attachmentlist.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/troubleshooting/troubleshootingdialog.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QFile>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QUuid>

#include <memory>

using Accounts::Account;
using Service = HarnessConfig::Service;

class ComposerSendTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void sentMessageArrivesInMaildir();
    void wrongPasswordKeepsMessageAndExplains();
    void mainWindowSendsAndLogsTranscript();
    void mainWindowOpensTroubleshootingAfterFailedSend();
    void outboxSendsAndKeepsWhatFailed();

private:
    Account harnessAccount(const QString &id, Service service) const;
    ComposerWindow *createWindow();
    void type(ComposerWindow *window, const QString &to, const QString &subject, const QString &body);
    QByteArray waitForDelivery(const QString &user, const QByteArray &marker) const;
    static QByteArray newMarker();

    HarnessConfig m_config;
    std::unique_ptr<TemporaryAccountStore> m_settings;
    std::unique_ptr<ScriptedSecretStore> m_secrets;
    std::unique_ptr<ScriptedDialogRunner> m_dialogs;
    std::unique_ptr<Accounts::AccountListModel> m_model;
    std::unique_ptr<Compose::RecentAddresses> m_recent;
    std::unique_ptr<Compose::ServerSizeLimits> m_limits;
    std::unique_ptr<Smtp::Worker> m_worker;
    std::unique_ptr<Compose::WorkerSubmission> m_submission;
    QPointer<ComposerWindow> m_window;
};

namespace
{

constexpr int SendTimeoutMs = 60000;
constexpr int DeliveryTimeoutMs = 30000;

Accounts::Security securityOf(HarnessConfig::Security security)
{
    switch (security) {
    case HarnessConfig::Security::None:
        return Accounts::Security::None;
    case HarnessConfig::Security::StartTls:
        return Accounts::Security::StartTls;
    case HarnessConfig::Security::ImplicitTls:
        return Accounts::Security::ImplicitTls;
    }
    return Accounts::Security::StartTls;
}

} // namespace

void ComposerSendTest::initTestCase()
{
    m_config = HarnessConfig::load(QStringLiteral(KURIER_HARNESS_STATE_DIR));
    QVERIFY2(m_config.isValid(), qPrintable(m_config.errorString()));
}

void ComposerSendTest::init()
{
    // The offscreen platform cannot do these for windows and popups; anything else is a real warning.
    QTest::failOnWarning(QRegularExpression(
        QStringLiteral("^(?!This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)).*")));
    m_settings = std::make_unique<TemporaryAccountStore>();
    QVERIFY(m_settings->isValid());
    Accounts::AccountStore *store = m_settings->store();
    QVERIFY(store->add(harnessAccount(QStringLiteral("alice"), Service::Submission)).ok());
    QVERIFY(store->add(harnessAccount(QStringLiteral("alice-wrong"), Service::ImplicitTls)).ok());
    QVERIFY(store->setDefaultAccountId(QStringLiteral("alice")).ok());
    m_secrets = std::make_unique<ScriptedSecretStore>();
    m_secrets->put(QStringLiteral("alice"), Secrets::SecretKind::SmtpPassword,
                   m_config.user(QStringLiteral("alice")).password);
    m_secrets->put(QStringLiteral("alice-wrong"), Secrets::SecretKind::SmtpPassword,
                   QStringLiteral("not-the-password"));
    m_dialogs = std::make_unique<ScriptedDialogRunner>();
    m_model = std::make_unique<Accounts::AccountListModel>(store);
    m_recent = std::make_unique<Compose::RecentAddresses>(Compose::RecentAddresses::pathBeside(store->settingsPath()));
    m_limits
        = std::make_unique<Compose::ServerSizeLimits>(Compose::ServerSizeLimits::pathBeside(store->settingsPath()));
    m_worker = std::make_unique<Smtp::Worker>();
    m_submission = std::make_unique<Compose::WorkerSubmission>(m_secrets.get(), m_worker.get());
}

void ComposerSendTest::cleanup()
{
    delete m_window;
    m_submission.reset();
    m_worker.reset();
    m_limits.reset();
    m_recent.reset();
    m_model.reset();
    m_dialogs.reset();
    m_secrets.reset();
    m_settings.reset();
}

Account ComposerSendTest::harnessAccount(const QString &id, Service service) const
{
    const HarnessConfig::Endpoint endpoint = m_config.endpoint(service);
    const HarnessConfig::User alice = m_config.user(QStringLiteral("alice"));
    Account account;
    account.id = id;
    account.displayName = QStringLiteral("Alicja Kowalska");
    account.email = alice.address;
    // The harness's CA is in the system trust store, for the name its certificate is for.
    account.host = m_config.tlsHostName();
    account.port = endpoint.port;
    account.security = securityOf(endpoint.security);
    account.authMethod = Accounts::AuthMethod::Auto;
    account.userName = alice.address;
    return account;
}

ComposerWindow *ComposerSendTest::createWindow()
{
    ComposerServices services;
    services.accounts = m_settings->store();
    services.accountModel = m_model.get();
    services.submission = m_submission.get();
    services.recentAddresses = m_recent.get();
    services.sizeLimits = m_limits.get();
    services.dialogs = m_dialogs.get();
    m_window = new ComposerWindow(services);
    m_window->show();
    return m_window;
}

void ComposerSendTest::type(ComposerWindow *window, const QString &to, const QString &subject, const QString &body)
{
    typeText(window->findChild<QLineEdit *>(QStringLiteral("toFieldEdit")), to);
    typeText(window->findChild<QLineEdit *>(QStringLiteral("subjectEdit")), subject);
    typeText(window->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit")), body);
}

QByteArray ComposerSendTest::newMarker()
{
    return "composer-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces).left(13);
}

QByteArray ComposerSendTest::waitForDelivery(const QString &user, const QByteArray &marker) const
{
    const HarnessMaildir maildir(m_config.user(user).maildir);
    QByteArray found;
    const bool arrived = QTest::qWaitFor(
        [&] {
            found = maildir.findMessage(marker);
            return !found.isEmpty();
        },
        DeliveryTimeoutMs);
    return arrived ? found : QByteArray();
}

void ComposerSendTest::sentMessageArrivesInMaildir()
{
    ComposerWindow *window = createWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    const QByteArray marker = newMarker();
    const QString bob = m_config.user(QStringLiteral("bob")).address;
    type(window, QStringLiteral("Bob <%1>").arg(bob), QStringLiteral("Zażółć ") + QString::fromLatin1(marker),
         QStringLiteral("Marker %1\nGęślą jaźń.").arg(QString::fromLatin1(marker)));

    const QString path = m_settings->filePath(QStringLiteral("plan spotkania.txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("attachment " + marker + "\n");
    }
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    auto *list = window->findChild<AttachmentList *>(QStringLiteral("attachmentList"));
    QDragEnterEvent enter(QPoint(4, 4), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(list, &enter);
    QDropEvent drop(QPointF(4, 4), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(list, &drop);
    QCOMPARE(list->count(), 1);

    QSignalSpy sent(window, &ComposerWindow::messageSent);
    QSignalSpy failed(window, &ComposerWindow::troubleshootingRequested);
    QSignalSpy progress(m_submission.get(), &Compose::Submission::progress);
    QTest::keyClick(window->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit")), Qt::Key_Return,
                    Qt::ControlModifier);
    QVERIFY(window->isSending());
    QVERIFY(window->findChild<QPushButton *>(QStringLiteral("cancelSendButton"))->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!sent.isEmpty() || !failed.isEmpty(), SendTimeoutMs);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().value<Diagnostics::Explanation>().title));
    QVERIFY(sent.first().first().toString().contains(bob));
    QVERIFY(!window->isVisible());

    QVERIFY(!progress.isEmpty());
    const QList<QVariant> last = progress.last();
    QCOMPARE(last.at(1).toLongLong(), last.at(2).toLongLong());

    const QByteArray delivered = waitForDelivery(QStringLiteral("bob"), marker);
    QVERIFY2(!delivered.isEmpty(), "the message did not arrive in bob's Maildir");
    const QByteArray from = "From: Alicja Kowalska <" + m_config.user(QStringLiteral("alice")).address.toUtf8() + '>';
    QVERIFY(delivered.contains(from));
    QVERIFY(delivered.contains("plan spotkania.txt"));
    // A short text file may travel as it is or in base64; either way its content arrives.
    const QByteArray content = "attachment " + marker + '\n';
    QVERIFY(delivered.contains(content) || delivered.contains(content.toBase64()));
    QVERIFY(!delivered.contains(m_config.user(QStringLiteral("alice")).password.toUtf8()));

    // The address is offered next time.
    QVERIFY(m_recent->entries().contains(QStringLiteral("Bob <%1>").arg(bob)));
}

void ComposerSendTest::wrongPasswordKeepsMessageAndExplains()
{
    ComposerWindow *window = createWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    window->setAccount(QStringLiteral("alice-wrong"));
    const QString bob = m_config.user(QStringLiteral("bob")).address;
    type(window, bob, QStringLiteral("Nie dojdzie"), QStringLiteral("Treść zostaje."));
    QSignalSpy failed(window, &ComposerWindow::troubleshootingRequested);
    window->send();
    QVERIFY(failed.wait(SendTimeoutMs));

    const auto result = failed.first().at(1).value<Smtp::SendResult>();
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, Smtp::Error::Kind::AuthenticationFailed);
    QCOMPARE(failed.first().at(2).toString(), QStringLiteral("alice-wrong"));
    const Account account = *m_settings->store()->account(QStringLiteral("alice-wrong"));
    const Diagnostics::Explanation expected = Diagnostics::Explainer().explain(
        Diagnostics::evidenceFromSmtpError(*result.error, account.host, account.port));
    QCOMPARE(window->failureExplanation()->title, expected.title);
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("failureTitle"))->text(), expected.title);
    QVERIFY(window->findChild<QWidget *>(QStringLiteral("failureBanner"))->isVisible());
    // The server's own words are shown with the explanation; the password is not.
    const QString details = window->findChild<QLabel *>(QStringLiteral("failureDetails"))->text();
    QVERIFY(details.contains(result.error->serverText));
    QVERIFY(!details.contains(QStringLiteral("not-the-password")));

    QVERIFY(window->isVisible());
    QCOMPARE(window->findChild<QLineEdit *>(QStringLiteral("toFieldEdit"))->text(), bob);
    QCOMPARE(window->findChild<QLineEdit *>(QStringLiteral("subjectEdit"))->text(), QStringLiteral("Nie dojdzie"));
    QCOMPARE(window->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"))->toPlainText(),
             QStringLiteral("Treść zostaje."));
    QVERIFY(m_recent->entries().isEmpty());
}

void ComposerSendTest::mainWindowSendsAndLogsTranscript()
{
    MainWindow main(m_settings->store(), m_secrets.get(), m_dialogs.get());
    auto *newMessage = main.findChild<QAction *>(QStringLiteral("newMessageAction"));
    QVERIFY(newMessage);
    QVERIFY(!newMessage->isEnabled()); // nothing to send through yet
    main.setSubmission(m_submission.get());
    QVERIFY(newMessage->isEnabled());
    main.show();
    QVERIFY(QTest::qWaitForWindowActive(&main));

    QTest::keySequence(&main, newMessage->shortcut());
    auto *window = main.findChild<ComposerWindow *>();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
    QVERIFY(window->isWindow());
    const QByteArray marker = newMarker();
    type(window, m_config.user(QStringLiteral("bob")).address, QString::fromLatin1(marker), QStringLiteral("Log."));
    QPointer<ComposerWindow> guard(window);
    window->send();
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), SendTimeoutMs); // closed and deleted once sent
    QVERIFY(main.statusBar()->currentMessage().contains(QString::fromLatin1(marker)));
    QVERIFY(!waitForDelivery(QStringLiteral("bob"), marker).isEmpty());

    const QString log = main.findChild<QPlainTextEdit *>(QStringLiteral("sessionLogView"))->toPlainText();
    QVERIFY(log.contains(QStringLiteral("C: EHLO")));
    QVERIFY(log.contains(QStringLiteral("C: AUTH")));
    QVERIFY(log.contains(QStringLiteral("S: 250")));
    QVERIFY(!log.contains(m_config.user(QStringLiteral("alice")).password));
    const QByteArray plainCredential = QByteArray('\0' + m_config.user(QStringLiteral("alice")).address.toUtf8() + '\0'
                                                  + m_config.user(QStringLiteral("alice")).password.toUtf8());
    QVERIFY(!log.contains(QString::fromLatin1(plainCredential.toBase64())));
}

void ComposerSendTest::mainWindowOpensTroubleshootingAfterFailedSend()
{
    MainWindow main(m_settings->store(), m_secrets.get(), m_dialogs.get());
    main.setSubmission(m_submission.get());
    TroubleshootingDialog::Services services;
    services.openUrl = [](const QUrl &) {};
    // The sender-domain check asks this test's own loopback address, where no DNS server listens.
    services.nameserver = QHostAddress(QStringLiteral("127.0.90.53"));
    main.setTroubleshootingServices(services);
    main.show();
    QVERIFY(QTest::qWaitForWindowActive(&main));
    main.selectAccount(QStringLiteral("alice-wrong"));

    ComposerWindow *window = main.newMessage();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
    const QString bob = m_config.user(QStringLiteral("bob")).address;
    type(window, bob, QStringLiteral("Przez okno główne"), QStringLiteral("Zostaje."));
    QSignalSpy failed(&main, &MainWindow::troubleshootingRequested);
    window->send();
    QVERIFY(failed.wait(SendTimeoutMs));

    TroubleshootingDialog *dialog = window->findChild<TroubleshootingDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->account().id, QStringLiteral("alice-wrong"));
    QVERIFY(dialog->explanation());
    QCOMPARE(dialog->explanation()->title, window->failureExplanation()->title);
    dialog->reject();
    // The message is still in the composer, which stays open.
    QVERIFY(window->isVisible());
    QCOMPARE(window->findChild<QLineEdit *>(QStringLiteral("subjectEdit"))->text(),
             QStringLiteral("Przez okno główne"));
}

void ComposerSendTest::outboxSendsAndKeepsWhatFailed()
{
    Outbox::Store store(m_settings->filePath(QStringLiteral("outbox.sqlite")));
    QVERIFY(store.open().ok());
    Outbox::Dispatcher dispatcher(&store, m_settings->store(), m_secrets.get(), m_worker.get());
    dispatcher.setFollowNetworkReachability(false);
    dispatcher.setPollInterval(std::chrono::milliseconds(0));
    dispatcher.start();
    Compose::OutboxSubmission outboxSubmission(&dispatcher, m_worker.get());
    Outbox::OutboxModel model(&store);
    MainWindow main(m_settings->store(), m_secrets.get(), m_dialogs.get());
    main.setSubmission(&outboxSubmission);
    main.setOutboxModel(&model);
    TroubleshootingDialog::Services services;
    services.openUrl = [](const QUrl &) {};
    services.nameserver = QHostAddress(QStringLiteral("127.0.90.53")); // loopback only, see above
    main.setTroubleshootingServices(services);
    main.show();
    QVERIFY(QTest::qWaitForWindowActive(&main));
    auto *outboxView = main.findChild<QTableView *>(QStringLiteral("outboxView"));
    QVERIFY(outboxView);
    QCOMPARE(outboxView->model(), &model);

    // Through the outbox to bob's Maildir.
    const QString bob = m_config.user(QStringLiteral("bob")).address;
    const QByteArray marker = newMarker();
    ComposerWindow *window = main.newMessage();
    QVERIFY(window);
    QPointer<ComposerWindow> guard(window);
    type(window, bob, QString::fromLatin1(marker), QStringLiteral("Przez skrzynkę nadawczą."));
    window->send();
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), SendTimeoutMs);
    QVERIFY(!waitForDelivery(QStringLiteral("bob"), marker).isEmpty());
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(store.messages().first().state, Outbox::State::Sent);

    // A refused login: the composer keeps the message and explains; the outbox keeps it too,
    // waiting for the user, and sending again from the composer replaces that copy.
    main.selectAccount(QStringLiteral("alice-wrong"));
    window = main.newMessage();
    QVERIFY(window);
    QSignalSpy failed(window, &ComposerWindow::troubleshootingRequested);
    type(window, bob, QStringLiteral("Nie tym razem"), QStringLiteral("Zostaje w skrzynce."));
    window->send();
    QVERIFY(failed.wait(SendTimeoutMs));
    QCOMPARE(failed.first().at(1).value<Smtp::SendResult>().error->kind, Smtp::Error::Kind::AuthenticationFailed);
    QVERIFY(window->isVisible());
    QCOMPARE(window->findChild<QLineEdit *>(QStringLiteral("subjectEdit"))->text(), QStringLiteral("Nie tym razem"));
    const auto kept = [&store] {
        QList<Outbox::OutboxMessage> found;
        for (const Outbox::OutboxMessage &message : store.messages()) {
            if (message.subject == QLatin1String("Nie tym razem")) {
                found.append(message);
            }
        }
        return found;
    };
    QCOMPARE(kept().size(), 1);
    QCOMPARE(kept().first().state, Outbox::State::NeedsAttention);
    QVERIFY(!kept().first().errorTitle.isEmpty());

    // The troubleshooting dialog the main window opened is closed; the user tries once more.
    if (auto *dialog = window->findChild<TroubleshootingDialog *>()) {
        dialog->reject();
    }
    window->send();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, SendTimeoutMs);
    QCOMPARE(kept().size(), 1);
    QTRY_COMPARE(model.rowCount(), 2);
}

QTEST_MAIN(ComposerSendTest)
#include "composersendtest.moc"
