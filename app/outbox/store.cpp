// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/outbox/store.h"

#include "app/outbox/sentlog.h"
#include "app/outbox/sqlitesupport.h"

#include "app/diagnostics/category.h"
#include "app/diagnostics/explainer.h"
#include "app/diagnostics/smtperrorevidence.h"
#include "app/logging.h"
#include "app/smtp/error.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUuid>
#include <QVariant>

namespace Outbox
{

using Sqlite::timeFrom;
using Sqlite::WriteTransaction;

namespace
{

// SQLite result codes that mean "this file is not a sound database" (sqlite3.h).
constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADatabase = 26;

const QString SelectColumns = QStringLiteral(
    "SELECT id, account_id, reverse_path, recipients, subject, size, requirements, state, attempts, created_at, "
    "next_attempt_at, last_attempt_at, final_dot_at, sent_at, server_reply, last_error, error_category, error_title "
    "FROM messages ");

// The three failure columns (last_error, error_category, error_title), in that order.
void bindFailure(QSqlQuery &query, const Failure &failure)
{
    query.addBindValue(failure.facts);
    query.addBindValue(failure.category);
    query.addBindValue(failure.title);
}

OutboxMessage messageFrom(const QSqlQuery &query)
{
    OutboxMessage message;
    message.id = query.value(0).toLongLong();
    message.accountId = query.value(1).toString();
    message.reversePath = query.value(2).toString();
    const QJsonArray recipients = QJsonDocument::fromJson(query.value(3).toByteArray()).array();
    for (const QJsonValue &recipient : recipients) {
        message.recipients.append(recipient.toString());
    }
    message.subject = query.value(4).toString();
    message.size = query.value(5).toLongLong();
    message.requirements = Smtp::MessageSource::Requirements(query.value(6).toInt());
    message.state = stateFromId(query.value(7).toString()).value_or(State::NeedsAttention);
    message.attempts = query.value(8).toInt();
    message.createdAt = timeFrom(query.value(9));
    message.nextAttemptAt = timeFrom(query.value(10));
    message.lastAttemptAt = timeFrom(query.value(11));
    message.finalDotAt = timeFrom(query.value(12));
    message.sentAt = timeFrom(query.value(13));
    message.serverReply = query.value(14).toString();
    message.lastError = query.value(15).toString();
    message.errorCategory = query.value(16).toString();
    message.errorTitle = query.value(17).toString();
    return message;
}

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0; // extended codes carry the primary code in the low byte
}

// Applies the settings every connection to the outbox needs; false when one did not take.
bool configure(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    // WAL: readers (the GUI's list) never block the writer, and a commit is one append.
    // synchronous=FULL: in WAL mode NORMAL may lose the last commits on a power cut; the
    // final-dot mark must survive one, or a message could be sent twice.
    const QStringList pragmas{QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL"),
                              QStringLiteral("PRAGMA foreign_keys=ON")};
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma)) {
            *error = query.lastError().text();
            return false;
        }
    }
    if (query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next()
        && query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        *error = QStringLiteral("the database refused WAL mode (%1)").arg(query.value(0).toString());
        return false;
    }
    return true;
}

QString newConnectionName()
{
    return QStringLiteral("kurier-outbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Failure deliveryUnknownFailure(const QString &facts)
{
    const Smtp::Error error
        = Smtp::Error::local(Smtp::Error::Kind::DeliveryUnknown, Smtp::Phase::DataTermination, facts);
    const Diagnostics::Explanation explanation
        = Diagnostics::Explainer().explain(Diagnostics::evidenceFromSmtpError(error));
    return Failure{facts, Diagnostics::categoryId(explanation.category), explanation.title};
}

} // namespace

Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

Store::Store(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_connectionName(newConnectionName())
    , m_owner(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_clock(systemClock())
{
}

Store::~Store()
{
    closeConnection();
}

QString Store::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/kurier/outbox.sqlite");
}

void Store::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime Store::now() const
{
    return m_clock();
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Store::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

void Store::closeConnection()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = database();
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (m_ownerLock) {
        m_ownerLock->unlock();
        m_ownerLock.reset();
    }
}

bool Store::exec(QSqlQuery &query) const
{
    if (query.exec()) {
        return true;
    }
    m_error = query.lastError().text();
    qCWarning(lcOutbox) << "outbox query failed:" << m_error;
    return false;
}

QString Store::ownersDirectory() const
{
    return m_path + QStringLiteral(".owners");
}

Store::Problem Store::openConnection()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!db.open()) {
        m_error = db.lastError().text();
        const int code = sqliteCode(db.lastError());
        return code == SqliteCorrupt || code == SqliteNotADatabase ? Problem::Damaged : Problem::Other;
    }
    QString error;
    if (!configure(db, &error)) {
        m_error = error;
        QSqlQuery probe(db);
        // A file that is not a database fails its first statement with NOTADB.
        probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        const int code = sqliteCode(probe.lastError());
        return code == SqliteCorrupt || code == SqliteNotADatabase ? Problem::Damaged : Problem::Other;
    }
    return createOrCheckSchema();
}

Store::Problem Store::createOrCheckSchema()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    const auto failed = [this, &query] {
        m_error = query.lastError().text();
        const int code = sqliteCode(query.lastError());
        return code == SqliteCorrupt || code == SqliteNotADatabase ? Problem::Damaged : Problem::Other;
    };
    // quick_check reads every page: a damaged file is found now, not halfway through a send.
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        return failed();
    }
    QStringList verdict;
    while (query.next()) {
        verdict.append(query.value(0).toString());
    }
    if (verdict != QStringList{QStringLiteral("ok")}) {
        m_error = QStringLiteral("integrity check failed: %1").arg(verdict.join(QLatin1String("; ")).left(500));
        return Problem::Damaged;
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return failed();
    }
    const int version = query.value(0).toInt();
    if (version > SchemaVersion) {
        m_error = QStringLiteral("the outbox was written by a newer Kurier (schema %1, this one knows %2)")
                      .arg(version)
                      .arg(SchemaVersion);
        return Problem::Other;
    }
    if (version == SchemaVersion) {
        if (!query.exec(QStringLiteral("SELECT count(*) FROM messages")) || !query.next()) {
            return failed(); // a version stamp without the tables: not a sound outbox
        }
        return Problem::None;
    }
    if (version == 0) {
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next()) {
            return failed();
        }
        if (query.value(0).toInt() != 0) {
            m_error = QStringLiteral("the file holds tables but no outbox schema version");
            return Problem::Damaged;
        }
    }
    // Every step from the file's version to this one, and the new version stamp, in one
    // transaction: a crash or a failed step leaves the file as it was, readable by the Kurier
    // that wrote it.
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        m_error = transaction.error();
        return Problem::Other;
    }
    const QList<QStringList> steps = schemaSteps();
    for (int step = version; step < SchemaVersion; ++step) {
        for (const QString &statement : steps.at(step)) {
            if (!query.exec(statement)) {
                return failed();
            }
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion))) {
        return failed();
    }
    if (!transaction.commit()) {
        m_error = transaction.error();
        return Problem::Other;
    }
    if (version > 0) {
        qCInfo(lcOutbox) << "the outbox's schema was brought from version" << version << "to" << SchemaVersion;
    }
    return Problem::None;
}

QList<QStringList> Store::schemaSteps()
{
    // Times are milliseconds since 1970 UTC. Message bytes live in their own table, keyed by
    // their SHA-256: lists never read them, and a message split into several envelopes (or
    // queued twice) is stored once. Steps are never edited once released: a new version
    // appends one.
    const QStringList version1{
        QStringLiteral("CREATE TABLE contents (sha256 BLOB PRIMARY KEY, bytes BLOB NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE messages ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " account_id TEXT NOT NULL,"
                       " reverse_path TEXT NOT NULL,"
                       " recipients TEXT NOT NULL," // JSON array of bare addresses
                       " subject TEXT NOT NULL DEFAULT '',"
                       " size INTEGER NOT NULL,"
                       " requirements INTEGER NOT NULL DEFAULT 0,"
                       " content_sha256 BLOB NOT NULL REFERENCES contents(sha256),"
                       " state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'retry',"
                       "  'needs-attention', 'delivery-unknown')),"
                       " attempts INTEGER NOT NULL DEFAULT 0,"
                       " created_at INTEGER NOT NULL,"
                       " next_attempt_at INTEGER,"
                       " last_attempt_at INTEGER,"
                       " claimed_by TEXT,"
                       " final_dot_at INTEGER,"
                       " sent_at INTEGER,"
                       " server_reply TEXT,"
                       " last_error TEXT,"
                       " error_category TEXT,"
                       " error_title TEXT)"),
        QStringLiteral("CREATE INDEX messages_by_due_time ON messages (state, next_attempt_at)"),
        QStringLiteral("CREATE INDEX messages_by_content ON messages (content_sha256)"),
    };
    // Version 2: drafts (the composer's fields, attachments copied into contents) and the sent
    // log. A draft is "open" while a composer holds it (open_by: that store's owner token);
    // closed_cleanly is 0 until the user closed the composer with a decision, so a draft left
    // open by a process that died is known as interrupted. The sent log refers to the outbox
    // row by id only: removing a message from the outbox keeps its record.
    const QStringList version2{
        QStringLiteral("CREATE TABLE drafts ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " account_id TEXT NOT NULL DEFAULT '',"
                       " to_field TEXT NOT NULL DEFAULT '',"
                       " cc_field TEXT NOT NULL DEFAULT '',"
                       " bcc_field TEXT NOT NULL DEFAULT '',"
                       " subject TEXT NOT NULL DEFAULT '',"
                       " body TEXT NOT NULL DEFAULT '',"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL,"
                       " open_by TEXT,"
                       " closed_cleanly INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE draft_attachments ("
                       " draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " file_name TEXT NOT NULL,"
                       " mime_type TEXT NOT NULL DEFAULT '',"
                       " source_path TEXT NOT NULL DEFAULT '',"
                       " size INTEGER NOT NULL,"
                       " content_sha256 BLOB NOT NULL REFERENCES contents(sha256),"
                       " PRIMARY KEY (draft_id, position))"),
        QStringLiteral("CREATE INDEX draft_attachments_by_content ON draft_attachments (content_sha256)"),
        // The files of the drafts folder of earlier versions that were imported, so each is imported once.
        QStringLiteral("CREATE TABLE draft_imports (file_name TEXT PRIMARY KEY, imported_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE sent_log ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " outbox_id INTEGER,"
                       " account_id TEXT NOT NULL,"
                       " header_from TEXT NOT NULL DEFAULT '',"
                       " reverse_path TEXT NOT NULL DEFAULT '',"
                       " recipients TEXT NOT NULL," // JSON array of bare addresses (the envelope)
                       " subject TEXT NOT NULL DEFAULT '',"
                       " message_id TEXT NOT NULL DEFAULT '',"
                       " size INTEGER NOT NULL,"
                       " server_reply TEXT NOT NULL DEFAULT '',"
                       " sent_at INTEGER NOT NULL,"
                       " content_sha256 BLOB REFERENCES contents(sha256))"), // only when full messages are kept
        QStringLiteral("CREATE INDEX sent_log_by_time ON sent_log (sent_at)"),
        QStringLiteral("CREATE INDEX sent_log_by_content ON sent_log (content_sha256)"),
    };
    return {version1, version2};
}

QString Store::keepAside()
{
    const QString suffix
        = QStringLiteral(".damaged-") + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString target = m_path + suffix;
    if (!QFile::rename(m_path, target)) {
        return {};
    }
    // The journal files belong to the damaged file; a fresh database must not replay them.
    for (const QString &companion : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(m_path + companion)) {
            QFile::rename(m_path + companion, target + companion);
        }
    }
    return target;
}

bool Store::prepareOwnerLock()
{
    if (!QDir().mkpath(ownersDirectory())) {
        m_error = QStringLiteral("cannot create %1").arg(ownersDirectory());
        return false;
    }
    m_ownerLock = std::make_unique<QLockFile>(ownersDirectory() + QLatin1Char('/') + m_owner + QStringLiteral(".lock"));
    m_ownerLock->setStaleLockTime(0);
    if (!m_ownerLock->tryLock(0)) {
        m_error = QStringLiteral("cannot lock %1").arg(m_ownerLock->fileName());
        m_ownerLock.reset();
        return false;
    }
    return true;
}

Store::OpenResult Store::open()
{
    OpenResult result;
    closeConnection();
    const QFileInfo file(m_path);
    if (!QDir().mkpath(file.absolutePath())) {
        result.error = tr("The outbox could not be opened: the folder %1 cannot be created.").arg(file.absolutePath());
        return result;
    }
    const bool existed = file.exists();
    Problem problem = openConnection();
    if (problem == Problem::Damaged && existed) {
        const QString reason = m_error;
        closeConnection();
        result.keptAsidePath = keepAside();
        if (result.keptAsidePath.isEmpty()) {
            result.error = tr("The outbox %1 is damaged (%2) and could not be moved aside, so Kurier did not touch "
                              "it; move it away yourself to start a new one.")
                               .arg(m_path, reason);
            return result;
        }
        qCWarning(lcOutbox) << "the outbox was damaged (" << reason << "); kept at" << result.keptAsidePath;
        result.error = tr("The outbox was damaged (%1), so Kurier kept it at %2 and started a new, empty one. "
                          "Messages that were waiting in it were not sent; the kept file can be examined or "
                          "restored by hand.")
                           .arg(reason, result.keptAsidePath);
        problem = openConnection();
        if (problem == Problem::None) {
            result.status = OpenResult::Status::ReplacedDamaged;
        }
    }
    if (problem != Problem::None) {
        result.status = OpenResult::Status::Failed;
        result.error = tr("The outbox %1 could not be opened: %2").arg(m_path, m_error);
        closeConnection();
        return result;
    }
    if (!prepareOwnerLock()) {
        result.status = OpenResult::Status::Failed;
        result.error = tr("The outbox %1 could not be opened: %2").arg(m_path, m_error);
        closeConnection();
        return result;
    }
    if (result.status != OpenResult::Status::ReplacedDamaged) {
        result.status = existed ? OpenResult::Status::Opened : OpenResult::Status::Created;
    }
    int unknown = 0;
    result.requeued = recoverAbandoned(&unknown);
    result.markedUnknown = unknown;
    return result;
}

bool Store::ownerIsRunning(const QString &owner) const
{
    if (owner == m_owner) {
        return true;
    }
    if (owner.isEmpty() || owner.contains(QLatin1Char('/')) || owner.contains(QLatin1Char('.'))) {
        return false; // not a token any store writes
    }
    // The owner holds this lock for as long as its store is open; QLockFile calls it stale
    // when the process is gone (or its pid now belongs to another program).
    QLockFile lock(ownersDirectory() + QLatin1Char('/') + owner + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) {
        lock.unlock();
        return false;
    }
    return true;
}

int Store::recoverAbandoned(int *markedUnknown)
{
    if (markedUnknown) {
        *markedUnknown = 0;
    }
    QSqlDatabase db = database();
    QSqlQuery owners(db);
    owners.prepare(QStringLiteral("SELECT DISTINCT ifnull(claimed_by, '') FROM messages WHERE state = 'sending' AND "
                                  "ifnull(claimed_by, '') != ?"));
    owners.addBindValue(m_owner);
    if (!exec(owners)) {
        return 0;
    }
    QStringList abandoned;
    while (owners.next()) {
        const QString owner = owners.value(0).toString();
        if (owner.isEmpty() || owner.contains(QLatin1Char('/')) || owner.contains(QLatin1Char('.'))) {
            abandoned.append(owner); // not a token any store writes: nobody can be sending it
            continue;
        }
        // The owner holds this lock for as long as its store is open; QLockFile calls it stale
        // when the process is gone (or its pid now belongs to another program).
        QLockFile lock(ownersDirectory() + QLatin1Char('/') + owner + QStringLiteral(".lock"));
        lock.setStaleLockTime(0);
        if (lock.tryLock(0)) {
            abandoned.append(owner);
            lock.unlock();
        }
    }
    owners.finish();
    int requeued = 0;
    for (const QString &owner : std::as_const(abandoned)) {
        WriteTransaction transaction(db);
        if (!transaction.isActive()) {
            m_error = transaction.error();
            return requeued;
        }
        const Failure unknown = deliveryUnknownFailure(
            QStringLiteral("Kurier stopped after writing the final dot, before the server's reply was read"));
        QSqlQuery toUnknown(db);
        toUnknown.prepare(QStringLiteral("UPDATE messages SET state = 'delivery-unknown', claimed_by = NULL, "
                                         "next_attempt_at = NULL, last_error = ?, error_category = ?, error_title = ? "
                                         "WHERE state = 'sending' AND ifnull(claimed_by, '') = ? "
                                         "AND final_dot_at IS NOT NULL"));
        toUnknown.addBindValue(unknown.facts);
        toUnknown.addBindValue(unknown.category);
        toUnknown.addBindValue(unknown.title);
        toUnknown.addBindValue(owner);
        QSqlQuery toQueued(db);
        toQueued.prepare(QStringLiteral("UPDATE messages SET state = 'queued', claimed_by = NULL, next_attempt_at = ?, "
                                        "last_error = ? WHERE state = 'sending' AND ifnull(claimed_by, '') = ? "
                                        "AND final_dot_at IS NULL"));
        toQueued.addBindValue(now().toMSecsSinceEpoch());
        toQueued.addBindValue(QStringLiteral("Kurier stopped while sending, before the final dot"));
        toQueued.addBindValue(owner);
        if (!exec(toUnknown) || !exec(toQueued) || !transaction.commit()) {
            return requeued;
        }
        requeued += toQueued.numRowsAffected();
        if (markedUnknown) {
            *markedUnknown += toUnknown.numRowsAffected();
        }
        if (toQueued.numRowsAffected() + toUnknown.numRowsAffected() > 0) {
            qCInfo(lcOutbox) << "recovered the messages of a stopped sender:" << toQueued.numRowsAffected()
                             << "queued again," << toUnknown.numRowsAffected() << "delivery unknown";
            Q_EMIT changed(0);
        }
        QFile::remove(ownersDirectory() + QLatin1Char('/') + owner + QStringLiteral(".lock"));
    }
    return requeued;
}

bool Store::requireOpen()
{
    if (!isOpen()) {
        m_error = QStringLiteral("the outbox is not open");
        return false;
    }
    return true;
}

std::optional<qint64> Store::enqueue(const NewMessage &message)
{
    if (!requireOpen()) {
        return std::nullopt;
    }
    if (message.recipients.isEmpty()) {
        m_error = QStringLiteral("a message without recipients cannot be queued");
        return std::nullopt;
    }
    QSqlDatabase db = database();
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        m_error = transaction.error();
        return std::nullopt;
    }
    const std::optional<qint64> id = insertQueued(db, message);
    if (!id) {
        return std::nullopt;
    }
    if (!transaction.commit()) {
        m_error = transaction.error();
        return std::nullopt;
    }
    qCDebug(lcOutbox) << "queued message" << *id << "for account" << message.accountId << "," << message.bytes.size()
                      << "bytes";
    Q_EMIT changed(*id);
    return id;
}

std::optional<qint64> Store::insertQueued(QSqlDatabase &db, const NewMessage &message)
{
    const QByteArray digest = QCryptographicHash::hash(message.bytes, QCryptographicHash::Sha256);
    QSqlQuery content(db);
    content.prepare(QStringLiteral("INSERT OR IGNORE INTO contents (sha256, bytes) VALUES (?, ?)"));
    content.addBindValue(digest);
    content.addBindValue(message.bytes);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO messages (account_id, reverse_path, recipients, subject, size, "
                                  "requirements, content_sha256, state, created_at, next_attempt_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?)"));
    const qint64 created = now().toMSecsSinceEpoch();
    // A null QString binds as SQL NULL, which the NOT NULL columns refuse: bind "" instead.
    const auto text = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value; };
    insert.addBindValue(text(message.accountId));
    insert.addBindValue(text(message.reversePath));
    insert.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(message.recipients)).toJson(QJsonDocument::Compact)));
    insert.addBindValue(text(message.subject));
    insert.addBindValue(qint64(message.bytes.size()));
    insert.addBindValue(int(message.requirements.toInt()));
    insert.addBindValue(digest);
    insert.addBindValue(created);
    insert.addBindValue(created);
    if (!exec(content) || !exec(insert)) {
        return std::nullopt;
    }
    return insert.lastInsertId().toLongLong();
}

std::optional<QList<qint64>> Store::replace(qint64 id, const QList<NewMessage> &parts)
{
    return replace(QList<qint64>{id}, parts);
}

QList<qint64> Store::envelopesOf(qint64 id) const
{
    QList<qint64> ids;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT s.id FROM messages m JOIN messages s ON s.content_sha256 = m.content_sha256 "
                                 "AND s.account_id = m.account_id WHERE m.id = ? ORDER BY s.id"));
    query.addBindValue(id);
    if (!exec(query)) {
        return ids;
    }
    while (query.next()) {
        ids.append(query.value(0).toLongLong());
    }
    return ids;
}

std::optional<QList<qint64>> Store::replace(const QList<qint64> &oldIds, const QList<NewMessage> &parts)
{
    if (!requireOpen()) {
        return std::nullopt;
    }
    if (parts.isEmpty()) {
        m_error = QStringLiteral("a message without recipients cannot be queued");
        return std::nullopt;
    }
    for (const NewMessage &part : parts) {
        if (part.recipients.isEmpty()) {
            m_error = QStringLiteral("a message without recipients cannot be queued");
            return std::nullopt;
        }
    }
    QSqlDatabase db = database();
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        m_error = transaction.error();
        return std::nullopt;
    }
    for (const qint64 id : oldIds) {
        QSqlQuery remove(db);
        remove.prepare(
            QStringLiteral("DELETE FROM messages WHERE state IN ('queued', 'retry', 'needs-attention') AND id = ?"));
        remove.addBindValue(id);
        if (!exec(remove)) {
            return std::nullopt;
        }
        if (remove.numRowsAffected() != 1) {
            m_error
                = QStringLiteral("message %1 is no longer waiting in the outbox (being sent, sent or removed)").arg(id);
            return std::nullopt; // rolled back: every old message stays
        }
    }
    QList<qint64> ids;
    for (const NewMessage &part : parts) {
        const std::optional<qint64> newId = insertQueued(db, part);
        if (!newId) {
            return std::nullopt; // rolled back: the old message stays
        }
        ids.append(*newId);
    }
    if (!Sqlite::deleteOrphanContents(db, &m_error) || !transaction.commit()) {
        if (m_error.isEmpty()) {
            m_error = transaction.error();
        }
        return std::nullopt;
    }
    qCDebug(lcOutbox) << "messages" << oldIds << "replaced by their edited version" << ids;
    Q_EMIT changed(0);
    return ids;
}

bool Store::markSentByUser(qint64 id)
{
    if (!requireOpen()) {
        return false;
    }
    QSqlDatabase db = database();
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        m_error = transaction.error();
        return false;
    }
    // The server's reply was never read; the user says the message arrived, so it was
    // accepted when its final dot went out (or, without that mark, at its last attempt).
    const QString reply = QStringLiteral("no reply was read; marked as sent by the user");
    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT coalesce(final_dot_at, last_attempt_at) FROM messages "
                                "WHERE state = 'delivery-unknown' AND id = ?"));
    find.addBindValue(id);
    if (!exec(find)) {
        return false;
    }
    if (!find.next()) {
        m_error = QStringLiteral("message %1 is not in a state this change applies to").arg(id);
        return false;
    }
    const QDateTime sentAt = find.value(0).isNull() ? now() : timeFrom(find.value(0));
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE messages SET state = 'sent', claimed_by = NULL, sent_at = ?, "
                                  "server_reply = ?, next_attempt_at = NULL, last_error = NULL, "
                                  "error_category = NULL, error_title = NULL WHERE state = 'delivery-unknown' "
                                  "AND id = ?"));
    update.addBindValue(sentAt.toMSecsSinceEpoch());
    update.addBindValue(reply);
    update.addBindValue(id);
    if (!exec(update)) {
        return false;
    }
    if (!SentLog::append(db, id, reply, sentAt, m_sentLogPolicy.keepFullMessages, &m_error) || !transaction.commit()) {
        if (m_error.isEmpty()) {
            m_error = transaction.error();
        }
        return false;
    }
    Q_EMIT changed(id);
    return true;
}

QList<OutboxMessage> Store::messages() const
{
    QList<OutboxMessage> result;
    QSqlQuery query(database());
    query.prepare(SelectColumns + QStringLiteral("ORDER BY id"));
    if (!exec(query)) {
        return result;
    }
    while (query.next()) {
        result.append(messageFrom(query));
    }
    return result;
}

std::optional<OutboxMessage> Store::message(qint64 id) const
{
    QSqlQuery query(database());
    query.prepare(SelectColumns + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    if (!exec(query) || !query.next()) {
        return std::nullopt;
    }
    return messageFrom(query);
}

std::optional<QByteArray> Store::messageBytes(qint64 id) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT c.sha256, c.bytes FROM messages m JOIN contents c ON c.sha256 = "
                                 "m.content_sha256 WHERE m.id = ?"));
    query.addBindValue(id);
    if (!exec(query) || !query.next()) {
        return std::nullopt;
    }
    const QByteArray bytes = query.value(1).toByteArray();
    if (QCryptographicHash::hash(bytes, QCryptographicHash::Sha256) != query.value(0).toByteArray()) {
        m_error = QStringLiteral("the stored bytes of message %1 no longer match their digest").arg(id);
        return std::nullopt;
    }
    return bytes;
}

QList<OutboxMessage> Store::dueMessages(int limit) const
{
    QList<OutboxMessage> result;
    QSqlQuery query(database());
    query.prepare(SelectColumns
                  + QStringLiteral("WHERE state IN ('queued', 'retry') AND ifnull(next_attempt_at, 0) <= ? "
                                   "ORDER BY ifnull(next_attempt_at, 0), id LIMIT ?"));
    query.addBindValue(now().toMSecsSinceEpoch());
    query.addBindValue(limit);
    if (!exec(query)) {
        return result;
    }
    while (query.next()) {
        result.append(messageFrom(query));
    }
    return result;
}

std::optional<QDateTime> Store::nextAttemptTime() const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "SELECT min(next_attempt_at) FROM messages WHERE state IN ('queued', 'retry') AND next_attempt_at > ?"));
    query.addBindValue(now().toMSecsSinceEpoch());
    if (!exec(query) || !query.next() || query.value(0).isNull()) {
        return std::nullopt;
    }
    return timeFrom(query.value(0));
}

qint64 Store::dataVersion() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

bool Store::transition(qint64 id, const QString &sql, const std::function<void(QSqlQuery &)> &bind)
{
    if (!requireOpen()) {
        return false;
    }
    // One statement is one transaction in SQLite (autocommit), so each transition is atomic
    // and its WHERE clause decides, under the write lock, whether it applies.
    QSqlQuery query(database());
    query.prepare(sql);
    bind(query);
    query.addBindValue(id);
    if (!exec(query)) {
        return false;
    }
    if (query.numRowsAffected() != 1) {
        m_error = QStringLiteral("message %1 is not in a state this change applies to").arg(id);
        return false;
    }
    Q_EMIT changed(id);
    return true;
}

bool Store::claim(qint64 id)
{
    const qint64 time = now().toMSecsSinceEpoch();
    return transition(id,
                      QStringLiteral("UPDATE messages SET state = 'sending', claimed_by = ?, attempts = attempts + 1, "
                                     "last_attempt_at = ?, final_dot_at = NULL WHERE state IN ('queued', 'retry') "
                                     "AND ifnull(next_attempt_at, 0) <= ? AND id = ?"),
                      [this, time](QSqlQuery &query) {
                          query.addBindValue(m_owner);
                          query.addBindValue(time);
                          query.addBindValue(time);
                      });
}

bool Store::markFinalDotWritten(qint64 id)
{
    const qint64 time = now().toMSecsSinceEpoch();
    return transition(
        id,
        QStringLiteral("UPDATE messages SET final_dot_at = ? WHERE state = 'sending' AND claimed_by = ? AND id = ?"),
        [this, time](QSqlQuery &query) {
            query.addBindValue(time);
            query.addBindValue(m_owner);
        });
}

bool Store::markFinalDotWritten(const QString &path, qint64 id, const QString &owner)
{
    const QString name = newConnectionName();
    bool marked = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        QString error;
        if (db.open() && configure(db, &error)) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral(
                "UPDATE messages SET final_dot_at = ? WHERE state = 'sending' AND claimed_by = ? AND id = ?"));
            query.addBindValue(QDateTime::currentMSecsSinceEpoch());
            query.addBindValue(owner);
            query.addBindValue(id);
            marked = query.exec() && query.numRowsAffected() == 1;
            if (!marked) {
                error = query.lastError().text();
            }
        }
        if (!marked) {
            qCWarning(lcOutbox) << "could not record the final dot of message" << id << ":"
                                << (error.isEmpty() ? db.lastError().text() : error);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return marked;
}

bool Store::markSent(qint64 id, const QString &serverReply)
{
    if (!requireOpen()) {
        return false;
    }
    const QDateTime time = now();
    QSqlDatabase db = database();
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        m_error = transaction.error();
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE messages SET state = 'sent', claimed_by = NULL, sent_at = ?, "
                                 "server_reply = ?, next_attempt_at = NULL, last_error = NULL, "
                                 "error_category = NULL, error_title = NULL WHERE state = 'sending' AND id = ?"));
    query.addBindValue(time.toMSecsSinceEpoch());
    query.addBindValue(serverReply);
    query.addBindValue(id);
    if (!exec(query)) {
        return false;
    }
    if (query.numRowsAffected() != 1) {
        m_error = QStringLiteral("message %1 is not in a state this change applies to").arg(id);
        return false;
    }
    if (!SentLog::append(db, id, serverReply, time, m_sentLogPolicy.keepFullMessages, &m_error)
        || !transaction.commit()) {
        if (m_error.isEmpty()) {
            m_error = transaction.error();
        }
        qCWarning(lcOutbox) << "could not record message" << id << "as sent:" << m_error;
        return false;
    }
    Q_EMIT changed(id);
    return true;
}

bool Store::markRetry(qint64 id, const QDateTime &nextAttempt, const Failure &failure)
{
    return transition(id,
                      QStringLiteral("UPDATE messages SET state = 'retry', claimed_by = NULL, final_dot_at = NULL, "
                                     "next_attempt_at = ?, last_error = ?, error_category = ?, error_title = ? "
                                     "WHERE state = 'sending' AND id = ?"),
                      [nextAttempt, failure](QSqlQuery &query) {
                          query.addBindValue(nextAttempt.toMSecsSinceEpoch());
                          bindFailure(query, failure);
                      });
}

bool Store::markNeedsAttention(qint64 id, const Failure &failure)
{
    return transition(id,
                      QStringLiteral("UPDATE messages SET state = 'needs-attention', claimed_by = NULL, "
                                     "next_attempt_at = NULL, last_error = ?, error_category = ?, error_title = ? "
                                     "WHERE state = 'sending' AND id = ?"),
                      [failure](QSqlQuery &query) { bindFailure(query, failure); });
}

bool Store::markDeliveryUnknown(qint64 id, const Failure &failure)
{
    return transition(id,
                      QStringLiteral("UPDATE messages SET state = 'delivery-unknown', claimed_by = NULL, "
                                     "next_attempt_at = NULL, last_error = ?, error_category = ?, error_title = ? "
                                     "WHERE state = 'sending' AND id = ?"),
                      [failure](QSqlQuery &query) { bindFailure(query, failure); });
}

bool Store::release(qint64 id, const QDateTime &nextAttempt)
{
    return transition(id,
                      QStringLiteral("UPDATE messages SET state = 'queued', claimed_by = NULL, final_dot_at = NULL, "
                                     "attempts = max(attempts - 1, 0), next_attempt_at = ? "
                                     "WHERE state = 'sending' AND final_dot_at IS NULL AND id = ?"),
                      [nextAttempt](QSqlQuery &query) { query.addBindValue(nextAttempt.toMSecsSinceEpoch()); });
}

bool Store::requeue(qint64 id)
{
    const qint64 time = now().toMSecsSinceEpoch();
    return transition(id,
                      QStringLiteral("UPDATE messages SET state = 'queued', claimed_by = NULL, final_dot_at = NULL, "
                                     "next_attempt_at = ? WHERE state IN ('queued', 'retry', 'needs-attention', "
                                     "'delivery-unknown') AND id = ?"),
                      [time](QSqlQuery &query) { query.addBindValue(time); });
}

int Store::retryNow()
{
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("UPDATE messages SET next_attempt_at = ? WHERE state = 'retry' AND next_attempt_at > ?"));
    const qint64 time = now().toMSecsSinceEpoch();
    query.addBindValue(time);
    query.addBindValue(time);
    if (!exec(query)) {
        return 0;
    }
    const int count = query.numRowsAffected();
    if (count > 0) {
        Q_EMIT changed(0);
    }
    return count;
}

bool Store::remove(qint64 id)
{
    if (!requireOpen()) {
        return false;
    }
    QSqlDatabase db = database();
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        m_error = transaction.error();
        return false;
    }
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM messages WHERE state != 'sending' AND id = ?"));
    remove.addBindValue(id);
    if (!exec(remove)) {
        return false;
    }
    if (remove.numRowsAffected() != 1) {
        m_error = QStringLiteral("message %1 is not in the outbox or is being sent").arg(id);
        return false;
    }
    if (!Sqlite::deleteOrphanContents(db, &m_error) || !transaction.commit()) {
        return false;
    }
    Q_EMIT changed(id);
    return true;
}

} // namespace Outbox
