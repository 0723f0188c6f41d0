// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/outbox/outboxmessage.h"
#include "app/outbox/sentlog.h"

#include <QDateTime>
#include <QList>
#include <QLockFile>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase;
class QSqlQuery;

namespace Outbox
{

// The time as the outbox sees it; tests inject a fixed or stepping clock.
using Clock = std::function<QDateTime()>;
Clock systemClock();

// Why a transmission failed, as stored with the message: the raw facts (untranslated) and
// the explainer's category id and translated title, so lists need no second explanation.
struct Failure {
    QString facts;
    QString category; // Diagnostics::categoryId(), e.g. "temporary"
    QString title;
};

// The durable outbox: an SQLite database (Qt's QSQLITE driver) in WAL mode with synchronous
// FULL, so every committed transition survives a crash or a power cut, and a busy timeout,
// so the GUI and a `kurier send --queue` started by a script can use it at the same time.
// Every state transition is one transaction, and a transition only happens from the states
// it is meant for (a claim fails when another process got the message first).
//
// Crash safety: a process claims a message (Sending) under its own owner token, and holds a
// lock file for that token while the store is open. Whoever opens the store (and the
// dispatcher on every wake-up) returns the Sending messages of owners whose lock is stale
// (the process died): to Queued when the final dot was never recorded, to DeliveryUnknown
// when it was, because the server may then have the message. The final dot is recorded
// durably before it is written (see markFinalDotWritten()).
//
// A damaged or unreadable database file is never deleted: open() moves it aside (with its
// -wal and -shm files) under a ".damaged-<time>" name, says so, and starts a fresh store.
//
// The schema carries a version (PRAGMA user_version); open() brings an older file up to date
// in one transaction (see schemaSteps()) and refuses a newer one. Besides the outbox the
// database holds the drafts (DraftStore) and the sent log (SentLog).
//
// A Store and its connection belong to the thread that created it. changed() reports
// changes made through this object; dataVersion() reveals changes made by other processes.
class Store : public QObject
{
    Q_OBJECT
public:
    static constexpr int SchemaVersion = 2;
    static constexpr int BusyTimeoutMs = 10000;

    struct OpenResult {
        enum class Status {
            Opened, // an existing store
            Created, // there was none
            ReplacedDamaged, // the old file was damaged, kept aside at keptAsidePath; a fresh store is open
            Failed, // nothing is open; error says why
        };
        Status status = Status::Failed;
        QString error; // translated, one or two sentences; empty when Opened or Created
        QString keptAsidePath;
        int requeued = 0; // abandoned Sending messages put back in the queue
        int markedUnknown = 0; // abandoned after their final dot: now DeliveryUnknown

        bool ok() const { return status != Status::Failed; }
    };

    explicit Store(QString path, QObject *parent = nullptr);
    ~Store() override;

    // <XDG_DATA_HOME>/kurier/outbox.sqlite, through QStandardPaths (the generic data
    // location, so the GUI, the command line and tests agree whatever the application name).
    static QString defaultPath();

    OpenResult open();
    bool isOpen() const;
    QString path() const { return m_path; }
    // The last database failure, untranslated (for logs and the command line's facts).
    QString errorString() const { return m_error; }
    // This store's owner token, recorded with the messages it claims.
    QString owner() const { return m_owner; }

    void setClock(Clock clock);
    QDateTime now() const;

    // What markSent() records in the sent log; set before sending.
    void setSentLogPolicy(const SentLogPolicy &policy) { m_sentLogPolicy = policy; }
    SentLogPolicy sentLogPolicy() const { return m_sentLogPolicy; }

    // The statements that bring the schema from version i to i + 1 (index 0 creates version 1).
    static QList<QStringList> schemaSteps();
    // Whether the store with this owner token is open in a running process (this one included).
    bool ownerIsRunning(const QString &owner) const;

    // Writes the message and its bytes in one transaction, Queued and due at once; nullopt
    // (see errorString()) when nothing was written.
    std::optional<qint64> enqueue(const NewMessage &message);

    QList<OutboxMessage> messages() const; // oldest first
    std::optional<OutboxMessage> message(qint64 id) const;
    // The exact bytes, checked against the digest taken at enqueue; nullopt if gone or damaged.
    std::optional<QByteArray> messageBytes(qint64 id) const;
    // Queued and Retry messages whose time has come, oldest first.
    QList<OutboxMessage> dueMessages(int limit = 100) const;
    // The earliest future attempt time of a Queued or Retry message, if any.
    std::optional<QDateTime> nextAttemptTime() const;
    // Changes whenever another connection (another process) committed something.
    qint64 dataVersion() const;

    // Transitions. Each returns false when the message is not in a state it applies to.
    bool claim(qint64 id); // Queued|Retry (due) → Sending, attempts + 1, owned by this store
    bool markFinalDotWritten(qint64 id); // Sending: the final dot is about to be written
    // Sending → Sent, and the sent log's record, in one transaction.
    bool markSent(qint64 id, const QString &serverReply);
    bool markRetry(qint64 id, const QDateTime &nextAttempt, const Failure &failure); // Sending → Retry
    bool markNeedsAttention(qint64 id, const Failure &failure); // Sending → NeedsAttention
    bool markDeliveryUnknown(qint64 id, const Failure &failure); // Sending → DeliveryUnknown
    // Sending → Queued, nothing having reached the server (cancelled, or no secret yet); the
    // attempt is not counted.
    bool release(qint64 id, const QDateTime &nextAttempt);
    // "Send now": Queued|Retry|NeedsAttention|DeliveryUnknown → Queued, due now. For a
    // DeliveryUnknown message this is the user's decision to risk a duplicate.
    bool requeue(qint64 id);
    // "It arrived": DeliveryUnknown → Sent on the user's word, with its sent log record, in one
    // transaction. Its sent time is when its final dot was written.
    bool markSentByUser(qint64 id);
    // "Edit": the edited version (its envelopes, as the dispatcher split them) takes the place
    // of a waiting message (Queued|Retry|NeedsAttention) in one transaction: the old row leaves
    // as the new ones enter, or nothing changes. Returns the new ids; nullopt when the old
    // message is no longer waiting (being sent, sent, removed) or on a database failure.
    std::optional<QList<qint64>> replace(qint64 id, const QList<NewMessage> &parts);
    // The same for every envelope of one message at once (see envelopesOf()).
    std::optional<QList<qint64>> replace(const QList<qint64> &oldIds, const QList<NewMessage> &parts);
    // The envelopes a message was split into (the same bytes for the same account), this one
    // included, oldest first; a message composed once has a unique Message-ID, so equal bytes
    // mean envelopes of one message.
    QList<qint64> envelopesOf(qint64 id) const;
    // The network is back: every Retry message is due now. Returns how many.
    int retryNow();
    // Removes a message that is not being sent (the user's decision); its bytes go with it.
    bool remove(qint64 id);
    // Returns abandoned Sending messages (their owner process is gone); see the class comment.
    int recoverAbandoned(int *markedUnknown = nullptr);

    // For the worker thread: records the final dot through a connection of its own (a Store
    // belongs to one thread), so the mark is on disk before the dot leaves.
    static bool markFinalDotWritten(const QString &path, qint64 id, const QString &owner);

Q_SIGNALS:
    void changed(qint64 id); // 0 when several messages changed

private:
    friend class SentLog;
    friend class DraftStore;

    enum class Problem { None, Damaged, Other };

    Problem openConnection();
    // False (with the error set) when the store is not open, so a write can stop at once.
    bool requireOpen();
    Problem createOrCheckSchema();
    bool prepareOwnerLock();
    QString keepAside();
    void closeConnection();
    QSqlDatabase database() const;
    bool exec(QSqlQuery &query) const;
    // Inserts a Queued message and its bytes inside the caller's write transaction.
    std::optional<qint64> insertQueued(QSqlDatabase &db, const NewMessage &message);
    bool transition(qint64 id, const QString &sql, const std::function<void(QSqlQuery &)> &bind);
    QString ownersDirectory() const;

    QString m_path;
    QString m_connectionName;
    QString m_owner;
    std::unique_ptr<QLockFile> m_ownerLock;
    Clock m_clock;
    SentLogPolicy m_sentLogPolicy;
    mutable QString m_error;
};

} // namespace Outbox
