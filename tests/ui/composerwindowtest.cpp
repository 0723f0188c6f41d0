// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The composer window on the offscreen platform, driven through its real widgets: addresses
// checked at the field, files attached by a synthesized drop, keyboard shortcuts, the
// questions before anything typed is lost, the size warning, and a send that fails at a
// refused loopback port (127.0.90.1) keeping the message and showing the explanation.
// Sending through the real Postfix harness is composersendtest.
#include "ui/composer/composerwindow.h"

#include "app/accounts/accountlistmodel.h"
#include "app/compose/recentaddresses.h"
#include "app/compose/serversizelimits.h"
#include "app/compose/submission.h"
#include "app/diagnostics/explainer.h"
#include "app/diagnostics/smtperrorevidence.h"
#include "app/mime/addressparser.h"
#include "app/outbox/draftstore.h"
#include "app/outbox/store.h"
#include "app/smtp/worker.h"
#include "tests/support/temporaryaccountstore.h"
#include "tests/ui/scripteddialogrunner.h"
#include "tests/ui/scriptedsecretstore.h"
#include "tests/ui/typetext.h"
#include "ui/composer/addressfield.h"
#include "ui/composer/attachmentlist.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using Accounts::Account;
using Answer = DialogRunner::Answer;

class ComposerWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void showsAddressProblemAtTheField_data();
    void showsAddressProblemAtTheField();
    void refusesToSendWithoutRecipients();
    void attachesDroppedFiles();
    void ignoresDropsWithoutFiles();
    void completesFromUsedAddresses();
    void shortcutsSendAndAttach();
    void escapeAsksBeforeDiscarding_data();
    void escapeAsksBeforeDiscarding();
    void closeOffersToSaveDraft_data();
    void closeOffersToSaveDraft();
    void warnsBeforeExceedingKnownSizeLimit();
    void failedSendKeepsMessageAndExplains();
    void missingPasswordIsExplained();

private:
    void createWindow();
    template<typename T>
    T *child(const char *name) const
    {
        auto *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget) {
            qFatal("no child named %s", name);
        }
        return widget;
    }
    QLineEdit *edit(const char *name) const { return child<QLineEdit>(name); }
    void fillMessage();
    QString writeFile(const QString &name, qsizetype size) const;
    void drop(QWidget *target, const QList<QUrl> &urls);
    quint16 refusedPort();

    std::unique_ptr<TemporaryAccountStore> m_settings;
    std::unique_ptr<ScriptedSecretStore> m_secrets;
    std::unique_ptr<ScriptedDialogRunner> m_dialogs;
    std::unique_ptr<Accounts::AccountListModel> m_model;
    std::unique_ptr<Compose::RecentAddresses> m_recent;
    std::unique_ptr<Compose::ServerSizeLimits> m_limits;
    std::unique_ptr<Smtp::Worker> m_worker;
    std::unique_ptr<Compose::WorkerSubmission> m_submission;
    std::unique_ptr<Outbox::Store> m_outbox;
    std::unique_ptr<Outbox::DraftStore> m_drafts;
    QPointer<ComposerWindow> m_window;
};

namespace
{

Account ola(quint16 port = 465)
{
    Account a;
    a.id = QStringLiteral("home");
    a.displayName = QStringLiteral("Ola Kowalska");
    a.email = QStringLiteral("ola@example.com");
    // Loopback addresses of this test: nothing listens there unless the test says so.
    a.host = QStringLiteral("127.0.90.1");
    a.port = port;
    a.security = Accounts::Security::ImplicitTls;
    a.authMethod = Accounts::AuthMethod::Auto;
    a.userName = a.email;
    return a;
}

} // namespace

void ComposerWindowTest::init()
{
    // The offscreen platform cannot do these for windows and popups; anything else is a real warning.
    QTest::failOnWarning(QRegularExpression(
        QStringLiteral("^(?!This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)).*")));
    m_settings = std::make_unique<TemporaryAccountStore>();
    QVERIFY(m_settings->isValid());
    QVERIFY(m_settings->store()->add(ola()).ok());
    m_secrets = std::make_unique<ScriptedSecretStore>();
    m_secrets->put(QStringLiteral("home"), Secrets::SecretKind::SmtpPassword, QStringLiteral("sekret-hasło"));
    m_dialogs = std::make_unique<ScriptedDialogRunner>();
    m_model = std::make_unique<Accounts::AccountListModel>(m_settings->store());
    const QString accountFile = m_settings->store()->settingsPath();
    m_recent = std::make_unique<Compose::RecentAddresses>(Compose::RecentAddresses::pathBeside(accountFile));
    m_limits = std::make_unique<Compose::ServerSizeLimits>(Compose::ServerSizeLimits::pathBeside(accountFile));
    m_worker = std::make_unique<Smtp::Worker>();
    m_submission = std::make_unique<Compose::WorkerSubmission>(m_secrets.get(), m_worker.get());
    m_outbox = std::make_unique<Outbox::Store>(m_settings->filePath(QStringLiteral("outbox.sqlite")));
    QVERIFY(m_outbox->open().ok());
    m_drafts = std::make_unique<Outbox::DraftStore>(m_outbox.get());
}

void ComposerWindowTest::cleanup()
{
    delete m_window;
    m_drafts.reset();
    m_outbox.reset();
    m_submission.reset();
    m_worker.reset();
    m_limits.reset();
    m_recent.reset();
    m_model.reset();
    m_dialogs.reset();
    m_secrets.reset();
    m_settings.reset();
}

void ComposerWindowTest::createWindow()
{
    ComposerServices services;
    services.accounts = m_settings->store();
    services.accountModel = m_model.get();
    services.submission = m_submission.get();
    services.recentAddresses = m_recent.get();
    services.sizeLimits = m_limits.get();
    services.dialogs = m_dialogs.get();
    services.drafts = m_drafts.get();
    m_window = new ComposerWindow(services);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void ComposerWindowTest::fillMessage()
{
    typeText(edit("toFieldEdit"), QStringLiteral("Jan Nowak <jan@example.org>"));
    typeText(edit("subjectEdit"), QStringLiteral("Spotkanie"));
    typeText(child<QPlainTextEdit>("bodyEdit"), QStringLiteral("Do zobaczenia w czwartek."));
}

QString ComposerWindowTest::writeFile(const QString &name, qsizetype size) const
{
    const QString path = m_settings->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray(size, 'k')) != size) {
        return {};
    }
    return path;
}

void ComposerWindowTest::drop(QWidget *target, const QList<QUrl> &urls)
{
    QMimeData data;
    data.setUrls(urls);
    const QPoint position = target->rect().center();
    QDragEnterEvent enter(position, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QDropEvent dropEvent(QPointF(position), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &dropEvent);
}

quint16 ComposerWindowTest::refusedPort()
{
    // A port that was free a moment ago on this test's own loopback address: connecting is refused.
    QTcpServer probe;
    if (!probe.listen(QHostAddress(QStringLiteral("127.0.90.1")), 0)) {
        return 0;
    }
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

void ComposerWindowTest::showsAddressProblemAtTheField_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("valid");
    QTest::newRow("name and address") << QStringLiteral("Jan Nowak <jan@example.org>") << true;
    QTest::newRow("two addresses, trailing comma") << QStringLiteral("a@example.org, b@example.org,") << true;
    QTest::newRow("quoted name with a comma") << QStringLiteral("\"Nowak, Jan\" <jan@example.org>") << true;
    QTest::newRow("international domain") << QStringLiteral("zoe@bücher.example") << true;
    QTest::newRow("no at sign") << QStringLiteral("jan.example.org") << false;
    QTest::newRow("second address broken") << QStringLiteral("a@example.org, b@@example.org") << false;
    QTest::newRow("unterminated angle") << QStringLiteral("Jan <jan@example.org") << false;
    QTest::newRow("domain without dot") << QStringLiteral("jan@localhost") << false;
}

void ComposerWindowTest::showsAddressProblemAtTheField()
{
    QFETCH(QString, typed);
    QFETCH(bool, valid);
    createWindow();
    auto *cc = child<AddressField>("ccField");
    auto *problem = cc->findChild<QLabel *>(QStringLiteral("addressError"));
    QVERIFY(problem);
    cc->lineEdit()->setFocus();
    typeText(cc->lineEdit(), typed);
    QVERIFY(problem->isHidden()); // nothing is said while the user is still typing
    QTest::keyClick(cc->lineEdit(), Qt::Key_Tab);
    QVERIFY(!cc->lineEdit()->hasFocus());
    const Mime::AddressParser::ListResult expected = Mime::AddressParser::parseList(typed);
    QCOMPARE(expected.ok(), valid);
    QCOMPARE(problem->isVisible(), !valid);
    QCOMPARE(cc->error().has_value(), !valid);
    if (!valid) {
        QCOMPARE(problem->text(), expected.error->message());
        QCOMPARE(cc->lineEdit()->accessibleDescription(), expected.error->message());
        // Correcting the field clears the problem as soon as the text parses.
        cc->lineEdit()->setFocus();
        cc->lineEdit()->selectAll();
        typeText(cc->lineEdit(), QStringLiteral("jan@example.org"));
        QVERIFY(problem->isHidden());
    }
}

void ComposerWindowTest::refusesToSendWithoutRecipients()
{
    createWindow();
    QSignalSpy finished(m_submission.get(), &Compose::Submission::finished);
    typeText(edit("subjectEdit"), QStringLiteral("Bez adresata"));
    QTest::keyClick(edit("subjectEdit"), Qt::Key_Return, Qt::ControlModifier);
    auto *problem = child<AddressField>("toField")->findChild<QLabel *>(QStringLiteral("addressError"));
    QVERIFY(problem->isVisible());
    QVERIFY(edit("toFieldEdit")->hasFocus());
    QVERIFY(!m_window->isSending());
    QTest::qWait(50);
    QCOMPARE(finished.count(), 0);
}

void ComposerWindowTest::attachesDroppedFiles()
{
    createWindow();
    const QString report = writeFile(QStringLiteral("raport kwartalny.pdf"), 5000);
    const QString notes = writeFile(QStringLiteral("notes.txt"), 1200);
    QVERIFY(!report.isEmpty() && !notes.isEmpty());
    auto *list = child<AttachmentList>("attachmentList");

    drop(list, {QUrl::fromLocalFile(report)});
    QCOMPARE(list->count(), 1);
    // A drop anywhere on the window counts too, and a file already attached is not added twice.
    drop(m_window, {QUrl::fromLocalFile(notes), QUrl::fromLocalFile(report)});
    QCOMPARE(list->count(), 2);

    const QListWidgetItem *first = list->item(0);
    QVERIFY(first->text().startsWith(QStringLiteral("raport kwartalny.pdf")));
    QVERIFY(first->text().contains(QLocale().formattedDataSize(5000)));
    QVERIFY(!first->icon().isNull());
    QCOMPARE(first->data(AttachmentList::FilePathRole).toString(), report);
    QCOMPARE(list->totalSize(), 6200);
    QVERIFY(child<QLabel>("sizeLabel")->text().contains(QStringLiteral("Attachments: 2 · ")));

    const QList<Mime::Attachment> attachments = m_window->draft().attachments;
    QCOMPARE(attachments.size(), 2);
    QCOMPARE(attachments.at(1).filePath, notes);

    list->setCurrentRow(0);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(list->count(), 1);
    QCOMPARE(m_window->draft().attachments.first().filePath, notes);
}

void ComposerWindowTest::ignoresDropsWithoutFiles()
{
    createWindow();
    auto *list = child<AttachmentList>("attachmentList");
    QMimeData data;
    data.setText(QStringLiteral("just text"));
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(list, &enter);
    QVERIFY(!enter.isAccepted());
    drop(list, {QUrl(QStringLiteral("https://example.org/file.pdf"))});
    drop(list, {QUrl::fromLocalFile(m_settings->filePath(QStringLiteral("does-not-exist.txt")))});
    QCOMPARE(list->count(), 0);
}

void ComposerWindowTest::completesFromUsedAddresses()
{
    QVERIFY(
        m_recent->remember({Mime::AddressParser::parseMailbox(QStringLiteral("Jan Nowak <jan@example.org>")).mailbox,
                            Mime::AddressParser::parseMailbox(QStringLiteral("anna@example.net")).mailbox}));
    createWindow();
    QLineEdit *to = edit("toFieldEdit");
    typeText(to, QStringLiteral("kasia@example.com, now"));
    QCompleter *completer = child<AddressField>("toField")->findChild<QCompleter *>();
    QVERIFY(completer);
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->currentCompletion(), QStringLiteral("Jan Nowak <jan@example.org>"));
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(to->text(), QStringLiteral("kasia@example.com, Jan Nowak <jan@example.org>, "));
    QCOMPARE(Mime::mailboxesOf(m_window->draft().to).size(), 2);
}

void ComposerWindowTest::shortcutsSendAndAttach()
{
    createWindow();
    QTest::keyClick(child<QPlainTextEdit>("bodyEdit"), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QFileDialog *>(QStringLiteral("attachFileDialog"))) != nullptr);
    QCOMPARE(dialog->fileMode(), QFileDialog::ExistingFiles);
    dialog->reject();

    QSignalSpy failed(m_window.data(), &ComposerWindow::troubleshootingRequested);
    fillMessage();
    // Ctrl+Enter in the body sends rather than adding a line.
    QTest::keyClick(child<QPlainTextEdit>("bodyEdit"), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(m_window->isSending());
    QCOMPARE(child<QPlainTextEdit>("bodyEdit")->toPlainText(), QStringLiteral("Do zobaczenia w czwartek."));
    m_window->cancelSending();
    QTRY_VERIFY(!m_window->isSending());
    QCOMPARE(failed.count(), 0); // cancelling is not a failure to troubleshoot
}

void ComposerWindowTest::escapeAsksBeforeDiscarding_data()
{
    QTest::addColumn<bool>("typeSomething");
    QTest::addColumn<Answer>("answer");
    QTest::addColumn<bool>("closes");
    QTest::newRow("empty message closes at once") << false << Answer::Declined << true;
    QTest::newRow("discard confirmed") << true << Answer::Accepted << true;
    QTest::newRow("discard declined") << true << Answer::Declined << false;
}

void ComposerWindowTest::escapeAsksBeforeDiscarding()
{
    QFETCH(bool, typeSomething);
    QFETCH(Answer, answer);
    QFETCH(bool, closes);
    createWindow();
    if (typeSomething) {
        typeText(child<QPlainTextEdit>("bodyEdit"), QStringLiteral("Szkic"));
    }
    m_dialogs->answerNext(answer);
    QTest::keyClick(child<QPlainTextEdit>("bodyEdit"), Qt::Key_Escape);
    QCOMPARE(m_dialogs->questions.size(), typeSomething ? 1 : 0);
    if (typeSomething) {
        QCOMPARE(m_dialogs->questions.first().kind, DialogRunner::Kind::Destructive);
        QTRY_COMPARE(m_dialogs->answered, 1);
    }
    QTRY_COMPARE(m_window->isVisible(), !closes);
    if (!closes) {
        QCOMPARE(child<QPlainTextEdit>("bodyEdit")->toPlainText(), QStringLiteral("Szkic"));
    }
}

void ComposerWindowTest::closeOffersToSaveDraft_data()
{
    QTest::addColumn<Answer>("answer");
    QTest::addColumn<bool>("closes");
    QTest::addColumn<bool>("saved");
    QTest::newRow("save draft") << Answer::Accepted << true << true;
    QTest::newRow("discard") << Answer::Alternative << true << false;
    QTest::newRow("cancel") << Answer::Declined << false << false;
}

void ComposerWindowTest::closeOffersToSaveDraft()
{
    QFETCH(Answer, answer);
    QFETCH(bool, closes);
    QFETCH(bool, saved);
    createWindow();
    fillMessage();
    typeText(edit("bccFieldEdit"), QStringLiteral("szef@example.org"));
    m_dialogs->answerNext(answer);
    QVERIFY(!m_window->close());
    QCOMPARE(m_dialogs->questions.size(), 1);
    QVERIFY(!m_dialogs->questions.first().alternativeLabel.isEmpty());
    QTRY_COMPARE(m_dialogs->answered, 1);
    QTRY_COMPARE(m_window->isVisible(), !closes);

    const QList<Outbox::Draft> drafts = m_drafts->drafts();
    if (closes) {
        QCOMPARE(drafts.size(), saved ? 1 : 0); // discarded: an autosaved draft went too
    }
    if (saved) {
        const Outbox::Draft &draft = drafts.first();
        QCOMPARE(draft.to, QStringLiteral("Jan Nowak <jan@example.org>"));
        QCOMPARE(draft.subject, QStringLiteral("Spotkanie"));
        QCOMPARE(draft.bcc, QStringLiteral("szef@example.org"));
        QCOMPARE(draft.body, QStringLiteral("Do zobaczenia w czwartek."));
        QCOMPARE(draft.accountId, QStringLiteral("home"));
        QVERIFY(draft.closedCleanly);
    }
}

void ComposerWindowTest::warnsBeforeExceedingKnownSizeLimit()
{
    QVERIFY(m_limits->setSizeLimit(QStringLiteral("home"), 4000));
    createWindow();
    QVERIFY(child<QLabel>("sizeLabel")->text().contains(QLocale().formattedDataSize(4000)));
    fillMessage();
    m_window->attachFiles({writeFile(QStringLiteral("big.bin"), 8000)});
    QSignalSpy finished(m_submission.get(), &Compose::Submission::finished);
    m_dialogs->answerNext(Answer::Declined);
    m_window->send();
    QCOMPARE(m_dialogs->questions.size(), 1);
    QVERIFY(m_dialogs->questions.first().text.contains(QLocale().formattedDataSize(4000)));
    QTRY_COMPARE(m_dialogs->answered, 1);
    QVERIFY(!m_window->isSending());
    QCOMPARE(finished.count(), 0);
    QVERIFY(m_window->isVisible());
}

void ComposerWindowTest::failedSendKeepsMessageAndExplains()
{
    const quint16 port = refusedPort();
    QVERIFY(port != 0);
    QVERIFY(m_settings->store()->update(ola(port)).ok());
    createWindow();
    fillMessage();
    const QString file = writeFile(QStringLiteral("plan.txt"), 300);
    drop(child<AttachmentList>("attachmentList"), {QUrl::fromLocalFile(file)});
    QSignalSpy troubleshooting(m_window.data(), &ComposerWindow::troubleshootingRequested);
    QTest::keyClick(edit("subjectEdit"), Qt::Key_Enter, Qt::ControlModifier);
    QVERIFY(m_window->isSending());
    QVERIFY(troubleshooting.wait(30000));

    QVERIFY(!m_window->isSending());
    QVERIFY(m_window->isVisible());
    // Everything typed is still there, and editable again.
    QVERIFY(edit("toFieldEdit")->isEnabled());
    QCOMPARE(edit("toFieldEdit")->text(), QStringLiteral("Jan Nowak <jan@example.org>"));
    QCOMPARE(edit("subjectEdit")->text(), QStringLiteral("Spotkanie"));
    QCOMPARE(child<QPlainTextEdit>("bodyEdit")->toPlainText(), QStringLiteral("Do zobaczenia w czwartek."));
    QCOMPARE(child<AttachmentList>("attachmentList")->count(), 1);

    const auto result = troubleshooting.first().at(1).value<Smtp::SendResult>();
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, Smtp::Error::Kind::ConnectionRefused);
    QCOMPARE(troubleshooting.first().at(2).toString(), QStringLiteral("home"));
    const Diagnostics::Explanation expected
        = Diagnostics::Explainer().explain(Diagnostics::evidenceFromSmtpError(*result.error, ola(port).host, port));
    QVERIFY(m_window->failureExplanation());
    QCOMPARE(m_window->failureExplanation()->ruleId, expected.ruleId);
    QVERIFY(child<QWidget>("failureBanner")->isVisible());
    QCOMPARE(child<QLabel>("failureTitle")->text(), expected.title);
    QVERIFY(child<QLabel>("failureText")->text().startsWith(expected.text));

    // The Troubleshoot button asks for the dialog again.
    QTest::mouseClick(child<QPushButton>("troubleshootButton"), Qt::LeftButton);
    QCOMPARE(troubleshooting.count(), 2);
}

void ComposerWindowTest::missingPasswordIsExplained()
{
    m_secrets->failWith(ScriptedSecretStore::Operation::Read, ScriptedSecretStore::Status::AccessDenied);
    createWindow();
    fillMessage();
    QSignalSpy troubleshooting(m_window.data(), &ComposerWindow::troubleshootingRequested);
    m_window->send();
    QVERIFY(troubleshooting.wait(5000));
    const auto result = troubleshooting.first().at(1).value<Smtp::SendResult>();
    QCOMPARE(result.error->kind, Smtp::Error::Kind::MissingCredentials);
    QVERIFY(child<QLabel>("failureText")
                ->text()
                .contains(ScriptedSecretStore::messageFor(ScriptedSecretStore::Status::AccessDenied)));
    QCOMPARE(edit("subjectEdit")->text(), QStringLiteral("Spotkanie"));
}

QTEST_MAIN(ComposerWindowTest)
#include "composerwindowtest.moc"
