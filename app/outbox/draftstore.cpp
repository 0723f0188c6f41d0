// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/outbox/draftstore.h"

#include "app/logging.h"
#include "app/mime/addressparser.h"
#include "app/mime/messagereader.h"
#include "app/outbox/sqlitesupport.h"
#include "app/outbox/store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace Outbox
{

namespace
{

// Bounds for the one-time import: a drafts folder is small; anything beyond is not a draft.
constexpr int MaxImportedFiles = 10000;
constexpr qint64 MaxImportedFileSize = 256 * 1024 * 1024;

const QString SelectColumns
    = QStringLiteral("SELECT id, account_id, to_field, cc_field, bcc_field, subject, body, created_at, updated_at, "
                     "closed_cleanly, ifnull(open_by, '') FROM drafts ");

Draft draftFrom(const QSqlQuery &query)
{
    Draft draft;
    draft.id = query.value(0).toLongLong();
    draft.accountId = query.value(1).toString();
    draft.to = query.value(2).toString();
    draft.cc = query.value(3).toString();
    draft.bcc = query.value(4).toString();
    draft.subject = query.value(5).toString();
    draft.body = query.value(6).toString();
    draft.createdAt = Sqlite::timeFrom(query.value(7));
    draft.updatedAt = Sqlite::timeFrom(query.value(8));
    draft.closedCleanly = query.value(9).toBool();
    draft.openBy = query.value(10).toString();
    return draft;
}

bool run(QSqlQuery &query, QString *error)
{
    if (query.exec()) {
        return true;
    }
    *error = query.lastError().text();
    return false;
}

// Writes the draft row and its attachments inside the caller's transaction.
bool write(QSqlDatabase &db, Draft &draft, DraftStore::SaveState state, const QString &owner, const QDateTime &now,
           QString *error)
{
    const bool open = state == DraftStore::SaveState::Open;
    QSqlQuery row(db);
    if (draft.id == 0) {
        row.prepare(QStringLiteral("INSERT INTO drafts (account_id, to_field, cc_field, bcc_field, subject, body, "
                                   "updated_at, open_by, closed_cleanly, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                                   "?, ?)"));
    } else {
        row.prepare(QStringLiteral("UPDATE drafts SET account_id = ?, to_field = ?, cc_field = ?, bcc_field = ?, "
                                   "subject = ?, body = ?, updated_at = ?, open_by = ?, closed_cleanly = ? "
                                   "WHERE id = ?"));
    }
    for (const QString &value : {draft.accountId, draft.to, draft.cc, draft.bcc, draft.subject, draft.body}) {
        row.addBindValue(Sqlite::text(value));
    }
    row.addBindValue(now.toMSecsSinceEpoch());
    row.addBindValue(open ? QVariant(owner) : QVariant(QMetaType(QMetaType::QString)));
    row.addBindValue(open ? 0 : 1);
    row.addBindValue(draft.id == 0 ? Sqlite::timeValue(draft.createdAt.isValid() ? draft.createdAt : now)
                                   : QVariant(draft.id));
    if (!run(row, error)) {
        return false;
    }
    if (draft.id == 0) {
        draft.id = row.lastInsertId().toLongLong();
    } else if (row.numRowsAffected() != 1) {
        *error = QStringLiteral("draft %1 is not in the store any more").arg(draft.id);
        return false;
    }
    QSqlQuery clear(db);
    clear.prepare(QStringLiteral("DELETE FROM draft_attachments WHERE draft_id = ?"));
    clear.addBindValue(draft.id);
    if (!run(clear, error)) {
        return false;
    }
    for (qsizetype position = 0; position < draft.attachments.size(); ++position) {
        DraftAttachment &attachment = draft.attachments[position];
        if (attachment.sha256.isEmpty() || !attachment.bytes.isEmpty()) {
            attachment.sha256 = QCryptographicHash::hash(attachment.bytes, QCryptographicHash::Sha256);
            attachment.size = attachment.bytes.size();
            QSqlQuery content(db);
            content.prepare(QStringLiteral("INSERT OR IGNORE INTO contents (sha256, bytes) VALUES (?, ?)"));
            content.addBindValue(attachment.sha256);
            content.addBindValue(attachment.bytes);
            if (!run(content, error)) {
                return false;
            }
        }
        // A digest without bytes must name a stored copy; the foreign key refuses any other.
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO draft_attachments (draft_id, position, file_name, mime_type, "
                                      "source_path, size, content_sha256) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(draft.id);
        insert.addBindValue(int(position));
        insert.addBindValue(Sqlite::text(attachment.fileName));
        insert.addBindValue(Sqlite::text(QString::fromLatin1(attachment.mimeType)));
        insert.addBindValue(Sqlite::text(attachment.sourcePath));
        insert.addBindValue(attachment.size);
        insert.addBindValue(attachment.sha256);
        if (!run(insert, error)) {
            return false;
        }
    }
    return Sqlite::deleteOrphanContents(db, error);
}

} // namespace

bool Draft::isEmpty() const
{
    return to.trimmed().isEmpty() && cc.trimmed().isEmpty() && bcc.trimmed().isEmpty() && subject.trimmed().isEmpty()
        && body.trimmed().isEmpty() && attachments.isEmpty();
}

DraftStore::DraftStore(Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

std::optional<qint64> DraftStore::save(Draft &draft, SaveState state)
{
    if (!m_store || !m_store->isOpen()) {
        m_error = QStringLiteral("the outbox is not open");
        return std::nullopt;
    }
    QSqlDatabase db = m_store->database();
    Sqlite::WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        m_error = transaction.error();
        return std::nullopt;
    }
    Draft written = draft;
    if (!write(db, written, state, m_store->owner(), m_store->now(), &m_error)) {
        qCWarning(lcOutbox) << "could not save a draft:" << m_error;
        return std::nullopt;
    }
    if (!transaction.commit()) {
        m_error = transaction.error();
        return std::nullopt;
    }
    draft.id = written.id;
    for (qsizetype i = 0; i < draft.attachments.size(); ++i) {
        draft.attachments[i].sha256 = written.attachments.at(i).sha256;
        draft.attachments[i].size = written.attachments.at(i).size;
        draft.attachments[i].bytes.clear();
    }
    Q_EMIT changed(draft.id);
    return draft.id;
}

bool DraftStore::reopen(qint64 id)
{
    if (!m_store || !m_store->isOpen()) {
        m_error = QStringLiteral("the outbox is not open");
        return false;
    }
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("UPDATE drafts SET open_by = ?, closed_cleanly = 0 WHERE id = ?"));
    query.addBindValue(m_store->owner());
    query.addBindValue(id);
    if (!run(query, &m_error) || query.numRowsAffected() != 1) {
        return false;
    }
    Q_EMIT changed(id);
    return true;
}

bool DraftStore::markClosed(qint64 id)
{
    if (!m_store || !m_store->isOpen()) {
        m_error = QStringLiteral("the outbox is not open");
        return false;
    }
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("UPDATE drafts SET open_by = NULL, closed_cleanly = 1 WHERE id = ?"));
    query.addBindValue(id);
    if (!run(query, &m_error) || query.numRowsAffected() != 1) {
        return false;
    }
    Q_EMIT changed(id);
    return true;
}

QList<Draft> DraftStore::select(const QString &where, const QVariantList &values) const
{
    QList<Draft> result;
    if (!m_store || !m_store->isOpen()) {
        return result;
    }
    QSqlDatabase db = m_store->database();
    QSqlQuery query(db);
    query.prepare(SelectColumns + where);
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!run(query, &m_error)) {
        return result;
    }
    QHash<qint64, qsizetype> index;
    while (query.next()) {
        index.insert(query.value(0).toLongLong(), result.size());
        result.append(draftFrom(query));
    }
    QSqlQuery files(db);
    if (!files.exec(QStringLiteral("SELECT draft_id, file_name, mime_type, source_path, size, content_sha256 FROM "
                                   "draft_attachments ORDER BY draft_id, position"))) {
        m_error = files.lastError().text();
        return result;
    }
    while (files.next()) {
        const auto it = index.constFind(files.value(0).toLongLong());
        if (it == index.cend()) {
            continue;
        }
        DraftAttachment attachment;
        attachment.fileName = files.value(1).toString();
        attachment.mimeType = files.value(2).toString().toLatin1();
        attachment.sourcePath = files.value(3).toString();
        attachment.size = files.value(4).toLongLong();
        attachment.sha256 = files.value(5).toByteArray();
        result[*it].attachments.append(attachment);
    }
    return result;
}

QList<Draft> DraftStore::drafts() const
{
    return select(QStringLiteral("ORDER BY updated_at DESC, id DESC"), {});
}

std::optional<Draft> DraftStore::draft(qint64 id) const
{
    QList<Draft> found = select(QStringLiteral("WHERE id = ?"), {id});
    if (found.isEmpty()) {
        m_error = QStringLiteral("draft %1 is not in the store").arg(id);
        return std::nullopt;
    }
    Draft draft = found.takeFirst();
    QSqlQuery bytes(m_store->database());
    bytes.prepare(QStringLiteral("SELECT c.bytes FROM draft_attachments a JOIN contents c ON c.sha256 = "
                                 "a.content_sha256 WHERE a.draft_id = ? ORDER BY a.position"));
    bytes.addBindValue(id);
    if (!run(bytes, &m_error)) {
        return std::nullopt;
    }
    for (DraftAttachment &attachment : draft.attachments) {
        if (!bytes.next()) {
            m_error = QStringLiteral("an attachment of draft %1 is missing").arg(id);
            return std::nullopt;
        }
        attachment.bytes = bytes.value(0).toByteArray();
        if (QCryptographicHash::hash(attachment.bytes, QCryptographicHash::Sha256) != attachment.sha256) {
            m_error = QStringLiteral("the copy of %1 in draft %2 no longer matches its digest")
                          .arg(attachment.fileName)
                          .arg(id);
            return std::nullopt;
        }
    }
    return draft;
}

QList<Draft> DraftStore::interruptedDrafts() const
{
    QList<Draft> result;
    for (const Draft &draft : select(QStringLiteral("WHERE closed_cleanly = 0 ORDER BY updated_at, id"), {})) {
        if (!m_store->ownerIsRunning(draft.openBy)) {
            result.append(draft);
        }
    }
    return result;
}

bool DraftStore::remove(qint64 id)
{
    if (!m_store || !m_store->isOpen()) {
        m_error = QStringLiteral("the outbox is not open");
        return false;
    }
    QSqlDatabase db = m_store->database();
    Sqlite::WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        m_error = transaction.error();
        return false;
    }
    QSqlQuery files(db);
    files.prepare(QStringLiteral("DELETE FROM draft_attachments WHERE draft_id = ?"));
    files.addBindValue(id);
    QSqlQuery row(db);
    row.prepare(QStringLiteral("DELETE FROM drafts WHERE id = ?"));
    row.addBindValue(id);
    if (!run(files, &m_error) || !run(row, &m_error)) {
        return false;
    }
    if (row.numRowsAffected() != 1) {
        m_error = QStringLiteral("draft %1 is not in the store").arg(id);
        return false;
    }
    if (!Sqlite::deleteOrphanContents(db, &m_error) || !transaction.commit()) {
        return false;
    }
    Q_EMIT changed(id);
    return true;
}

int DraftStore::importEmlDrafts(const QString &directory,
                                const std::function<QString(const QString &address)> &accountFor)
{
    if (!m_store || !m_store->isOpen()) {
        m_error = QStringLiteral("the outbox is not open");
        return 0;
    }
    const QFileInfoList files
        = QDir(directory).entryInfoList({QStringLiteral("*.eml")}, QDir::Files | QDir::Readable, QDir::Name);
    QSqlDatabase db = m_store->database();
    int imported = 0;
    for (qsizetype i = 0; i < files.size() && i < MaxImportedFiles; ++i) {
        const QFileInfo &file = files.at(i);
        QSqlQuery seen(db);
        seen.prepare(QStringLiteral("SELECT 1 FROM draft_imports WHERE file_name = ?"));
        seen.addBindValue(file.fileName());
        if (!run(seen, &m_error)) {
            return imported;
        }
        if (seen.next()) {
            continue;
        }
        seen.finish();
        QFile input(file.absoluteFilePath());
        if (file.size() > MaxImportedFileSize || !input.open(QIODevice::ReadOnly)) {
            qCWarning(lcOutbox) << "not importing the draft" << file.absoluteFilePath() << input.errorString();
            continue;
        }
        const Mime::MessageReader message = Mime::MessageReader::read(input.readAll());
        Draft draft;
        const QList<Mime::Mailbox> from
            = Mime::mailboxesOf(Mime::AddressParser::parseList(message.field("From")).addresses);
        draft.accountId = from.isEmpty() || !accountFor ? QString() : accountFor(from.first().address());
        draft.to = message.field("To");
        draft.cc = message.field("Cc");
        // The composer of earlier versions kept Bcc in a field of its own, since Bcc is never written.
        draft.bcc = message.field("X-Kurier-Draft-Bcc");
        draft.subject = message.field("Subject");
        draft.body = message.plainText();
        draft.createdAt = file.lastModified().toUTC();
        int unnamed = 0;
        for (const Mime::MessageReader::File &part : message.files()) {
            DraftAttachment attachment;
            attachment.fileName
                = part.fileName.isEmpty() ? QStringLiteral("attachment-%1").arg(++unnamed) : part.fileName;
            attachment.mimeType = part.mimeType;
            attachment.bytes = part.data;
            draft.attachments.append(attachment);
        }
        Sqlite::WriteTransaction transaction(db);
        if (!transaction.isActive()) {
            m_error = transaction.error();
            return imported;
        }
        QSqlQuery mark(db);
        mark.prepare(QStringLiteral("INSERT INTO draft_imports (file_name, imported_at) VALUES (?, ?)"));
        mark.addBindValue(file.fileName());
        mark.addBindValue(m_store->now().toMSecsSinceEpoch());
        if (!write(db, draft, SaveState::ClosedCleanly, m_store->owner(), m_store->now(), &m_error)
            || !run(mark, &m_error) || !transaction.commit()) {
            qCWarning(lcOutbox) << "could not import the draft" << file.absoluteFilePath() << ":" << m_error;
            return imported;
        }
        ++imported;
    }
    if (imported > 0) {
        qCInfo(lcOutbox) << "imported" << imported << "drafts from" << directory;
        Q_EMIT changed(0);
    }
    return imported;
}

} // namespace Outbox
