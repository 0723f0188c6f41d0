// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/outbox/dispatcher.h"

#include "app/accounts/account.h"
#include "app/accounts/accountstore.h"
#include "app/accounts/storedcredentials.h"
#include "app/diagnostics/category.h"
#include "app/diagnostics/explainer.h"
#include "app/diagnostics/smtperrorevidence.h"
#include "app/logging.h"
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

// The outbox retries what may work later. Besides the SMTP worker's temporary errors, that
// is a network that is down: a refused connection or a name that does not resolve is what
// "offline" looks like from here, and the retry schedule's give-up bounds a wrong host name.
bool worthRetrying(const Smtp::Error &error)
{
    using Kind = Smtp::Error::Kind;
    return error.isTemporary() || error.kind == Kind::HostNotFound || error.kind == Kind::ConnectionRefused
        || error.kind == Kind::NetworkError;
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
{
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
}

Dispatcher::~Dispatcher() = default;

void Dispatcher::setRetryPolicy(const RetryPolicy &policy)
{
    m_policy = policy;
}

void Dispatcher::setThrottleLimits(const ThrottleLimits &limits)
{
    m_defaultLimits = limits;
    m_throttles.clear();
}

void Dispatcher::setThrottleLimits(const QString &accountId, const ThrottleLimits &limits)
{
    m_accountLimits.insert(accountId, limits);
    m_throttles.remove(accountId);
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
        it = m_throttles.insert(accountId, Throttle(m_accountLimits.value(accountId, m_defaultLimits)));
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
    const int perMessage = m_accountLimits.value(message.accountId, m_defaultLimits).recipientsPerMessage;
    QList<qint64> ids;
    for (const QStringList &envelope : Throttle::splitRecipients(message.recipients, perMessage)) {
        NewMessage part = message;
        part.recipients = envelope;
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

bool Dispatcher::remove(qint64 id)
{
    return m_store && m_store->remove(id);
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

void Dispatcher::startMessage(const OutboxMessage &message, const Accounts::Account &account)
{
    ++m_pendingSecrets[account.id];
    withCredentials(
        account,
        [this, message, account](std::optional<Smtp::Credentials> credentials, Failure failure, bool temporary) {
            if (--m_pendingSecrets[account.id] <= 0) {
                m_pendingSecrets.remove(account.id);
            }
            if (!m_store) {
                return;
            }
            if (!credentials) {
                failBeforeSending(message.id, failure, temporary, message.createdAt, message.attempts + 1);
                finishPassIfIdle();
                return;
            }
            submit(message, account, *credentials);
        });
}

void Dispatcher::withCredentials(
    const Accounts::Account &account,
    const std::function<void(std::optional<Smtp::Credentials>, Failure, bool temporary)> &then)
{
    const Smtp::Credentials::Kind kind = Smtp::SaslClient::secretKindFor(account.authMethod);
    if (kind == Smtp::Credentials::Kind::None || account.security == Accounts::Security::None) {
        // No login, or one the session refuses before connecting (never without encryption).
        then(Smtp::Credentials{kind, QString()}, {}, false);
        return;
    }
    if (m_secretCache.contains(account.id)) {
        then(m_secretCache.value(account.id), {}, false);
        return;
    }
    if (!m_secrets) {
        then(std::nullopt,
             failureFor(Smtp::Error::local(Smtp::Error::Kind::MissingCredentials, Smtp::Phase::Preparing,
                                           QStringLiteral("no keychain")),
                        account.host, account.port),
             false);
        return;
    }
    const Secrets::SecretKind secretKind = Accounts::secretKindFor(kind);
    Secrets::SecretJob *job = m_secrets->read(account.id, secretKind);
    connect(job, &Secrets::SecretJob::finished, this, [this, account, kind, then](const Secrets::SecretResult &result) {
        if (!result.ok()) {
            const bool missing = result.status == Secrets::SecretResult::Status::NotFound;
            Failure failure = failureFor(
                Smtp::Error::local(Smtp::Error::Kind::MissingCredentials, Smtp::Phase::Preparing,
                                   missing ? QStringLiteral("no secret is stored for the account")
                                           : QStringLiteral("the keychain could not be read: %1").arg(result.message)),
                account.host, account.port);
            // A locked or absent keychain may be there later; a missing entry will not.
            then(std::nullopt, failure, !missing);
            return;
        }
        const Smtp::Credentials credentials = Accounts::credentialsFromSecret(kind, result.secret);
        m_secretCache.insert(account.id, credentials);
        then(credentials, {}, false);
    });
}

void Dispatcher::submit(const OutboxMessage &message, const Accounts::Account &account,
                        const Smtp::Credentials &credentials)
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
    job.credentials = credentials;
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
    failBeforeSending(flight.messageId, failure, worthRetrying(error), flight.firstQueued, flight.attempts, &error);
}

void Dispatcher::failBeforeSending(qint64 id, const Failure &failure, bool temporary, const QDateTime &firstQueued,
                                   int attempts, const Smtp::Error *error)
{
    const QDateTime now = m_store->now();
    std::optional<QDateTime> next;
    if (temporary) {
        next = m_policy.nextAttempt(attempts, error ? *error : Smtp::Error(), firstQueued, now, m_random());
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
