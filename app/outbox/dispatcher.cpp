// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/outbox/dispatcher.h"

#include "app/accounts/account.h"
#include "app/accounts/accountstore.h"
#include "app/diagnostics/category.h"
#include "app/diagnostics/explainer.h"
#include "app/diagnostics/smtperrorevidence.h"
#include "app/logging.h"
#include "app/oauth/tokenrejection.h"
#include "app/secrets/secretstore.h"
#include "app/smtp/saslclient.h"
#include "app/smtp/sessionsettings.h"
#include "app/smtp/worker.h"

#include <QNetworkInformation>
#include <QRandomGenerator>

#include <algorithm>

namespace Outbox
{

namespace
{

constexpr int MaxTimerMs = 24 * 60 * 60 * 1000; // a longer wait is simply re-armed
// How many due messages one pass looks at, oldest first: enough for many accounts at
// MaxInFlightPerAccount each, few enough that a pass per finished message stays cheap
// when thousands are queued.
constexpr int DueBatch = 64;

Failure failureFor(const Smtp::Error &error, const QString &host, quint16 port)
{
    const Diagnostics::Explanation explanation
        = Diagnostics::Explainer().explain(Diagnostics::evidenceFromSmtpError(error, host, port));
    QStringList facts;
    if (error.replyCode != 0) {
        facts.append(QString::number(error.replyCode));
    }
    if (!error.enhancedCode.isEmpty() && !error.serverText.startsWith(error.enhancedCode)) {
        facts.append(error.enhancedCode);
    }
    if (!error.serverText.isEmpty()) {
        facts.append(error.serverText.simplified());
    } else if (!error.detail.isEmpty()) {
        facts.append(error.detail);
    }
    if (facts.isEmpty()) {
        facts.append(Smtp::Error::kindName(error.kind));
    }
    return Failure{facts.join(QLatin1Char(' ')), Diagnostics::categoryId(explanation.category), explanation.title};
}

} // namespace

Dispatcher::Dispatcher(Store *store, Accounts::AccountStore *accounts, Secrets::SecretStore *secrets,
                       Smtp::Worker *worker, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_accounts(accounts)
    , m_secrets(secrets)
    , m_worker(worker)
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
    , m_credentials(new Accounts::CredentialsLookup(
          secrets,
          accounts ? OAuth::ProviderTable::configured(accounts->settingsPath()) : OAuth::ProviderTable::bundled(),
          this))
{
    connect(m_credentials, &Accounts::CredentialsLookup::passwordProvided, this, &Dispatcher::passwordProvided);
    connect(m_credentials, &Accounts::CredentialsLookup::passwordDeclined, this, &Dispatcher::passwordDeclined);
    Smtp::Worker::registerMetaTypes();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Dispatcher::wakeUp);
    m_poll.setInterval(std::chrono::seconds(5));
    connect(&m_poll, &QTimer::timeout, this, &Dispatcher::checkForeignChanges);
    if (m_worker) {
        connect(m_worker, &Smtp::Worker::finished, this, &Dispatcher::onWorkerFinished);
        connect(m_worker, &Smtp::Worker::started, this, &Dispatcher::onWorkerStarted);
        connect(m_worker, &Smtp::Worker::progress, this, &Dispatcher::onWorkerProgress);
    }
    if (m_accounts) {
        // Edited sending limits apply from the next message on.
        connect(m_accounts, &Accounts::AccountStore::accountsChanged, this, [this] {
            refreshThrottleLimits();
            if (m_started) {
                wakeSoon();
            }
        });
    }
}

Dispatcher::~Dispatcher() = default;

void Dispatcher::setRetryPolicy(const RetryPolicy &policy)
{
    m_policy = policy;
}

void Dispatcher::setThrottleLimits(const ThrottleLimits &limits)
{
    m_limitsOverride = limits;
    refreshThrottleLimits();
}

void Dispatcher::setThrottleLimits(const QString &accountId, const ThrottleLimits &limits)
{
    m_accountLimits.insert(accountId, limits);
    refreshThrottleLimits();
}

void Dispatcher::setMessagesPerMinuteOverride(std::optional<int> messagesPerMinute)
{
    m_perMinuteOverride = messagesPerMinute;
    refreshThrottleLimits();
}

ThrottleLimits Dispatcher::limitsFor(const QString &accountId) const
{
    if (const auto it = m_accountLimits.constFind(accountId); it != m_accountLimits.cend()) {
        return *it;
    }
    if (m_limitsOverride) {
        return *m_limitsOverride;
    }
    ThrottleLimits limits;
    if (m_accounts) {
        if (const std::optional<Accounts::Account> account = m_accounts->account(accountId)) {
            limits = account->sendingLimits;
        }
    }
    if (m_perMinuteOverride) {
        limits.messagesPerMinute = *m_perMinuteOverride;
    }
    return limits;
}

void Dispatcher::refreshThrottleLimits()
{
    // The windows keep their starts: a change of limits does not grant a fresh minute.
    for (auto it = m_throttles.begin(); it != m_throttles.end(); ++it) {
        it->setLimits(limitsFor(it.key()));
    }
}

void Dispatcher::setRandomSource(std::function<double()> random)
{
    m_random = std::move(random);
}

void Dispatcher::setPollInterval(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0) {
        m_poll.stop();
        m_poll.setInterval(0);
        return;
    }
    m_poll.setInterval(interval);
    if (m_started) {
        m_poll.start();
    }
}

void Dispatcher::setFollowNetworkReachability(bool follow)
{
    m_followReachability = follow;
}

Throttle &Dispatcher::throttleFor(const QString &accountId)
{
    auto it = m_throttles.find(accountId);
    if (it == m_throttles.end()) {
        it = m_throttles.insert(accountId, Throttle(limitsFor(accountId)));
    }
    return it.value();
}

void Dispatcher::start()
{
    m_started = true;
    if (m_followReachability
        && QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        QNetworkInformation *network = QNetworkInformation::instance();
        m_offline = network->reachability() == QNetworkInformation::Reachability::Disconnected;
        connect(network, &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Disconnected) {
                        networkLost();
                    } else if (reachability == QNetworkInformation::Reachability::Online
                               || reachability == QNetworkInformation::Reachability::Site) {
                        networkAvailable();
                    }
                });
    }
    if (m_store) {
        m_dataVersion = m_store->dataVersion();
    }
    if (m_poll.interval() > 0) {
        m_poll.start();
    }
    wakeSoon();
}

std::optional<QList<qint64>> Dispatcher::enqueue(const NewMessage &message)
{
    if (!m_store) {
        return std::nullopt;
    }
    QList<qint64> ids;
    for (const NewMessage &part : envelopesOf(message)) {
        const std::optional<qint64> id = m_store->enqueue(part);
        if (!id) {
            // The envelopes queued so far stay: each is a complete message to its recipients.
            return ids.isEmpty() ? std::nullopt : std::optional<QList<qint64>>(ids);
        }
        ids.append(*id);
    }
    if (m_started) {
        wakeSoon();
    }
    return ids;
}

bool Dispatcher::sendNow(qint64 id)
{
    if (!m_store || !m_store->requeue(id)) {
        return false;
    }
    if (m_started) {
        wakeSoon();
    }
    return true;
}

void Dispatcher::sendAllNow()
{
    if (m_store) {
        m_store->retryNow();
    }
    if (m_started) {
        wakeSoon();
    }
}

QList<NewMessage> Dispatcher::envelopesOf(const NewMessage &message) const
{
    QList<NewMessage> parts;
    const int perMessage = limitsFor(message.accountId).recipientsPerMessage;
    for (const QStringList &envelope : Throttle::splitRecipients(message.recipients, perMessage)) {
        NewMessage part = message;
        part.recipients = envelope;
        parts.append(part);
    }
    return parts;
}

bool Dispatcher::remove(qint64 id)
{
    if (!m_store || !m_store->remove(id)) {
        return false;
    }
    m_held.remove(id);
    return true;
}

bool Dispatcher::markSentByUser(qint64 id)
{
    if (!m_store || !m_store->markSentByUser(id)) {
        return false;
    }
    qCInfo(lcOutbox) << "message" << id << "marked as sent by the user";
    Q_EMIT messageFinished(id, State::Sent);
    return true;
}

QList<qint64> Dispatcher::waitingEnvelopesOf(qint64 id) const
{
    QList<qint64> waiting;
    if (!m_store) {
        return waiting;
    }
    for (const qint64 envelope : m_store->envelopesOf(id)) {
        const std::optional<OutboxMessage> message = m_store->message(envelope);
        if (message
            && (message->state == State::Queued || message->state == State::Retry
                || message->state == State::NeedsAttention)) {
            waiting.append(envelope);
        }
    }
    return waiting;
}

bool Dispatcher::hold(qint64 id)
{
    // Every waiting envelope of the message: the edited version goes to all its recipients.
    const QList<qint64> waiting = waitingEnvelopesOf(id);
    if (!waiting.contains(id)) {
        return false;
    }
    for (const qint64 envelope : waiting) {
        m_held.insert(envelope);
    }
    return true;
}

void Dispatcher::releaseHold(qint64 id)
{
    bool released = false;
    for (const qint64 envelope : m_store ? m_store->envelopesOf(id) : QList<qint64>{id}) {
        released = m_held.remove(envelope) || released;
    }
    released = m_held.remove(id) || released;
    if (released && m_started) {
        wakeSoon();
    }
}

std::optional<QList<qint64>> Dispatcher::replace(qint64 id, const NewMessage &edited)
{
    if (!m_store) {
        return std::nullopt;
    }
    const QList<qint64> waiting = waitingEnvelopesOf(id);
    if (!waiting.contains(id)) {
        return std::nullopt;
    }
    const std::optional<QList<qint64>> ids = m_store->replace(waiting, envelopesOf(edited));
    if (!ids) {
        return std::nullopt;
    }
    for (const qint64 envelope : waiting) {
        m_held.remove(envelope);
    }
    if (m_started) {
        wakeSoon();
    }
    return ids;
}

void Dispatcher::networkAvailable()
{
    qCInfo(lcOutbox) << "the network is back; waiting messages are due now";
    m_offline = false;
    sendAllNow();
}

void Dispatcher::networkLost()
{
    qCInfo(lcOutbox) << "the network is gone; nothing new is started until it is back";
    m_offline = true;
}

RetryPolicy::Network Dispatcher::networkState() const
{
    if (m_offline) {
        return RetryPolicy::Network::Offline;
    }
    // A local network without a way out cannot resolve an Internet host name either; it does
    // not stop the dispatcher (the server may be on that network), but it excuses the failure.
    if (m_followReachability && QNetworkInformation::instance()
        && QNetworkInformation::instance()->reachability() == QNetworkInformation::Reachability::Local) {
        return RetryPolicy::Network::Offline;
    }
    return RetryPolicy::Network::Reachable;
}

void Dispatcher::checkForeignChanges()
{
    if (!m_store) {
        return;
    }
    const qint64 version = m_store->dataVersion();
    if (version != m_dataVersion) {
        m_dataVersion = version;
        Q_EMIT m_store->changed(0);
        if (!m_timer.isActive() || m_timer.remainingTime() > 0) {
            wakeSoon();
        }
    }
}

bool Dispatcher::isIdle() const
{
    return m_flights.isEmpty() && m_pendingSecrets.isEmpty();
}

QDateTime Dispatcher::nextWakeUp() const
{
    return m_timer.isActive() ? m_nextWakeUp : QDateTime();
}

void Dispatcher::wakeUp()
{
    if (!m_store || !m_store->isOpen()) {
        return;
    }
    m_store->recoverAbandoned();
    if (m_offline) {
        scheduleWakeUp();
        finishPassIfIdle();
        return;
    }
    const QDateTime now = m_store->now();
    QHash<QString, int> inFlightByAccount;
    for (const Flight &flight : std::as_const(m_flights)) {
        ++inFlightByAccount[flight.accountId];
    }
    for (auto it = m_pendingSecrets.cbegin(); it != m_pendingSecrets.cend(); ++it) {
        inFlightByAccount[it.key()] += it.value();
    }
    const QList<OutboxMessage> due = m_store->dueMessages(DueBatch);
    for (const OutboxMessage &message : due) {
        if (m_held.contains(message.id)) {
            continue; // the user is editing it
        }
        int &running = inFlightByAccount[message.accountId];
        if (running >= MaxInFlightPerAccount) {
            continue; // the next finished() brings us back
        }
        Throttle &throttle = throttleFor(message.accountId);
        if (throttle.nextSlot(now) > now) {
            continue; // scheduleWakeUp() comes back when the window has room
        }
        const std::optional<Accounts::Account> account
            = m_accounts ? m_accounts->account(message.accountId) : std::nullopt;
        if (!m_store->claim(message.id)) {
            continue; // another process took it first
        }
        throttle.recordStart(now);
        ++running;
        if (!account) {
            Smtp::Error error
                = Smtp::Error::local(Smtp::Error::Kind::MissingCredentials, Smtp::Phase::Preparing,
                                     QStringLiteral("there is no account \"%1\" any more").arg(message.accountId));
            Failure failure = failureFor(error, {}, 0);
            failure.category = Diagnostics::categoryId(Diagnostics::Category::Configuration);
            failBeforeSending(message.id, failure, false, message.createdAt, message.attempts + 1);
            --running;
            continue;
        }
        startMessage(message, *account);
    }
    scheduleWakeUp();
    finishPassIfIdle();
}

void Dispatcher::wakeSoon()
{
    // A pass from the event loop, never from inside the caller (which may be a slot of the
    // store or the worker).
    m_nextWakeUp = m_store ? m_store->now() : QDateTime();
    m_timer.start(0);
}

void Dispatcher::scheduleWakeUp()
{
    const QDateTime now = m_store->now();
    QDateTime next;
    if (const std::optional<QDateTime> retry = m_store->nextAttemptTime()) {
        next = *retry;
    }
    // Due messages held back by a full throttle window come back when it has room.
    const QList<OutboxMessage> due = m_store->dueMessages(DueBatch);
    QSet<QString> seen;
    for (const OutboxMessage &message : due) {
        if (seen.contains(message.accountId)) {
            continue;
        }
        seen.insert(message.accountId);
        const QDateTime slot = throttleFor(message.accountId).nextSlot(now);
        if (slot > now && (!next.isValid() || slot < next)) {
            next = slot;
        }
    }
    if (!next.isValid()) {
        m_timer.stop();
        return;
    }
    m_nextWakeUp = next;
    const qint64 wait = std::clamp<qint64>(now.msecsTo(next), 0, MaxTimerMs);
    m_timer.start(int(wait));
}

void Dispatcher::finishPassIfIdle()
{
    if (!isIdle()) {
        return;
    }
    const QDateTime now = m_store->now();
    if (!m_offline) {
        for (const OutboxMessage &message : m_store->dueMessages(DueBatch)) {
            if (throttleFor(message.accountId).nextSlot(now) > now) {
                return; // still busy: the batch continues when the throttle window has room
            }
        }
    }
    m_secretCache.clear();
    Q_EMIT idle();
}

void Dispatcher::setCredentialsLookup(Accounts::CredentialsLookup *lookup)
{
    if (!lookup || lookup == m_credentials) {
        return;
    }
    if (m_credentials->parent() == this) {
        delete m_credentials;
    }
    m_credentials = lookup;
    m_secretCache.clear();
    connect(m_credentials, &Accounts::CredentialsLookup::passwordProvided, this, &Dispatcher::passwordProvided);
    connect(m_credentials, &Accounts::CredentialsLookup::passwordDeclined, this, &Dispatcher::passwordDeclined);
}

void Dispatcher::startMessage(const OutboxMessage &message, const Accounts::Account &account,
                              Accounts::CredentialsLookup::Freshness freshness)
{
    ++m_pendingSecrets[account.id];
    const bool refreshing = freshness == Accounts::CredentialsLookup::Freshness::ForceRefresh;
    withCredentials(account, freshness,
                    [this, message, account, refreshing](const Accounts::CredentialsResult &result) {
                        if (--m_pendingSecrets[account.id] <= 0) {
                            m_pendingSecrets.remove(account.id);
                        }
                        if (!m_store) {
                            return;
                        }
                        if (!result.ok()) {
                            credentialsMissing(message, account, *result.problem);
                            finishPassIfIdle();
                            return;
                        }
                        submit(message, account, result, refreshing);
                    });
}

void Dispatcher::withCredentials(const Accounts::Account &account, Accounts::CredentialsLookup::Freshness freshness,
                                 const std::function<void(const Accounts::CredentialsResult &)> &then)
{
    if (freshness == Accounts::CredentialsLookup::Freshness::UseStored) {
        const auto cached = m_secretCache.constFind(account.id);
        if (cached != m_secretCache.cend()) {
            then(*cached);
            return;
        }
    }
    Accounts::CredentialsJob *job = m_credentials->lookUp(account, freshness);
    connect(job, &Accounts::CredentialsJob::finished, this,
            [this, accountId = account.id, then](const Accounts::CredentialsResult &result) {
                if (result.ok()) {
                    m_secretCache.insert(accountId, result);
                }
                then(result);
            });
}

void Dispatcher::credentialsMissing(const OutboxMessage &message, const Accounts::Account &account,
                                    const Accounts::CredentialsProblem &problem)
{
    if (problem.kind == Accounts::CredentialsProblem::Kind::NoSecretStored && problem.canAskForPassword()) {
        waitForPassword(message.id, account);
        return;
    }
    const Diagnostics::Explanation explanation
        = Diagnostics::Explainer().explain(problem.evidence(account.host, account.port));
    const Failure failure{problem.detail.isEmpty() ? Accounts::CredentialsProblem::kindName(problem.kind)
                                                   : problem.detail,
                          Diagnostics::categoryId(explanation.category), explanation.title};
    // A locked or absent keychain and an unreachable token endpoint may be fine later; a
    // revoked sign-in needs the user.
    const Smtp::Error error = problem.smtpError();
    failBeforeSending(message.id, failure, problem.isTemporary(), message.createdAt, message.attempts + 1, &error);
}

void Dispatcher::waitForPassword(qint64 id, const Accounts::Account &account)
{
    const Smtp::Error error = Smtp::Error::local(Smtp::Error::Kind::MissingCredentials, Smtp::Phase::Preparing,
                                                 QStringLiteral("waiting for the password"));
    Failure failure = failureFor(error, account.host, account.port);
    failure.title = tr("Waiting for the password");
    m_store->markRetry(id, m_store->now().addSecs(std::chrono::seconds(PasswordWait).count()), failure);
    m_waitingForPassword[account.id].insert(id);
    qCInfo(lcOutbox) << "message" << id << "waits for the password of" << account.id;
    Q_EMIT messageFinished(id, State::Retry);
    m_credentials->requestPassword(account);
}

void Dispatcher::passwordProvided(const QString &accountId)
{
    m_secretCache.remove(accountId);
    const QSet<qint64> waiting = m_waitingForPassword.take(accountId);
    if (!m_store || waiting.isEmpty()) {
        return;
    }
    for (const qint64 id : waiting) {
        m_store->requeue(id);
    }
    if (m_started) {
        wakeSoon();
    }
}

void Dispatcher::passwordDeclined(const QString &accountId)
{
    // They keep waiting (a later "Send now" asks again), but whoever waits for their outcome
    // hears that no password is coming.
    for (const qint64 id : m_waitingForPassword.value(accountId)) {
        Q_EMIT messageFinished(id, State::Retry);
    }
}

bool Dispatcher::isWaitingForPassword(qint64 id) const
{
    for (auto it = m_waitingForPassword.cbegin(); it != m_waitingForPassword.cend(); ++it) {
        if (it->contains(id)) {
            return m_credentials->isPasswordRequested(it.key());
        }
    }
    return false;
}

bool Dispatcher::retryAfterRefusal(const Flight &flight, const Smtp::SendResult &result)
{
    if (!result.error || result.error->kind != Smtp::Error::Kind::AuthenticationFailed) {
        return false;
    }
    const std::optional<Accounts::Account> account = m_accounts ? m_accounts->account(flight.accountId) : std::nullopt;
    if (!account) {
        return false;
    }
    if (!flight.tokenRefreshed && OAuth::isTokenRejection(flight.credentials, result)) {
        qCInfo(lcOutbox) << "the server refused the access token for message" << flight.messageId
                         << "; refreshing it once and sending again";
        m_secretCache.remove(flight.accountId);
        startMessage(flight.message, *account, Accounts::CredentialsLookup::Freshness::ForceRefresh);
        return true;
    }
    if (flight.credentialsSource == Accounts::CredentialsResult::Source::Session) {
        // What the user typed for this session was wrong: ask again rather than fail the message.
        m_credentials->forgetSessionPassword(flight.accountId);
        m_secretCache.remove(flight.accountId);
        waitForPassword(flight.messageId, *account);
        return true;
    }
    return false;
}

void Dispatcher::submit(const OutboxMessage &message, const Accounts::Account &account,
                        const Accounts::CredentialsResult &credentials, bool tokenRefreshed)
{
    const std::optional<QByteArray> bytes = m_store->messageBytes(message.id);
    if (!bytes || !m_worker) {
        failBeforeSending(message.id,
                          failureFor(Smtp::Error::local(Smtp::Error::Kind::InvalidMessage, Smtp::Phase::Preparing,
                                                        bytes ? QStringLiteral("the sending component is not running")
                                                              : m_store->errorString()),
                                     account.host, account.port),
                          false, message.createdAt, message.attempts + 1);
        finishPassIfIdle();
        return;
    }
    Smtp::SendJob job;
    job.accountId = account.id;
    job.settings = Smtp::SessionSettings::fromAccount(account);
    job.credentials = *credentials.credentials;
    job.request.id = RequestIdTag | quint64(message.id);
    job.request.reversePath = message.reversePath;
    job.request.recipients = message.recipients;
    job.request.message = Smtp::MessageSource::fromBytes(*bytes, message.requirements);
    // Runs in the worker's thread, so it writes through a connection of its own.
    job.request.beforeFinalDot = [path = m_store->path(), id = message.id, owner = m_store->owner()] {
        return Store::markFinalDotWritten(path, id, owner);
    };
    Flight flight;
    flight.messageId = message.id;
    flight.accountId = account.id;
    flight.host = account.host;
    flight.port = account.port;
    flight.firstQueued = message.createdAt;
    flight.attempts = message.attempts + 1;
    flight.message = message;
    flight.credentials = job.credentials;
    flight.credentialsSource = credentials.source;
    flight.tokenRefreshed = tokenRefreshed;
    m_flights.insert(job.request.id, flight);
    Smtp::Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, job] { worker->submit(job); }, Qt::QueuedConnection);
}

void Dispatcher::onWorkerStarted(quint64 requestId)
{
    const auto it = m_flights.constFind(requestId);
    if (it != m_flights.cend()) {
        Q_EMIT messageStarted(it->messageId);
    }
}

void Dispatcher::onWorkerProgress(quint64 requestId, qint64 sent, qint64 total)
{
    const auto it = m_flights.constFind(requestId);
    if (it != m_flights.cend()) {
        Q_EMIT progress(it->messageId, sent, total);
    }
}

void Dispatcher::onWorkerFinished(const Smtp::SendResult &result)
{
    const auto it = m_flights.constFind(result.requestId);
    if (it == m_flights.cend()) {
        return; // a direct send through the same worker, or another dispatcher's
    }
    const Flight flight = *it;
    m_flights.erase(it);
    if (!m_store) {
        return;
    }
    if (result.delivered()) {
        m_store->markSent(flight.messageId, result.queueIdLines.join(QLatin1Char('\n')));
        qCInfo(lcOutbox) << "message" << flight.messageId << "sent";
        Q_EMIT messageFinished(flight.messageId, State::Sent);
    } else if (result.outcome == Smtp::SendResult::Outcome::DeliveryUnknown) {
        const Smtp::Error error = result.error.value_or(
            Smtp::Error::local(Smtp::Error::Kind::DeliveryUnknown, Smtp::Phase::DataTermination));
        m_store->markDeliveryUnknown(flight.messageId, failureFor(error, flight.host, flight.port));
        qCWarning(lcOutbox) << "message" << flight.messageId << "may or may not have been delivered";
        Q_EMIT messageFinished(flight.messageId, State::DeliveryUnknown);
    } else if (result.error && result.error->kind == Smtp::Error::Kind::Cancelled) {
        m_store->release(flight.messageId, m_store->now());
        Q_EMIT messageFinished(flight.messageId, State::Queued);
    } else if (retryAfterRefusal(flight, result)) {
        // sent again with a refreshed token, or waiting for a new password: nothing to record yet
    } else {
        recordFailure(
            flight,
            result.error.value_or(Smtp::Error::local(Smtp::Error::Kind::UnexpectedReply, Smtp::Phase::Preparing)));
    }
    if (m_started) {
        wakeSoon();
    } else {
        finishPassIfIdle();
    }
}

void Dispatcher::recordFailure(const Flight &flight, const Smtp::Error &error)
{
    const Failure failure = failureFor(error, flight.host, flight.port);
    failBeforeSending(flight.messageId, failure, RetryPolicy::isRetryable(error), flight.firstQueued, flight.attempts,
                      &error);
}

void Dispatcher::failBeforeSending(qint64 id, const Failure &failure, bool temporary, const QDateTime &firstQueued,
                                   int attempts, const Smtp::Error *error)
{
    const QDateTime now = m_store->now();
    std::optional<QDateTime> next;
    if (temporary) {
        next = m_policy.nextAttempt(attempts, error ? *error : Smtp::Error(), firstQueued, now, m_random(),
                                    networkState());
    }
    if (next) {
        m_store->markRetry(id, *next, failure);
        qCInfo(lcOutbox) << "message" << id << "failed temporarily (" << failure.facts << "); next attempt at"
                         << next->toString(Qt::ISODate);
        Q_EMIT messageFinished(id, State::Retry);
        return;
    }
    m_store->markNeedsAttention(id, failure);
    qCInfo(lcOutbox) << "message" << id << "needs attention:" << failure.facts;
    Q_EMIT messageFinished(id, State::NeedsAttention);
}

} // namespace Outbox
