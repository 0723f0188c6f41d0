// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Outbox::SentLog: the record written in the transaction that marks a message sent (headers,
// size, the server's reply, optionally the exact bytes), pruning by age with an injected
// clock, and the read-only model the main window shows.

#include "app/outbox/sentlog.h"
#include "app/outbox/sentlogmodel.h"
#include "app/outbox/store.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Outbox::SentLog;
using Outbox::Store;

namespace
{

Outbox::NewMessage newMessage(const QString &subject)
{
    Outbox::NewMessage message;
    message.accountId = QStringLiteral("ola");
    message.reversePath = QStringLiteral("ola@example.org");
    message.recipients = {QStringLiteral("bob@example.org"), QStringLiteral("ewa@example.org")};
    message.subject = subject;
    message.bytes = "From: =?UTF-8?Q?Ola_Kowalska?= <ola@example.org>\r\nTo: bob@example.org\r\n"
                    "Message-ID: <"
        + subject.toUtf8() + ".1@example.org>\r\nSubject: " + subject.toUtf8() + "\r\n\r\nHello.\r\n";
    return message;
}

} // namespace

class SentLogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void recordsWhatTheServerAccepted_data();
    void recordsWhatTheServerAccepted();
    void noRecordWithoutTheSentTransition();
    void prunesByAge_data();
    void prunesByAge();
    void policyComesFromTheSettings_data();
    void policyComesFromTheSettings();
    void modelShowsNewestFirst();

private:
    qint64 sendOne(const QString &subject, const QString &reply = QStringLiteral("250 2.0.0 Ok: queued as 4XyZ"));

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    QDateTime m_now;
};

void SentLogTest::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_now = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
    m_store = std::make_unique<Store>(m_dir->filePath(QStringLiteral("outbox.sqlite")));
    m_store->setClock([this] { return m_now; });
    QVERIFY(m_store->open().ok());
}

void SentLogTest::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

qint64 SentLogTest::sendOne(const QString &subject, const QString &reply)
{
    const std::optional<qint64> id = m_store->enqueue(newMessage(subject));
    if (!id || !m_store->claim(*id) || !m_store->markSent(*id, reply)) {
        return 0;
    }
    return *id;
}

void SentLogTest::recordsWhatTheServerAccepted_data()
{
    QTest::addColumn<bool>("keepFullMessages");
    QTest::newRow("headers only (the default)") << false;
    QTest::newRow("with the full message") << true;
}

void SentLogTest::recordsWhatTheServerAccepted()
{
    QFETCH(bool, keepFullMessages);
    Outbox::SentLogPolicy policy;
    policy.keepFullMessages = keepFullMessages;
    m_store->setSentLogPolicy(policy);
    SentLog log(m_store.get());
    QSignalSpy changed(&log, &SentLog::changed);
    const Outbox::NewMessage message = newMessage(QStringLiteral("Raport"));
    const qint64 id = sendOne(QStringLiteral("Raport"));
    QVERIFY(id != 0);
    QVERIFY(changed.count() >= 1);
    const QList<Outbox::SentRecord> records = log.records();
    QCOMPARE(records.size(), 1);
    const Outbox::SentRecord &record = records.first();
    QCOMPARE(record.outboxId, id);
    QCOMPARE(record.accountId, QStringLiteral("ola"));
    QCOMPARE(record.from, QStringLiteral("Ola Kowalska <ola@example.org>"));
    QCOMPARE(record.reversePath, QStringLiteral("ola@example.org"));
    QCOMPARE(record.recipients, message.recipients);
    QCOMPARE(record.subject, QStringLiteral("Raport"));
    QCOMPARE(record.messageId, QStringLiteral("<Raport.1@example.org>"));
    QCOMPARE(record.size, qint64(message.bytes.size()));
    QCOMPARE(record.serverReply, QStringLiteral("250 2.0.0 Ok: queued as 4XyZ"));
    QCOMPARE(record.sentAt, m_now);
    QCOMPARE(record.hasFullMessage, keepFullMessages);
    QCOMPARE(log.fullMessage(record.id).has_value(), keepFullMessages);
    if (keepFullMessages) {
        QCOMPARE(*log.fullMessage(record.id), message.bytes);
        // The kept bytes outlive the outbox row.
        QVERIFY(m_store->remove(id));
        QCOMPARE(*log.fullMessage(record.id), message.bytes);
    }
    QCOMPARE(m_store->message(id) ? m_store->message(id)->state : Outbox::State::Sent, Outbox::State::Sent);
}

void SentLogTest::noRecordWithoutTheSentTransition()
{
    SentLog log(m_store.get());
    const std::optional<qint64> id = m_store->enqueue(newMessage(QStringLiteral("Czeka")));
    QVERIFY(id);
    // Not being sent: the transition does not apply, and nothing is recorded.
    QVERIFY(!m_store->markSent(*id, QStringLiteral("250 Ok")));
    QVERIFY(log.records().isEmpty());
    QCOMPARE(m_store->message(*id)->state, Outbox::State::Queued);
}

void SentLogTest::prunesByAge_data()
{
    QTest::addColumn<int>("keepDays");
    QTest::addColumn<QList<int>>("ageInDays");
    QTest::addColumn<int>("expectedLeft");
    QTest::newRow("default 90 days") << 90 << QList<int>{200, 91, 89, 0} << 2;
    QTest::newRow("a week") << 7 << QList<int>{30, 8, 6} << 1;
    QTest::newRow("0 keeps for ever") << 0 << QList<int>{3650, 1} << 2;
}

void SentLogTest::prunesByAge()
{
    QFETCH(int, keepDays);
    QFETCH(QList<int>, ageInDays);
    QFETCH(int, expectedLeft);
    Outbox::SentLogPolicy policy;
    policy.keepDays = keepDays;
    policy.keepFullMessages = true;
    m_store->setSentLogPolicy(policy);
    SentLog log(m_store.get());
    const QDateTime today = m_now;
    QList<qint64> outboxIds;
    for (const int age : std::as_const(ageInDays)) {
        m_now = today.addDays(-age);
        const qint64 id = sendOne(QStringLiteral("age-%1").arg(age));
        QVERIFY(id != 0);
        outboxIds.append(id);
    }
    // The outbox rows go; only the log refers to the kept bytes now.
    for (const qint64 id : std::as_const(outboxIds)) {
        QVERIFY(m_store->remove(id));
    }
    m_now = today;
    QCOMPARE(log.prune(), int(ageInDays.size()) - expectedLeft);
    const QList<Outbox::SentRecord> left = log.records();
    QCOMPARE(left.size(), expectedLeft);
    for (const Outbox::SentRecord &record : left) {
        QVERIFY(keepDays == 0 || record.sentAt >= today.addDays(-keepDays));
        QVERIFY(log.fullMessage(record.id));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
    {
        db.setDatabaseName(m_store->path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM contents")) && query.next());
        QCOMPARE(query.value(0).toInt(), expectedLeft); // the pruned messages' bytes are gone
        db.close();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    QCOMPARE(log.prune(), 0);
}

void SentLogTest::policyComesFromTheSettings_data()
{
    QTest::addColumn<QString>("ini");
    QTest::addColumn<int>("keepDays");
    QTest::addColumn<bool>("keepFull");
    QTest::newRow("nothing set") << QString() << 90 << false;
    QTest::newRow("both set") << QStringLiteral("[sentLog]\nkeepDays=30\nkeepFullMessages=true\n") << 30 << true;
    QTest::newRow("nonsense days") << QStringLiteral("[sentLog]\nkeepDays=-4\n") << 90 << false;
}

void SentLogTest::policyComesFromTheSettings()
{
    QFETCH(QString, ini);
    QFETCH(int, keepDays);
    QFETCH(bool, keepFull);
    const QString path = m_dir->filePath(QStringLiteral("kurier.ini"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ini.toUtf8());
    file.close();
    const Outbox::SentLogPolicy policy = Outbox::SentLogPolicy::fromSettings(QSettings(path, QSettings::IniFormat));
    QCOMPARE(policy.keepDays, keepDays);
    QCOMPARE(policy.keepFullMessages, keepFull);
}

void SentLogTest::modelShowsNewestFirst()
{
    SentLog log(m_store.get());
    Outbox::SentLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(sendOne(QStringLiteral("pierwsza")));
    m_now = m_now.addSecs(60);
    QVERIFY(sendOne(QStringLiteral("druga")));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, Outbox::SentLogModel::SubjectColumn).data().toString(), QStringLiteral("druga"));
    QCOMPARE(model.index(1, Outbox::SentLogModel::SubjectColumn).data().toString(), QStringLiteral("pierwsza"));
    QCOMPARE(model.index(0, 0).data(Outbox::SentLogModel::MessageIdRole).toString(),
             QStringLiteral("<druga.1@example.org>"));
    QVERIFY(model.index(0, Outbox::SentLogModel::RecipientsColumn)
                .data()
                .toString()
                .contains(QStringLiteral("ewa@example.org")));
}

QTEST_GUILESS_MAIN(SentLogTest)
#include "sentlogtest.moc"
