// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The main window's outbox panel driven through its real widgets (buttons, keys, the context
// menu's actions) over the real outbox: the store on disk, the dispatcher and the SMTP worker
// talking to the fault-injecting server on loopback. Send now, remove, edit in a composer
// (sending the edited version replaces the waiting one), the delivery-unknown choices and
// troubleshooting a message that needs attention.

#include "ui/outbox/outboxpanel.h"
#include "app/compose/outboxsubmission.h"
#include "app/mime/addressparser.h"
#include "app/mime/messagecomposer.h"
#include "app/outbox/dispatcher.h"
#include "app/outbox/outboxmodel.h"
#include "app/outbox/store.h"
#include "app/secrets/memorysecretstore.h"
#include "app/smtp/composedmessagesource.h"
#include "app/smtp/sockettransport.h"
#include "app/smtp/worker.h"
#include "scripteddialogrunner.h"
#include "tests/support/fakesmtpserver.h"
#include "tests/support/outboxstatewait.h"
#include "tests/support/temporaryaccountstore.h"
#include "ui/composer/composerwindow.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/troubleshooting/troubleshootingdialog.h"

#include <QAction>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

#include <memory>

using namespace std::chrono_literals;
using Outbox::State;
using TestSupport::FakeSmtpBehaviour;
using TestSupport::FakeSmtpServer;

namespace
{

constexpr int WaitMs = 20000;
const QString Alice = QStringLiteral("alice");

} // namespace

Q_DECLARE_METATYPE(DialogRunner::Answer)

class OutboxPanelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void actionsFollowTheSelectedMessage();
    void deleteKeyRemovesAfterConfirmation();
    void sendNowSkipsTheBackoff();
    void needsAttentionExplainsAndOffersTroubleshooting();
    void editInComposerReplacesTheQueuedMessage();
    void messageBeingSentCannotBeEdited();
    void deliveryUnknownChoices_data();
    void deliveryUnknownChoices();

private:
    void start(FakeSmtpBehaviour behaviour = {});
    qint64 queue(const QString &subject, const QString &attachmentName = {});
    bool waitForState(qint64 id, State state);
    QToolButton *button(const QString &name) const;
    QAction *action(const QString &name) const;

    std::unique_ptr<TemporaryAccountStore> m_settings;
    std::unique_ptr<FakeSmtpServer> m_server;
    std::unique_ptr<Secrets::MemorySecretStore> m_secrets;
    std::unique_ptr<Smtp::Worker> m_worker;
    std::unique_ptr<Outbox::Store> m_store;
    std::unique_ptr<Outbox::Dispatcher> m_dispatcher;
    std::unique_ptr<Outbox::OutboxModel> m_model;
    std::unique_ptr<Compose::OutboxSubmission> m_submission;
    std::unique_ptr<ScriptedDialogRunner> m_dialogs;
    std::unique_ptr<MainWindow> m_window;
    OutboxPanel *m_panel = nullptr;
    QDateTime m_now;
};

void OutboxPanelTest::init()
{
    // The offscreen platform's notes about what it cannot do are expected; anything else fails.
    QTest::failOnWarning(QRegularExpression(
        QStringLiteral("^(?!.*(may or may not have been delivered|This plugin does not support)).*")));
    m_settings = std::make_unique<TemporaryAccountStore>();
    QVERIFY(m_settings->isValid());
    m_now = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
}

void OutboxPanelTest::start(FakeSmtpBehaviour behaviour)
{
    m_server = std::make_unique<FakeSmtpServer>(behaviour);
    QVERIFY(m_server->listenOnLoopback());
    Accounts::Account account;
    account.id = Alice;
    account.displayName = QStringLiteral("Alice");
    account.email = QStringLiteral("alice@kurier.test");
    account.host = QStringLiteral("localhost");
    account.port = m_server->serverPort();
    account.security = Accounts::Security::StartTls;
    account.authMethod = Accounts::AuthMethod::Plain;
    account.userName = Alice;
    QVERIFY(m_settings->store()->add(account).ok());
    m_secrets = std::make_unique<Secrets::MemorySecretStore>();
    Secrets::SecretJob *job
        = m_secrets->write(Alice, Secrets::SecretKind::SmtpPassword, QStringLiteral("alice-Secret-7"));
    QSignalSpy written(job, &Secrets::SecretJob::finished);
    QVERIFY(written.wait(WaitMs));
    m_worker = std::make_unique<Smtp::Worker>([](const Smtp::SessionSettings &settings) {
        return Smtp::SocketTransport::factory(settings.host, FakeSmtpServer::caCertificates());
    });
    m_store = std::make_unique<Outbox::Store>(m_settings->filePath(QStringLiteral("data/outbox.sqlite")));
    m_store->setClock([this] { return m_now; });
    QVERIFY(m_store->open().ok());
    m_dispatcher
        = std::make_unique<Outbox::Dispatcher>(m_store.get(), m_settings->store(), m_secrets.get(), m_worker.get());
    m_dispatcher->setFollowNetworkReachability(false);
    m_dispatcher->setPollInterval(0ms);
    m_dispatcher->setRandomSource([] { return 0.5; });
    m_model = std::make_unique<Outbox::OutboxModel>(m_store.get());
    m_submission = std::make_unique<Compose::OutboxSubmission>(m_dispatcher.get(), m_worker.get());
    m_dialogs = std::make_unique<ScriptedDialogRunner>();
    m_window = std::make_unique<MainWindow>(m_settings->store(), m_secrets.get(), m_dialogs.get());
    // The troubleshooting dialog's domain check asks a loopback address nobody answers on.
    TroubleshootingDialog::Services services;
    services.nameserver = QHostAddress(QStringLiteral("127.0.170.1"));
    services.additionalCaCertificates = FakeSmtpServer::caCertificates();
    m_window->setTroubleshootingServices(services);
    m_window->setSubmission(m_submission.get());
    m_window->setOutboxModel(m_model.get());
    m_window->setOutboxDispatcher(m_dispatcher.get());
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_panel = m_window->outboxPanel();
    QVERIFY(m_panel);
}

void OutboxPanelTest::cleanup()
{
    m_window.reset();
    m_dialogs.reset();
    m_submission.reset();
    m_model.reset();
    m_dispatcher.reset();
    m_worker.reset();
    m_store.reset();
    m_secrets.reset();
    m_server.reset();
    m_settings.reset();
    m_panel = nullptr;
}

qint64 OutboxPanelTest::queue(const QString &subject, const QString &attachmentName)
{
    // What the composer hands the outbox: a message composed from its fields.
    Mime::MessageDraft draft;
    draft.from = Mime::AddressParser::parseAddrSpec(QStringLiteral("alice@kurier.test")).mailbox;
    draft.to = Mime::AddressParser::parseList(QStringLiteral("Bob <bob@kurier.test>")).addresses;
    draft.bcc = Mime::AddressParser::parseList(QStringLiteral("carol@kurier.test")).addresses;
    draft.subject = subject;
    draft.plainText = QStringLiteral("The first version.\n");
    if (!attachmentName.isEmpty()) {
        draft.attachments.append(Mime::Attachment::fromData("report contents\n", attachmentName, "text/plain"));
    }
    const Mime::MessageComposer::Result composed = Mime::MessageComposer().compose(draft);
    if (!composed.ok()) {
        return 0;
    }
    Outbox::NewMessage message;
    message.accountId = Alice;
    message.reversePath = QStringLiteral("alice@kurier.test");
    for (const QByteArray &recipient : composed.message.envelope().recipients) {
        message.recipients.append(QString::fromUtf8(recipient));
    }
    message.subject = subject;
    message.bytes = composed.message.toByteArray().value_or(QByteArray());
    message.requirements = Smtp::messageSourceFor(composed.message).requirements;
    const std::optional<QList<qint64>> ids = m_dispatcher->enqueue(message);
    return ids ? ids->constFirst() : 0;
}

bool OutboxPanelTest::waitForState(qint64 id, State state)
{
    return TestSupport::waitForOutboxState(*m_dispatcher, *m_store, id, state, 20, WaitMs);
}

QToolButton *OutboxPanelTest::button(const QString &name) const
{
    return m_panel->findChild<QToolButton *>(name);
}

QAction *OutboxPanelTest::action(const QString &name) const
{
    return m_panel->findChild<QAction *>(name);
}

void OutboxPanelTest::actionsFollowTheSelectedMessage()
{
    start();
    const qint64 id = queue(QStringLiteral("waiting"));
    QVERIFY(id > 0);
    QTableView *view = m_panel->view();
    QCOMPARE(view->model()->rowCount(), 1);
    // Nothing selected: nothing to act on.
    QVERIFY(!action(QStringLiteral("outboxSendNowAction"))->isEnabled());
    m_panel->selectMessage(id);
    QVERIFY(action(QStringLiteral("outboxSendNowAction"))->isEnabled());
    QVERIFY(action(QStringLiteral("outboxEditAction"))->isEnabled());
    QVERIFY(action(QStringLiteral("outboxRemoveAction"))->isEnabled());
    QVERIFY(!action(QStringLiteral("outboxTroubleshootAction"))->isEnabled());
    QVERIFY(!action(QStringLiteral("outboxMarkArrivedAction"))->isVisible());
    QVERIFY(!action(QStringLiteral("outboxSendAgainAction"))->isVisible());
    // The list's context menu offers the same actions; every button has a name screen readers read.
    QCOMPARE(view->contextMenuPolicy(), Qt::ActionsContextMenu);
    QVERIFY(view->actions().contains(action(QStringLiteral("outboxEditAction"))));
    for (const QString &name : {QStringLiteral("outboxSendNowButton"), QStringLiteral("outboxEditButton"),
                                QStringLiteral("outboxRemoveButton"), QStringLiteral("outboxTroubleshootButton"),
                                QStringLiteral("outboxMarkArrivedButton"), QStringLiteral("outboxSendAgainButton")}) {
        QToolButton *found = button(name);
        QVERIFY2(found, qPrintable(name));
        QVERIFY2(!found->accessibleName().isEmpty(), qPrintable(name));
        QVERIFY(!found->accessibleName().contains(QLatin1Char('&')));
        QVERIFY(found->focusPolicy() & Qt::TabFocus);
    }
    QVERIFY(!m_panel->findChild<QFrame *>(QStringLiteral("outboxDetails"))->isVisible());
}

void OutboxPanelTest::deleteKeyRemovesAfterConfirmation()
{
    start();
    const qint64 id = queue(QStringLiteral("remove me"));
    m_panel->selectMessage(id);
    QTableView *view = m_panel->view();
    view->setFocus();
    // Declined: it stays.
    m_dialogs->answerNext(DialogRunner::Answer::Declined);
    QTest::keyClick(view, Qt::Key_Delete);
    QTRY_COMPARE(m_dialogs->answered, 1);
    QCOMPARE(m_dialogs->questions.last().kind, DialogRunner::Kind::Destructive);
    QVERIFY(m_store->message(id));
    // Accepted: gone, and the account list's Delete (remove account) was not asked.
    m_dialogs->answerNext(DialogRunner::Answer::Accepted);
    QTest::keyClick(view, Qt::Key_Delete);
    QTRY_COMPARE(m_dialogs->answered, 2);
    QVERIFY(!m_store->message(id));
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(m_settings->store()->account(Alice));
    QCOMPARE(m_dialogs->questions.size(), 2);
}

void OutboxPanelTest::sendNowSkipsTheBackoff()
{
    FakeSmtpBehaviour behaviour;
    behaviour.recipientReplies.insert(QStringLiteral("bob@kurier.test"), "451 4.3.0 Try again later\r\n");
    start(behaviour);
    const qint64 id = queue(QStringLiteral("backoff"));
    m_dispatcher->start();
    QVERIFY(waitForState(id, State::Retry));
    m_server->behaviour().recipientReplies.clear();
    m_panel->selectMessage(id);
    QVERIFY(button(QStringLiteral("outboxSendNowButton"))->isEnabled());
    QVERIFY(action(QStringLiteral("outboxTroubleshootAction"))->isEnabled());
    // The fake clock stands still: only the button makes it go now.
    QTest::mouseClick(button(QStringLiteral("outboxSendNowButton")), Qt::LeftButton);
    QVERIFY(waitForState(id, State::Sent));
    QCOMPARE(m_server->record().messages.size(), 1);
    QTRY_VERIFY(!button(QStringLiteral("outboxSendNowButton"))->isEnabled());
}

void OutboxPanelTest::needsAttentionExplainsAndOffersTroubleshooting()
{
    FakeSmtpBehaviour behaviour;
    behaviour.recipientReplies.insert(QStringLiteral("bob@kurier.test"),
                                      "550 5.1.1 <bob@kurier.test>: Recipient address rejected: User unknown\r\n");
    start(behaviour);
    const qint64 id = queue(QStringLiteral("refused"));
    m_dispatcher->start();
    QVERIFY(waitForState(id, State::NeedsAttention));
    m_panel->selectMessage(id);
    auto *details = m_panel->findChild<QFrame *>(QStringLiteral("outboxDetails"));
    QVERIFY(details->isVisible());
    const QString title = m_panel->findChild<QLabel *>(QStringLiteral("outboxDetailsTitle"))->text();
    QCOMPARE(title, m_store->message(id)->errorTitle);
    QVERIFY(
        m_panel->findChild<QLabel *>(QStringLiteral("outboxDetailsText"))->text().contains(QStringLiteral("5.1.1")));
    QCOMPARE(details->accessibleName(), title);
    QSignalSpy troubleshoot(m_panel, &OutboxPanel::troubleshootRequested);
    QTest::mouseClick(button(QStringLiteral("outboxTroubleshootButton")), Qt::LeftButton);
    QCOMPARE(troubleshoot.count(), 1);
    QTRY_VERIFY(m_window->findChild<TroubleshootingDialog *>());
    m_window->findChild<TroubleshootingDialog *>()->reject();
}

void OutboxPanelTest::editInComposerReplacesTheQueuedMessage()
{
    start();
    const qint64 id = queue(QStringLiteral("first draft"), QStringLiteral("report.txt"));
    m_dispatcher->start();
    // Held while it is in the composer: due, but not sent.
    m_panel->selectMessage(id);
    m_panel->view()->setFocus();
    QTest::keyClick(m_panel->view(), Qt::Key_F2);
    ComposerWindow *composer = nullptr;
    QTRY_VERIFY((composer = m_window->findChild<ComposerWindow *>()));
    QVERIFY(m_dispatcher->isHeld(id));
    QCOMPARE(composer->replacedOutboxMessage(), id);
    const Mime::MessageDraft shown = composer->draft();
    QCOMPARE(shown.subject, QStringLiteral("first draft"));
    QCOMPARE(Mime::mailboxesOf(shown.to).value(0).address(), QStringLiteral("bob@kurier.test"));
    QCOMPARE(Mime::mailboxesOf(shown.bcc).value(0).address(), QStringLiteral("carol@kurier.test"));
    QCOMPARE(shown.plainText, QStringLiteral("The first version.\n"));
    QCOMPARE(shown.attachments.size(), 1);
    QCOMPARE(shown.attachments.first().effectiveFileName(), QStringLiteral("report.txt"));
    QCOMPARE(shown.attachments.first().data, QByteArray("report contents\n"));
    QCOMPARE(m_server->record().connections, 0);
    // Edit again: the same composer comes up, not a second one.
    QTest::keyClick(m_panel->view(), Qt::Key_F2);
    QCOMPARE(m_window->findChildren<ComposerWindow *>().size(), 1);

    auto *subject = composer->findChild<QLineEdit *>(QStringLiteral("subjectEdit"));
    QVERIFY(subject);
    subject->setText(QStringLiteral("second draft"));
    QSignalSpy sent(composer, &ComposerWindow::messageSent);
    composer->send();
    QVERIFY(sent.wait(WaitMs));
    // The old row left as the new one entered; the server got only the edited version.
    QVERIFY(!m_store->message(id));
    const QList<Outbox::OutboxMessage> rows = m_store->messages();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().subject, QStringLiteral("second draft"));
    QCOMPARE(rows.first().state, State::Sent);
    QCOMPARE(m_server->record().messages.size(), 1);
    QVERIFY(m_server->record().messages.first().contains("Subject: second draft"));
    QVERIFY(m_server->record().messages.first().contains("report.txt"));
    QVERIFY(m_server->record().received("RCPT TO:<carol@kurier.test>"));
}

void OutboxPanelTest::messageBeingSentCannotBeEdited()
{
    start();
    const qint64 id = queue(QStringLiteral("on the wire"));
    QVERIFY(m_store->claim(id)); // what the dispatcher does as it starts sending
    m_model->reload();
    m_panel->selectMessage(id);
    QVERIFY(!action(QStringLiteral("outboxEditAction"))->isEnabled());
    QVERIFY(!action(QStringLiteral("outboxRemoveAction"))->isEnabled());
    m_panel->edit();
    QCOMPARE(m_dialogs->notices.size(), 1);
    QVERIFY(!m_window->findChild<ComposerWindow *>());
    QVERIFY(!m_window->editOutboxMessage(id));
    QCOMPARE(m_dialogs->notices.size(), 2);
}

void OutboxPanelTest::deliveryUnknownChoices_data()
{
    QTest::addColumn<QString>("buttonName");
    QTest::addColumn<DialogRunner::Answer>("answer");
    QTest::addColumn<State>("finalState");
    QTest::addColumn<int>("received");

    QTest::newRow("it arrived: marked as sent")
        << QStringLiteral("outboxMarkArrivedButton") << DialogRunner::Answer::Declined << State::Sent << 1;
    QTest::newRow("send again, risk accepted")
        << QStringLiteral("outboxSendAgainButton") << DialogRunner::Answer::Accepted << State::Sent << 2;
    QTest::newRow("send again, cancelled")
        << QStringLiteral("outboxSendAgainButton") << DialogRunner::Answer::Declined << State::DeliveryUnknown << 1;
}

void OutboxPanelTest::deliveryUnknownChoices()
{
    QFETCH(QString, buttonName);
    QFETCH(DialogRunner::Answer, answer);
    QFETCH(State, finalState);
    QFETCH(int, received);
    FakeSmtpBehaviour behaviour;
    behaviour.drop = FakeSmtpBehaviour::Drop::AfterFinalDot;
    start(behaviour);
    const qint64 id = queue(QStringLiteral("lost reply"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("may or may not have been delivered")));
    m_dispatcher->start();
    QVERIFY(waitForState(id, State::DeliveryUnknown));
    m_server->behaviour().drop = FakeSmtpBehaviour::Drop::Never;
    m_panel->selectMessage(id);
    QVERIFY(m_panel->findChild<QFrame *>(QStringLiteral("outboxDetails"))->isVisible());
    QVERIFY(button(QStringLiteral("outboxMarkArrivedButton"))->isVisible());
    QVERIFY(button(QStringLiteral("outboxSendAgainButton"))->isVisible());
    // Not the plain "Send Now" and not "Edit": the message may have arrived.
    QVERIFY(!action(QStringLiteral("outboxSendNowAction"))->isEnabled());
    QVERIFY(!action(QStringLiteral("outboxEditAction"))->isEnabled());

    m_dialogs->answerNext(answer);
    QTest::mouseClick(button(buttonName), Qt::LeftButton);
    if (buttonName == QLatin1String("outboxSendAgainButton")) {
        QTRY_COMPARE(m_dialogs->answered, 1);
        QVERIFY(m_dialogs->questions.first().details.contains(QStringLiteral("twice")));
    }
    if (finalState == State::Sent) {
        QVERIFY(waitForState(id, State::Sent));
    } else {
        QCOMPARE(m_store->message(id)->state, finalState);
    }
    QCOMPARE(m_server->record().messages.size(), received);
}

QTEST_MAIN(OutboxPanelTest)
#include "outboxpaneltest.moc"
