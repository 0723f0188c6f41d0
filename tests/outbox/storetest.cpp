// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Outbox::Store: the durable outbox's transitions, crash recovery, a damaged file kept aside,
// and two connections (as the GUI and a script would be) sharing one database.

#include "app/outbox/store.h"
#include "app/outbox/outboxmodel.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using Outbox::State;
using Outbox::Store;

namespace
{

Outbox::NewMessage newMessage(const QString &subject,
                              const QStringList &recipients = {QStringLiteral("bob@example.org")})
{
    Outbox::NewMessage message;
    message.accountId = QStringLiteral("ola");
    message.reversePath = QStringLiteral("ola@example.org");
    message.recipients = recipients;
    message.subject = subject;
    message.bytes
        = "From: ola@example.org\r\nTo: bob@example.org\r\nSubject: " + subject.toUtf8() + "\r\n\r\nHello.\r\n";
    return message;
}

} // namespace

class StoreTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void createsSchemaWithVersionInWalMode();
    void keepsExactBytesAndEnvelope();
    void transitionsOnlyFromTheirStates_data();
    void transitionsOnlyFromTheirStates();
    void retryBecomesDueAtItsTime();
    void recoversAbandonedSendingMessages();
    void leavesMessagesOfALiveSenderAlone();
    void damagedFileIsKeptAsideAndReplaced_data();
    void damagedFileIsKeptAsideAndReplaced();
    void refusesSchemaFromANewerKurier();
    void migratesVersion1KeepingMessages_data();
    void migratesVersion1KeepingMessages();
    void failedMigrationLeavesVersion1Intact();
    void twoConnectionsShareTheStore();
    void modelFollowsTheStore();
    void removeDeletesUnsharedBytes();
    void replaceSwapsAWaitingMessage_data();
    void replaceSwapsAWaitingMessage();
    void markSentByUserOnlyForDeliveryUnknown();

private:
    std::unique_ptr<Store> openStore();
    QString path() const { return m_dir->filePath(QStringLiteral("data/outbox.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QDateTime m_now;
};

void StoreTest::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_now = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
}

void StoreTest::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Store> StoreTest::openStore()
{
    auto store = std::make_unique<Store>(path());
    store->setClock([this] { return m_now; });
    const Store::OpenResult result = store->open();
    if (!result.ok()) {
        qWarning("%s", qPrintable(result.error));
        return nullptr;
    }
    return store;
}

void StoreTest::createsSchemaWithVersionInWalMode()
{
    std::unique_ptr<Store> store = std::make_unique<Store>(path());
    const Store::OpenResult result = store->open();
    QCOMPARE(result.status, Store::OpenResult::Status::Created);
    QVERIFY(QFile::exists(path()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), Store::SchemaVersion);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    store.reset();
    store = std::make_unique<Store>(path());
    QCOMPARE(store->open().status, Store::OpenResult::Status::Opened);
}

void StoreTest::keepsExactBytesAndEnvelope()
{
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    Outbox::NewMessage message
        = newMessage(QStringLiteral("Zażółć"), {QStringLiteral("a@example.org"), QStringLiteral("b@example.org")});
    message.bytes.append(QByteArray("\x00\xff\r\n.\r\n", 7)); // binary-safe, dots included
    message.requirements = Smtp::MessageSource::Requirement::EightBitMime;
    QSignalSpy changed(store.get(), &Store::changed);
    const std::optional<qint64> id = store->enqueue(message);
    QVERIFY(id);
    QCOMPARE(changed.count(), 1);
    const std::optional<Outbox::OutboxMessage> stored = store->message(*id);
    QVERIFY(stored);
    QCOMPARE(stored->state, State::Queued);
    QCOMPARE(stored->recipients, message.recipients);
    QCOMPARE(stored->reversePath, message.reversePath);
    QCOMPARE(stored->subject, message.subject);
    QCOMPARE(stored->size, qint64(message.bytes.size()));
    QCOMPARE(stored->requirements, message.requirements);
    QCOMPARE(stored->createdAt, m_now);
    QCOMPARE(store->messageBytes(*id), std::optional<QByteArray>(message.bytes));
    QCOMPARE(store->dueMessages().size(), 1);
}

void StoreTest::transitionsOnlyFromTheirStates_data()
{
    QTest::addColumn<QString>("transition");
    QTest::addColumn<bool>("fromQueued");
    QTest::addColumn<bool>("fromSending");
    QTest::addColumn<State>("after");
    QTest::newRow("sent") << QStringLiteral("sent") << false << true << State::Sent;
    QTest::newRow("retry") << QStringLiteral("retry") << false << true << State::Retry;
    QTest::newRow("needs attention") << QStringLiteral("attention") << false << true << State::NeedsAttention;
    QTest::newRow("delivery unknown") << QStringLiteral("unknown") << false << true << State::DeliveryUnknown;
    QTest::newRow("release") << QStringLiteral("release") << false << true << State::Queued;
    QTest::newRow("send now") << QStringLiteral("requeue") << true << false << State::Queued;
    QTest::newRow("remove") << QStringLiteral("remove") << true << false << State::Queued;
}

void StoreTest::transitionsOnlyFromTheirStates()
{
    QFETCH(QString, transition);
    QFETCH(bool, fromQueued);
    QFETCH(bool, fromSending);
    QFETCH(State, after);
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    const Outbox::Failure failure{QStringLiteral("451 4.3.0 try later"), QStringLiteral("temporary"),
                                  QStringLiteral("Temporary problem")};
    const auto apply = [&](qint64 id) {
        if (transition == QLatin1String("sent")) {
            return store->markSent(id, QStringLiteral("2.0.0 Ok: queued as X"));
        }
        if (transition == QLatin1String("retry")) {
            return store->markRetry(id, m_now.addSecs(60), failure);
        }
        if (transition == QLatin1String("attention")) {
            return store->markNeedsAttention(id, failure);
        }
        if (transition == QLatin1String("unknown")) {
            return store->markDeliveryUnknown(id, failure);
        }
        if (transition == QLatin1String("release")) {
            return store->release(id, m_now);
        }
        if (transition == QLatin1String("requeue")) {
            return store->requeue(id);
        }
        return store->remove(id);
    };
    const qint64 queued = *store->enqueue(newMessage(QStringLiteral("one")));
    QCOMPARE(apply(queued), fromQueued);
    const qint64 sending = *store->enqueue(newMessage(QStringLiteral("two")));
    QVERIFY(store->claim(sending));
    QVERIFY(!store->claim(sending)); // a second claim never succeeds
    QCOMPARE(store->message(sending)->attempts, 1);
    QCOMPARE(apply(sending), fromSending);
    if (fromSending) {
        const Outbox::OutboxMessage message = *store->message(sending);
        QCOMPARE(message.state, after);
        if (after == State::Sent) {
            QCOMPARE(message.serverReply, QStringLiteral("2.0.0 Ok: queued as X"));
            QCOMPARE(message.sentAt, m_now);
        } else if (after == State::Queued) {
            QCOMPARE(message.attempts, 0); // nothing reached the server
        } else {
            QCOMPARE(message.lastError, failure.facts);
            QCOMPARE(message.errorCategory, failure.category);
            QCOMPARE(message.errorTitle, failure.title);
        }
    }
}

void StoreTest::retryBecomesDueAtItsTime()
{
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    const qint64 id = *store->enqueue(newMessage(QStringLiteral("later")));
    QVERIFY(store->claim(id));
    QVERIFY(store->markRetry(id, m_now.addSecs(300), {}));
    QVERIFY(store->dueMessages().isEmpty());
    QVERIFY(!store->claim(id));
    QCOMPARE(store->nextAttemptTime(), std::optional<QDateTime>(m_now.addSecs(300)));
    m_now = m_now.addSecs(300);
    QCOMPARE(store->dueMessages().size(), 1);
    QVERIFY(store->claim(id));
    QCOMPARE(store->message(id)->attempts, 2);
    QVERIFY(store->markRetry(id, m_now.addSecs(300), {}));
    QCOMPARE(store->retryNow(), 1);
    QCOMPARE(store->dueMessages().size(), 1);
}

void StoreTest::recoversAbandonedSendingMessages()
{
    qint64 beforeDot = 0;
    qint64 afterDot = 0;
    qint64 done = 0;
    {
        std::unique_ptr<Store> crashed = openStore();
        QVERIFY(crashed);
        beforeDot = *crashed->enqueue(newMessage(QStringLiteral("mid-data")));
        afterDot = *crashed->enqueue(newMessage(QStringLiteral("after the dot")));
        done = *crashed->enqueue(newMessage(QStringLiteral("accepted")));
        for (const qint64 id : {beforeDot, afterDot, done}) {
            QVERIFY(crashed->claim(id));
        }
        // The worker thread's own connection records the dot, as in a real send.
        QVERIFY(Store::markFinalDotWritten(path(), afterDot, crashed->owner()));
        QVERIFY(crashed->markFinalDotWritten(done));
        QVERIFY(crashed->markSent(done, QStringLiteral("2.0.0 Ok")));
        // The store goes away without finishing its sends: what a killed process leaves.
    }
    std::unique_ptr<Store> restarted = openStore();
    QVERIFY(restarted);
    QCOMPARE(restarted->message(beforeDot)->state, State::Queued);
    QCOMPARE(restarted->message(afterDot)->state, State::DeliveryUnknown);
    QCOMPARE(restarted->message(afterDot)->errorCategory, QStringLiteral("delivery-unknown"));
    QVERIFY(!restarted->message(afterDot)->errorTitle.isEmpty());
    QCOMPARE(restarted->message(done)->state, State::Sent);
    QCOMPARE(restarted->dueMessages().size(), 1);
    // Nothing resends a message of unknown fate but the user's "Send now".
    QVERIFY(!restarted->claim(afterDot));
    QVERIFY(restarted->requeue(afterDot));
    QCOMPARE(restarted->message(afterDot)->state, State::Queued);
}

void StoreTest::leavesMessagesOfALiveSenderAlone()
{
    std::unique_ptr<Store> sender = openStore();
    QVERIFY(sender);
    const qint64 id = *sender->enqueue(newMessage(QStringLiteral("in flight")));
    QVERIFY(sender->claim(id));
    std::unique_ptr<Store> other = openStore();
    QVERIFY(other);
    QCOMPARE(other->recoverAbandoned(), 0);
    QCOMPARE(other->message(id)->state, State::Sending);
    QVERIFY(!other->remove(id));
    QVERIFY(sender->markSent(id, QStringLiteral("250 ok")));
    QCOMPARE(other->message(id)->state, State::Sent);
}

void StoreTest::damagedFileIsKeptAsideAndReplaced_data()
{
    QTest::addColumn<QByteArray>("damage");
    QTest::newRow("not a database") << QByteArray("this is not an SQLite database, just text\n").repeated(200);
    QTest::newRow("truncated header") << QByteArray("SQLite format 3\0", 16) + QByteArray(84, '\xff');
    QTest::newRow("damaged pages") << QByteArray("pages");
}

void StoreTest::damagedFileIsKeptAsideAndReplaced()
{
    QFETCH(QByteArray, damage);
    QByteArray original;
    if (damage == "pages") {
        {
            std::unique_ptr<Store> store = openStore();
            QVERIFY(store);
            for (int i = 0; i < 50; ++i) {
                Outbox::NewMessage message = newMessage(QStringLiteral("message %1").arg(i));
                message.bytes += QByteArray(4000, char('a' + i % 26));
                QVERIFY(store->enqueue(message));
            }
        }
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8 * 4096);
        // Overwrite the b-tree pages after the first two with noise; the header stays valid.
        QVERIFY(file.seek(2 * 4096));
        QVERIFY(file.write(QByteArray(6 * 4096, '\x5a')) == 6 * 4096);
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        original = file.readAll();
    } else {
        QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(damage);
        original = damage;
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("the outbox was damaged")));
    Store store(path());
    const Store::OpenResult result = store.open();
    QCOMPARE(result.status, Store::OpenResult::Status::ReplacedDamaged);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(result.error.contains(result.keptAsidePath));
    QVERIFY(result.keptAsidePath.startsWith(path() + QStringLiteral(".damaged-")));
    QFile kept(result.keptAsidePath);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), original); // never deleted, never changed
    QVERIFY(store.isOpen());
    QVERIFY(store.messages().isEmpty());
    QVERIFY(store.enqueue(newMessage(QStringLiteral("fresh start"))));
    QCOMPARE(store.messages().size(), 1);
}

void StoreTest::refusesSchemaFromANewerKurier()
{
    {
        std::unique_ptr<Store> store = openStore();
        QVERIFY(store);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(Store::SchemaVersion + 1)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    Store store(path());
    const Store::OpenResult result = store.open();
    QCOMPARE(result.status, Store::OpenResult::Status::Failed);
    QVERIFY(result.error.contains(QStringLiteral("newer")));
    QVERIFY(result.keptAsidePath.isEmpty());
    QVERIFY(QFile::exists(path()));
}

void StoreTest::migratesVersion1KeepingMessages_data()
{
    QTest::addColumn<QStringList>("states");
    QTest::newRow("an empty outbox") << QStringList();
    QTest::newRow("queued, sent and failed messages")
        << QStringList{QStringLiteral("queued"), QStringLiteral("sent"), QStringLiteral("needs-attention")};
}

void StoreTest::migratesVersion1KeepingMessages()
{
    QFETCH(QStringList, states);
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    QList<QByteArray> bodies;
    {
        // A version-1 file as Kurier wrote it before drafts and the sent log: its schema step,
        // stamped version 1, with messages in it.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
        const QList<QStringList> steps = Store::schemaSteps();
        for (const QString &statement : steps.at(0)) {
            QVERIFY2(query.exec(statement), qPrintable(statement));
        }
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 1")));
        for (qsizetype i = 0; i < states.size(); ++i) {
            const QByteArray bytes = "Subject: " + QByteArray::number(i) + "\r\n\r\nbody " + QByteArray::number(i);
            bodies.append(bytes);
            const QByteArray digest = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
            QSqlQuery content(db);
            content.prepare(QStringLiteral("INSERT INTO contents (sha256, bytes) VALUES (?, ?)"));
            content.addBindValue(digest);
            content.addBindValue(bytes);
            QVERIFY(content.exec());
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral("INSERT INTO messages (account_id, reverse_path, recipients, subject, size, "
                                          "content_sha256, state, created_at, next_attempt_at, server_reply) "
                                          "VALUES ('ola', 'ola@example.org', '[\"bob@example.org\"]', ?, ?, ?, ?, ?, "
                                          "?, ?)"));
            insert.addBindValue(QStringLiteral("message %1").arg(i));
            insert.addBindValue(bytes.size());
            insert.addBindValue(digest);
            insert.addBindValue(states.at(i));
            insert.addBindValue(m_now.toMSecsSinceEpoch());
            insert.addBindValue(m_now.toMSecsSinceEpoch());
            insert.addBindValue(states.at(i) == QLatin1String("sent") ? QStringLiteral("250 Ok") : QString());
            QVERIFY(insert.exec());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    const QList<Outbox::OutboxMessage> messages = store->messages();
    QCOMPARE(messages.size(), states.size());
    for (qsizetype i = 0; i < states.size(); ++i) {
        QCOMPARE(Outbox::stateId(messages.at(i).state), states.at(i));
        QCOMPARE(messages.at(i).subject, QStringLiteral("message %1").arg(i));
        QCOMPARE(store->messageBytes(messages.at(i).id), std::optional<QByteArray>(bodies.at(i)));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), 2);
        for (const QString &table : {QStringLiteral("drafts"), QStringLiteral("draft_attachments"),
                                     QStringLiteral("draft_imports"), QStringLiteral("sent_log")}) {
            QVERIFY2(query.exec(QStringLiteral("SELECT count(*) FROM ") + table) && query.next(), qPrintable(table));
            QCOMPARE(query.value(0).toInt(), 0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    // The migrated store works as a new one: a message queued now is sent and logged.
    const std::optional<qint64> id = store->enqueue(newMessage(QStringLiteral("after the migration")));
    QVERIFY(id);
    QVERIFY(store->claim(*id));
    QVERIFY(store->markSent(*id, QStringLiteral("250 2.0.0 Ok")));
    Outbox::SentLog log(store.get());
    QCOMPARE(log.records().size(), 1);
    store.reset();
    store = openStore(); // and opens again without migrating
    QVERIFY(store);
    QCOMPARE(store->messages().size(), states.size() + 1);
}

void StoreTest::failedMigrationLeavesVersion1Intact()
{
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    {
        // A version-1 file holding a table that version 2 wants to create: a step fails.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        const QList<QStringList> steps = Store::schemaSteps();
        for (const QString &statement : steps.at(0)) {
            QVERIFY(query.exec(statement));
        }
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE sent_log (x INTEGER)")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 1")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    Store store(path());
    const Store::OpenResult result = store.open();
    QCOMPARE(result.status, Store::OpenResult::Status::Failed);
    QVERIFY(QFile::exists(path()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        // The drafts table of the first step was rolled back with the rest.
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'drafts'")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
}

void StoreTest::twoConnectionsShareTheStore()
{
    // The GUI and a script: two stores on one file, interleaving writes, and claims that race.
    std::unique_ptr<Store> gui = openStore();
    std::unique_ptr<Store> script = openStore();
    QVERIFY(gui && script);
    QList<qint64> ids;
    for (int i = 0; i < 40; ++i) {
        Store *writer = i % 2 ? gui.get() : script.get();
        const std::optional<qint64> id = writer->enqueue(newMessage(QStringLiteral("m%1").arg(i)));
        QVERIFY(id);
        ids.append(*id);
    }
    QCOMPARE(gui->messages().size(), 40);
    QCOMPARE(script->messages().size(), 40);
    const qint64 before = gui->dataVersion();
    int claimedByGui = 0;
    int claimedByScript = 0;
    for (const qint64 id : std::as_const(ids)) {
        const bool first = script->claim(id);
        const bool second = gui->claim(id);
        QVERIFY(first != second || !first);
        claimedByScript += first;
        claimedByGui += second;
    }
    QCOMPARE(claimedByScript + claimedByGui, 40);
    QVERIFY(gui->dataVersion() != before); // the GUI notices the script's writes
}

void StoreTest::modelFollowsTheStore()
{
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    Outbox::OutboxModel model(store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    const qint64 first = *store->enqueue(newMessage(QStringLiteral("first")));
    const qint64 second = *store->enqueue(newMessage(QStringLiteral("second")));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, Outbox::OutboxModel::SubjectColumn).data().toString(), QStringLiteral("second"));
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(store->claim(first));
    QCOMPARE(model.index(0, 0).data(Outbox::OutboxModel::StateIdRole).toString(), QStringLiteral("sending"));
    QVERIFY(!dataChanged.isEmpty());
    model.setProgress(first, 50, 100);
    QCOMPARE(model.index(0, 0).data(Outbox::OutboxModel::ProgressRole).toInt(), 50);
    QVERIFY(store->markNeedsAttention(first,
                                      {QStringLiteral("550 5.1.1 no such user"), QStringLiteral("recipient-rejected"),
                                       QStringLiteral("The recipient's address was refused")}));
    QCOMPARE(model.index(0, Outbox::OutboxModel::LastErrorColumn).data().toString(),
             QStringLiteral("The recipient's address was refused"));
    QCOMPARE(model.index(0, 0).data(Outbox::OutboxModel::ProgressRole).toInt(), -1);
    QVERIFY(store->remove(first));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(Outbox::OutboxModel::MessageIdRole).toLongLong(), second);
}

void StoreTest::removeDeletesUnsharedBytes()
{
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    // Two envelopes of one message share its bytes; they stay until the last one goes.
    const Outbox::NewMessage message = newMessage(QStringLiteral("split"));
    const qint64 first = *store->enqueue(message);
    const qint64 second = *store->enqueue(message);
    QVERIFY(store->remove(first));
    QCOMPARE(store->messageBytes(second), std::optional<QByteArray>(message.bytes));
    QVERIFY(store->remove(second));
    QVERIFY(!store->message(second));
    QVERIFY(!store->remove(second));
}

void StoreTest::replaceSwapsAWaitingMessage_data()
{
    QTest::addColumn<Outbox::State>("state");
    QTest::addColumn<bool>("replaced");

    QTest::newRow("queued") << Outbox::State::Queued << true;
    QTest::newRow("waiting to retry") << Outbox::State::Retry << true;
    QTest::newRow("needs attention") << Outbox::State::NeedsAttention << true;
    QTest::newRow("being sent") << Outbox::State::Sending << false;
    QTest::newRow("sent") << Outbox::State::Sent << false;
    QTest::newRow("delivery unknown") << Outbox::State::DeliveryUnknown << false;
}

void StoreTest::replaceSwapsAWaitingMessage()
{
    QFETCH(Outbox::State, state);
    QFETCH(bool, replaced);
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    const Outbox::NewMessage original = newMessage(QStringLiteral("original"));
    const qint64 id = *store->enqueue(original);
    const Outbox::Failure failure{QStringLiteral("facts"), QStringLiteral("temporary"), QStringLiteral("title")};
    if (state != Outbox::State::Queued) {
        QVERIFY(store->claim(id));
    }
    switch (state) {
    case Outbox::State::Retry:
        QVERIFY(store->markRetry(id, m_now.addSecs(60), failure));
        break;
    case Outbox::State::NeedsAttention:
        QVERIFY(store->markNeedsAttention(id, failure));
        break;
    case Outbox::State::Sent:
        QVERIFY(store->markSent(id, QStringLiteral("250 ok")));
        break;
    case Outbox::State::DeliveryUnknown:
        QVERIFY(store->markDeliveryUnknown(id, failure));
        break;
    case Outbox::State::Queued:
    case Outbox::State::Sending:
        break;
    }
    Outbox::NewMessage edited = newMessage(QStringLiteral("edited"), {QStringLiteral("a@example.org")});
    Outbox::NewMessage secondEnvelope = edited;
    secondEnvelope.recipients = {QStringLiteral("b@example.org")};
    QSignalSpy changed(store.get(), &Store::changed);
    const std::optional<QList<qint64>> ids = store->replace(id, {edited, secondEnvelope});
    QCOMPARE(ids.has_value(), replaced);
    if (!replaced) {
        // Nothing changed: the old message is as it was, nothing new entered.
        QCOMPARE(store->message(id)->state, state);
        QCOMPARE(store->messages().size(), 1);
        QCOMPARE(store->messageBytes(id), std::optional<QByteArray>(original.bytes));
        QVERIFY(changed.isEmpty());
        return;
    }
    QCOMPARE(ids->size(), 2);
    QVERIFY(!store->message(id)); // gone in the transaction the new ones entered
    QCOMPARE(store->messages().size(), 2);
    for (const qint64 newId : *ids) {
        const Outbox::OutboxMessage message = *store->message(newId);
        QCOMPARE(message.state, Outbox::State::Queued);
        QCOMPARE(message.attempts, 0);
        QCOMPARE(message.subject, QStringLiteral("edited"));
        QCOMPARE(store->messageBytes(newId), std::optional<QByteArray>(edited.bytes));
        QVERIFY(store->dueMessages().size() == 2);
    }
    QCOMPARE(store->message(ids->at(1))->recipients, QStringList{QStringLiteral("b@example.org")});
    QCOMPARE(changed.count(), 1);
    // The old bytes went with the old message; replacing it again finds nothing.
    QVERIFY(!store->replace(id, {edited}));
    QCOMPARE(store->messages().size(), 2);
}

void StoreTest::markSentByUserOnlyForDeliveryUnknown()
{
    std::unique_ptr<Store> store = openStore();
    QVERIFY(store);
    const Outbox::Failure failure{QStringLiteral("lost after the final dot"), QStringLiteral("delivery-unknown"),
                                  QStringLiteral("title")};
    const qint64 queued = *store->enqueue(newMessage(QStringLiteral("queued")));
    QVERIFY(!store->markSentByUser(queued));
    const qint64 unknown = *store->enqueue(newMessage(QStringLiteral("unknown")));
    QVERIFY(store->claim(unknown));
    const QDateTime dot = m_now;
    QVERIFY(store->markFinalDotWritten(unknown));
    QVERIFY(store->markDeliveryUnknown(unknown, failure));
    m_now = m_now.addSecs(3600); // the user decides an hour later
    QVERIFY(store->markSentByUser(unknown));
    const Outbox::OutboxMessage sent = *store->message(unknown);
    QCOMPARE(sent.state, Outbox::State::Sent);
    QCOMPARE(sent.sentAt, dot);
    QVERIFY(sent.lastError.isEmpty());
    QVERIFY(!sent.serverReply.isEmpty());
    const QList<Outbox::SentRecord> records = Outbox::SentLog(store.get()).records();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().outboxId, unknown);
    QCOMPARE(records.first().sentAt, dot);
    QVERIFY(!store->markSentByUser(unknown)); // once
}

QTEST_GUILESS_MAIN(StoreTest)
#include "storetest.moc"
