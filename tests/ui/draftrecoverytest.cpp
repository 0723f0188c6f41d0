// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Drafts in the main window and the composer on the offscreen platform: the composer saves a
// draft a moment after a change (and only then), Kurier goes away without the composer being
// closed, the next main window offers the draft and reopens it with the copies of its files
// (not the files as they are now), the Drafts panel reopens one from the keyboard, and
// sending or discarding removes the draft. The Sent panel shows the sent log.
#include "ui/mainwindow/mainwindow.h"

#include "app/compose/outboxsubmission.h"
#include "app/compose/submission.h"
#include "app/outbox/dispatcher.h"
#include "app/outbox/draftstore.h"
#include "app/outbox/sentlog.h"
#include "app/outbox/sentlogmodel.h"
#include "app/outbox/store.h"
#include "app/smtp/worker.h"
#include "tests/support/temporaryaccountstore.h"
#include "tests/ui/scripteddialogrunner.h"
#include "tests/ui/scriptedsecretstore.h"
#include "tests/ui/typetext.h"
#include "ui/composer/attachmentlist.h"
#include "ui/composer/composerwindow.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <chrono>
#include <memory>

using Answer = DialogRunner::Answer;
using namespace std::chrono_literals;

namespace
{

constexpr auto AutosaveInterval = 40ms;

Accounts::Account ola()
{
    Accounts::Account a;
    a.id = QStringLiteral("home");
    a.displayName = QStringLiteral("Ola Kowalska");
    a.email = QStringLiteral("ola@example.com");
    // This test's loopback range; nothing is sent.
    a.host = QStringLiteral("127.0.160.1");
    a.port = 465;
    a.security = Accounts::Security::ImplicitTls;
    a.authMethod = Accounts::AuthMethod::Auto;
    a.userName = a.email;
    return a;
}

template<typename T>
T *childOf(QWidget *parent, const char *name)
{
    auto *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget) {
        qFatal("no child named %s", name);
    }
    return widget;
}

} // namespace

// One running "Kurier": the outbox database with its drafts and sent log, and a main window.
struct Session {
    Session(const QString &path, TemporaryAccountStore *settings, ScriptedSecretStore *secrets,
            ScriptedDialogRunner *dialogs, Compose::Submission *submission)
        : store(path)
    {
        opened = store.open().ok();
        window = std::make_unique<MainWindow>(settings->store(), secrets, dialogs);
        window->setSubmission(submission);
        window->setDrafts(&drafts, AutosaveInterval);
        window->setSentLogModel(&sentLogModel);
        window->show();
    }
    ~Session() { window.reset(); } // composers go with it, before the stores

    Outbox::Store store;
    bool opened = false;
    Outbox::DraftStore drafts{&store};
    Outbox::SentLog sentLog{&store};
    Outbox::SentLogModel sentLogModel{&sentLog};
    std::unique_ptr<MainWindow> window;
};

class DraftRecoveryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void autosavesOnlyAfterAChange_data();
    void autosavesOnlyAfterAChange();
    void interruptedDraftIsOfferedAndReopenedWithItsFiles();
    void postponedDraftsWaitInTheDraftsPanel();
    void sendingRemovesTheDraftOnceQueued();
    void discardingRemovesTheDraft();
    void sentPanelShowsTheSentLog();

private:
    std::unique_ptr<Session> startSession(Compose::Submission *submission = nullptr);
    QString outboxPath() const { return m_settings->filePath(QStringLiteral("outbox.sqlite")); }
    QString writeFile(const QString &name, const QByteArray &bytes) const;

    std::unique_ptr<TemporaryAccountStore> m_settings;
    std::unique_ptr<ScriptedSecretStore> m_secrets;
    std::unique_ptr<ScriptedDialogRunner> m_dialogs;
    std::unique_ptr<Smtp::Worker> m_worker;
    std::unique_ptr<Compose::WorkerSubmission> m_submission;
};

void DraftRecoveryTest::init()
{
    QTest::failOnWarning(QRegularExpression(
        QStringLiteral("^(?!This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)).*")));
    m_settings = std::make_unique<TemporaryAccountStore>();
    QVERIFY(m_settings->isValid());
    QVERIFY(m_settings->store()->add(ola()).ok());
    m_secrets = std::make_unique<ScriptedSecretStore>();
    m_dialogs = std::make_unique<ScriptedDialogRunner>();
    m_worker = std::make_unique<Smtp::Worker>();
    m_submission = std::make_unique<Compose::WorkerSubmission>(m_secrets.get(), m_worker.get());
}

void DraftRecoveryTest::cleanup()
{
    m_submission.reset();
    m_worker.reset();
    m_dialogs.reset();
    m_secrets.reset();
    m_settings.reset();
}

std::unique_ptr<Session> DraftRecoveryTest::startSession(Compose::Submission *submission)
{
    auto session = std::make_unique<Session>(outboxPath(), m_settings.get(), m_secrets.get(), m_dialogs.get(),
                                             submission ? submission : m_submission.get());
    return session->opened ? std::move(session) : nullptr;
}

QString DraftRecoveryTest::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_settings->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return {};
    }
    return path;
}

void DraftRecoveryTest::autosavesOnlyAfterAChange_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("recipients") << QStringLiteral("toFieldEdit");
    QTest::newRow("subject") << QStringLiteral("subjectEdit");
    QTest::newRow("text") << QStringLiteral("bodyEdit");
    QTest::newRow("an attached file") << QString();
}

void DraftRecoveryTest::autosavesOnlyAfterAChange()
{
    QFETCH(QString, field);
    std::unique_ptr<Session> session = startSession();
    QVERIFY(session);
    QPointer<ComposerWindow> composer = session->window->newMessage();
    QVERIFY(composer);
    QSignalSpy saved(&session->drafts, &Outbox::DraftStore::changed);
    // Opening a composer is not a change.
    QVERIFY(!saved.wait(int(AutosaveInterval.count()) * 5));
    if (field.isEmpty()) {
        composer->attachFiles({writeFile(QStringLiteral("notatki.txt"), "notatki")});
    } else {
        typeText(composer->findChild<QWidget *>(field), QStringLiteral("bob@example.org"));
    }
    QVERIFY(saved.wait());
    const QList<Outbox::Draft> drafts = session->drafts.drafts();
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(composer->draftId(), drafts.first().id);
    QVERIFY(!drafts.first().closedCleanly);
    QVERIFY(!composer->hasUnsavedChanges());
    if (field.isEmpty()) {
        QCOMPARE(drafts.first().attachments.size(), 1);
    } else {
        QVERIFY(drafts.first().to.contains(QLatin1String("bob@"))
                || drafts.first().subject.contains(QLatin1String("bob@"))
                || drafts.first().body.contains(QLatin1String("bob@")));
    }
    // Nothing changed since: no further save.
    saved.clear();
    QVERIFY(!saved.wait(int(AutosaveInterval.count()) * 5));
}

void DraftRecoveryTest::interruptedDraftIsOfferedAndReopenedWithItsFiles()
{
    const QByteArray original("Plan spotkania, wersja pierwsza.\n");
    const QString file = writeFile(QStringLiteral("plan.txt"), original);
    {
        std::unique_ptr<Session> first = startSession();
        QVERIFY(first);
        ComposerWindow *composer = first->window->newMessage();
        typeText(childOf<QLineEdit>(composer, "toFieldEdit"), QStringLiteral("Jan Nowak <jan@example.org>"));
        typeText(childOf<QLineEdit>(composer, "subjectEdit"), QStringLiteral("Plan"));
        typeText(childOf<QPlainTextEdit>(composer, "bodyEdit"), QStringLiteral("W załączniku plan."));
        composer->attachFiles({file});
        QTRY_VERIFY(!composer->hasUnsavedChanges() && composer->draftId() != 0);
        QCOMPARE(first->drafts.drafts().first().attachments.size(), 1);
        // Kurier goes away with the composer still open: nobody closed it with a decision.
    }
    // The file changes afterwards; the draft keeps the copy taken when it was saved.
    QVERIFY(!writeFile(QStringLiteral("plan.txt"), "Zupełnie inna treść.\n").isEmpty());

    std::unique_ptr<Session> second = startSession();
    QVERIFY(second);
    m_dialogs->answerNext(Answer::Accepted);
    second->window->offerInterruptedDrafts();
    QCOMPARE(m_dialogs->questions.size(), 1);
    QCOMPARE(m_dialogs->questions.first().text,
             QStringLiteral("Kurier was closed while you were writing a message — reopen it?"));
    QVERIFY(m_dialogs->questions.first().details.contains(QLatin1String("Plan")));
    QTRY_VERIFY(second->window->findChild<ComposerWindow *>());
    ComposerWindow *reopened = second->window->findChild<ComposerWindow *>();
    QCOMPARE(childOf<QLineEdit>(reopened, "toFieldEdit")->text(), QStringLiteral("Jan Nowak <jan@example.org>"));
    QCOMPARE(childOf<QLineEdit>(reopened, "subjectEdit")->text(), QStringLiteral("Plan"));
    QCOMPARE(childOf<QPlainTextEdit>(reopened, "bodyEdit")->toPlainText(), QStringLiteral("W załączniku plan."));
    const QList<Mime::Attachment> attachments = childOf<AttachmentList>(reopened, "attachmentList")->attachments();
    QCOMPARE(attachments.size(), 1);
    QCOMPARE(attachments.first().effectiveFileName(), QStringLiteral("plan.txt"));
    QCOMPARE(attachments.first().data, original);
    QVERIFY(!reopened->hasUnsavedChanges());
    // Taken up by this Kurier: not offered again while it runs.
    second->window->offerInterruptedDrafts();
    QCOMPARE(m_dialogs->questions.size(), 1);
    // Sending from the reopened draft takes its copy of the file.
    QCOMPARE(reopened->draft().attachments.first().data, original);
}

void DraftRecoveryTest::postponedDraftsWaitInTheDraftsPanel()
{
    {
        std::unique_ptr<Session> first = startSession();
        QVERIFY(first);
        for (const QString &subject : {QStringLiteral("Pierwszy"), QStringLiteral("Drugi")}) {
            ComposerWindow *composer = first->window->newMessage();
            typeText(childOf<QLineEdit>(composer, "subjectEdit"), subject);
            QTRY_VERIFY(!composer->hasUnsavedChanges() && composer->draftId() != 0);
        }
    }
    std::unique_ptr<Session> second = startSession();
    QVERIFY(second);
    m_dialogs->answerNext(Answer::Declined);
    second->window->offerInterruptedDrafts();
    QCOMPARE(m_dialogs->questions.size(), 1);
    QCOMPARE(m_dialogs->questions.first().text,
             QStringLiteral("Kurier was closed while you were writing 2 messages — reopen them?"));
    QTRY_COMPARE(m_dialogs->answered, 1);
    QVERIFY(!second->window->findChild<ComposerWindow *>());
    QVERIFY(second->drafts.interruptedDrafts().isEmpty()); // asked once
    auto *dock = childOf<QDockWidget>(second->window.get(), "draftsDock");
    QTRY_VERIFY(dock->isVisible());

    // The panel from the keyboard: its shortcut focuses the list, Enter continues a draft.
    auto *view = childOf<QTableView>(second->window.get(), "draftsView");
    QCOMPARE(view->accessibleName(), QStringLiteral("Drafts"));
    QCOMPARE(view->model()->rowCount(), 2);
    view->setFocus();
    view->selectRow(0);
    const QString subject = view->model()->index(0, 0).data().toString();
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(second->window->findChild<ComposerWindow *>());
    ComposerWindow *composer = second->window->findChild<ComposerWindow *>();
    QCOMPARE(childOf<QLineEdit>(composer, "subjectEdit")->text(), subject);
    // Reopening changed the draft (now open here) and reloaded the list: the selection stayed.
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(view->selectionModel()->selectedRows().first().data().toString(), subject);
    // The same draft again brings up the same window.
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(second->window->findChildren<ComposerWindow *>().size(), 1);
}

void DraftRecoveryTest::sendingRemovesTheDraftOnceQueued()
{
    // The outbox path: the message is in the outbox as soon as Send is pressed (the dispatcher
    // is not started, so nothing goes out).
    Outbox::Store store(outboxPath());
    QVERIFY(store.open().ok());
    Outbox::Dispatcher dispatcher(&store, m_settings->store(), m_secrets.get(), m_worker.get());
    Compose::OutboxSubmission submission(&dispatcher, m_worker.get());
    Outbox::DraftStore drafts(&store);
    MainWindow window(m_settings->store(), m_secrets.get(), m_dialogs.get());
    window.setSubmission(&submission);
    window.setDrafts(&drafts, AutosaveInterval);
    ComposerWindow *composer = window.newMessage();
    typeText(childOf<QLineEdit>(composer, "toFieldEdit"), QStringLiteral("jan@example.org"));
    typeText(childOf<QLineEdit>(composer, "subjectEdit"), QStringLiteral("Wysyłam"));
    QTRY_VERIFY(composer->draftId() != 0 && !composer->hasUnsavedChanges());
    composer->send();
    QVERIFY(composer->isSending());
    QVERIFY(drafts.drafts().isEmpty());
    QCOMPARE(store.messages().size(), 1);
    QCOMPARE(store.messages().first().subject, QStringLiteral("Wysyłam"));
}

void DraftRecoveryTest::discardingRemovesTheDraft()
{
    std::unique_ptr<Session> session = startSession();
    QVERIFY(session);
    QPointer<ComposerWindow> composer = session->window->newMessage();
    typeText(childOf<QLineEdit>(composer, "subjectEdit"), QStringLiteral("Niepotrzebny"));
    QTRY_VERIFY(composer->draftId() != 0 && !composer->hasUnsavedChanges());
    m_dialogs->answerNext(Answer::Accepted);
    QTest::keyClick(composer, Qt::Key_Escape);
    QTRY_VERIFY(!composer || !composer->isVisible());
    QVERIFY(session->drafts.drafts().isEmpty());
}

void DraftRecoveryTest::sentPanelShowsTheSentLog()
{
    std::unique_ptr<Session> session = startSession();
    QVERIFY(session);
    Outbox::NewMessage message;
    message.accountId = QStringLiteral("home");
    message.reversePath = QStringLiteral("ola@example.com");
    message.recipients = {QStringLiteral("jan@example.org")};
    message.subject = QStringLiteral("Wysłana");
    message.bytes = "From: ola@example.com\r\nMessage-ID: <1@example.com>\r\nSubject: Wysłana\r\n\r\nTreść\r\n";
    const std::optional<qint64> id = session->store.enqueue(message);
    QVERIFY(id && session->store.claim(*id));
    QVERIFY(session->store.markSent(*id, QStringLiteral("250 2.0.0 Ok: queued as 7A1")));
    auto *view = childOf<QTableView>(session->window.get(), "sentLogView");
    QCOMPARE(view->accessibleName(), QStringLiteral("Sent messages"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, Outbox::SentLogModel::SubjectColumn).data().toString(), QStringLiteral("Wysłana"));
    QVERIFY(view->editTriggers() == QAbstractItemView::NoEditTriggers);
    QAction *toggle = session->window->findChild<QAction *>(QStringLiteral("showSentLogAction"));
    QVERIFY(toggle);
    QVERIFY(!toggle->shortcut().isEmpty());
}

QTEST_MAIN(DraftRecoveryTest)
#include "draftrecoverytest.moc"
