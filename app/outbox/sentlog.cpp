// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/outbox/sentlog.h"

#include "app/logging.h"
#include "app/mime/messagereader.h"
#include "app/outbox/sqlitesupport.h"
#include "app/outbox/store.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>

namespace Outbox
{

namespace
{

// Keys of the settings file; only here.
const QString keyKeepDays = QStringLiteral("sentLog/keepDays");
const QString keyKeepFullMessages = QStringLiteral("sentLog/keepFullMessages");

const QString SelectColumns
    = QStringLiteral("SELECT id, outbox_id, account_id, header_from, reverse_path, recipients, subject, message_id, "
                     "size, server_reply, sent_at, content_sha256 IS NOT NULL FROM sent_log ");

SentRecord recordFrom(const QSqlQuery &query)
{
    SentRecord record;
    record.id = query.value(0).toLongLong();
    record.outboxId = query.value(1).toLongLong();
    record.accountId = query.value(2).toString();
    record.from = query.value(3).toString();
    record.reversePath = query.value(4).toString();
    const QJsonArray recipients = QJsonDocument::fromJson(query.value(5).toByteArray()).array();
    for (const QJsonValue &recipient : recipients) {
        record.recipients.append(recipient.toString());
    }
    record.subject = query.value(6).toString();
    record.messageId = query.value(7).toString();
    record.size = query.value(8).toLongLong();
    record.serverReply = query.value(9).toString();
    record.sentAt = Sqlite::timeFrom(query.value(10));
    record.hasFullMessage = query.value(11).toBool();
    return record;
}

// The header section only: the fields the log keeps are there, and a large message's
// attachments need not be looked at.
QByteArray headerSection(const QByteArray &message)
{
    qsizetype end = message.indexOf("\r\n\r\n");
    if (end < 0) {
        end = message.indexOf("\n\n");
    }
    return end < 0 ? message : message.first(end + 2);
}

} // namespace

SentLogPolicy SentLogPolicy::fromSettings(const QSettings &settings)
{
    SentLogPolicy policy;
    bool ok = false;
    const int days = settings.value(keyKeepDays, DefaultKeepDays).toInt(&ok);
    policy.keepDays = ok && days >= 0 ? days : DefaultKeepDays;
    policy.keepFullMessages = settings.value(keyKeepFullMessages, false).toBool();
    return policy;
}

void SentLogPolicy::write(QSettings &settings) const
{
    settings.setValue(keyKeepDays, keepDays);
    settings.setValue(keyKeepFullMessages, keepFullMessages);
}

SentLog::SentLog(Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    // Every markSent() (and a foreign change the dispatcher noticed) may have added a record.
    connect(store, &Store::changed, this, &SentLog::changed);
}

bool SentLog::append(QSqlDatabase &db, qint64 outboxId, const QString &serverReply, const QDateTime &sentAt,
                     bool keepFullMessage, QString *error)
{
    QSqlQuery message(db);
    message.prepare(QStringLiteral("SELECT m.account_id, m.reverse_path, m.recipients, m.subject, m.size, "
                                   "m.content_sha256, c.bytes FROM messages m JOIN contents c ON "
                                   "c.sha256 = m.content_sha256 WHERE m.id = ?"));
    message.addBindValue(outboxId);
    if (!message.exec() || !message.next()) {
        *error = message.lastError().isValid() ? message.lastError().text()
                                               : QStringLiteral("message %1 is not in the outbox").arg(outboxId);
        return false;
    }
    const Mime::MessageReader header = Mime::MessageReader::read(headerSection(message.value(6).toByteArray()));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO sent_log (outbox_id, account_id, header_from, reverse_path, recipients, "
                                  "subject, message_id, size, server_reply, sent_at, content_sha256) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(outboxId);
    insert.addBindValue(message.value(0).toString());
    insert.addBindValue(Sqlite::text(header.field("From")));
    insert.addBindValue(message.value(1).toString());
    insert.addBindValue(message.value(2).toString());
    insert.addBindValue(message.value(3).toString());
    insert.addBindValue(Sqlite::text(QString::fromLatin1(header.rawField("Message-ID").simplified())));
    insert.addBindValue(message.value(4).toLongLong());
    insert.addBindValue(Sqlite::text(serverReply));
    insert.addBindValue(sentAt.toMSecsSinceEpoch());
    // The bytes stay in contents, shared with the outbox row, so keeping them costs no copy.
    insert.addBindValue(keepFullMessage ? message.value(5) : QVariant(QMetaType(QMetaType::QByteArray)));
    if (!insert.exec()) {
        *error = insert.lastError().text();
        return false;
    }
    return true;
}

QList<SentRecord> SentLog::records() const
{
    QList<SentRecord> result;
    if (!m_store || !m_store->isOpen()) {
        return result;
    }
    QSqlQuery query(m_store->database());
    if (!query.exec(SelectColumns + QStringLiteral("ORDER BY sent_at DESC, id DESC"))) {
        m_error = query.lastError().text();
        return result;
    }
    while (query.next()) {
        result.append(recordFrom(query));
    }
    return result;
}

std::optional<SentRecord> SentLog::record(qint64 id) const
{
    if (!m_store || !m_store->isOpen()) {
        return std::nullopt;
    }
    QSqlQuery query(m_store->database());
    query.prepare(SelectColumns + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    return recordFrom(query);
}

std::optional<QByteArray> SentLog::fullMessage(qint64 id) const
{
    if (!m_store || !m_store->isOpen()) {
        return std::nullopt;
    }
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT c.sha256, c.bytes FROM sent_log s JOIN contents c ON c.sha256 = "
                                 "s.content_sha256 WHERE s.id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    const QByteArray bytes = query.value(1).toByteArray();
    if (QCryptographicHash::hash(bytes, QCryptographicHash::Sha256) != query.value(0).toByteArray()) {
        m_error = QStringLiteral("the kept bytes of sent message %1 no longer match their digest").arg(id);
        return std::nullopt;
    }
    return bytes;
}

int SentLog::prune()
{
    if (!m_store || !m_store->isOpen()) {
        m_error = QStringLiteral("the outbox is not open");
        return -1;
    }
    const SentLogPolicy policy = m_store->sentLogPolicy();
    if (policy.keepDays <= 0) {
        return 0;
    }
    QSqlDatabase db = m_store->database();
    Sqlite::WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        m_error = transaction.error();
        return -1;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM sent_log WHERE sent_at < ?"));
    query.addBindValue(m_store->now().addDays(-policy.keepDays).toMSecsSinceEpoch());
    if (!query.exec()) {
        m_error = query.lastError().text();
        return -1;
    }
    const int pruned = query.numRowsAffected();
    if (!Sqlite::deleteOrphanContents(db, &m_error) || !transaction.commit()) {
        return -1;
    }
    if (pruned > 0) {
        qCInfo(lcOutbox) << "pruned" << pruned << "sent log records older than" << policy.keepDays << "days";
        Q_EMIT changed();
    }
    return pruned;
}

} // namespace Outbox
