// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The main window's account status (the last connection test, from the troubleshooting
// dialog and from the account dialog's Troubleshoot button, and from finished sends) and
// its announcements of sent messages and messages that need attention.
#include "app/accounts/accountlistmodel.h"
#include "app/accounts/accountstatusstore.h"
#include "app/accounts/accountstore.h"
#include "app/outbox/dispatcher.h"
#include "app/outbox/store.h"
#include "app/secrets/memorysecretstore.h"
#include "app/smtp/worker.h"
#include "tests/support/fakesmtpserver.h"
#include "tests/support/temporaryaccountstore.h"
#include "tests/ui/scripteddialogrunner.h"
#include "ui/accounts/accountdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/notifications/notifier.h"
#include "ui/troubleshooting/troubleshootingdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Accounts::Account;
using Accounts::AccountStatus;

namespace
{

// Records what it is asked to show; "shows" nothing when told there is no service.
class RecordingNotifier : public Notifier
{
public:
    bool available = true;
    QList<Notification> shown;

    void notify(const Notification &notification) override
    {
        if (available) {
            shown.append(notification);
        } else {
            Q_EMIT notShown(notification);
        }
    }
};

} // namespace

class MainWindowStatusTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void troubleshootingRecordsTheTest_data();
    void troubleshootingRecordsTheTest();
    void accountDialogOpensTroubleshooting();
    void statusSurvivesTheWindow();
    void sendsUpdateStatusAndAreAnnounced();
    void announcementsFallBackToTheStatusBar();

private:
    QString statusText() const;
    TroubleshootingDialog *waitForTest(QWidget *parent, bool *passed);

    std::unique_ptr<TemporaryAccountStore> m_settings;
    std::unique_ptr<Secrets::MemorySecretStore> m_secrets;
    std::unique_ptr<ScriptedDialogRunner> m_dialogs;
    std::unique_ptr<TestSupport::FakeSmtpServer> m_server;
    std::unique_ptr<MainWindow> m_window;
};

void MainWindowStatusTest::init()
{
    m_settings = std::make_unique<TemporaryAccountStore>();
    m_secrets = std::make_unique<Secrets::MemorySecretStore>();
    m_dialogs = std::make_unique<ScriptedDialogRunner>();
    TestSupport::FakeSmtpBehaviour behaviour;
    behaviour.tls = TestSupport::FakeSmtpBehaviour::Tls::Implicit;
    m_server = std::make_unique<TestSupport::FakeSmtpServer>(behaviour);
    QVERIFY(m_server->listenOnLoopback());

    Account account;
    account.id = u"home"_s;
    account.displayName = u"Ola"_s;
    account.email = u"ola@example.com"_s;
    account.host = u"localhost"_s;
    account.port = m_server->serverPort();
    account.security = Accounts::Security::ImplicitTls;
    account.userName = u"alice"_s;
    QVERIFY(m_settings->store()->add(account).ok());

    m_window = std::make_unique<MainWindow>(m_settings->store(), m_secrets.get(), m_dialogs.get());
    TroubleshootingDialog::Services services;
    services.additionalCaCertificates = TestSupport::FakeSmtpServer::caCertificates();
    services.openUrl = [](const QUrl &) {};
    // The sender domain check stays on loopback, where nothing answers.
    services.nameserver = QHostAddress(u"127.0.180.99"_s);
    m_window->setTroubleshootingServices(services);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->selectAccount(u"home"_s);
}

void MainWindowStatusTest::cleanup()
{
    m_window.reset();
    m_server.reset();
    m_dialogs.reset();
    m_secrets.reset();
    m_settings.reset();
}

QString MainWindowStatusTest::statusText() const
{
    auto *view = m_window->findChild<QTableView *>(u"accountTableView"_s);
    return view->model()->index(0, Accounts::AccountListModel::StatusColumn).data().toString();
}

TroubleshootingDialog *MainWindowStatusTest::waitForTest(QWidget *parent, bool *passed)
{
    TroubleshootingDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = parent->findChild<TroubleshootingDialog *>()) != nullptr; }, 5000)) {
        return nullptr;
    }
    QSignalSpy finished(dialog, &TroubleshootingDialog::connectionTestFinished);
    if (!finished.wait(20000)) {
        return nullptr;
    }
    *passed = finished.first().first().toBool();
    return dialog;
}

void MainWindowStatusTest::troubleshootingRecordsTheTest_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("passes");
    QTest::addColumn<QString>("status");

    QTest::newRow("login accepted") << u"alice-Secret-7"_s << true << u"OK"_s;
    QTest::newRow("login refused") << u"wrong"_s << false << u"Failed: user name or password refused"_s;
}

void MainWindowStatusTest::troubleshootingRecordsTheTest()
{
    QFETCH(QString, password);
    QFETCH(bool, passes);
    QFETCH(QString, status);
    QSignalSpy written(m_secrets->write(u"home"_s, Secrets::SecretKind::SmtpPassword, password),
                       &Secrets::SecretJob::finished);
    QVERIFY(written.wait(5000));
    QCOMPARE(statusText(), u"Not tested"_s);

    m_window->findChild<QAction *>(u"troubleshootAction"_s)->trigger();
    bool passed = false;
    TroubleshootingDialog *dialog = waitForTest(m_window.get(), &passed);
    QVERIFY(dialog);
    QCOMPARE(passed, passes);
    QCOMPARE(statusText(), status);
    const AccountStatus recorded = m_window->accountStatuses()->status(u"home"_s);
    QVERIFY(qAbs(recorded.when.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    dialog->close();
}

void MainWindowStatusTest::accountDialogOpensTroubleshooting()
{
    QSignalSpy written(m_secrets->write(u"home"_s, Secrets::SecretKind::SmtpPassword, u"wrong"_s),
                       &Secrets::SecretJob::finished);
    QVERIFY(written.wait(5000));
    m_window->findChild<QAction *>(u"editAccountAction"_s)->trigger();
    auto *accountDialog = m_window->findChild<AccountDialog *>();
    QVERIFY(accountDialog);
    auto *troubleshoot = accountDialog->findChild<QAbstractButton *>(u"troubleshootButton"_s);
    QVERIFY(troubleshoot && troubleshoot->isVisible() && troubleshoot->isEnabled());
    troubleshoot->click();
    bool passed = true;
    TroubleshootingDialog *dialog = waitForTest(accountDialog, &passed);
    QVERIFY(dialog);
    QVERIFY(!passed);
    // The dialog tested the saved account, and the main window's list heard of it.
    QCOMPARE(dialog->account().id, u"home"_s);
    QCOMPARE(statusText(), u"Failed: user name or password refused"_s);
    // A second click while it is open opens no second dialog.
    troubleshoot->click();
    QCOMPARE(accountDialog->findChildren<TroubleshootingDialog *>().size(), 1);
    dialog->close();
    accountDialog->reject();

    // A new account has nothing saved to troubleshoot.
    AccountDialog adding(m_settings->store(), m_secrets.get());
    adding.setTroubleshootingServices({});
    QVERIFY(!adding.findChild<QAbstractButton *>(u"troubleshootButton"_s));
}

void MainWindowStatusTest::statusSurvivesTheWindow()
{
    const QDateTime when(QDate(2026, 11, 28), QTime(9, 30), Qt::UTC);
    QVERIFY(m_window->accountStatuses()->recordFailure(u"home"_s, Diagnostics::Category::HostNotFound, when));
    m_window.reset();
    MainWindow reopened(m_settings->store(), m_secrets.get(), m_dialogs.get());
    auto *view = reopened.findChild<QTableView *>(u"accountTableView"_s);
    const QModelIndex status = view->model()->index(0, Accounts::AccountListModel::StatusColumn);
    QCOMPARE(status.data().toString(), u"Failed: server not found"_s);
    QVERIFY(status.data(Qt::AccessibleTextRole).toString().contains(u"server not found"_s));
    QVERIFY(!view->isColumnHidden(Accounts::AccountListModel::StatusColumn));
}

void MainWindowStatusTest::sendsUpdateStatusAndAreAnnounced()
{
    Outbox::Store outbox(m_settings->filePath(u"outbox.sqlite"_s));
    QVERIFY(outbox.open().ok());
    Smtp::Worker worker;
    Outbox::Dispatcher dispatcher(&outbox, m_settings->store(), m_secrets.get(), &worker);
    RecordingNotifier notifier;
    m_window->setNotifier(&notifier);
    m_window->watchOutbox(&dispatcher, &outbox);

    const auto queue = [&outbox](const QString &subject) {
        Outbox::NewMessage message;
        message.accountId = u"home"_s;
        message.reversePath = u"ola@example.com"_s;
        message.recipients = {u"jan@example.org"_s, u"secret-list@example.org"_s};
        message.subject = subject;
        message.bytes = "Subject: x\r\n\r\nHello\r\n";
        const std::optional<qint64> id = outbox.enqueue(message);
        return id && outbox.claim(*id) ? *id : qint64(0);
    };

    // A login the server refused: the account's status and a critical notification.
    const qint64 refused = queue(u"Raport"_s);
    QVERIFY(refused);
    QVERIFY(outbox.markNeedsAttention(refused,
                                      {u"535 5.7.8"_s, Diagnostics::categoryId(Diagnostics::Category::WrongCredentials),
                                       u"The server did not accept your user name or password"_s}));
    Q_EMIT dispatcher.messageFinished(refused, Outbox::State::NeedsAttention);
    QCOMPARE(statusText(), u"Failed: user name or password refused"_s);
    QCOMPARE(notifier.shown.size(), 1);
    QCOMPARE(notifier.shown.at(0).summary, u"A message needs your attention"_s);
    QCOMPARE(notifier.shown.at(0).urgency, Notifier::Notification::Urgency::Critical);
    QVERIFY(notifier.shown.at(0).body.contains(u"Raport"_s));
    QVERIFY(notifier.shown.at(0).body.contains(u"The server did not accept your user name or password"_s));

    // A recipient refused says nothing about the account.
    const qint64 recipient = queue(u"Zaproszenie"_s);
    QVERIFY(
        outbox.markNeedsAttention(recipient,
                                  {u"550 5.1.1"_s, Diagnostics::categoryId(Diagnostics::Category::RecipientRejected),
                                   u"The recipient's address was refused"_s}));
    Q_EMIT dispatcher.messageFinished(recipient, Outbox::State::NeedsAttention);
    QCOMPARE(statusText(), u"Failed: user name or password refused"_s);
    QCOMPARE(notifier.shown.size(), 2);

    // Sent: the account works, and the notification names the message and the account only.
    const qint64 sent = queue(u"Plan spotkania"_s);
    QVERIFY(outbox.markSent(sent, u"250 2.0.0 Ok: queued"_s));
    Q_EMIT dispatcher.messageFinished(sent, Outbox::State::Sent);
    QCOMPARE(statusText(), u"OK"_s);
    QCOMPARE(notifier.shown.size(), 3);
    const Notifier::Notification &done = notifier.shown.at(2);
    QCOMPARE(done.summary, u"Message sent"_s);
    QCOMPARE(done.urgency, Notifier::Notification::Urgency::Normal);
    QCOMPARE(done.body, u"\"Plan spotkania\" was sent from Ola."_s);
    for (const Notifier::Notification &notification : std::as_const(notifier.shown)) {
        QVERIFY(!notification.body.contains(u"jan@example.org"_s));
        QVERIFY(!notification.body.contains(u"secret-list@example.org"_s));
    }
}

void MainWindowStatusTest::announcementsFallBackToTheStatusBar()
{
    Outbox::Store outbox(m_settings->filePath(u"outbox.sqlite"_s));
    QVERIFY(outbox.open().ok());
    Smtp::Worker worker;
    Outbox::Dispatcher dispatcher(&outbox, m_settings->store(), m_secrets.get(), &worker);
    RecordingNotifier notifier;
    notifier.available = false;
    m_window->setNotifier(&notifier);
    m_window->watchOutbox(&dispatcher, &outbox);

    Outbox::NewMessage message;
    message.accountId = u"home"_s;
    message.reversePath = u"ola@example.com"_s;
    message.recipients = {u"jan@example.org"_s};
    message.subject = u"Plan spotkania"_s;
    message.bytes = "Subject: x\r\n\r\nHello\r\n";
    const std::optional<qint64> id = outbox.enqueue(message);
    QVERIFY(id && outbox.claim(*id) && outbox.markSent(*id, u"250 2.0.0 Ok"_s));
    Q_EMIT dispatcher.messageFinished(*id, Outbox::State::Sent);
    QCOMPARE(m_window->statusBar()->currentMessage(), u"Message sent: \"Plan spotkania\" was sent from Ola."_s);
}

QTEST_MAIN(MainWindowStatusTest)
#include "mainwindowstatustest.moc"
