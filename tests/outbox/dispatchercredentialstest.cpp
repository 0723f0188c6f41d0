// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Outbox::Dispatcher without the credentials it needs, over real SMTP (the fake server on
// loopback) and a fake authorization server on 127.0.130.2: an "ask me each time" account's
// messages wait for the password instead of failing and go once it is provided (a wrong one
// is asked for again); an access token the server refuses is refreshed once and the message
// sent, and a revoked sign-in needs attention as "sign in again".

#include "app/accounts/accountstore.h"
#include "app/accounts/credentialslookup.h"
#include "app/oauth/authorizationflow.h"
#include "app/oauth/tokenset.h"
#include "app/outbox/dispatcher.h"
#include "app/outbox/store.h"
#include "app/secrets/memorysecretstore.h"
#include "app/smtp/sockettransport.h"
#include "app/smtp/worker.h"
#include "tests/support/fakeauthorizationserver.h"
#include "tests/support/fakesmtpserver.h"
#include "tests/support/loopbackbrowser.h"
#include "tests/support/oauthprovidersettings.h"
#include "tests/support/outboxstatewait.h"
#include "tests/support/secretjobresult.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;
using Outbox::State;
using TestSupport::FakeAuthorizationServer;
using TestSupport::FakeSmtpBehaviour;
using TestSupport::FakeSmtpServer;

namespace
{

constexpr int WaitMs = 20000;
const QString Alice = QStringLiteral("alice");
const QString AlicePassword = QStringLiteral("alice-Secret-7");
const QString ClientId = QStringLiteral("kurier-test-client");
const QHostAddress AuthServerAddress(QStringLiteral("127.0.130.2"));

} // namespace

class DispatcherCredentialsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void waitsForThePasswordThenSends();
    void wrongSessionPasswordIsAskedForAgain();
    void refusedTokenIsRefreshedOnce_data();
    void refusedTokenIsRefreshedOnce();

private:
    void startWith(Accounts::AuthMethod method);
    qint64 enqueue(const QString &subject);
    bool waitForState(qint64 id, State state);
    bool signInAndStoreTokens();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeSmtpServer> m_server;
    std::unique_ptr<FakeAuthorizationServer> m_authServer;
    std::unique_ptr<Accounts::AccountStore> m_accounts;
    std::unique_ptr<Secrets::MemorySecretStore> m_keychain;
    std::unique_ptr<Accounts::CredentialsLookup> m_lookup;
    std::unique_ptr<Smtp::Worker> m_worker;
    std::unique_ptr<Outbox::Store> m_store;
    std::unique_ptr<Outbox::Dispatcher> m_dispatcher;
};

void DispatcherCredentialsTest::initTestCase()
{
    Smtp::Worker::registerMetaTypes();
    qRegisterMetaType<OAuth::TokenResult>();
    qRegisterMetaType<Outbox::State>();
}

void DispatcherCredentialsTest::init()
{
    // The dispatcher logs refused tokens and refreshes at info level; anything worse is a failure.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!.*could not be refreshed).*")));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_authServer = std::make_unique<FakeAuthorizationServer>(ClientId);
    QVERIFY(m_authServer->listenOn(AuthServerAddress));
    const QString settingsPath = m_dir->filePath(QStringLiteral("kurier.ini"));
    // The Google row pointed at the fake server, as an organisation's configuration would.
    TestSupport::configureOAuthProvider(settingsPath, QStringLiteral("google"), ClientId,
                                        m_authServer->authorizationUrl(), m_authServer->tokenUrl());
    m_accounts = std::make_unique<Accounts::AccountStore>(settingsPath);
    m_keychain = std::make_unique<Secrets::MemorySecretStore>();
    m_lookup = std::make_unique<Accounts::CredentialsLookup>(m_keychain.get(),
                                                             OAuth::ProviderTable::configured(settingsPath));
    m_worker = std::make_unique<Smtp::Worker>([](const Smtp::SessionSettings &settings) {
        return Smtp::SocketTransport::factory(settings.host, FakeSmtpServer::caCertificates());
    });
    m_store = std::make_unique<Outbox::Store>(m_dir->filePath(QStringLiteral("outbox.sqlite")));
    QVERIFY(m_store->open().ok());
    m_dispatcher
        = std::make_unique<Outbox::Dispatcher>(m_store.get(), m_accounts.get(), m_keychain.get(), m_worker.get());
    m_dispatcher->setCredentialsLookup(m_lookup.get());
    m_dispatcher->setFollowNetworkReachability(false);
    m_dispatcher->setPollInterval(0ms);
    m_dispatcher->setRandomSource([] { return 0.5; });
}

void DispatcherCredentialsTest::cleanup()
{
    m_dispatcher.reset();
    m_worker.reset();
    m_store.reset();
    m_lookup.reset();
    m_keychain.reset();
    m_accounts.reset();
    m_server.reset();
    m_authServer.reset();
    m_dir.reset();
}

void DispatcherCredentialsTest::startWith(Accounts::AuthMethod method)
{
    FakeSmtpBehaviour behaviour;
    behaviour.capabilitiesTls = {QStringLiteral("AUTH PLAIN LOGIN XOAUTH2 OAUTHBEARER")};
    // Only tokens the authorization server issued and has not expired are good.
    behaviour.acceptsToken
        = [server = m_authServer.get()](const QString &token) { return server->isValidAccessToken(token); };
    m_server = std::make_unique<FakeSmtpServer>(behaviour);
    QVERIFY(m_server->listenOnLoopback());
    Accounts::Account account;
    account.id = Alice;
    account.displayName = QStringLiteral("Alice");
    account.email = QStringLiteral("alice@kurier.test");
    account.host = QStringLiteral("localhost");
    account.port = m_server->serverPort();
    account.security = Accounts::Security::StartTls;
    account.authMethod = method;
    account.userName = Alice;
    QVERIFY(m_accounts->add(account).ok());
}

qint64 DispatcherCredentialsTest::enqueue(const QString &subject)
{
    Outbox::NewMessage message;
    message.accountId = Alice;
    message.reversePath = QStringLiteral("alice@kurier.test");
    message.recipients = {QStringLiteral("bob@kurier.test")};
    message.subject = subject;
    message.bytes
        = "From: alice@kurier.test\r\nTo: bob@kurier.test\r\nSubject: " + subject.toUtf8() + "\r\n\r\nhello\r\n";
    const std::optional<QList<qint64>> ids = m_dispatcher->enqueue(message);
    return ids && !ids->isEmpty() ? ids->constFirst() : 0;
}

bool DispatcherCredentialsTest::waitForState(qint64 id, State state)
{
    return TestSupport::waitForOutboxState(*m_dispatcher, *m_store, id, state, 20, WaitMs);
}

bool DispatcherCredentialsTest::signInAndStoreTokens()
{
    const std::optional<OAuth::Provider> google
        = OAuth::ProviderTable::configured(m_accounts->settingsPath()).provider(QStringLiteral("google"));
    OAuth::AuthorizationFlow flow(*google, QStringLiteral("alice@kurier.test"));
    QSignalSpy urlReady(&flow, &OAuth::AuthorizationFlow::authorizationUrlReady);
    QSignalSpy finished(&flow, &OAuth::AuthorizationFlow::finished);
    flow.start();
    if (!urlReady.wait(5000) || !TestSupport::visitInBrowser(urlReady.first().first().toUrl()).finished) {
        return false;
    }
    if (finished.isEmpty() && !finished.wait(10000)) {
        return false;
    }
    const OAuth::TokenResult result = finished.first().first().value<OAuth::TokenResult>();
    return result.ok()
        && TestSupport::waitForSecretResult(
               m_keychain->write(Alice, Secrets::SecretKind::OAuthTokens, result.tokens->toSecret()))
               .ok();
}

void DispatcherCredentialsTest::waitsForThePasswordThenSends()
{
    startWith(Accounts::AuthMethod::Plain); // and no password stored: "ask me each time"
    QSignalSpy requested(m_lookup.get(), &Accounts::CredentialsLookup::passwordRequested);
    QSignalSpy idle(m_dispatcher.get(), &Outbox::Dispatcher::idle);
    const qint64 first = enqueue(QStringLiteral("first"));
    const qint64 second = enqueue(QStringLiteral("second"));
    m_dispatcher->start();
    QVERIFY(waitForState(first, State::Retry));
    QVERIFY(waitForState(second, State::Retry));
    for (const qint64 id : {first, second}) {
        const Outbox::OutboxMessage waiting = *m_store->message(id);
        QCOMPARE(waiting.errorTitle, QStringLiteral("Waiting for the password"));
        QCOMPARE(waiting.errorCategory, QStringLiteral("wrong-credentials"));
        QVERIFY(waiting.nextAttemptAt > QDateTime::currentDateTimeUtc().addSecs(23 * 3600));
    }
    // Asked once for both; nothing reached the server; a flush would end here, not hang.
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().value<Accounts::Account>().id, Alice);
    QCOMPARE(m_server->record().connections, 0);
    QTRY_VERIFY_WITH_TIMEOUT(!idle.isEmpty(), WaitMs);

    m_lookup->providePassword(Alice, AlicePassword, Accounts::CredentialsLookup::PasswordKeeping::ThisSessionOnly);
    QVERIFY(waitForState(first, State::Sent));
    QVERIFY(waitForState(second, State::Sent));
    QCOMPARE(m_server->record().messages.size(), 2);
    // Kept for this session only.
    QCOMPARE(TestSupport::waitForSecretResult(m_keychain->read(Alice, Secrets::SecretKind::SmtpPassword)).status,
             Secrets::SecretResult::Status::NotFound);
}

void DispatcherCredentialsTest::wrongSessionPasswordIsAskedForAgain()
{
    startWith(Accounts::AuthMethod::Plain);
    QSignalSpy requested(m_lookup.get(), &Accounts::CredentialsLookup::passwordRequested);
    const qint64 id = enqueue(QStringLiteral("typo"));
    m_dispatcher->start();
    QVERIFY(waitForState(id, State::Retry));
    QCOMPARE(requested.count(), 1);

    m_lookup->providePassword(Alice, QStringLiteral("alice-Secret-8"),
                              Accounts::CredentialsLookup::PasswordKeeping::ThisSessionOnly);
    QTRY_COMPARE_WITH_TIMEOUT(requested.count(), 2, WaitMs);
    QCOMPARE(m_store->message(id)->state, State::Retry);
    QCOMPARE(m_store->message(id)->errorTitle, QStringLiteral("Waiting for the password"));
    QVERIFY(m_server->record().received("AUTH PLAIN"));
    QCOMPARE(m_server->record().authSuccesses, 0);

    m_lookup->providePassword(Alice, AlicePassword, Accounts::CredentialsLookup::PasswordKeeping::ThisSessionOnly);
    QVERIFY(waitForState(id, State::Sent));
}

void DispatcherCredentialsTest::refusedTokenIsRefreshedOnce_data()
{
    QTest::addColumn<Accounts::AuthMethod>("method");
    QTest::addColumn<bool>("revoked");
    QTest::addColumn<State>("state");
    QTest::addColumn<QString>("category");

    QTest::newRow("XOAUTH2: stale token refreshed, then sent")
        << Accounts::AuthMethod::XOAuth2 << false << State::Sent << QString();
    QTest::newRow("OAUTHBEARER: stale token refreshed, then sent")
        << Accounts::AuthMethod::OAuthBearer << false << State::Sent << QString();
    QTest::newRow("revoked sign-in: needs attention, sign in again")
        << Accounts::AuthMethod::XOAuth2 << true << State::NeedsAttention << QStringLiteral("web-login-required");
}

void DispatcherCredentialsTest::refusedTokenIsRefreshedOnce()
{
    QFETCH(Accounts::AuthMethod, method);
    QFETCH(bool, revoked);
    QFETCH(State, state);
    QFETCH(QString, category);

    startWith(method);
    QVERIFY(signInAndStoreTokens());
    // The stored token still looks fresh for an hour, but the provider has already dropped it.
    m_authServer->expireAccessTokens();
    if (revoked) {
        m_authServer->revokeRefreshTokens();
    }
    const qint64 id = enqueue(QStringLiteral("stale token"));
    m_dispatcher->start();
    QVERIFY(waitForState(id, state));
    const Outbox::OutboxMessage message = *m_store->message(id);
    QCOMPARE(m_authServer->refreshes(), revoked ? 0 : 1);
    QCOMPARE(message.attempts, 1); // the refresh and second login are part of the one attempt
    if (state == State::Sent) {
        QCOMPARE(m_server->record().authSuccesses, 1);
        QCOMPARE(m_server->record().messages.size(), 1);
        return;
    }
    QCOMPARE(message.errorCategory, category);
    QVERIFY(message.lastError.contains(QLatin1String("InvalidGrant")));
    QCOMPARE(m_server->record().messages.size(), 0);
}

QTEST_GUILESS_MAIN(DispatcherCredentialsTest)
#include "dispatchercredentialstest.moc"
