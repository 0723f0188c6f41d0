// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The OAuth sign-in end to end on loopback: Kurier's AuthorizationFlow against a fake
// authorization server (PKCE, redirect URI and state checked), the browser played by an HTTP
// client following the redirects, tokens kept by TokenStore (refresh before expiry, once more
// after the SMTP server refused the token, a revoked refresh token as a clear error), and an
// XOAUTH2/OAUTHBEARER login at the fake SMTP server. No token may appear in the log, the
// transcript or the settings file.

#include "app/accounts/accountstore.h"
#include "app/diagnostics/explainer.h"
#include "app/oauth/accountsignin.h"
#include "app/oauth/authorizationflow.h"
#include "app/oauth/tokenrejection.h"
#include "app/oauth/tokenstore.h"
#include "app/oauth/tokensubmission.h"
#include "app/secrets/memorysecretstore.h"
#include "app/smtp/transcript.h"
#include "app/smtp/worker.h"
#include "tests/support/fakeauthorizationserver.h"
#include "tests/support/fakesmtpserver.h"
#include "tests/support/loopbackbrowser.h"
#include "tests/support/oauthtestsupport.h"

#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using OAuth::AuthorizationFlow;
using OAuth::Error;
using OAuth::Provider;
using OAuth::TokenResult;
using OAuth::TokenSet;
using OAuth::TokenStore;
using TestSupport::BrowserVisit;
using TestSupport::FakeAuthorizationServer;
using TestSupport::FakeSmtpServer;
using TestSupport::visitInBrowser;
using TestSupport::waitForTokenResult;

namespace
{

const QString ClientId = u"kurier-test-client"_s;
const QString AccountId = u"ola-example-test"_s;
const QString Address = u"ola@example.test"_s;
const QHostAddress AuthServerAddress(u"127.0.120.1"_s);

} // namespace

class SignInFlowTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void signsInWithPkce();
    void loginHintNamesTheAccount();
    void refusesRedirectWithForeignState();
    void reportsDeniedConsent();
    void reportsWrongClientId();
    void needsClientId();
    void storesTokensAsOneSecret();
    void accountSignInStoresTokens();
    void usesStoredTokenWhileFresh();
    void refreshesBeforeExpiry();
    void keepsRotatedRefreshToken();
    void revokedRefreshTokenAsksForSignIn();
    void refreshesOnceAfterTokenRejection_data();
    void refreshesOnceAfterTokenRejection();
    void submissionRetriesOnceWithRefreshedToken_data();
    void submissionRetriesOnceWithRefreshedToken();
    void submissionRefreshesBeforeSending();
    void submissionReportsLostSignIn();
    void passwordFailureIsNoTokenRejection();
    void tokensNeverInLogTranscriptOrSettings();
    void refusesUntrustedTokenEndpoint();

private:
    Provider provider() const;
    TokenResult signIn(const QString &loginHint = Address);
    Smtp::SendJob sendJob(quint16 port, const QString &accessToken, Accounts::AuthMethod method) const;
    Smtp::SendResult send(Smtp::Worker &worker, const Smtp::SendJob &job);
    // Signs in, stores the tokens and returns a store that refreshes at the fake server.
    std::unique_ptr<TokenStore> signedInStore(QTemporaryDir &dir);
    OAuth::TokenSubmissionResult submit(TokenStore &store, Smtp::Worker &worker, const Smtp::SendJob &job);

    std::unique_ptr<FakeAuthorizationServer> m_authServer;
    QSslConfiguration m_systemTls; // the default TLS configuration without the test CA
    std::unique_ptr<Secrets::MemorySecretStore> m_secrets;
    quint64 m_nextRequest = 1;
};

void SignInFlowTest::initTestCase()
{
    qRegisterMetaType<OAuth::TokenResult>();
    qRegisterMetaType<OAuth::TokenSubmissionResult>();
    Smtp::Worker::registerMetaTypes();
    TestSupport::LogCapture::install();
    QLoggingCategory::setFilterRules(u"kurier.*.debug=true"_s);
    // The fake provider speaks HTTPS, as real ones do, with a certificate from the test CA;
    // Kurier trusts it the way it trusts any CA the system lists.
    m_systemTls = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = m_systemTls;
    trusting.addCaCertificates(FakeAuthorizationServer::testCa());
    QSslConfiguration::setDefaultConfiguration(trusting);
}

void SignInFlowTest::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    TestSupport::LogCapture::clear();
    m_authServer = std::make_unique<FakeAuthorizationServer>(ClientId);
    m_authServer->useTls();
    QVERIFY(m_authServer->listenOn(AuthServerAddress));
    QCOMPARE(m_authServer->tokenUrl().scheme(), u"https"_s);
    m_secrets = std::make_unique<Secrets::MemorySecretStore>();
}

void SignInFlowTest::cleanup()
{
    m_secrets.reset();
    m_authServer.reset();
}

Provider SignInFlowTest::provider() const
{
    // The Google row, pointed at the fake server through configuration, as an organisation's
    // proxy would be.
    Provider google = *OAuth::ProviderTable::bundled().provider(u"google"_s);
    google.authorizationUrl = m_authServer->authorizationUrl();
    google.tokenUrl = m_authServer->tokenUrl();
    google.clientId = ClientId;
    return google;
}

TokenResult SignInFlowTest::signIn(const QString &loginHint)
{
    AuthorizationFlow flow(provider(), loginHint);
    QSignalSpy urlReady(&flow, &AuthorizationFlow::authorizationUrlReady);
    QSignalSpy finished(&flow, &AuthorizationFlow::finished);
    flow.start();
    if (!urlReady.wait(5000)) {
        return !finished.isEmpty() ? finished.first().first().value<TokenResult>()
                                   : TokenResult::failure(Error::make(Error::Kind::Timeout, u"no URL"_s));
    }
    const BrowserVisit visit = visitInBrowser(urlReady.first().first().toUrl());
    if (!visit.finished) {
        return TokenResult::failure(Error::make(Error::Kind::Timeout, u"the browser never got a page"_s));
    }
    if (finished.isEmpty() && !finished.wait(10000)) {
        return TokenResult::failure(Error::make(Error::Kind::Timeout, u"the flow never finished"_s));
    }
    return finished.first().first().value<TokenResult>();
}

void SignInFlowTest::signsInWithPkce()
{
    const TokenResult result = signIn();
    QVERIFY2(result.ok(), result.error ? qPrintable(result.error->facts()) : "no tokens");
    QCOMPARE(result.tokens->accessToken, m_authServer->lastAccessToken());
    QCOMPARE(result.tokens->refreshToken, m_authServer->lastRefreshToken());
    QCOMPARE(result.tokens->providerId, u"google"_s);
    QCOMPARE(result.tokens->clientId, ClientId);
    const qint64 lifetime = QDateTime::currentDateTimeUtc().secsTo(result.tokens->expiresAt);
    QVERIFY2(lifetime > 3500 && lifetime <= 3600, qPrintable(QString::number(lifetime)));
    QCOMPARE(m_authServer->codeExchanges(), 1);

    // The authorization request carried an S256 challenge and a loopback redirect on
    // 127.0.0.1; the token request the verifier and the same redirect URI.
    const QList<FakeAuthorizationServer::Request> requests = m_authServer->requests();
    QCOMPARE(requests.size(), 2);
    const QUrl redirect(requests.at(0).query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
    QCOMPARE(redirect.scheme(), u"http"_s);
    QCOMPARE(redirect.host(), u"127.0.0.1"_s);
    QCOMPARE(requests.at(0).query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    QCOMPARE(requests.at(0).query.queryItemValue(u"scope"_s, QUrl::FullyDecoded), u"https://mail.google.com/"_s);
    QCOMPARE(requests.at(1).query.queryItemValue(u"grant_type"_s), u"authorization_code"_s);
    QCOMPARE(QUrl(requests.at(1).query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded)), redirect);
    QCOMPARE(OAuth::Pkce::challengeFor(requests.at(1).query.queryItemValue(u"code_verifier"_s).toLatin1()),
             requests.at(0).query.queryItemValue(u"code_challenge"_s).toLatin1());
}

void SignInFlowTest::loginHintNamesTheAccount()
{
    QVERIFY(signIn(u"ola+tag@example.test"_s).ok());
    QCOMPARE(m_authServer->requests().first().query.queryItemValue(u"login_hint"_s, QUrl::FullyDecoded),
             u"ola+tag@example.test"_s);
}

void SignInFlowTest::refusesRedirectWithForeignState()
{
    AuthorizationFlow flow(provider(), Address);
    QSignalSpy urlReady(&flow, &AuthorizationFlow::authorizationUrlReady);
    QSignalSpy finished(&flow, &AuthorizationFlow::finished);
    flow.start();
    QVERIFY(urlReady.wait(5000));
    // Another page (or program) sends the browser to Kurier's listener with its own code.
    QUrl forged = flow.redirectUri();
    forged.setQuery(u"code=stolen-code&state=not-ours"_s);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"State mismatch"_s));
    QVERIFY(visitInBrowser(forged).finished);
    QVERIFY(!finished.isEmpty() || finished.wait(5000));
    const TokenResult result = finished.first().first().value<TokenResult>();
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, Error::Kind::StateMismatch);
    QCOMPARE(m_authServer->codeExchanges(), 0);
}

void SignInFlowTest::reportsDeniedConsent()
{
    m_authServer->setDenyAuthorization(true);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"access_denied"_s));
    const TokenResult result = signIn();
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, Error::Kind::AuthorizationDenied);
    QCOMPARE(result.error->oauthError, u"access_denied"_s);
    QVERIFY(result.error->needsSignInAgain());
}

void SignInFlowTest::reportsWrongClientId()
{
    // The fake server refuses the exchange for another client: the flow must end, not hang.
    Provider other = provider();
    other.clientId = u"someone-else"_s;
    AuthorizationFlow flow(other, Address);
    QSignalSpy urlReady(&flow, &AuthorizationFlow::authorizationUrlReady);
    QSignalSpy finished(&flow, &AuthorizationFlow::finished);
    flow.start();
    QVERIFY(urlReady.wait(5000));
    const BrowserVisit visit = visitInBrowser(urlReady.first().first().toUrl());
    QCOMPARE(visit.status, 400); // the provider's error page; no redirect reaches Kurier
    QCOMPARE(m_authServer->lastRefusal(), u"unknown client_id"_s);
    flow.cancel();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().value<TokenResult>().error->kind, Error::Kind::Cancelled);
}

void SignInFlowTest::needsClientId()
{
    Provider unconfigured = *OAuth::ProviderTable::bundled().provider(u"microsoft"_s);
    AuthorizationFlow flow(unconfigured, Address);
    QSignalSpy urlReady(&flow, &AuthorizationFlow::authorizationUrlReady);
    const TokenResult result = [&flow] {
        flow.start();
        return waitForTokenResult(&flow);
    }();
    QCOMPARE(result.error->kind, Error::Kind::NoClientId);
    QCOMPARE(urlReady.count(), 0);
}

void SignInFlowTest::storesTokensAsOneSecret()
{
    const TokenResult signedIn = signIn();
    QVERIFY(signedIn.ok());
    TokenStore store(m_secrets.get(), OAuth::ProviderTable::bundled());
    QVERIFY(waitForTokenResult(store.save(AccountId, *signedIn.tokens)).ok());

    Secrets::SecretJob *read = m_secrets->read(AccountId, Secrets::SecretKind::OAuthTokens);
    QSignalSpy readDone(read, &Secrets::SecretJob::finished);
    QVERIFY(readDone.wait(5000));
    const Secrets::SecretResult secret = readDone.first().first().value<Secrets::SecretResult>();
    QVERIFY(secret.ok());
    QCOMPARE(TokenSet::fromSecret(secret.secret), signedIn.tokens);
    QCOMPARE(Secrets::SecretStore::keyFor(AccountId, Secrets::SecretKind::OAuthTokens), AccountId + u"/oauth2"_s);
}

void SignInFlowTest::accountSignInStoresTokens()
{
    TokenStore store(m_secrets.get(), OAuth::ProviderTable::bundled());
    OAuth::AccountSignIn signIn(&store, provider(), AccountId, Address);
    QSignalSpy urlReady(&signIn, &OAuth::AccountSignIn::authorizationUrlReady);
    QSignalSpy finished(&signIn, &OAuth::AccountSignIn::finished);
    signIn.start();
    QVERIFY(urlReady.wait(5000));
    QCOMPARE(signIn.provider().signInDomain(), u"127.0.120.1"_s);
    QVERIFY(visitInBrowser(urlReady.first().first().toUrl()).finished);
    QVERIFY(!finished.isEmpty() || finished.wait(10000));
    QCOMPARE(finished.count(), 1);
    const TokenResult result = finished.first().first().value<TokenResult>();
    QVERIFY(result.ok());
    const TokenResult stored = waitForTokenResult(store.load(AccountId));
    QVERIFY(stored.ok());
    QCOMPARE(stored.tokens->accessToken, m_authServer->lastAccessToken());
    QCOMPARE(stored.tokens, result.tokens);
}

void SignInFlowTest::usesStoredTokenWhileFresh()
{
    const TokenResult signedIn = signIn();
    QVERIFY(signedIn.ok());
    TokenStore store(m_secrets.get(), OAuth::ProviderTable::bundled());
    QVERIFY(waitForTokenResult(store.save(AccountId, *signedIn.tokens)).ok());
    const TokenResult token = waitForTokenResult(store.accessToken(AccountId));
    QVERIFY(token.ok());
    QCOMPARE(token.tokens->accessToken, signedIn.tokens->accessToken);
    QCOMPARE(m_authServer->refreshes(), 0);
}

void SignInFlowTest::refreshesBeforeExpiry()
{
    // Issued with less than the refresh margin left: the next use refreshes first.
    m_authServer->setAccessTokenLifetime(60);
    const TokenResult signedIn = signIn();
    QVERIFY(signedIn.ok());
    m_authServer->setAccessTokenLifetime(3600);

    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"kurier.ini"_s), QSettings::IniFormat);
    settings.setValue(OAuth::ProviderTable::clientIdKey(u"google"_s), ClientId);
    settings.setValue(OAuth::ProviderTable::authorizationUrlKey(u"google"_s),
                      m_authServer->authorizationUrl().toString());
    settings.setValue(OAuth::ProviderTable::tokenUrlKey(u"google"_s), m_authServer->tokenUrl().toString());
    settings.sync();
    TokenStore store(m_secrets.get(), OAuth::ProviderTable::configured(settings));
    QVERIFY(waitForTokenResult(store.save(AccountId, *signedIn.tokens)).ok());

    const TokenResult fresh = waitForTokenResult(store.accessToken(AccountId));
    QVERIFY2(fresh.ok(), fresh.error ? qPrintable(fresh.error->facts()) : "");
    QCOMPARE(m_authServer->refreshes(), 1);
    QVERIFY(fresh.tokens->accessToken != signedIn.tokens->accessToken);
    QCOMPARE(fresh.tokens->accessToken, m_authServer->lastAccessToken());
    QCOMPARE(fresh.tokens->refreshToken, signedIn.tokens->refreshToken); // not rotated: kept
    QVERIFY(QDateTime::currentDateTimeUtc().secsTo(fresh.tokens->expiresAt) > 3500);
    const QList<FakeAuthorizationServer::Request> requests = m_authServer->requests();
    QCOMPARE(requests.last().query.queryItemValue(u"grant_type"_s), u"refresh_token"_s);
    QCOMPARE(requests.last().query.queryItemValue(u"client_id"_s), ClientId);

    // The refreshed set was saved: the next look-up needs no refresh.
    const TokenResult again = waitForTokenResult(store.accessToken(AccountId));
    QCOMPARE(again.tokens->accessToken, fresh.tokens->accessToken);
    QCOMPARE(m_authServer->refreshes(), 1);
}

void SignInFlowTest::keepsRotatedRefreshToken()
{
    const TokenResult signedIn = signIn();
    QVERIFY(signedIn.ok());
    m_authServer->setRotateRefreshTokens(true);
    Provider fake = provider();
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"kurier.ini"_s), QSettings::IniFormat);
    settings.setValue(OAuth::ProviderTable::clientIdKey(u"google"_s), ClientId);
    settings.setValue(OAuth::ProviderTable::tokenUrlKey(u"google"_s), fake.tokenUrl.toString());
    settings.sync();
    TokenStore store(m_secrets.get(), OAuth::ProviderTable::configured(settings));
    QVERIFY(waitForTokenResult(store.save(AccountId, *signedIn.tokens)).ok());

    const TokenResult first = waitForTokenResult(store.accessToken(AccountId, TokenStore::Freshness::ForceRefresh));
    QVERIFY(first.ok());
    QCOMPARE(first.tokens->refreshToken, m_authServer->lastRefreshToken());
    QVERIFY(first.tokens->refreshToken != signedIn.tokens->refreshToken);
    // Only the rotated token works now; the store must have saved it.
    const TokenResult second = waitForTokenResult(store.accessToken(AccountId, TokenStore::Freshness::ForceRefresh));
    QVERIFY2(second.ok(), second.error ? qPrintable(second.error->facts()) : "");
    QCOMPARE(m_authServer->refreshes(), 2);
}

void SignInFlowTest::revokedRefreshTokenAsksForSignIn()
{
    const TokenResult signedIn = signIn();
    QVERIFY(signedIn.ok());
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"kurier.ini"_s), QSettings::IniFormat);
    settings.setValue(OAuth::ProviderTable::clientIdKey(u"google"_s), ClientId);
    settings.setValue(OAuth::ProviderTable::tokenUrlKey(u"google"_s), m_authServer->tokenUrl().toString());
    settings.sync();
    TokenStore store(m_secrets.get(), OAuth::ProviderTable::configured(settings));
    QVERIFY(waitForTokenResult(store.save(AccountId, *signedIn.tokens)).ok());

    m_authServer->revokeRefreshTokens();
    const TokenResult result = waitForTokenResult(store.accessToken(AccountId, TokenStore::Freshness::ForceRefresh));
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, Error::Kind::InvalidGrant);
    QCOMPARE(result.error->oauthError, u"invalid_grant"_s);
    QCOMPARE(result.error->httpStatus, 400);
    QCOMPARE(result.error->providerId, u"google"_s);
    QVERIFY(result.error->needsSignInAgain());
    const Diagnostics::Explanation explanation = Diagnostics::Explainer().explain(result.error->evidence());
    QCOMPARE(explanation.category, Diagnostics::Category::WebLoginRequired);
    QCOMPARE(explanation.actions.first().kind, Diagnostics::SuggestedAction::Kind::SignInAgain);

    // Nothing stored at all is the same "sign in again".
    const TokenResult nothing = waitForTokenResult(store.accessToken(u"never-signed-in"_s));
    QCOMPARE(nothing.error->kind, Error::Kind::NotSignedIn);
}

Smtp::SendJob SignInFlowTest::sendJob(quint16 port, const QString &accessToken, Accounts::AuthMethod method) const
{
    Smtp::SendJob job;
    job.accountId = AccountId;
    job.settings.host = u"localhost"_s;
    job.settings.port = port;
    job.settings.security = Accounts::Security::StartTls;
    job.settings.authMethod = method;
    job.settings.userName = Address;
    job.settings.additionalCaCertificates = FakeSmtpServer::caCertificates();
    job.credentials = Smtp::Credentials::oauthToken(accessToken);
    job.request.reversePath = Address;
    job.request.recipients = {u"bob@kurier.test"_s};
    job.request.message = Smtp::MessageSource::fromBytes("Subject: token\r\n\r\nhi\r\n", {});
    return job;
}

Smtp::SendResult SignInFlowTest::send(Smtp::Worker &worker, const Smtp::SendJob &job)
{
    Smtp::SendJob numbered = job;
    numbered.request.id = m_nextRequest++;
    QSignalSpy finished(&worker, &Smtp::Worker::finished);
    worker.submit(numbered);
    if (!finished.wait(20000)) {
        return {};
    }
    return finished.first().first().value<Smtp::SendResult>();
}

void SignInFlowTest::refreshesOnceAfterTokenRejection_data()
{
    QTest::addColumn<Accounts::AuthMethod>("method");
    QTest::addColumn<QString>("mechanism");
    QTest::newRow("XOAUTH2") << Accounts::AuthMethod::XOAuth2 << u"XOAUTH2"_s;
    QTest::newRow("OAUTHBEARER") << Accounts::AuthMethod::OAuthBearer << u"OAUTHBEARER"_s;
}

void SignInFlowTest::refreshesOnceAfterTokenRejection()
{
    QFETCH(Accounts::AuthMethod, method);
    QFETCH(QString, mechanism);
    const TokenResult signedIn = signIn();
    QVERIFY(signedIn.ok());
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"kurier.ini"_s), QSettings::IniFormat);
    settings.setValue(OAuth::ProviderTable::clientIdKey(u"google"_s), ClientId);
    settings.setValue(OAuth::ProviderTable::tokenUrlKey(u"google"_s), m_authServer->tokenUrl().toString());
    settings.sync();
    TokenStore store(m_secrets.get(), OAuth::ProviderTable::configured(settings));
    QVERIFY(waitForTokenResult(store.save(AccountId, *signedIn.tokens)).ok());

    // The provider revoked the access token early (it still looks fresh to Kurier).
    m_authServer->expireAccessTokens();
    TestSupport::FakeSmtpBehaviour behaviour;
    behaviour.capabilitiesTls = {u"PIPELINING"_s, u"AUTH XOAUTH2 OAUTHBEARER PLAIN"_s, u"ENHANCEDSTATUSCODES"_s};
    behaviour.oauthToken = u"the-server-accepts-only-valid-tokens"_s;
    FakeSmtpServer smtp(behaviour);
    QVERIFY(smtp.listenOnLoopback());
    Smtp::Worker worker;

    const TokenResult stored = waitForTokenResult(store.accessToken(AccountId));
    QVERIFY(stored.ok());
    QCOMPARE(m_authServer->refreshes(), 0);
    const Smtp::SendJob first = sendJob(smtp.serverPort(), stored.tokens->accessToken, method);
    const Smtp::SendResult rejected = send(worker, first);
    QCOMPARE(rejected.outcome, Smtp::SendResult::Outcome::Failed);
    QVERIFY(rejected.error);
    QCOMPARE(rejected.error->kind, Smtp::Error::Kind::AuthenticationFailed);
    QVERIFY2(rejected.error->detail.contains(u"\"status\":\"401\""_s), qPrintable(rejected.error->detail));
    QVERIFY(OAuth::isTokenRejection(first.credentials, rejected));

    // One forced refresh; the server now knows the new token.
    const TokenResult refreshed = waitForTokenResult(store.accessToken(AccountId, TokenStore::Freshness::ForceRefresh));
    QVERIFY(refreshed.ok());
    QCOMPARE(m_authServer->refreshes(), 1);
    QVERIFY(m_authServer->isValidAccessToken(refreshed.tokens->accessToken));
    smtp.behaviour().oauthToken = refreshed.tokens->accessToken;
    const Smtp::SendResult sent = send(worker, sendJob(smtp.serverPort(), refreshed.tokens->accessToken, method));
    QCOMPARE(sent.outcome, Smtp::SendResult::Outcome::Sent);
    QCOMPARE(smtp.record().authSuccesses, 1);
    const QByteArray authCommand = QByteArray("AUTH ") + mechanism.toLatin1() + ' ';
    bool usedMechanism = false;
    for (const QByteArray &command : smtp.record().commands) {
        usedMechanism = usedMechanism || command.startsWith(authCommand);
    }
    QVERIFY(usedMechanism);
}

std::unique_ptr<TokenStore> SignInFlowTest::signedInStore(QTemporaryDir &dir)
{
    const TokenResult signedIn = signIn();
    if (!signedIn.ok()) {
        return nullptr;
    }
    QSettings settings(dir.filePath(u"kurier.ini"_s), QSettings::IniFormat);
    settings.setValue(OAuth::ProviderTable::clientIdKey(u"google"_s), ClientId);
    settings.setValue(OAuth::ProviderTable::tokenUrlKey(u"google"_s), m_authServer->tokenUrl().toString());
    settings.sync();
    auto store = std::make_unique<TokenStore>(m_secrets.get(), OAuth::ProviderTable::configured(settings));
    if (!waitForTokenResult(store->save(AccountId, *signedIn.tokens)).ok()) {
        return nullptr;
    }
    return store;
}

OAuth::TokenSubmissionResult SignInFlowTest::submit(TokenStore &store, Smtp::Worker &worker, const Smtp::SendJob &job)
{
    Smtp::SendJob numbered = job;
    numbered.request.id = m_nextRequest++;
    auto *submission = new OAuth::TokenSubmission(&store, &worker, numbered);
    QSignalSpy finished(submission, &OAuth::TokenSubmission::finished);
    submission->start();
    if (!finished.wait(20000)) {
        return {std::nullopt, Error::make(Error::Kind::Timeout, u"the submission never finished"_s), false};
    }
    return finished.first().first().value<OAuth::TokenSubmissionResult>();
}

void SignInFlowTest::submissionRetriesOnceWithRefreshedToken_data()
{
    refreshesOnceAfterTokenRejection_data();
}

void SignInFlowTest::submissionRetriesOnceWithRefreshedToken()
{
    QFETCH(Accounts::AuthMethod, method);
    QTemporaryDir dir;
    const std::unique_ptr<TokenStore> store = signedInStore(dir);
    QVERIFY(store);
    // Revoked early by the provider: still fresh by its expiry, refused by the server.
    m_authServer->expireAccessTokens();
    TestSupport::FakeSmtpBehaviour behaviour;
    behaviour.capabilitiesTls = {u"AUTH XOAUTH2 OAUTHBEARER"_s, u"ENHANCEDSTATUSCODES"_s};
    FakeAuthorizationServer *authServer = m_authServer.get();
    behaviour.acceptsToken = [authServer](const QString &token) { return authServer->isValidAccessToken(token); };
    FakeSmtpServer smtp(behaviour);
    QVERIFY(smtp.listenOnLoopback());
    Smtp::Worker worker;

    const OAuth::TokenSubmissionResult result = submit(*store, worker, sendJob(smtp.serverPort(), QString(), method));
    QVERIFY2(!result.signInError, result.signInError ? qPrintable(result.signInError->facts()) : "");
    QVERIFY(result.send);
    QCOMPARE(result.send->outcome, Smtp::SendResult::Outcome::Sent);
    QVERIFY(result.refreshedAfterRejection);
    QCOMPARE(m_authServer->refreshes(), 1);
    QCOMPARE(smtp.record().authSuccesses, 1);
    QCOMPARE(smtp.record().messages.size(), 1);
}

void SignInFlowTest::submissionRefreshesBeforeSending()
{
    m_authServer->setAccessTokenLifetime(30); // inside the refresh margin
    QTemporaryDir dir;
    const std::unique_ptr<TokenStore> store = signedInStore(dir);
    QVERIFY(store);
    TestSupport::FakeSmtpBehaviour behaviour;
    behaviour.capabilitiesTls = {u"AUTH XOAUTH2"_s};
    FakeAuthorizationServer *authServer = m_authServer.get();
    behaviour.acceptsToken = [authServer](const QString &token) {
        return authServer->isValidAccessToken(token) && token == authServer->lastAccessToken();
    };
    FakeSmtpServer smtp(behaviour);
    QVERIFY(smtp.listenOnLoopback());
    Smtp::Worker worker;

    const OAuth::TokenSubmissionResult result
        = submit(*store, worker, sendJob(smtp.serverPort(), QString(), Accounts::AuthMethod::XOAuth2));
    QVERIFY(result.send);
    QCOMPARE(result.send->outcome, Smtp::SendResult::Outcome::Sent);
    QVERIFY(!result.refreshedAfterRejection); // refreshed before, never refused
    QCOMPARE(m_authServer->refreshes(), 1);
    QCOMPARE(smtp.record().connections, 1);
}

void SignInFlowTest::submissionReportsLostSignIn()
{
    QTemporaryDir dir;
    const std::unique_ptr<TokenStore> store = signedInStore(dir);
    QVERIFY(store);
    m_authServer->expireAccessTokens();
    m_authServer->revokeRefreshTokens();
    TestSupport::FakeSmtpBehaviour behaviour;
    behaviour.capabilitiesTls = {u"AUTH XOAUTH2"_s};
    FakeAuthorizationServer *authServer = m_authServer.get();
    behaviour.acceptsToken = [authServer](const QString &token) { return authServer->isValidAccessToken(token); };
    FakeSmtpServer smtp(behaviour);
    QVERIFY(smtp.listenOnLoopback());
    Smtp::Worker worker;

    const OAuth::TokenSubmissionResult result
        = submit(*store, worker, sendJob(smtp.serverPort(), QString(), Accounts::AuthMethod::XOAuth2));
    QVERIFY(result.signInError);
    QCOMPARE(result.signInError->kind, Error::Kind::InvalidGrant);
    QVERIFY(result.refreshedAfterRejection);
    QCOMPARE(smtp.record().connections, 1); // one refused attempt, no second one without a token
    QCOMPARE(Diagnostics::Explainer().explain(result.signInError->evidence()).category,
             Diagnostics::Category::WebLoginRequired);
}

void SignInFlowTest::passwordFailureIsNoTokenRejection()
{
    Smtp::SendResult result;
    result.outcome = Smtp::SendResult::Outcome::Failed;
    result.error = Smtp::Error::local(Smtp::Error::Kind::AuthenticationFailed, Smtp::Phase::Authentication);
    QVERIFY(!OAuth::isTokenRejection(Smtp::Credentials::password(u"pw"_s), result));
    QVERIFY(OAuth::isTokenRejection(Smtp::Credentials::oauthToken(u"t"_s), result));
    result.error = Smtp::Error::local(Smtp::Error::Kind::RecipientRejected, Smtp::Phase::RcptTo);
    QVERIFY(!OAuth::isTokenRejection(Smtp::Credentials::oauthToken(u"t"_s), result));
}

void SignInFlowTest::tokensNeverInLogTranscriptOrSettings()
{
    QTemporaryDir dir;
    const QString settingsPath = dir.filePath(u"kurier.ini"_s);
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        settings.setValue(OAuth::ProviderTable::clientIdKey(u"google"_s), ClientId);
        settings.setValue(OAuth::ProviderTable::tokenUrlKey(u"google"_s), m_authServer->tokenUrl().toString());
    }
    const TokenResult signedIn = signIn();
    QVERIFY(signedIn.ok());
    Accounts::AccountStore accounts(settingsPath);
    Accounts::Account account = provider().accountFor(Address);
    account.id = AccountId;
    account.host = u"localhost"_s;
    QVERIFY(accounts.add(account).ok());
    TokenStore store(m_secrets.get(), OAuth::ProviderTable::configured(settingsPath));
    QVERIFY(waitForTokenResult(store.save(AccountId, *signedIn.tokens)).ok());
    const TokenResult refreshed = waitForTokenResult(store.accessToken(AccountId, TokenStore::Freshness::ForceRefresh));
    QVERIFY(refreshed.ok());

    TestSupport::FakeSmtpBehaviour behaviour;
    behaviour.capabilitiesTls = {u"AUTH XOAUTH2"_s, u"ENHANCEDSTATUSCODES"_s};
    behaviour.oauthToken = refreshed.tokens->accessToken;
    FakeSmtpServer smtp(behaviour);
    QVERIFY(smtp.listenOnLoopback());
    Smtp::Worker worker;
    const Smtp::SendResult stale
        = send(worker, sendJob(smtp.serverPort(), signedIn.tokens->accessToken, Accounts::AuthMethod::XOAuth2));
    QCOMPARE(stale.outcome, Smtp::SendResult::Outcome::Failed);
    const Smtp::SendResult sent
        = send(worker, sendJob(smtp.serverPort(), refreshed.tokens->accessToken, Accounts::AuthMethod::XOAuth2));
    QCOMPARE(sent.outcome, Smtp::SendResult::Outcome::Sent);

    QFile settingsFile(settingsPath);
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    const QByteArray settingsBytes = settingsFile.readAll();
    QVERIFY(settingsBytes.contains(ClientId.toUtf8())); // the file is the one in use
    QString transcript;
    for (const Smtp::SendResult &result : {stale, sent}) {
        for (const Smtp::TranscriptLine &line : result.transcript) {
            transcript += Smtp::Transcript::format(line) + u'\n';
        }
        transcript
            += result.error ? result.error->detail + result.error->serverText + result.error->command : QString();
    }
    QVERIFY(transcript.contains(u"XOAUTH2"_s));
    const QString log = TestSupport::LogCapture::lines().join(u'\n');
    QVERIFY(log.contains(u"kurier.oauth"_s)); // the log was captured
    for (const QString &secret :
         {signedIn.tokens->accessToken, signedIn.tokens->refreshToken, refreshed.tokens->accessToken}) {
        const QByteArray xoauth = ("user=" + Address.toUtf8()
                                   + "\x01"
                                     "auth=Bearer "
                                   + secret.toUtf8() + "\x01\x01");
        for (const QByteArray &form : {secret.toUtf8(), xoauth.toBase64()}) {
            QVERIFY2(!settingsBytes.contains(form), "a token in the settings file");
            QVERIFY2(!transcript.contains(QString::fromLatin1(form)), "a token in the transcript");
            QVERIFY2(!log.contains(QString::fromLatin1(form)), "a token in the log");
        }
    }
}

void SignInFlowTest::refusesUntrustedTokenEndpoint()
{
    QTemporaryDir dir;
    const std::unique_ptr<TokenStore> store = signedInStore(dir);
    QVERIFY(store);
    const int refreshes = m_authServer->refreshes();

    // A token endpoint whose certificate no trusted CA vouches for gets no refresh token:
    // the refresh fails as a network problem, and nothing is tried over plain HTTP.
    QSslConfiguration::setDefaultConfiguration(m_systemTls);
    const TokenResult refused = waitForTokenResult(store->accessToken(AccountId, TokenStore::Freshness::ForceRefresh));
    QSslConfiguration trusting = m_systemTls;
    trusting.addCaCertificates(FakeAuthorizationServer::testCa());
    QSslConfiguration::setDefaultConfiguration(trusting);

    QVERIFY(!refused.ok());
    QVERIFY(refused.error);
    QCOMPARE(refused.error->kind, Error::Kind::NetworkError);
    QCOMPARE(m_authServer->refreshes(), refreshes);
    for (const FakeAuthorizationServer::Request &request : m_authServer->requests()) {
        QVERIFY2(request.query.queryItemValue(u"grant_type"_s) != u"refresh_token"_s, "a refresh request got through");
    }
}

QTEST_GUILESS_MAIN(SignInFlowTest)
#include "signinflowtest.moc"
