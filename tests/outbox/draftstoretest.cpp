// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Outbox::DraftStore: drafts with copies of their files, what counts as interrupted (open by
// a store that is gone), the shared copies going with the last draft that used them, the
// one-time import of the .eml drafts of earlier versions, and the list model.

#include "app/outbox/draftstore.h"
#include "app/mime/addressparser.h"
#include "app/mime/messagecomposer.h"
#include "app/mime/messagestream.h"
#include "app/outbox/draftlistmodel.h"
#include "app/outbox/store.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Outbox::Draft;
using Outbox::DraftStore;
using Outbox::Store;

namespace
{

Draft exampleDraft()
{
    Draft draft;
    draft.accountId = QStringLiteral("ola");
    draft.to = QStringLiteral("Jan Nowak <jan@example.org>, niedokończony@");
    draft.cc = QStringLiteral("ewa@example.org");
    draft.bcc = QStringLiteral("szef@example.org");
    draft.subject = QStringLiteral("Zażółć gęślą jaźń");
    draft.body = QStringLiteral("Pierwsza linia\nDruga linia\n");
    Outbox::DraftAttachment plan;
    plan.fileName = QStringLiteral("plan.pdf");
    plan.mimeType = "application/pdf";
    plan.sourcePath = QStringLiteral("/home/ola/plan.pdf");
    plan.bytes = QByteArray("%PDF-1.4\x00\xff binary", 20);
    draft.attachments.append(plan);
    return draft;
}

} // namespace

class DraftStoreTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void keepsFieldsAndCopiesOfFiles();
    void reusesAStoredCopyByDigest();
    void interruptedOnlyWhenItsStoreIsGone_data();
    void interruptedOnlyWhenItsStoreIsGone();
    void sharedCopiesGoWithTheLastDraft();
    void savingADeletedDraftFails();
    void importsEmlDraftsOnce_data();
    void importsEmlDraftsOnce();
    void modelListsNewestFirst();

private:
    std::unique_ptr<Store> openStore();
    int contentCount(Store *store) const;
    QString path() const { return m_dir->filePath(QStringLiteral("outbox.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QDateTime m_now;
};

void DraftStoreTest::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_now = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
}

void DraftStoreTest::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Store> DraftStoreTest::openStore()
{
    auto store = std::make_unique<Store>(path());
    store->setClock([this] { return m_now; });
    return store->open().ok() ? std::move(store) : nullptr;
}

int DraftStoreTest::contentCount(Store *store) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
    int count = -1;
    {
        db.setDatabaseName(store->path());
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT count(*) FROM contents")) && query.next()) {
                count = query.value(0).toInt();
            }
            db.close();
        }
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return count;
}

void DraftStoreTest::keepsFieldsAndCopiesOfFiles()
{
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    DraftStore drafts(store.get());
    QSignalSpy changed(&drafts, &DraftStore::changed);
    Draft draft = exampleDraft();
    const QByteArray bytes = draft.attachments.first().bytes;
    const std::optional<qint64> id = drafts.save(draft, DraftStore::SaveState::Open);
    QVERIFY(id);
    QCOMPARE(draft.id, *id);
    QCOMPARE(changed.count(), 1);
    QVERIFY(draft.attachments.first().bytes.isEmpty()); // handed over to the store
    QCOMPARE(draft.attachments.first().sha256.size(), 32);

    const std::optional<Draft> stored = drafts.draft(*id);
    QVERIFY(stored);
    const Draft expected = exampleDraft();
    QCOMPARE(stored->accountId, expected.accountId);
    QCOMPARE(stored->to, expected.to);
    QCOMPARE(stored->cc, expected.cc);
    QCOMPARE(stored->bcc, expected.bcc);
    QCOMPARE(stored->subject, expected.subject);
    QCOMPARE(stored->body, expected.body);
    QCOMPARE(stored->createdAt, m_now);
    QCOMPARE(stored->updatedAt, m_now);
    QVERIFY(!stored->closedCleanly);
    QCOMPARE(stored->openBy, store->owner());
    QCOMPARE(stored->attachments.size(), 1);
    QCOMPARE(stored->attachments.first().fileName, QStringLiteral("plan.pdf"));
    QCOMPARE(stored->attachments.first().mimeType, QByteArray("application/pdf"));
    QCOMPARE(stored->attachments.first().sourcePath, QStringLiteral("/home/ola/plan.pdf"));
    QCOMPARE(stored->attachments.first().size, qint64(bytes.size()));
    QCOMPARE(stored->attachments.first().bytes, bytes);

    m_now = m_now.addSecs(30);
    draft.subject = QStringLiteral("Zmieniony");
    QVERIFY(drafts.save(draft, DraftStore::SaveState::ClosedCleanly));
    const std::optional<Draft> closed = drafts.draft(*id);
    QCOMPARE(closed->subject, QStringLiteral("Zmieniony"));
    QCOMPARE(closed->updatedAt, m_now);
    QCOMPARE(closed->createdAt, m_now.addSecs(-30));
    QVERIFY(closed->closedCleanly);
    QVERIFY(closed->openBy.isEmpty());
    QCOMPARE(drafts.drafts().size(), 1);
}

void DraftStoreTest::reusesAStoredCopyByDigest()
{
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    DraftStore drafts(store.get());
    Draft draft = exampleDraft();
    QVERIFY(drafts.save(draft, DraftStore::SaveState::Open));
    // A later save names the copy by its digest only; the bytes stay as first stored.
    draft.body = QStringLiteral("Nowy tekst");
    QVERIFY(drafts.save(draft, DraftStore::SaveState::Open));
    QCOMPARE(drafts.draft(draft.id)->attachments.first().bytes, exampleDraft().attachments.first().bytes);
    // A digest nothing was stored under is refused, and the draft is left as it was.
    Draft unknown = draft;
    unknown.attachments.first().sha256 = QByteArray(32, 'x');
    unknown.body = QStringLiteral("nie zapisany");
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("could not save a draft.*FOREIGN KEY")));
    QVERIFY(!drafts.save(unknown, DraftStore::SaveState::Open));
    QCOMPARE(drafts.draft(draft.id)->body, QStringLiteral("Nowy tekst"));
}

void DraftStoreTest::interruptedOnlyWhenItsStoreIsGone_data()
{
    QTest::addColumn<bool>("closeCleanly");
    QTest::addColumn<bool>("interrupted");
    QTest::newRow("left open by a store that is gone") << false << true;
    QTest::newRow("closed with a decision") << true << false;
}

void DraftStoreTest::interruptedOnlyWhenItsStoreIsGone()
{
    QFETCH(bool, closeCleanly);
    QFETCH(bool, interrupted);
    std::unique_ptr<Store> first = openStore();
    QVERIFY(first);
    Draft draft = exampleDraft();
    {
        DraftStore drafts(first.get());
        QVERIFY(drafts.save(draft, DraftStore::SaveState::Open));
        if (closeCleanly) {
            QVERIFY(drafts.save(draft, DraftStore::SaveState::ClosedCleanly));
        }
    }
    // Another process (here: another store) sees the draft as open while the first one lives.
    std::unique_ptr<Store> second = openStore();
    QVERIFY(second);
    DraftStore secondDrafts(second.get());
    QVERIFY(secondDrafts.interruptedDrafts().isEmpty());
    first.reset(); // the first "process" is gone without closing its composer
    const QList<Draft> found = secondDrafts.interruptedDrafts();
    QCOMPARE(found.size(), interrupted ? 1 : 0);
    if (interrupted) {
        QCOMPARE(found.first().id, draft.id);
        // Taken up again, it is this store's; put off, it is no longer offered.
        QVERIFY(secondDrafts.reopen(draft.id));
        QVERIFY(secondDrafts.interruptedDrafts().isEmpty());
        QVERIFY(secondDrafts.markClosed(draft.id));
        QVERIFY(secondDrafts.interruptedDrafts().isEmpty());
        QCOMPARE(secondDrafts.drafts().size(), 1);
    }
}

void DraftStoreTest::sharedCopiesGoWithTheLastDraft()
{
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    DraftStore drafts(store.get());
    Draft first = exampleDraft();
    Draft second = exampleDraft();
    QVERIFY(drafts.save(first, DraftStore::SaveState::Open));
    QVERIFY(drafts.save(second, DraftStore::SaveState::Open));
    QCOMPARE(contentCount(store.get()), 1); // the same bytes are stored once
    QVERIFY(drafts.remove(first.id));
    QCOMPARE(drafts.draft(second.id)->attachments.first().bytes, exampleDraft().attachments.first().bytes);
    QVERIFY(drafts.remove(second.id));
    QCOMPARE(contentCount(store.get()), 0);
    QVERIFY(!drafts.remove(second.id));
    QVERIFY(!drafts.draft(second.id));
}

void DraftStoreTest::savingADeletedDraftFails()
{
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    DraftStore drafts(store.get());
    Draft draft = exampleDraft();
    QVERIFY(drafts.save(draft, DraftStore::SaveState::Open));
    QVERIFY(drafts.remove(draft.id));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("could not save a draft")));
    QVERIFY(!drafts.save(draft, DraftStore::SaveState::Open));
    QVERIFY(drafts.drafts().isEmpty());
}

void DraftStoreTest::importsEmlDraftsOnce_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("plain ASCII") << QStringLiteral("Agenda") << QStringLiteral("See you at 10.\n")
                                 << QStringLiteral("agenda.txt");
    QTest::newRow("Polish text and file name")
        << QStringLiteral("Spotkanie w środę – zażółć gęślą jaźń") << QStringLiteral("Cześć,\nmyślę, że już.\n")
        << QStringLiteral("sprawozdanie roczne – wersja ostateczna na zarząd, poprawiona.pdf");
}

void DraftStoreTest::importsEmlDraftsOnce()
{
    QFETCH(QString, subject);
    QFETCH(QString, body);
    QFETCH(QString, fileName);
    // A draft as the composer of earlier versions wrote it: the composed message, with Bcc in
    // X-Kurier-Draft-Bcc (a written message never carries Bcc).
    Mime::MessageDraft old;
    old.from = Mime::AddressParser::parseMailbox(QStringLiteral("Ola Kowalska <ola@example.org>")).mailbox;
    old.to = Mime::AddressParser::parseList(QStringLiteral("Jan Nowak <jan@example.org>")).addresses;
    old.bcc = Mime::AddressParser::parseList(QStringLiteral("szef@example.org")).addresses;
    old.subject = subject;
    old.plainText = body;
    old.extraHeaders.append({"X-Kurier-Draft-Bcc", QStringLiteral("szef@example.org")});
    const QByteArray attachmentBytes = QByteArray("binary \x00\x01\x02 data\r\n.\r\n", 21).repeated(50);
    old.attachments.append(Mime::Attachment::fromData(attachmentBytes, fileName, "application/octet-stream"));
    const Mime::MessageComposer::Result composed = Mime::MessageComposer().compose(old);
    QVERIFY(composed.ok());
    Mime::MessageStream stream(composed.message);
    QVERIFY(stream.open(QIODevice::ReadOnly));
    const QByteArray eml = stream.readAll();
    const QString directory = m_dir->filePath(QStringLiteral("drafts"));
    QVERIFY(QDir().mkpath(directory));
    QFile file(directory + QStringLiteral("/20261101-120000-Draft.eml"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(eml), eml.size());
    file.close();

    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    DraftStore drafts(store.get());
    const auto accountFor = [](const QString &address) {
        return address == QLatin1String("ola@example.org") ? QStringLiteral("ola") : QString();
    };
    QCOMPARE(drafts.importEmlDrafts(directory, accountFor), 1);
    const QList<Draft> imported = drafts.drafts();
    QCOMPARE(imported.size(), 1);
    const std::optional<Draft> draft = drafts.draft(imported.first().id);
    QVERIFY(draft);
    QCOMPARE(draft->accountId, QStringLiteral("ola"));
    QCOMPARE(draft->to, QStringLiteral("Jan Nowak <jan@example.org>"));
    QCOMPARE(draft->bcc, QStringLiteral("szef@example.org"));
    QCOMPARE(draft->subject, subject);
    QCOMPARE(draft->body, body);
    QVERIFY(draft->closedCleanly);
    QCOMPARE(draft->attachments.size(), 1);
    QCOMPARE(draft->attachments.first().fileName, fileName);
    QCOMPARE(draft->attachments.first().bytes, attachmentBytes);

    // Once only, even after the imported draft was deleted; the file stays where it was.
    QCOMPARE(drafts.importEmlDrafts(directory, accountFor), 0);
    QVERIFY(drafts.remove(draft->id));
    QCOMPARE(drafts.importEmlDrafts(directory, accountFor), 0);
    QVERIFY(QFile::exists(file.fileName()));
}

void DraftStoreTest::modelListsNewestFirst()
{
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    DraftStore drafts(store.get());
    Outbox::DraftListModel model(&drafts);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Draft older = exampleDraft();
    older.subject = QStringLiteral("starszy");
    QVERIFY(drafts.save(older, DraftStore::SaveState::Open));
    m_now = m_now.addSecs(5);
    Draft newer;
    newer.to = QStringLiteral("bob@example.org");
    QVERIFY(drafts.save(newer, DraftStore::SaveState::Open));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data(Outbox::DraftListModel::DraftIdRole).toLongLong(), newer.id);
    QCOMPARE(model.index(1, Outbox::DraftListModel::SubjectColumn).data().toString(), QStringLiteral("starszy"));
    QCOMPARE(model.index(1, Outbox::DraftListModel::AttachmentsColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.rowOf(older.id), 1);
    QVERIFY(drafts.remove(newer.id));
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(DraftStoreTest)
#include "draftstoretest.moc"
