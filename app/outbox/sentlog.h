// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;
class QSqlDatabase;

namespace Outbox
{

class Store;

// What the sent log keeps, from the settings file ([sentLog] keepDays, keepFullMessages).
struct SentLogPolicy {
    static constexpr int DefaultKeepDays = 90;

    int keepDays = DefaultKeepDays; // records older than this are pruned; 0 keeps them for ever
    bool keepFullMessages = false; // also keep each message's exact bytes (off: headers and size only)

    static SentLogPolicy fromSettings(const QSettings &settings);
    void write(QSettings &settings) const;
};

// One message the server accepted, as recorded when the outbox marked it sent.
struct SentRecord {
    qint64 id = 0;
    qint64 outboxId = 0; // the outbox message it was (which may be gone since)
    QString accountId;
    QString from; // the From field as written, encoded words decoded
    QString reversePath; // MAIL FROM
    QStringList recipients; // RCPT TO
    QString subject;
    QString messageId; // the Message-ID field, angle brackets included
    qint64 size = 0;
    QString serverReply; // the server's acceptance line(s)
    QDateTime sentAt;
    bool hasFullMessage = false;
};

// The local record of what was sent, in the outbox's database (table sent_log). Records are
// written by Store::markSent() in the same transaction that marks the message sent, so there
// is never a sent message without its record or a record of a message still queued. Read-only
// apart from pruning. Lives in the thread of its Store.
class SentLog : public QObject
{
    Q_OBJECT
public:
    explicit SentLog(Store *store, QObject *parent = nullptr);

    QList<SentRecord> records() const; // newest first
    std::optional<SentRecord> record(qint64 id) const;
    // The exact bytes sent, when they were kept; nullopt otherwise (or when damaged).
    std::optional<QByteArray> fullMessage(qint64 id) const;
    // Deletes the records older than the store's policy allows (by the store's clock), with
    // the kept messages nothing else refers to. Returns how many records went; -1 on failure.
    int prune();
    QString errorString() const { return m_error; }

    // For Store::markSent(): records outbox message outboxId, which must be in the database,
    // inside the caller's transaction.
    static bool append(QSqlDatabase &db, qint64 outboxId, const QString &serverReply, const QDateTime &sentAt,
                       bool keepFullMessage, QString *error);

Q_SIGNALS:
    void changed();

private:
    QPointer<Store> m_store;
    mutable QString m_error;
};

} // namespace Outbox
