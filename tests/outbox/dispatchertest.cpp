// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Outbox::Dispatcher end to end over real SMTP (the fault-injecting fake server on loopback,
// STARTTLS and AUTH PLAIN with the password from a secret store): greylisting, offline then
// online, delivery unknown after the final dot, permanent refusals, and the throttle
// schedule, all with an injected clock instead of waiting.

#include "app/outbox/dispatcher.h"
#include "app/accounts/accountstore.h"
#include "app/outbox/store.h"
#include "app/secrets/memorysecretstore.h"
#include "app/smtp/sockettransport.h"
#include "app/smtp/worker.h"
#include "tests/support/fakesmtpserver.h"
#include "tests/support/outboxstatewait.h"
#include "tests/support/scriptedtransport.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace std::chrono_literals;
using Outbox::State;
using TestSupport::FakeSmtpBehaviour;
using TestSupport::FakeSmtpServer;

namespace
{

constexpr int WaitMs = 20000;
const QString Alice = QStringLiteral("alice");
const QString AlicePassword = QStringLiteral("alice-Secret-7");
const QString Bob = QStringLiteral("bob");
// A server name that never resolves: the worker's transports for it fail at once (no DNS).
const QString UnknownHost = QStringLiteral("smtp.unknown-host.kurier.test");

} // namespace

class DispatcherTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void sendsAQueuedMessage();
    void greylistedThenAccepted();
    void offlineThenOnline();
    void deliveryUnknownIsNeverResentAutomatically();
    void permanentRefusalNeedsAttention();
    void missingPasswordWaitsForIt();
    void throttleSpreadsABatch();
    void splitsManyRecipientsIntoEnvelopes();
    void throttleFollowsEachAccountsSettings();
    void unknownHostNeedsAttentionAfterAFewAttempts_data();
    void unknownHostNeedsAttentionAfterAFewAttempts();
    void sendNowSkipsTheBackoff();
    void editedVersionReplacesAHeldMessage();
    void deliveryUnknownMarkedAsSentByTheUser();

private:
    void setUpServer(FakeSmtpBehaviour behaviour = {});
    void addAccount(quint16 port, const QString &id = Alice, const QString &host = QStringLiteral("localhost"));
    qint64 enqueue(const QString &subject, const QStringList &recipients = {QStringLiteral("bob@kurier.test")},
                   const QString &accountId = Alice);
    int sentFrom(const QString &accountId) const;
    bool waitForState(qint64 id, State state);

    std::unique_ptr<QTemporaryDir> m_dir;
    QDateTime m_now;
    std::unique_ptr<FakeSmtpServer> m_server;
    std::unique_ptr<Accounts::AccountStore> m_accounts;
    std::unique_ptr<Secrets::MemorySecretStore> m_secrets;
    std::unique_ptr<Smtp::Worker> m_worker;
    std::unique_ptr<Outbox::Store> m_store;
    std::unique_ptr<Outbox::Dispatcher> m_dispatcher;
};

void DispatcherTest::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!.*may or may not have been delivered).*")));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_now = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    m_accounts = std::make_unique<Accounts::AccountStore>(m_dir->filePath(QStringLiteral("kurier.ini")));
    m_secrets = std::make_unique<Secrets::MemorySecretStore>();
    for (const QString &id : {Alice, Bob}) {
        Secrets::SecretJob *job = m_secrets->write(id, Secrets::SecretKind::SmtpPassword, AlicePassword);
        QSignalSpy written(job, &Secrets::SecretJob::finished);
        QVERIFY(written.wait(WaitMs));
    }
    m_worker = std::make_unique<Smtp::Worker>([](const Smtp::SessionSettings &settings) {
        if (settings.host == UnknownHost) {
            return TestSupport::ScriptedTransport::factory(QList<QStringList>(10, {QStringLiteral("UNKNOWN-HOST")}),
                                                           std::make_shared<TestSupport::ScriptLog>());
        }
        return Smtp::SocketTransport::factory(settings.host, FakeSmtpServer::caCertificates());
    });
    m_store = std::make_unique<Outbox::Store>(m_dir->filePath(QStringLiteral("outbox.sqlite")));
    m_store->setClock([this] { return m_now; });
    QVERIFY(m_store->open().ok());
    m_dispatcher
        = std::make_unique<Outbox::Dispatcher>(m_store.get(), m_accounts.get(), m_secrets.get(), m_worker.get());
    m_dispatcher->setFollowNetworkReachability(false);
    m_dispatcher->setPollInterval(0ms);
    m_dispatcher->setRandomSource([] { return 0.5; }); // no jitter: exact schedules
}

void DispatcherTest::cleanup()
{
    m_dispatcher.reset();
    m_worker.reset();
    m_store.reset();
    m_server.reset();
    m_secrets.reset();
    m_accounts.reset();
    m_dir.reset();
}

void DispatcherTest::setUpServer(FakeSmtpBehaviour behaviour)
{
    m_server = std::make_unique<FakeSmtpServer>(behaviour);
    QVERIFY(m_server->listenOnLoopback());
    addAccount(m_server->serverPort());
}

void DispatcherTest::addAccount(quint16 port, const QString &id, const QString &host)
{
    Accounts::Account account;
    account.id = id;
    account.displayName = QStringLiteral("Alice");
    account.email = QStringLiteral("alice@kurier.test");
    account.host = host;
    account.port = port;
    account.security = Accounts::Security::StartTls;
    account.authMethod = Accounts::AuthMethod::Plain;
    account.userName = Alice;
    QVERIFY(m_accounts->add(account).ok());
}

qint64 DispatcherTest::enqueue(const QString &subject, const QStringList &recipients, const QString &accountId)
{
    Outbox::NewMessage message;
    message.accountId = accountId;
    message.reversePath = QStringLiteral("alice@kurier.test");
    message.recipients = recipients;
    message.subject = subject;
    message.bytes
        = "From: alice@kurier.test\r\nTo: bob@kurier.test\r\nSubject: " + subject.toUtf8() + "\r\n\r\nhello\r\n";
    const std::optional<QList<qint64>> ids = m_dispatcher->enqueue(message);
    return ids && !ids->isEmpty() ? ids->constFirst() : 0;
}

bool DispatcherTest::waitForState(qint64 id, State state)
{
    return TestSupport::waitForOutboxState(*m_dispatcher, *m_store, id, state, 50, WaitMs);
}

void DispatcherTest::sendsAQueuedMessage()
{
    setUpServer();
    const qint64 id = enqueue(QStringLiteral("plain case"));
    QVERIFY(id > 0);
    QCOMPARE(m_store->message(id)->state, State::Queued); // stored before any network activity
    QCOMPARE(m_server->record().connections, 0);
    QSignalSpy idle(m_dispatcher.get(), &Outbox::Dispatcher::idle);
    m_dispatcher->start();
    QVERIFY(waitForState(id, State::Sent));
    const Outbox::OutboxMessage sent = *m_store->message(id);
    QCOMPARE(sent.serverReply, QStringLiteral("2.0.0 Ok: queued as FAKE1"));
    QCOMPARE(sent.attempts, 1);
    QVERIFY(sent.finalDotAt.isValid()); // recorded before the dot was written
    QCOMPARE(m_server->record().messages.size(), 1);
    QVERIFY(m_server->record().messages.constFirst().contains("Subject: plain case"));
    // The sent log's record came with the transition, with the server's acceptance line.
    const QList<Outbox::SentRecord> log = Outbox::SentLog(m_store.get()).records();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.constFirst().outboxId, id);
    QCOMPARE(log.constFirst().serverReply, sent.serverReply);
    QCOMPARE(log.constFirst().from, QStringLiteral("alice@kurier.test"));
    QCOMPARE(log.constFirst().sentAt, m_now);
    QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty(), WaitMs);
    QVERIFY(m_dispatcher->isIdle());
}

void DispatcherTest::greylistedThenAccepted()
{
    FakeSmtpBehaviour behaviour;
    behaviour.recipientReplies.insert(
        QStringLiteral("bob@kurier.test"),
        "451 4.7.1 <bob@kurier.test>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/\r\n");
    setUpServer(behaviour);
    const qint64 id = enqueue(QStringLiteral("greylisted"));
    m_dispatcher->start();
    QVERIFY(waitForState(id, State::Retry));
    Outbox::OutboxMessage waiting = *m_store->message(id);
    QCOMPARE(waiting.attempts, 1);
    QCOMPARE(m_now.secsTo(waiting.nextAttemptAt), qint64(396)); // greylisting-aware: 6 min + 10 % (random 0.5)
    QVERIFY(waiting.lastError.startsWith(QStringLiteral("451 4.7.1 <bob@kurier.test>")));
    QVERIFY(!waiting.errorTitle.isEmpty());
    QVERIFY(m_server->record().messages.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_dispatcher->nextWakeUp(), waiting.nextAttemptAt, WaitMs);

    // The greylisting server now knows the triplet; time passes to the retry.
    m_server->behaviour().recipientReplies.clear();
    m_now = waiting.nextAttemptAt;
    m_dispatcher->wakeUp();
    QVERIFY(waitForState(id, State::Sent));
    QCOMPARE(m_store->message(id)->attempts, 2);
    QCOMPARE(m_server->record().messages.size(), 1); // delivered once
}

void DispatcherTest::offlineThenOnline()
{
    // A port nobody listens on: what a server that is down (or no network) looks like.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    addAccount(port);
    const qint64 id = enqueue(QStringLiteral("offline"));
    m_dispatcher->start();
    QVERIFY(waitForState(id, State::Retry));
    const Outbox::OutboxMessage waiting = *m_store->message(id);
    QCOMPARE(m_now.secsTo(waiting.nextAttemptAt), qint64(60));
    QCOMPARE(waiting.errorCategory, QStringLiteral("connection-refused"));

    m_server = std::make_unique<FakeSmtpServer>(FakeSmtpBehaviour{});
    QVERIFY(m_server->listen(QHostAddress::LocalHost, port));
    // The network is back before the retry time: no waiting for the timer.
    m_dispatcher->networkAvailable();
    QVERIFY(waitForState(id, State::Sent));
    QCOMPARE(m_server->record().messages.size(), 1);
    QCOMPARE(m_store->message(id)->attempts, 2);
}

void DispatcherTest::deliveryUnknownIsNeverResentAutomatically()
{
    FakeSmtpBehaviour behaviour;
    behaviour.drop = FakeSmtpBehaviour::Drop::AfterFinalDot;
    setUpServer(behaviour);
    const qint64 id = enqueue(QStringLiteral("lost reply"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("may or may not have been delivered")));
    m_dispatcher->start();
    QVERIFY(waitForState(id, State::DeliveryUnknown));
    const Outbox::OutboxMessage unknown = *m_store->message(id);
    QCOMPARE(unknown.errorCategory, QStringLiteral("delivery-unknown"));
    QVERIFY(unknown.finalDotAt.isValid());
    QVERIFY(!unknown.nextAttemptAt.isValid());
    QCOMPARE(m_server->record().messages.size(), 1);

    // Days pass, the network comes and goes, Kurier restarts: nothing resends it.
    m_server->behaviour().drop = FakeSmtpBehaviour::Drop::Never;
    m_now = m_now.addDays(3);
    QSignalSpy idle(m_dispatcher.get(), &Outbox::Dispatcher::idle);
    m_dispatcher->networkAvailable();
    m_dispatcher->wakeUp();
    QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty(), WaitMs);
    QCOMPARE(m_store->message(id)->state, State::DeliveryUnknown);
    QCOMPARE(m_store->recoverAbandoned(), 0);
    QVERIFY(!m_dispatcher->nextWakeUp().isValid());
    const int connections = m_server->record().connections;
    QCOMPARE(m_server->record().messages.size(), 1);

    // Only the user's "Send now" does.
    QVERIFY(m_dispatcher->sendNow(id));
    QVERIFY(waitForState(id, State::Sent));
    QCOMPARE(m_server->record().messages.size(), 2);
    QVERIFY(m_server->record().connections > connections);
}

void DispatcherTest::permanentRefusalNeedsAttention()
{
    FakeSmtpBehaviour behaviour;
    behaviour.recipientReplies.insert(QStringLiteral("nobody@kurier.test"),
                                      "550 5.1.1 <nobody@kurier.test>: Recipient address rejected: User unknown\r\n");
    setUpServer(behaviour);
    const qint64 id = enqueue(QStringLiteral("unknown user"), {QStringLiteral("nobody@kurier.test")});
    m_dispatcher->start();
    QVERIFY(waitForState(id, State::NeedsAttention));
    const Outbox::OutboxMessage refused = *m_store->message(id);
    QCOMPARE(refused.errorCategory, QStringLiteral("recipient-rejected"));
    QVERIFY(!refused.errorTitle.isEmpty());
    QVERIFY(refused.lastError.startsWith(QStringLiteral("550 5.1.1")));
    QVERIFY(!refused.nextAttemptAt.isValid());
}

void DispatcherTest::missingPasswordWaitsForIt()
{
    setUpServer();
    Secrets::SecretJob *job = m_secrets->remove(Alice, Secrets::SecretKind::SmtpPassword);
    QSignalSpy removed(job, &Secrets::SecretJob::finished);
    QVERIFY(removed.wait(WaitMs));
    const qint64 id = enqueue(QStringLiteral("no password"));
    m_dispatcher->start();
    // "Ask me each time": kept waiting for the password, not failed (dispatchercredentialstest).
    QVERIFY(waitForState(id, State::Retry));
    QCOMPARE(m_server->record().connections, 0);
    QCOMPARE(m_store->message(id)->errorTitle, QStringLiteral("Waiting for the password"));
}

void DispatcherTest::throttleSpreadsABatch()
{
    setUpServer();
    m_dispatcher->setThrottleLimits(Outbox::ThrottleLimits{20, 100});
    QList<qint64> ids;
    for (int i = 0; i < 50; ++i) {
        ids.append(enqueue(QStringLiteral("batch %1").arg(i)));
    }
    const QDateTime start = m_now;
    QSignalSpy idle(m_dispatcher.get(), &Outbox::Dispatcher::idle);
    m_dispatcher->start();
    // Each minute of the fake clock lets 20 more go; the dispatcher's timer points there.
    const QList<int> sentAfterMinute{20, 40, 50};
    for (int minute = 0; minute < sentAfterMinute.size(); ++minute) {
        QTRY_COMPARE_WITH_TIMEOUT(m_server->record().messages.size(), sentAfterMinute.at(minute), WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_dispatcher->inFlight(), 0, WaitMs);
        if (minute + 1 < sentAfterMinute.size()) {
            QTRY_COMPARE_WITH_TIMEOUT(m_dispatcher->nextWakeUp(), start.addSecs(60 * (minute + 1)), WaitMs);
            m_now = start.addSecs(60 * (minute + 1));
            m_dispatcher->wakeUp();
        }
    }
    QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty(), WaitMs);
    for (const qint64 id : std::as_const(ids)) {
        QCOMPARE(m_store->message(id)->state, State::Sent);
        QCOMPARE(m_store->message(id)->attempts, 1);
        const qint64 startedAt = start.secsTo(m_store->message(id)->lastAttemptAt);
        QCOMPARE(startedAt, qint64(60 * (ids.indexOf(id) / 20)));
    }
}

void DispatcherTest::splitsManyRecipientsIntoEnvelopes()
{
    setUpServer();
    m_dispatcher->setThrottleLimits(Alice, Outbox::ThrottleLimits{0, 2});
    Outbox::NewMessage message;
    message.accountId = Alice;
    message.reversePath = QStringLiteral("alice@kurier.test");
    message.recipients
        = {QStringLiteral("a@kurier.test"), QStringLiteral("b@kurier.test"), QStringLiteral("c@kurier.test")};
    message.bytes = "Subject: many\r\n\r\nhello\r\n";
    const std::optional<QList<qint64>> ids = m_dispatcher->enqueue(message);
    QVERIFY(ids);
    QCOMPARE(ids->size(), 2);
    QCOMPARE(m_store->message(ids->at(0))->recipients.size(), 2);
    QCOMPARE(m_store->message(ids->at(1))->recipients, QStringList{QStringLiteral("c@kurier.test")});
    m_dispatcher->start();
    QVERIFY(waitForState(ids->at(1), State::Sent));
    QVERIFY(waitForState(ids->at(0), State::Sent));
    QCOMPARE(m_server->record().messages.size(), 2);
}

int DispatcherTest::sentFrom(const QString &accountId) const
{
    int sent = 0;
    for (const Outbox::OutboxMessage &message : m_store->messages()) {
        sent += message.accountId == accountId && message.state == State::Sent ? 1 : 0;
    }
    return sent;
}

void DispatcherTest::throttleFollowsEachAccountsSettings()
{
    setUpServer();
    addAccount(m_server->serverPort(), Bob);
    Accounts::Account alice = *m_accounts->account(Alice);
    alice.sendingLimits.messagesPerMinute = 2;
    QVERIFY(m_accounts->update(alice).ok());
    Accounts::Account bob = *m_accounts->account(Bob);
    bob.sendingLimits.messagesPerMinute = 3;
    QVERIFY(m_accounts->update(bob).ok());
    QCOMPARE(m_dispatcher->limitsFor(Alice).messagesPerMinute, 2);
    QCOMPARE(m_dispatcher->limitsFor(Bob).messagesPerMinute, 3);
    for (int i = 0; i < 5; ++i) {
        enqueue(QStringLiteral("alice %1").arg(i), {QStringLiteral("bob@kurier.test")}, Alice);
        enqueue(QStringLiteral("bob %1").arg(i), {QStringLiteral("bob@kurier.test")}, Bob);
    }
    const QDateTime start = m_now;
    m_dispatcher->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->record().messages.size(), 5, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_dispatcher->inFlight(), 0, WaitMs);
    QCOMPARE(sentFrom(Alice), 2);
    QCOMPARE(sentFrom(Bob), 3);
    QTRY_COMPARE_WITH_TIMEOUT(m_dispatcher->nextWakeUp(), start.addSecs(60), WaitMs);

    // Alice raises her limit in the account settings: it applies from the next minute on.
    alice.sendingLimits.messagesPerMinute = 10;
    QVERIFY(m_accounts->update(alice).ok());
    QCOMPARE(m_dispatcher->limitsFor(Alice).messagesPerMinute, 10);
    m_now = start.addSecs(60);
    m_dispatcher->wakeUp();
    QTRY_COMPARE_WITH_TIMEOUT(sentFrom(Alice), 5, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(sentFrom(Bob), 5, WaitMs);
    QCOMPARE(m_server->record().messages.size(), 10);

    // `kurier outbox flush --per-minute N` replaces only the messages per minute.
    bob.sendingLimits.recipientsPerMessage = 7;
    QVERIFY(m_accounts->update(bob).ok());
    m_dispatcher->setMessagesPerMinuteOverride(1);
    QCOMPARE(m_dispatcher->limitsFor(Bob), (Outbox::ThrottleLimits{1, 7}));
    m_dispatcher->setMessagesPerMinuteOverride(std::nullopt);
    QCOMPARE(m_dispatcher->limitsFor(Bob), (Outbox::ThrottleLimits{3, 7}));
    // Limits set for one account win over everything.
    m_dispatcher->setThrottleLimits(Bob, Outbox::ThrottleLimits{4, 4});
    QCOMPARE(m_dispatcher->limitsFor(Bob), (Outbox::ThrottleLimits{4, 4}));
}

void DispatcherTest::unknownHostNeedsAttentionAfterAFewAttempts_data()
{
    QTest::addColumn<Outbox::RetryPolicy::Network>("network");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<State>("finalState");

    QTest::newRow("online: needs attention at the third attempt")
        << Outbox::RetryPolicy::Network::Reachable << 3 << State::NeedsAttention;
    QTest::newRow("offline at every failure: an ordinary retry")
        << Outbox::RetryPolicy::Network::Offline << 6 << State::Retry;
}

void DispatcherTest::unknownHostNeedsAttentionAfterAFewAttempts()
{
    QFETCH(Outbox::RetryPolicy::Network, network);
    QFETCH(int, attempts);
    QFETCH(State, finalState);
    addAccount(587, Alice, UnknownHost);
    if (network == Outbox::RetryPolicy::Network::Offline) {
        // The network goes while the attempt runs, so the failure arrives offline.
        connect(m_dispatcher.get(), &Outbox::Dispatcher::messageStarted, this, [this] { m_dispatcher->networkLost(); });
    }
    const qint64 id = enqueue(QStringLiteral("unknown host"));
    m_dispatcher->start();
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        if (attempt > 1) {
            m_dispatcher->networkAvailable(); // also makes the retry due now
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            m_store->message(id)->attempts == attempt && m_store->message(id)->state != State::Sending, WaitMs);
        QCOMPARE(m_store->message(id)->state, attempt < attempts ? State::Retry : finalState);
        QCOMPARE(m_store->message(id)->errorCategory, QStringLiteral("host-not-found"));
    }
}

void DispatcherTest::sendNowSkipsTheBackoff()
{
    FakeSmtpBehaviour behaviour;
    behaviour.recipientReplies.insert(QStringLiteral("bob@kurier.test"), "451 4.3.0 Try again later\r\n");
    setUpServer(behaviour);
    const qint64 id = enqueue(QStringLiteral("backoff"));
    m_dispatcher->start();
    QVERIFY(waitForState(id, State::Retry));
    QVERIFY(m_store->message(id)->nextAttemptAt > m_now);
    m_server->behaviour().recipientReplies.clear();
    // The clock stands still: only "Send now" makes it go.
    QVERIFY(m_dispatcher->sendNow(id));
    QVERIFY(waitForState(id, State::Sent));
    QCOMPARE(m_store->message(id)->attempts, 2);
    QVERIFY(!m_dispatcher->sendNow(id)); // sent is final
}

void DispatcherTest::editedVersionReplacesAHeldMessage()
{
    setUpServer();
    Accounts::Account alice = *m_accounts->account(Alice);
    alice.sendingLimits.recipientsPerMessage = 2;
    QVERIFY(m_accounts->update(alice).ok());
    // Split into two envelopes (two recipients each at most); editing one edits the message.
    const qint64 id
        = enqueue(QStringLiteral("original"),
                  {QStringLiteral("x@kurier.test"), QStringLiteral("y@kurier.test"), QStringLiteral("z@kurier.test")});
    const QList<qint64> envelopes = m_store->envelopesOf(id);
    QCOMPARE(envelopes.size(), 2);
    QVERIFY(m_dispatcher->hold(envelopes.at(1))); // the user opened it in the composer
    QVERIFY(m_dispatcher->isHeld(id));
    QSignalSpy idle(m_dispatcher.get(), &Outbox::Dispatcher::idle);
    m_dispatcher->start();
    QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty(), WaitMs);
    QCOMPARE(m_store->message(id)->state, State::Queued); // due, but not started while edited
    QCOMPARE(m_server->record().connections, 0);

    Outbox::NewMessage edited;
    edited.accountId = Alice;
    edited.reversePath = QStringLiteral("alice@kurier.test");
    edited.recipients
        = {QStringLiteral("a@kurier.test"), QStringLiteral("b@kurier.test"), QStringLiteral("c@kurier.test")};
    edited.subject = QStringLiteral("edited");
    edited.bytes = "From: alice@kurier.test\r\nSubject: edited\r\n\r\nbetter\r\n";
    const std::optional<QList<qint64>> ids = m_dispatcher->replace(id, edited);
    QVERIFY(ids);
    QCOMPARE(ids->size(), 2); // split by the account's recipient limit
    QVERIFY(!m_store->message(envelopes.at(0))); // both envelopes of the original left
    QVERIFY(!m_store->message(envelopes.at(1)));
    QVERIFY(!m_dispatcher->isHeld(id));
    QCOMPARE(m_store->messages().size(), 2);
    QVERIFY(waitForState(ids->at(0), State::Sent));
    QVERIFY(waitForState(ids->at(1), State::Sent));
    QCOMPARE(m_server->record().messages.size(), 2);
    for (const QByteArray &received : m_server->record().messages) {
        QVERIFY(received.contains("Subject: edited"));
    }
    // The original is gone: it can be neither replaced again nor held.
    QVERIFY(!m_dispatcher->replace(id, edited));
    QVERIFY(!m_dispatcher->hold(id));
    QVERIFY(!m_dispatcher->hold(ids->at(0))); // sent
}

void DispatcherTest::deliveryUnknownMarkedAsSentByTheUser()
{
    FakeSmtpBehaviour behaviour;
    behaviour.drop = FakeSmtpBehaviour::Drop::AfterFinalDot;
    setUpServer(behaviour);
    const qint64 id = enqueue(QStringLiteral("lost reply"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("may or may not have been delivered")));
    m_dispatcher->start();
    QVERIFY(waitForState(id, State::DeliveryUnknown));
    QVERIFY(!m_dispatcher->hold(id)); // not editable: it may have arrived
    QSignalSpy finished(m_dispatcher.get(), &Outbox::Dispatcher::messageFinished);
    QVERIFY(m_dispatcher->markSentByUser(id));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(1).value<State>(), State::Sent);
    const Outbox::OutboxMessage sent = *m_store->message(id);
    QCOMPARE(sent.state, State::Sent);
    QCOMPARE(sent.sentAt, sent.finalDotAt);
    QCOMPARE(Outbox::SentLog(m_store.get()).records().size(), 1);
    QVERIFY(!m_dispatcher->markSentByUser(id));
    QVERIFY(!m_dispatcher->sendNow(id));
    QCOMPARE(m_server->record().messages.size(), 1);
}

QTEST_GUILESS_MAIN(DispatcherTest)
#include "dispatchertest.moc"
