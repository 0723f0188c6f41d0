// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

// What the outbox's tables (messages, drafts, sent log) share about talking to SQLite. Internal
// to app/outbox.
namespace Outbox::Sqlite
{

// One transaction that takes the write lock at once (BEGIN IMMEDIATE), so two processes
// never both read and then fail to upgrade; rolled back unless committed.
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

// Times are stored as milliseconds since 1970 UTC; NULL is an invalid QDateTime.
QDateTime timeFrom(const QVariant &value);
QVariant timeValue(const QDateTime &time);

// A null QString binds as SQL NULL, which NOT NULL columns refuse.
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// Deletes the message bytes and attachment copies nothing refers to any more (no outbox
// message, draft attachment or kept sent message). Run inside the caller's transaction.
bool deleteOrphanContents(QSqlDatabase &db, QString *error);

} // namespace Outbox::Sqlite
