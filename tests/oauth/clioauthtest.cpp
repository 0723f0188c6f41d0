// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `kurier account add EMAIL --oauth` as a user runs it: the real binary prints the
// authorization URL at once, the "browser" (an HTTP client) follows it through the fake
// authorization server back to Kurier's loopback listener, and the tokens land in the real
// Secret Service (tests/harness/with-keyring.sh) and nowhere else.

#include "app/oauth/provider.h"
#include "app/oauth/tokenset.h"
#include "tests/cli/childprocess.h"
#include "tests/support/fakeauthorizationserver.h"
#include "tests/support/fakesmtpserver.h"
#include "tests/support/keychainsecrets.h"
#include "tests/support/privateuserdirectories.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Secrets::SecretKind;
using Secrets::SecretResult;
using TestSupport::FakeAuthorizationServer;
using TestSupport::readKeychainSecret;
using TestSupport::removeKeychainSecret;

namespace
{

const QString ClientId = u"kurier-cli-test-client"_s;

} // namespace

class CliOAuthTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void signsInAndStoresTokensInKeychain();
    void clientIdOptionWins();
    void refusesWithoutClientId();
    void deniedSignInAddsNothing();
    void sendRefreshesRefusedToken();

private:
    void configure(const QString &clientId);
    struct Run {
        bool finished = false;
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QUrl authorizationUrl;
        int browserStatus = 0;
    };
    // Runs kurier, follows the first stdout line in the "browser" and waits for the end.
    Run signIn(const QStringList &arguments);

    std::unique_ptr<TestSupport::PrivateUserDirectories> m_home;
    std::unique_ptr<FakeAuthorizationServer> m_authServer;
};

void CliOAuthTest::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(KURIER_BINARY)).isExecutable(), "the kurier binary has not been built");
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "No D-Bus session: run this test through tests/harness/with-keyring.sh (ctest does).");
    qRegisterMetaType<Secrets::SecretResult>();
}

void CliOAuthTest::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_home = std::make_unique<TestSupport::PrivateUserDirectories>();
    QVERIFY(m_home->create());
    m_authServer = std::make_unique<FakeAuthorizationServer>(ClientId);
    QVERIFY(m_authServer->listenOn(QHostAddress(u"127.0.120.2"_s)));
}

void CliOAuthTest::cleanup()
{
    removeKeychainSecret(u"ola-gmail-com"_s, SecretKind::OAuthTokens);
    m_authServer.reset();
    m_home.reset();
}

void CliOAuthTest::configure(const QString &clientId)
{
    // The Google row pointed at the fake server through the settings, as a proxy would be.
    QSettings settings(m_home->settingsPath(), QSettings::IniFormat);
    if (!clientId.isEmpty()) {
        settings.setValue(OAuth::ProviderTable::clientIdKey(u"google"_s), clientId);
    }
    settings.setValue(OAuth::ProviderTable::authorizationUrlKey(u"google"_s),
                      m_authServer->authorizationUrl().toString());
    settings.setValue(OAuth::ProviderTable::tokenUrlKey(u"google"_s), m_authServer->tokenUrl().toString());
}

CliOAuthTest::Run CliOAuthTest::signIn(const QStringList &arguments)
{
    Run run;
    QProcess kurier;
    kurier.setProcessEnvironment(m_home->environment());
    QSignalSpy finished(&kurier, &QProcess::finished);
    QSignalSpy output(&kurier, &QProcess::readyReadStandardOutput);
    kurier.start(QStringLiteral(KURIER_BINARY), arguments);
    kurier.closeWriteChannel();
    // The URL comes first and at once, while Kurier waits for the browser.
    for (int attempt = 0; attempt < 50 && !kurier.canReadLine() && finished.isEmpty(); ++attempt) {
        output.wait(200);
    }
    if (kurier.canReadLine()) {
        const QByteArray line = kurier.readLine();
        run.out += line;
        run.authorizationUrl = QUrl::fromEncoded(line.trimmed());
        QNetworkAccessManager browser;
        QNetworkRequest request(run.authorizationUrl);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = browser.get(request);
        QSignalSpy visited(reply, &QNetworkReply::finished);
        visited.wait(10000);
        run.browserStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
    }
    if (finished.isEmpty() && !finished.wait(20000)) {
        kurier.kill();
        kurier.waitForFinished(5000);
        return run;
    }
    run.finished = kurier.exitStatus() == QProcess::NormalExit;
    run.exitCode = kurier.exitCode();
    run.out += kurier.readAllStandardOutput();
    run.err = kurier.readAllStandardError();
    return run;
}

void CliOAuthTest::signsInAndStoresTokensInKeychain()
{
    configure(ClientId);
    const Run run = signIn({u"account"_s, u"add"_s, u"ola@gmail.com"_s, u"--oauth"_s, u"--name"_s, u"Ola"_s});
    QVERIFY2(run.finished, run.err.constData());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.browserStatus, 200);
    QCOMPARE(run.authorizationUrl.adjusted(QUrl::RemoveQuery), m_authServer->authorizationUrl());
    QCOMPARE(run.out.split('\n').value(1), QByteArray("ola-gmail-com"));
    QVERIFY2(run.err.contains("accounts.google.com") || run.err.contains("127.0.120.2"), run.err.constData());
    QCOMPARE(m_authServer->codeExchanges(), 1);

    const SecretResult secret = readKeychainSecret(u"ola-gmail-com"_s, SecretKind::OAuthTokens);
    QVERIFY2(secret.ok(), qPrintable(secret.message));
    const std::optional<OAuth::TokenSet> tokens = OAuth::TokenSet::fromSecret(secret.secret);
    QVERIFY(tokens);
    QCOMPARE(tokens->accessToken, m_authServer->lastAccessToken());
    QCOMPARE(tokens->refreshToken, m_authServer->lastRefreshToken());
    QCOMPARE(tokens->clientId, ClientId);
    QVERIFY(tokens->expiresAt.isValid());

    // The account took Gmail's server and the token mechanism.
    QProcess list;
    list.setProcessEnvironment(m_home->environment());
    list.start(QStringLiteral(KURIER_BINARY), {u"account"_s, u"list"_s, u"--json"_s});
    QVERIFY(list.waitForFinished(20000));
    const QByteArray listed = list.readAllStandardOutput();
    const QJsonObject account = QJsonDocument::fromJson(listed).array().first().toObject();
    QCOMPARE(account.value(u"host"_s).toString(), u"smtp.gmail.com"_s);
    QCOMPARE(account.value(u"port"_s).toInt(), 465);
    QCOMPARE(account.value(u"security"_s).toString(), u"tls"_s);
    QCOMPARE(account.value(u"auth"_s).toString(), u"xoauth2"_s);
    QCOMPARE(account.value(u"username"_s).toString(), u"ola@gmail.com"_s);

    // The tokens are nowhere but in the keychain: not in any file, not in any output.
    QDirIterator files(m_home->rootPath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(tokens->accessToken.toUtf8()), qPrintable(file.fileName()));
        QVERIFY2(!bytes.contains(tokens->refreshToken.toUtf8()), qPrintable(file.fileName()));
    }
    for (const QByteArray &text : {run.out, run.err, listed}) {
        QVERIFY(!text.contains(tokens->accessToken.toUtf8()));
        QVERIFY(!text.contains(tokens->refreshToken.toUtf8()));
    }

    // Removing the account removes its tokens too.
    QProcess remove;
    remove.setProcessEnvironment(m_home->environment());
    remove.start(QStringLiteral(KURIER_BINARY), {u"account"_s, u"remove"_s, u"ola-gmail-com"_s});
    QVERIFY(remove.waitForFinished(20000));
    QCOMPARE(remove.exitCode(), 0);
    QCOMPARE(readKeychainSecret(u"ola-gmail-com"_s, SecretKind::OAuthTokens).status, SecretResult::Status::NotFound);
}

void CliOAuthTest::clientIdOptionWins()
{
    configure(u"configured-but-wrong"_s);
    const Run run = signIn({u"account"_s, u"add"_s, u"ola@gmail.com"_s, u"--oauth"_s, u"--client-id"_s, ClientId});
    QVERIFY2(run.finished, run.err.constData());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(m_authServer->requests().first().query.queryItemValue(u"client_id"_s), ClientId);
    const std::optional<OAuth::TokenSet> tokens
        = OAuth::TokenSet::fromSecret(readKeychainSecret(u"ola-gmail-com"_s, SecretKind::OAuthTokens).secret);
    QVERIFY(tokens);
    QCOMPARE(tokens->clientId, ClientId); // refreshes must use the id the token was issued to
}

void CliOAuthTest::refusesWithoutClientId()
{
    configure(QString());
    const Run run = signIn({u"account"_s, u"add"_s, u"ola@gmail.com"_s, u"--oauth"_s});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 78);
    QVERIFY(run.authorizationUrl.isEmpty());
    QVERIFY2(run.err.contains("--client-id") && run.err.contains("oauth/google/clientId"), run.err.constData());
    QCOMPARE(m_authServer->requests().size(), 0);
    QVERIFY(!QFileInfo(m_home->settingsPath()).exists()
            || !QSettings(m_home->settingsPath(), QSettings::IniFormat).childGroups().contains(u"accounts"_s));
}

void CliOAuthTest::deniedSignInAddsNothing()
{
    configure(ClientId);
    m_authServer->setDenyAuthorization(true);
    const Run run = signIn({u"account"_s, u"add"_s, u"ola@gmail.com"_s, u"--oauth"_s});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 77);
    QVERIFY2(run.err.contains("access_denied"), run.err.constData());
    QVERIFY2(run.err.contains("The sign-in was not completed"), run.err.constData());
    QVERIFY2(!run.err.contains("qt.networkauth"), run.err.constData()); // one sentence, not Qt's too
    QCOMPARE(readKeychainSecret(u"ola-gmail-com"_s, SecretKind::OAuthTokens).status, SecretResult::Status::NotFound);
    QVERIFY(!QSettings(m_home->settingsPath(), QSettings::IniFormat).childGroups().contains(u"accounts"_s));
}

void CliOAuthTest::sendRefreshesRefusedToken()
{
    TestSupport::FakeSmtpBehaviour behaviour;
    behaviour.capabilitiesTls = {u"AUTH XOAUTH2 OAUTHBEARER"_s, u"ENHANCEDSTATUSCODES"_s, u"8BITMIME"_s};
    FakeAuthorizationServer *authServer = m_authServer.get();
    behaviour.acceptsToken = [authServer](const QString &token) { return authServer->isValidAccessToken(token); };
    TestSupport::FakeSmtpServer smtp(behaviour);
    QVERIFY(smtp.listenOnLoopback());
    configure(ClientId);
    const Run added
        = signIn({u"account"_s, u"add"_s, u"ola@gmail.com"_s, u"--oauth"_s, u"--host"_s, u"localhost"_s, u"--port"_s,
                  QString::number(smtp.serverPort()), u"--security"_s, u"starttls"_s, u"--auth"_s, u"oauthbearer"_s});
    QVERIFY2(added.finished && added.exitCode == 0, added.err.constData());

    // The provider revoked the access token early; the refresh token still works.
    m_authServer->expireAccessTokens();
    // The fake server's certificate comes from a test CA: trusted the way a user trusts one, by its pin.
    {
        QFile certificate(QStringLiteral(KURIER_TEST_DATA_DIR "/smtp/server.crt"));
        QVERIFY(certificate.open(QIODevice::ReadOnly));
        const QByteArray pin = QSslCertificate(certificate.readAll()).digest(QCryptographicHash::Sha256).toHex();
        QSettings settings(m_home->settingsPath(), QSettings::IniFormat);
        settings.setValue(u"accounts/ola-gmail-com/pinnedCertificateSha256"_s, QString::fromLatin1(pin));
    }
    const QProcessEnvironment env = m_home->environment();
    const ChildProcess sent = ChildProcess::run(
        QStringLiteral(KURIER_BINARY),
        {u"send"_s, u"--account"_s, u"ola-gmail-com"_s, u"--to"_s, u"bob@kurier.test"_s, u"--subject"_s, u"token"_s},
        env, QByteArray("Hello.\n"));
    QVERIFY(sent.finished);
    QVERIFY2(sent.exitCode == 0, sent.err.right(1200).constData());
    QCOMPARE(m_authServer->refreshes(), 1);
    QCOMPARE(smtp.record().authSuccesses, 1);
    QCOMPARE(smtp.record().messages.size(), 1);
    // The refreshed tokens were saved for the next run.
    const std::optional<OAuth::TokenSet> tokens
        = OAuth::TokenSet::fromSecret(readKeychainSecret(u"ola-gmail-com"_s, SecretKind::OAuthTokens).secret);
    QVERIFY(tokens);
    QCOMPARE(tokens->accessToken, m_authServer->lastAccessToken());
    QVERIFY(!sent.err.contains(tokens->accessToken.toUtf8()));

    // Revoked altogether: a clear "sign in again", exit 77, nothing sent.
    m_authServer->expireAccessTokens();
    m_authServer->revokeRefreshTokens();
    const ChildProcess refused = ChildProcess::run(
        QStringLiteral(KURIER_BINARY),
        {u"send"_s, u"--account"_s, u"ola-gmail-com"_s, u"--to"_s, u"bob@kurier.test"_s, u"--subject"_s, u"token"_s},
        env, QByteArray("Hello.\n"));
    QVERIFY(refused.finished);
    QCOMPARE(refused.exitCode, 77);
    QVERIFY2(refused.err.contains("invalid_grant") && refused.err.contains("Sign in again"), refused.err.constData());
    QCOMPARE(smtp.record().messages.size(), 1);
}

QTEST_GUILESS_MAIN(CliOAuthTest)
#include "clioauthtest.moc"
