// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The device authorization grant (RFC 8628) on loopback: Kurier's DeviceAuthorizationFlow
// against the fake authorization server, whose user (the test) approves or denies the code,
// lets it run out, asks for slower polling or drops the connection. The tokens then go through
// TokenStore exactly as after a browser sign-in, so refreshing works unchanged. Neither a
// token nor the device code may appear in the log.

#include "app/oauth/deviceauthorizationflow.h"
#include "app/oauth/tokenstore.h"
#include "app/secrets/memorysecretstore.h"
#include "tests/support/fakeauthorizationserver.h"
#include "tests/support/oauthtestsupport.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using OAuth::DeviceAuthorization;
using OAuth::DeviceAuthorizationFlow;
using OAuth::Error;
using OAuth::Provider;
using OAuth::TokenResult;
using OAuth::TokenStore;
using TestSupport::FakeAuthorizationServer;
using TestSupport::waitForTokenResult;

namespace
{

const QString ClientId = u"kurier-device-test-client"_s;
const QString AccountId = u"ola-outlook-com"_s;
const QHostAddress AuthServerAddress(u"127.0.140.1"_s);

} // namespace

class DeviceFlowTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void endsAsTheUserDecides_data();
    void endsAsTheUserDecides();
    void sendsOnlyTheDeviceGrantParameters();
    void reportsRefusedCodeRequest_data();
    void reportsRefusedCodeRequest();
    void providerWithoutDeviceFlowIsRefusedAtOnce();
    void cancelStopsPolling();
    void tokensAreStoredAndRefreshedLikeBrowserSignIn();

private:
    Provider provider() const;

    std::unique_ptr<FakeAuthorizationServer> m_authServer;
};

void DeviceFlowTest::initTestCase()
{
    qRegisterMetaType<OAuth::TokenResult>();
    qRegisterMetaType<OAuth::DeviceAuthorization>();
    TestSupport::LogCapture::install();
    QLoggingCategory::setFilterRules(u"kurier.*.debug=true"_s);
}

void DeviceFlowTest::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    TestSupport::LogCapture::clear();
    m_authServer = std::make_unique<FakeAuthorizationServer>(ClientId);
    QVERIFY(m_authServer->listenOn(AuthServerAddress));
}

void DeviceFlowTest::cleanup()
{
    m_authServer.reset();
}

Provider DeviceFlowTest::provider() const
{
    // The Microsoft row, pointed at the fake server as an organisation's proxy would be.
    Provider microsoft = *OAuth::ProviderTable::bundled().provider(u"microsoft"_s);
    microsoft.deviceAuthorizationUrl = m_authServer->deviceAuthorizationUrl();
    microsoft.tokenUrl = m_authServer->tokenUrl();
    microsoft.clientId = ClientId;
    return microsoft;
}

void DeviceFlowTest::endsAsTheUserDecides_data()
{
    QTest::addColumn<QString>("user"); // what the user (or the network) does once the code is shown
    QTest::addColumn<int>("slowDowns");
    QTest::addColumn<int>("lifetime");
    QTest::addColumn<bool>("completeUri");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<QString>("oauthError"); // null: whichever the race between the two clocks gives

    QTest::newRow("approved after pending polls")
        << u"approve"_s << 0 << 600 << false << true << Error::Kind::Cancelled << QString();
    QTest::newRow("approved, page with the code filled in")
        << u"approve"_s << 0 << 600 << true << true << Error::Kind::Cancelled << QString();
    QTest::newRow("slow_down adds five seconds, then approved")
        << u"approve"_s << 1 << 600 << false << true << Error::Kind::Cancelled << QString();
    QTest::newRow("denied") << u"deny"_s << 0 << 600 << false << false << Error::Kind::AuthorizationDenied
                            << u"access_denied"_s;
    QTest::newRow("expired at the provider")
        << u"expire"_s << 0 << 600 << false << false << Error::Kind::DeviceCodeExpired << u"expired_token"_s;
    QTest::newRow("nobody answers before expires_in")
        << u"nothing"_s << 0 << 3 << false << false << Error::Kind::DeviceCodeExpired << QString();
    QTest::newRow("connection cut while polling")
        << u"drop"_s << 0 << 600 << false << false << Error::Kind::NetworkError << u""_s;
}

void DeviceFlowTest::endsAsTheUserDecides()
{
    QFETCH(QString, user);
    QFETCH(int, slowDowns);
    QFETCH(int, lifetime);
    QFETCH(bool, completeUri);
    QFETCH(bool, ok);
    QFETCH(Error::Kind, kind);
    QFETCH(QString, oauthError);

    m_authServer->setDeviceCodeLifetime(lifetime);
    m_authServer->setDevicePollInterval(1);
    m_authServer->setOfferVerificationUriComplete(completeUri);
    m_authServer->answerSlowDown(slowDowns);
    DeviceAuthorizationFlow flow(provider());
    QSignalSpy codeReady(&flow, &DeviceAuthorizationFlow::userCodeReady);
    QSignalSpy finished(&flow, &DeviceAuthorizationFlow::finished);
    flow.start();
    QCOMPARE(codeReady.count(), 0); // never from inside start()
    QVERIFY(codeReady.wait(10000));
    const auto authorization = codeReady.first().first().value<DeviceAuthorization>();
    QCOMPARE(authorization.userCode, m_authServer->lastUserCode());
    QCOMPARE(authorization.verificationUri, m_authServer->verificationUrl());
    QCOMPARE(authorization.verificationUriComplete.isEmpty(), !completeUri);
    if (completeUri) {
        QVERIFY(authorization.verificationUriComplete.toString().contains(authorization.userCode));
    }
    QCOMPARE(authorization.interval, std::chrono::seconds(1));
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(authorization.expiresAt);
    QVERIFY2(left > lifetime - 5 && left <= lifetime, qPrintable(QString::number(left)));

    // The user takes a moment: Kurier keeps asking in the meantime.
    QTRY_VERIFY_WITH_TIMEOUT(m_authServer->devicePolls() >= 1, 15000);
    if (user == u"approve"_s) {
        QVERIFY(m_authServer->approveUserCode(authorization.userCode));
    } else if (user == u"deny"_s) {
        QVERIFY(m_authServer->denyUserCode(authorization.userCode));
    } else if (user == u"expire"_s) {
        m_authServer->expireDeviceCodes();
    } else if (user == u"drop"_s) {
        m_authServer->setDropDevicePolls(true);
    }
    QVERIFY(finished.wait(30000));
    QTest::qWait(50); // a second finished() would come from the event loop too
    QCOMPARE(finished.count(), 1);
    QCOMPARE(flow.state(), DeviceAuthorizationFlow::State::Finished);
    const auto result = finished.first().first().value<TokenResult>();
    QCOMPARE(result.ok(), ok);
    // However long it took, Kurier never asked sooner than it was told to.
    QCOMPARE(m_authServer->devicePollsTooSoon(), 0);
    if (ok) {
        QCOMPARE(result.tokens->accessToken, m_authServer->lastAccessToken());
        QCOMPARE(result.tokens->refreshToken, m_authServer->lastRefreshToken());
        QCOMPARE(result.tokens->providerId, u"microsoft"_s);
        QCOMPARE(result.tokens->clientId, ClientId);
        QVERIFY(result.tokens->expiresAt.isValid());
        QCOMPARE(flow.pollInterval(), std::chrono::seconds(1) + slowDowns * DeviceAuthorizationFlow::SlowDownStep);
        for (const QString &line : std::as_const(TestSupport::LogCapture::lines())) {
            QVERIFY2(!line.contains(result.tokens->accessToken) && !line.contains(result.tokens->refreshToken),
                     qPrintable(line));
        }
    } else {
        QCOMPARE(result.error->kind, kind);
        QCOMPARE(result.error->providerId, u"microsoft"_s);
        if (!oauthError.isNull()) {
            QCOMPARE(result.error->oauthError, oauthError);
        }
    }
    // The device code is as good as a token until it is used: it is never logged either.
    const QString deviceCode
        = m_authServer->requests().last().query.queryItemValue(u"device_code"_s, QUrl::FullyDecoded);
    QVERIFY(!deviceCode.isEmpty() || user == u"nothing"_s);
    for (const QString &line : std::as_const(TestSupport::LogCapture::lines())) {
        QVERIFY2(deviceCode.isEmpty() || !line.contains(deviceCode), qPrintable(line));
    }
}

void DeviceFlowTest::sendsOnlyTheDeviceGrantParameters()
{
    m_authServer->setDevicePollInterval(1);
    DeviceAuthorizationFlow flow(provider());
    QSignalSpy codeReady(&flow, &DeviceAuthorizationFlow::userCodeReady);
    flow.start();
    QVERIFY(codeReady.wait(10000));
    QVERIFY(m_authServer->approveUserCode(m_authServer->lastUserCode()));
    QVERIFY(waitForTokenResult(&flow).ok());

    const QList<FakeAuthorizationServer::Request> requests = m_authServer->requests();
    QCOMPARE(requests.size(), 2);
    const QUrlQuery &codeRequest = requests.at(0).query;
    QCOMPARE(requests.at(0).path, u"/device"_s);
    QCOMPARE(codeRequest.queryItemValue(u"client_id"_s), ClientId);
    QCOMPARE(codeRequest.queryItemValue(u"scope"_s, QUrl::FullyDecoded),
             u"https://outlook.office.com/SMTP.Send offline_access"_s);
    QCOMPARE(codeRequest.queryItems().size(), 2); // no PKCE, no redirect URI, no secret that is not configured
    const QUrlQuery &poll = requests.at(1).query;
    QCOMPARE(requests.at(1).path, u"/token"_s);
    QCOMPARE(poll.queryItemValue(u"grant_type"_s, QUrl::FullyDecoded),
             QString::fromLatin1(DeviceAuthorizationFlow::GrantType));
    QCOMPARE(poll.queryItemValue(u"client_id"_s), ClientId);
    QVERIFY(!poll.queryItemValue(u"device_code"_s).isEmpty());
}

void DeviceFlowTest::reportsRefusedCodeRequest_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("deviceUrl"); // empty: the fake server's
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<bool>("contactsServer");

    QTest::newRow("client id unknown to the provider")
        << u"someone-else"_s << QString() << Error::Kind::ClientRejected << true;
    QTest::newRow("no client id configured") << QString() << QString() << Error::Kind::NoClientId << false;
    QTest::newRow("plain http to another machine")
        << ClientId << u"http://login.example.org/devicecode"_s << Error::Kind::InsecureEndpoint << false;
    QTest::newRow("nobody listening") << ClientId << u"http://127.0.140.2:9/devicecode"_s << Error::Kind::NetworkError
                                      << false;
}

void DeviceFlowTest::reportsRefusedCodeRequest()
{
    QFETCH(QString, clientId);
    QFETCH(QString, deviceUrl);
    QFETCH(Error::Kind, kind);
    QFETCH(bool, contactsServer);
    Provider configured = provider();
    configured.clientId = clientId;
    if (!deviceUrl.isEmpty()) {
        configured.deviceAuthorizationUrl = QUrl(deviceUrl);
    }
    DeviceAuthorizationFlow flow(configured);
    QSignalSpy codeReady(&flow, &DeviceAuthorizationFlow::userCodeReady);
    flow.start();
    const TokenResult result = waitForTokenResult(&flow);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, kind);
    QCOMPARE(codeReady.count(), 0);
    QCOMPARE(m_authServer->deviceAuthorizations(), 0);
    QCOMPARE(m_authServer->requests().isEmpty(), !contactsServer);
}

void DeviceFlowTest::providerWithoutDeviceFlowIsRefusedAtOnce()
{
    // Google's device flow does not allow the Gmail scope: say so instead of getting a code
    // that could never send mail.
    Provider google = *OAuth::ProviderTable::bundled().provider(u"google"_s);
    google.clientId = ClientId;
    QVERIFY(!google.supportsDeviceFlow());
    QVERIFY(google.deviceFlowUnsupported.contains(u"https://mail.google.com/"_s));
    QVERIFY(!google.deviceFlowSources.isEmpty());
    DeviceAuthorizationFlow flow(google);
    flow.start();
    const TokenResult result = waitForTokenResult(&flow);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, Error::Kind::DeviceFlowUnsupported);
    QCOMPARE(result.error->detail, google.deviceFlowUnsupported);
    QVERIFY(!result.error->needsSignInAgain());
}

void DeviceFlowTest::cancelStopsPolling()
{
    m_authServer->setDevicePollInterval(1);
    DeviceAuthorizationFlow flow(provider());
    QSignalSpy codeReady(&flow, &DeviceAuthorizationFlow::userCodeReady);
    QSignalSpy finished(&flow, &DeviceAuthorizationFlow::finished);
    flow.start();
    QVERIFY(codeReady.wait(10000));
    // Cancelled while a poll is on its way: it ends quietly, and no other follows.
    QTRY_COMPARE_WITH_TIMEOUT(flow.state(), DeviceAuthorizationFlow::State::Polling, 10000);
    flow.cancel();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().value<TokenResult>().error->kind, Error::Kind::Cancelled);
    QTest::qWait(300);
    const int polls = m_authServer->devicePolls();
    QVERIFY(polls >= 1);
    QTest::qWait(2500); // two intervals: nobody asks any more
    QCOMPARE(m_authServer->devicePolls(), polls);
    QCOMPARE(finished.count(), 1);
}

void DeviceFlowTest::tokensAreStoredAndRefreshedLikeBrowserSignIn()
{
    m_authServer->setDevicePollInterval(1);
    DeviceAuthorizationFlow flow(provider());
    QSignalSpy codeReady(&flow, &DeviceAuthorizationFlow::userCodeReady);
    flow.start();
    QVERIFY(codeReady.wait(10000));
    QVERIFY(m_authServer->approveUserCode(m_authServer->lastUserCode()));
    const TokenResult signedIn = waitForTokenResult(&flow);
    QVERIFY(signedIn.ok());

    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"kurier.ini"_s), QSettings::IniFormat);
    settings.setValue(OAuth::ProviderTable::clientIdKey(u"microsoft"_s), ClientId);
    settings.setValue(OAuth::ProviderTable::tokenUrlKey(u"microsoft"_s), m_authServer->tokenUrl().toString());
    settings.sync();
    Secrets::MemorySecretStore secrets;
    TokenStore store(&secrets, OAuth::ProviderTable::configured(settings));
    QVERIFY(waitForTokenResult(store.save(AccountId, *signedIn.tokens)).ok());

    const TokenResult stored = waitForTokenResult(store.accessToken(AccountId));
    QVERIFY(stored.ok());
    QCOMPARE(stored.tokens->accessToken, signedIn.tokens->accessToken);
    QCOMPARE(m_authServer->refreshes(), 0);

    // The provider revoked the access token early: the refresh token from the device grant works.
    m_authServer->expireAccessTokens();
    const TokenResult refreshed = waitForTokenResult(store.accessToken(AccountId, TokenStore::Freshness::ForceRefresh));
    QVERIFY2(refreshed.ok(), refreshed.error ? qPrintable(refreshed.error->facts()) : "");
    QCOMPARE(m_authServer->refreshes(), 1);
    QVERIFY(m_authServer->isValidAccessToken(refreshed.tokens->accessToken));
    QVERIFY(refreshed.tokens->accessToken != signedIn.tokens->accessToken);
}

QTEST_GUILESS_MAIN(DeviceFlowTest)
#include "deviceflowtest.moc"
