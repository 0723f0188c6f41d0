// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/outbox/sqlitesupport.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Outbox::Sqlite
{

WriteTransaction::WriteTransaction(const QSqlDatabase &db)
    : m_db(db)
{
    QSqlQuery query(m_db);
    m_active = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active) {
        m_error = query.lastError().text();
    }
}

WriteTransaction::~WriteTransaction()
{
    if (m_active) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

bool WriteTransaction::commit()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        m_error = query.lastError().text();
        return false;
    }
    m_active = false;
    return true;
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

bool deleteOrphanContents(QSqlDatabase &db, QString *error)
{
    // NOT IN over a column with NULLs is never true, so the optional reference is filtered.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "DELETE FROM contents WHERE sha256 NOT IN (SELECT content_sha256 FROM messages) "
            "AND sha256 NOT IN (SELECT content_sha256 FROM draft_attachments) "
            "AND sha256 NOT IN (SELECT content_sha256 FROM sent_log WHERE content_sha256 IS NOT NULL)"))) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace Outbox::Sqlite
