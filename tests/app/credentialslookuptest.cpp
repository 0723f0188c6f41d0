// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Accounts::CredentialsLookup against a real Secret Service (tests/harness/with-keyring.sh)
// and, for OAuth accounts, the fake authorization server on 127.0.130.1: which source a
// password comes from, the password request the UI answers, and tokens used while fresh,
// refreshed when due (once for concurrent look-ups), and a revoked sign-in or an unreachable
// token endpoint as typed problems.

#include "app/accounts/credentialslookup.h"
#include "app/diagnostics/explainer.h"
#include "app/oauth/authorizationflow.h"
#include "app/oauth/tokenset.h"
#include "app/secrets/keychainsecretstore.h"
#include "tests/support/fakeauthorizationserver.h"
#include "tests/support/loopbackbrowser.h"
#include "tests/support/oauthprovidersettings.h"
#include "tests/support/secretjobresult.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Accounts::CredentialsLookup;
using Accounts::CredentialsProblem;
using Accounts::CredentialsResult;
using TestSupport::FakeAuthorizationServer;

Q_DECLARE_METATYPE(Accounts::AuthMethod)
Q_DECLARE_METATYPE(Accounts::Security)

namespace
{

const QString TestService = u"kurier-test-credentials"_s;
const QString ClientId = u"kurier-test-client"_s;
const QHostAddress AuthServerAddress(u"127.0.130.1"_s);

Accounts::Account account(const QString &id, Accounts::AuthMethod method,
                          Accounts::Security security = Accounts::Security::StartTls)
{
    Accounts::Account account;
    account.id = id;
    account.email = u"ola@example.test"_s;
    account.host = u"smtp.example.test"_s;
    account.port = 587;
    account.security = security;
    account.authMethod = method;
    account.userName = account.email;
    return account;
}

CredentialsResult waitFor(Accounts::CredentialsJob *job)
{
    QSignalSpy finished(job, &Accounts::CredentialsJob::finished);
    if (!finished.wait(20000) || finished.count() != 1) {
        CredentialsProblem problem;
        problem.kind = CredentialsProblem::Kind::KeychainUnavailable;
        problem.detail = u"the look-up did not finish exactly once"_s;
        return {std::nullopt, problem};
    }
    return finished.first().first().value<CredentialsResult>();
}

QByteArray describe(const CredentialsResult &result)
{
    return result.problem
        ? (CredentialsProblem::kindName(result.problem->kind) + u": "_s + result.problem->detail).toUtf8()
        : QByteArray("ok");
}

} // namespace

class CredentialsLookupTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void findsPassword_data();
    void findsPassword();
    void asksForPasswordOnce();
    void remembersPasswordInKeychainWhenAsked();
    void forgetsRefusedSessionPassword();
    void token_data();
    void token();
    void concurrentRefreshesShareOneRequest();
    void unreachableTokenEndpointIsTemporary();

private:
    OAuth::ProviderTable providers(const QUrl &tokenUrl);
    OAuth::TokenSet signIn();
    void store(const QString &accountId, Secrets::SecretKind kind, const QString &secret);

    std::unique_ptr<Secrets::KeychainSecretStore> m_keychain;
    std::unique_ptr<FakeAuthorizationServer> m_authServer;
    QTemporaryDir m_settingsDir;
    QStringList m_storedIds;
};

void CredentialsLookupTest::initTestCase()
{
    qRegisterMetaType<OAuth::TokenResult>();
    qRegisterMetaType<Secrets::SecretResult>();
}

void CredentialsLookupTest::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_keychain = std::make_unique<Secrets::KeychainSecretStore>(TestService, nullptr);
    m_authServer = std::make_unique<FakeAuthorizationServer>(ClientId);
    QVERIFY(m_authServer->listenOn(AuthServerAddress));
}

void CredentialsLookupTest::cleanup()
{
    for (const QString &id : std::as_const(m_storedIds)) {
        TestSupport::waitForSecretResult(m_keychain->remove(id, Secrets::SecretKind::SmtpPassword));
        TestSupport::waitForSecretResult(m_keychain->remove(id, Secrets::SecretKind::OAuthTokens));
    }
    m_storedIds.clear();
    m_authServer.reset();
    m_keychain.reset();
}

OAuth::ProviderTable CredentialsLookupTest::providers(const QUrl &tokenUrl)
{
    const QString path = m_settingsDir.filePath(u"kurier.ini"_s);
    TestSupport::configureOAuthProvider(path, u"google"_s, ClientId, m_authServer->authorizationUrl(), tokenUrl);
    return OAuth::ProviderTable::configured(path);
}

OAuth::TokenSet CredentialsLookupTest::signIn()
{
    const OAuth::Provider google = *providers(m_authServer->tokenUrl()).provider(u"google"_s);
    OAuth::AuthorizationFlow flow(google, u"ola@example.test"_s);
    QSignalSpy urlReady(&flow, &OAuth::AuthorizationFlow::authorizationUrlReady);
    QSignalSpy finished(&flow, &OAuth::AuthorizationFlow::finished);
    flow.start();
    if (!urlReady.wait(5000) || !TestSupport::visitInBrowser(urlReady.first().first().toUrl()).finished) {
        return {};
    }
    if (finished.isEmpty() && !finished.wait(10000)) {
        return {};
    }
    const OAuth::TokenResult result = finished.first().first().value<OAuth::TokenResult>();
    return result.ok() ? *result.tokens : OAuth::TokenSet();
}

void CredentialsLookupTest::store(const QString &accountId, Secrets::SecretKind kind, const QString &secret)
{
    m_storedIds.append(accountId);
    QVERIFY(TestSupport::waitForSecretResult(m_keychain->write(accountId, kind, secret)).ok());
}

void CredentialsLookupTest::findsPassword_data()
{
    QTest::addColumn<Accounts::AuthMethod>("method");
    QTest::addColumn<Accounts::Security>("security");
    QTest::addColumn<QString>("inKeychain");
    QTest::addColumn<QString>("forSession");
    QTest::addColumn<int>("source");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("problem"); // -1: none

    using Source = CredentialsResult::Source;
    using Kind = CredentialsProblem::Kind;
    const auto plain = Accounts::AuthMethod::Plain;
    const auto startTls = Accounts::Security::StartTls;
    QTest::newRow("password from the keychain") << plain << startTls << u"keychain-Secret-1"_s << QString()
                                                << int(Source::Keychain) << u"keychain-Secret-1"_s << -1;
    QTest::newRow("this session's password wins")
        << Accounts::AuthMethod::Auto << startTls << u"keychain-Secret-1"_s << u"typed-Secret-2"_s
        << int(Source::Session) << u"typed-Secret-2"_s << -1;
    QTest::newRow("ask me each time: nothing stored")
        << plain << startTls << QString() << QString() << int(Source::NotNeeded) << QString()
        << int(Kind::NoSecretStored);
    QTest::newRow("ask me each time: typed this session")
        << plain << Accounts::Security::ImplicitTls << QString() << u"typed-Secret-3"_s << int(Source::Session)
        << u"typed-Secret-3"_s << -1;
    QTest::newRow("no login") << Accounts::AuthMethod::None << startTls << u"unused"_s << QString()
                              << int(Source::NotNeeded) << QString() << -1;
    QTest::newRow("no encryption: nothing is read") << plain << Accounts::Security::None << u"keychain-Secret-1"_s
                                                    << QString() << int(Source::NotNeeded) << QString() << -1;
}

void CredentialsLookupTest::findsPassword()
{
    QFETCH(Accounts::AuthMethod, method);
    QFETCH(Accounts::Security, security);
    QFETCH(QString, inKeychain);
    QFETCH(QString, forSession);
    QFETCH(int, source);
    QFETCH(QString, secret);
    QFETCH(int, problem);

    const Accounts::Account ola = account(u"credentials-password"_s, method, security);
    if (!inKeychain.isEmpty()) {
        store(ola.id, Secrets::SecretKind::SmtpPassword, inKeychain);
    }
    CredentialsLookup lookup(m_keychain.get(), OAuth::ProviderTable::bundled());
    if (!forSession.isEmpty()) {
        lookup.providePassword(ola.id, forSession, CredentialsLookup::PasswordKeeping::ThisSessionOnly);
    }
    const CredentialsResult result = waitFor(lookup.lookUp(ola));
    if (problem >= 0) {
        QVERIFY(!result.ok());
        QCOMPARE(int(result.problem->kind), problem);
        QVERIFY(result.problem->canAskForPassword());
        QVERIFY(!result.problem->isTemporary());
        const Diagnostics::Explanation explanation
            = Diagnostics::Explainer().explain(result.problem->evidence(ola.host, ola.port));
        QCOMPARE(explanation.category, Diagnostics::Category::WrongCredentials);
        return;
    }
    QVERIFY2(result.ok(), describe(result).constData());
    QCOMPARE(int(result.source), source);
    QCOMPARE(result.credentials->secret, secret);
}

void CredentialsLookupTest::asksForPasswordOnce()
{
    CredentialsLookup lookup(m_keychain.get(), OAuth::ProviderTable::bundled());
    QSignalSpy requested(&lookup, &CredentialsLookup::passwordRequested);
    QSignalSpy provided(&lookup, &CredentialsLookup::passwordProvided);
    QSignalSpy declined(&lookup, &CredentialsLookup::passwordDeclined);
    const Accounts::Account ola = account(u"credentials-ask"_s, Accounts::AuthMethod::Plain);

    // The composer and the outbox may both find no password: the user is asked once.
    lookup.requestPassword(ola);
    lookup.requestPassword(ola);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().value<Accounts::Account>().id, ola.id);
    QVERIFY(lookup.isPasswordRequested(ola.id));

    lookup.declinePassword(ola.id);
    QCOMPARE(declined.count(), 1);
    QVERIFY(!lookup.isPasswordRequested(ola.id));
    lookup.requestPassword(ola);
    QCOMPARE(requested.count(), 2);
    lookup.providePassword(ola.id, u"typed-Secret-4"_s, CredentialsLookup::PasswordKeeping::ThisSessionOnly);
    QCOMPARE(provided.count(), 1);
    QCOMPARE(provided.first().first().toString(), ola.id);

    const CredentialsResult result = waitFor(lookup.lookUp(ola));
    QVERIFY(result.ok());
    QCOMPARE(result.source, CredentialsResult::Source::Session);
    // "This session only" never reaches the keychain.
    QCOMPARE(TestSupport::waitForSecretResult(m_keychain->read(ola.id, Secrets::SecretKind::SmtpPassword)).status,
             Secrets::SecretResult::Status::NotFound);
    // A second lookup (another process, or after a restart) knows nothing of it.
    CredentialsLookup restarted(m_keychain.get(), OAuth::ProviderTable::bundled());
    QCOMPARE(waitFor(restarted.lookUp(ola)).problem->kind, CredentialsProblem::Kind::NoSecretStored);
}

void CredentialsLookupTest::remembersPasswordInKeychainWhenAsked()
{
    const Accounts::Account ola = account(u"credentials-remember"_s, Accounts::AuthMethod::Login);
    m_storedIds.append(ola.id);
    {
        CredentialsLookup lookup(m_keychain.get(), OAuth::ProviderTable::bundled());
        lookup.providePassword(ola.id, u"typed-Secret-5"_s, CredentialsLookup::PasswordKeeping::InKeychain);
        QCOMPARE(waitFor(lookup.lookUp(ola)).credentials->secret, u"typed-Secret-5"_s);
    }
    QTRY_COMPARE_WITH_TIMEOUT(
        TestSupport::waitForSecretResult(m_keychain->read(ola.id, Secrets::SecretKind::SmtpPassword)).secret,
        u"typed-Secret-5"_s, 10000);
    CredentialsLookup restarted(m_keychain.get(), OAuth::ProviderTable::bundled());
    const CredentialsResult result = waitFor(restarted.lookUp(ola));
    QCOMPARE(result.source, CredentialsResult::Source::Keychain);
    QCOMPARE(result.credentials->secret, u"typed-Secret-5"_s);
}

void CredentialsLookupTest::forgetsRefusedSessionPassword()
{
    const Accounts::Account ola = account(u"credentials-forget"_s, Accounts::AuthMethod::Plain);
    CredentialsLookup lookup(m_keychain.get(), OAuth::ProviderTable::bundled());
    lookup.providePassword(ola.id, u"mistyped"_s, CredentialsLookup::PasswordKeeping::ThisSessionOnly);
    QVERIFY(waitFor(lookup.lookUp(ola)).ok());
    lookup.forgetSessionPassword(ola.id);
    QCOMPARE(waitFor(lookup.lookUp(ola)).problem->kind, CredentialsProblem::Kind::NoSecretStored);
}

void CredentialsLookupTest::token_data()
{
    QTest::addColumn<int>("lifetime"); // of the signed-in access token, seconds
    QTest::addColumn<bool>("forceRefresh");
    QTest::addColumn<bool>("revoked");
    QTest::addColumn<int>("refreshes");
    QTest::addColumn<int>("source");
    QTest::addColumn<int>("problem"); // -1: none

    using Source = CredentialsResult::Source;
    QTest::newRow("fresh token as stored") << 3600 << false << false << 0 << int(Source::Keychain) << -1;
    QTest::newRow("about to expire: refreshed first") << 60 << false << false << 1 << int(Source::Refreshed) << -1;
    QTest::newRow("refused by the server: refreshed on request")
        << 3600 << true << false << 1 << int(Source::Refreshed) << -1;
    QTest::newRow("revoked refresh token: sign in again")
        << 60 << false << true << 0 << int(Source::NotNeeded) << int(CredentialsProblem::Kind::SignInNeeded);
}

void CredentialsLookupTest::token()
{
    QFETCH(int, lifetime);
    QFETCH(bool, forceRefresh);
    QFETCH(bool, revoked);
    QFETCH(int, refreshes);
    QFETCH(int, source);
    QFETCH(int, problem);

    m_authServer->setAccessTokenLifetime(lifetime);
    const OAuth::TokenSet signedIn = signIn();
    QVERIFY(!signedIn.refreshToken.isEmpty());
    m_authServer->setAccessTokenLifetime(3600);
    const Accounts::Account ola = account(u"credentials-token"_s, Accounts::AuthMethod::XOAuth2);
    store(ola.id, Secrets::SecretKind::OAuthTokens, signedIn.toSecret());
    if (revoked) {
        m_authServer->revokeRefreshTokens();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"could not be refreshed.*InvalidGrant"_s));
    }

    CredentialsLookup lookup(m_keychain.get(), providers(m_authServer->tokenUrl()));
    const CredentialsResult result = waitFor(lookup.lookUp(
        ola, forceRefresh ? CredentialsLookup::Freshness::ForceRefresh : CredentialsLookup::Freshness::UseStored));
    QCOMPARE(m_authServer->refreshes(), refreshes);
    if (problem >= 0) {
        QVERIFY(!result.ok());
        QCOMPARE(int(result.problem->kind), problem);
        QVERIFY(!result.problem->isTemporary());
        QVERIFY(!result.problem->canAskForPassword());
        QCOMPARE(result.problem->signInError->kind, OAuth::Error::Kind::InvalidGrant);
        const Diagnostics::Explanation explanation
            = Diagnostics::Explainer().explain(result.problem->evidence(ola.host, ola.port));
        QCOMPARE(explanation.category, Diagnostics::Category::WebLoginRequired);
        QCOMPARE(explanation.actions.first().kind, Diagnostics::SuggestedAction::Kind::SignInAgain);
        return;
    }
    QVERIFY2(result.ok(), describe(result).constData());
    QCOMPARE(int(result.source), source);
    QCOMPARE(result.credentials->kind, Smtp::Credentials::Kind::OAuthToken);
    QVERIFY(m_authServer->isValidAccessToken(result.credentials->secret));
    if (refreshes > 0) {
        QCOMPARE(result.credentials->secret, m_authServer->lastAccessToken());
        QVERIFY(result.credentials->secret != signedIn.accessToken);
        // Saved before use: the next look-up takes it from the keychain without a refresh.
        const CredentialsResult again = waitFor(lookup.lookUp(ola));
        QCOMPARE(again.source, CredentialsResult::Source::Keychain);
        QCOMPARE(again.credentials->secret, result.credentials->secret);
        QCOMPARE(m_authServer->refreshes(), refreshes);
    } else {
        QCOMPARE(result.credentials->secret, signedIn.accessToken);
    }
}

void CredentialsLookupTest::concurrentRefreshesShareOneRequest()
{
    // With rotation, a second refresh with the old refresh token would be refused.
    m_authServer->setRotateRefreshTokens(true);
    const OAuth::TokenSet signedIn = signIn();
    QVERIFY(!signedIn.refreshToken.isEmpty());
    const Accounts::Account ola = account(u"credentials-concurrent"_s, Accounts::AuthMethod::OAuthBearer);
    store(ola.id, Secrets::SecretKind::OAuthTokens, signedIn.toSecret());

    CredentialsLookup lookup(m_keychain.get(), providers(m_authServer->tokenUrl()));
    Accounts::CredentialsJob *first = lookup.lookUp(ola, CredentialsLookup::Freshness::ForceRefresh);
    Accounts::CredentialsJob *second = lookup.lookUp(ola, CredentialsLookup::Freshness::ForceRefresh);
    QSignalSpy secondFinished(second, &Accounts::CredentialsJob::finished);
    const CredentialsResult firstResult = waitFor(first);
    QVERIFY(!secondFinished.isEmpty() || secondFinished.wait(20000));
    const CredentialsResult secondResult = secondFinished.first().first().value<CredentialsResult>();
    QVERIFY2(firstResult.ok(), describe(firstResult).constData());
    QVERIFY2(secondResult.ok(), describe(secondResult).constData());
    QCOMPARE(m_authServer->refreshes(), 1);
    QCOMPARE(firstResult.credentials->secret, secondResult.credentials->secret);
    QCOMPARE(firstResult.credentials->secret, m_authServer->lastAccessToken());
}

void CredentialsLookupTest::unreachableTokenEndpointIsTemporary()
{
    m_authServer->setAccessTokenLifetime(60);
    const OAuth::TokenSet signedIn = signIn();
    QVERIFY(!signedIn.refreshToken.isEmpty());
    const Accounts::Account ola = account(u"credentials-offline"_s, Accounts::AuthMethod::XOAuth2);
    store(ola.id, Secrets::SecretKind::OAuthTokens, signedIn.toSecret());
    const QUrl tokenUrl = m_authServer->tokenUrl();
    m_authServer->close(); // nothing listens there any more: connection refused

    CredentialsLookup lookup(m_keychain.get(), providers(tokenUrl));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"could not be refreshed.*NetworkError"_s));
    const CredentialsResult result = waitFor(lookup.lookUp(ola));
    QVERIFY(!result.ok());
    QCOMPARE(result.problem->kind, CredentialsProblem::Kind::TokenEndpointUnreachable);
    QVERIFY(result.problem->isTemporary());
    QCOMPARE(result.problem->smtpError().permanence, Smtp::Error::Permanence::Temporary);
}

QTEST_GUILESS_MAIN(CredentialsLookupTest)
#include "credentialslookuptest.moc"
