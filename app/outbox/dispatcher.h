// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/accounts/account.h"
#include "app/accounts/credentialslookup.h"
#include "app/outbox/outboxmessage.h"
#include "app/outbox/retrypolicy.h"
#include "app/outbox/store.h"
#include "app/outbox/throttle.h"
#include "app/smtp/credentials.h"
#include "app/smtp/sendresult.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace Accounts
{
class AccountStore;
struct Account;
} // namespace Accounts
namespace Secrets
{
class SecretStore;
}
namespace Smtp
{
class Worker;
}

namespace Outbox
{

// Sends what is due in the outbox through the SMTP worker and records every outcome in the
// store. It lives in the thread of its Store (the GUI's or the command line's main thread);
// the Worker may live in its own thread and is reached by queued calls only.
//
// One pass (wakeUp()) returns abandoned messages of dead processes (Store::recoverAbandoned),
// then claims due messages, account by account, within each account's throttle and at most
// MaxInFlightPerAccount at a time, gets the account's credentials from the
// Accounts::CredentialsLookup (kept in memory only until the dispatcher is idle again, never
// written anywhere) and submits. Without credentials:
//   no password (an "ask me each time" account) → Retry with "waiting for the password", not
//                                 before PasswordWait; the lookup is asked to request the
//                                 password, and when it is provided the account's waiting
//                                 messages are due at once
//   keychain locked or absent, token endpoint unreachable → Retry by the RetryPolicy
//   sign-in needed (revoked refresh token) → NeedsAttention, explained as "sign in again"
// An OAuth access token the server refuses is refreshed once and the message submitted again
// before anything is recorded; a session password the server refuses is forgotten and asked
// for again. Results:
//   sent                        → Sent, with the server's acceptance line
//   temporary failure           → Retry at RetryPolicy::nextAttempt(), or NeedsAttention
//                                 once the policy gives up; offline, refused connections and
//                                 unknown hosts count as temporary here (the network may be down),
//                                 unknown hosts only a few times unless offline (see RetryPolicy)
//   permanent failure           → NeedsAttention, with the Diagnostics::Explainer's category and title
//   lost after the final dot    → DeliveryUnknown (never resent automatically)
//   cancelled before the dot    → Queued again, the attempt not counted
// Then a single-shot QTimer is set for the next due time or throttle slot. There are no
// sleeps and no nested event loops. When QNetworkInformation reports the network back,
// waiting retries become due at once. A light poll of the database's data_version notices
// messages queued by other processes (`kurier send --queue`).
//
// Request ids given to the worker are the message id with RequestIdTag set, so they never
// collide with direct sends through the same worker.
class Dispatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxInFlightPerAccount = 2; // one sending, one ready on the same connection
    static constexpr quint64 RequestIdTag = quint64(1) << 62;
    // How long a message waits for a password nobody provides before it is tried (and the
    // password asked for) again.
    static constexpr std::chrono::hours PasswordWait{24};

    // None of the pointers is owned; all must outlive the dispatcher. The store must be open.
    Dispatcher(Store *store, Accounts::AccountStore *accounts, Secrets::SecretStore *secrets, Smtp::Worker *worker,
               QObject *parent = nullptr);
    ~Dispatcher() override;

    void setRetryPolicy(const RetryPolicy &policy);
    // Shares one lookup (and so this session's passwords and the one password prompt) with the
    // other senders; without it the dispatcher has its own on the secret store it was given.
    // Not owned; must outlive the dispatcher.
    void setCredentialsLookup(Accounts::CredentialsLookup *lookup);
    // Each account's throttle follows its settings (Account::sendingLimits, re-read when the
    // account store changes) unless overridden here. Limits for one account win over limits for
    // every account, which win over the settings; a messages-per-minute override (`kurier
    // outbox flush --per-minute N`) replaces only that one number of the settings.
    void setThrottleLimits(const ThrottleLimits &limits);
    void setThrottleLimits(const QString &accountId, const ThrottleLimits &limits);
    void setMessagesPerMinuteOverride(std::optional<int> messagesPerMinute);
    // The limits the dispatcher applies to this account now.
    ThrottleLimits limitsFor(const QString &accountId) const;
    // Source of jitter, uniform in [0, 1); tests make it deterministic.
    void setRandomSource(std::function<double()> random);
    // How often other processes' changes are looked for (0 turns the poll off).
    void setPollInterval(std::chrono::milliseconds interval);
    // Whether to follow QNetworkInformation (on by default; off in tests that drive
    // networkAvailable() themselves).
    void setFollowNetworkReachability(bool follow);

    // Begins work: the first pass runs from the event loop, never inside this call.
    void start();

    // Queues a message, split into several envelopes when it has more recipients than the
    // account's recipientsPerMessage (same bytes, stored once), and wakes up. Returns the
    // new ids; nullopt (see Store::errorString()) when nothing was queued.
    std::optional<QList<qint64>> enqueue(const NewMessage &message);
    // "Send now" for one message (also the user's decision to resend a DeliveryUnknown one).
    bool sendNow(qint64 id);
    // Every waiting retry becomes due now (what `kurier outbox flush` and "Send all now" do).
    void sendAllNow();
    // Removes a message that is not being sent.
    bool remove(qint64 id);
    // "It arrived": the user says a DeliveryUnknown message reached its recipients.
    bool markSentByUser(qint64 id);

    // "Edit". hold() keeps a waiting message (Queued, Retry, NeedsAttention), with the other
    // waiting envelopes it was split into, from being started by this dispatcher while the user
    // edits it; false when it is not waiting (being sent, sent, delivery unknown, gone). The
    // hold lives in memory only: a `kurier outbox flush` in another process may still send the
    // message, which replace() then reports.
    bool hold(qint64 id);
    void releaseHold(qint64 id);
    bool isHeld(qint64 id) const { return m_held.contains(id); }
    // The edited version takes the place of the old message and its other waiting envelopes in
    // one transaction (split into envelopes by the account's recipient limit, like enqueue()),
    // and the hold ends. Returns the new ids;
    // nullopt (see Store::errorString()) when the old message is no longer waiting.
    std::optional<QList<qint64>> replace(qint64 id, const NewMessage &edited);

    Store *store() const { return m_store; }
    // The message waits for a password the user has been asked for and not yet answered.
    bool isWaitingForPassword(qint64 id) const;
    bool isIdle() const; // nothing in flight and nothing due that could start now
    int inFlight() const { return int(m_flights.size()); }
    QDateTime nextWakeUp() const; // invalid when nothing is scheduled

public Q_SLOTS:
    // One pass; also what the timer and the poll call.
    void wakeUp();
    // The network came back (QNetworkInformation, or a test): retries are due now.
    void networkAvailable();
    void networkLost();

Q_SIGNALS:
    void messageStarted(qint64 id);
    void progress(qint64 id, qint64 bytesSent, qint64 bytesTotal);
    void messageFinished(qint64 id, Outbox::State state);
    // After a pass that left nothing in flight and nothing startable now.
    void idle();

private:
    struct Flight {
        qint64 messageId = 0;
        QString accountId;
        QString host;
        quint16 port = 0;
        QDateTime firstQueued;
        int attempts = 0;
        OutboxMessage message;
        Smtp::Credentials credentials;
        Accounts::CredentialsResult::Source credentialsSource = Accounts::CredentialsResult::Source::NotNeeded;
        bool tokenRefreshed = false; // the one refresh after a refused token is spent
    };

    void wakeSoon();
    void scheduleWakeUp();
    void startMessage(const OutboxMessage &message, const Accounts::Account &account,
                      Accounts::CredentialsLookup::Freshness freshness
                      = Accounts::CredentialsLookup::Freshness::UseStored);
    void withCredentials(const Accounts::Account &account, Accounts::CredentialsLookup::Freshness freshness,
                         const std::function<void(const Accounts::CredentialsResult &)> &then);
    void credentialsMissing(const OutboxMessage &message, const Accounts::Account &account,
                            const Accounts::CredentialsProblem &problem);
    void waitForPassword(qint64 id, const Accounts::Account &account);
    void passwordProvided(const QString &accountId);
    void passwordDeclined(const QString &accountId);
    // After the server refused what it was given: true when the message goes again (a refreshed
    // token) or waits for a new password, so that the refusal is not recorded as a failure.
    bool retryAfterRefusal(const Flight &flight, const Smtp::SendResult &result);
    void submit(const OutboxMessage &message, const Accounts::Account &account,
                const Accounts::CredentialsResult &credentials, bool tokenRefreshed = false);
    void onWorkerFinished(const Smtp::SendResult &result);
    void onWorkerStarted(quint64 requestId);
    void onWorkerProgress(quint64 requestId, qint64 sent, qint64 total);
    void recordFailure(const Flight &flight, const Smtp::Error &error);
    // Records a failed attempt: Retry when temporary and the policy allows, else NeedsAttention.
    void failBeforeSending(qint64 id, const Failure &failure, bool temporary, const QDateTime &firstQueued,
                           int attempts, const Smtp::Error *error = nullptr);
    void checkForeignChanges();
    QList<NewMessage> envelopesOf(const NewMessage &message) const;
    QList<qint64> waitingEnvelopesOf(qint64 id) const;
    RetryPolicy::Network networkState() const;
    Throttle &throttleFor(const QString &accountId);
    void refreshThrottleLimits();
    void finishPassIfIdle();

    QPointer<Store> m_store;
    Accounts::AccountStore *m_accounts;
    Secrets::SecretStore *m_secrets;
    QPointer<Smtp::Worker> m_worker;
    RetryPolicy m_policy;
    std::optional<ThrottleLimits> m_limitsOverride;
    std::optional<int> m_perMinuteOverride;
    QHash<QString, ThrottleLimits> m_accountLimits;
    QHash<QString, Throttle> m_throttles;
    QSet<qint64> m_held; // messages being edited: never started here
    std::function<double()> m_random;
    QHash<quint64, Flight> m_flights; // by worker request id
    Accounts::CredentialsLookup *m_credentials;
    QHash<QString, Accounts::CredentialsResult> m_secretCache; // only while busy; cleared when idle
    QHash<QString, QSet<qint64>> m_waitingForPassword; // by account id
    QHash<QString, int> m_pendingSecrets; // accounts whose secret is being read, and how many wait
    QTimer m_timer;
    QTimer m_poll;
    QDateTime m_nextWakeUp; // by the store's clock, when m_timer is active
    qint64 m_dataVersion = -1;
    bool m_followReachability = true;
    bool m_offline = false;
    bool m_started = false;
    bool m_passQueued = false;
};

} // namespace Outbox
