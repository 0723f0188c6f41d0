// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `kurier account add EMAIL --oauth --device` as a user without a browser runs it: the real
// binary prints the verification URL and the user code at once, the user approves (or
// refuses) the code at the fake authorization server from "another device", and the tokens
// land in the real Secret Service (tests/harness/with-keyring.sh) and nowhere else. Providers
// that offer no device grant for SMTP are named as such, before anything is asked.

#include "app/oauth/provider.h"
#include "app/oauth/tokenset.h"
#include "tests/cli/childprocess.h"
#include "tests/support/fakeauthorizationserver.h"
#include "tests/support/keychainsecrets.h"
#include "tests/support/privateuserdirectories.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using Secrets::SecretKind;
using Secrets::SecretResult;
using TestSupport::FakeAuthorizationServer;
using TestSupport::readKeychainSecret;
using TestSupport::removeKeychainSecret;

namespace
{

const QString ClientId = u"kurier-cli-device-test-client"_s;
const QString AccountId = u"ola-outlook-com"_s;

} // namespace

class CliDeviceFlowTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void signsInWithCodeAndKeepsTokensInKeychainOnly();
    void deviceAloneImpliesOAuthAndClientIdOptionWins();
    void refusedCodeExits77AndAddsNothing();
    void expiredCodeExits75AndAddsNothing();
    void providerWithoutDeviceGrantIsNamedWithItsSource();
    void helpListsTheOAuthOptions();

private:
    void configure(const QString &clientId);
    struct Run {
        bool finished = false;
        int exitCode = -1;
        bool codeShownWhileWaiting = false;
        QUrl verificationUrl;
        QString userCode;
        QByteArray out;
        QByteArray err;
    };
    // Runs kurier; once it has shown the code (two stdout lines) and asked at least once,
    // `user` acts at the fake server as the user would on another device.
    Run run(const QStringList &arguments, const std::function<void(const QString &userCode)> &user);
    void verifyNothingAdded(const Run &run);

    std::unique_ptr<TestSupport::PrivateUserDirectories> m_home;
    std::unique_ptr<FakeAuthorizationServer> m_authServer;
};

void CliDeviceFlowTest::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(KURIER_BINARY)).isExecutable(), "the kurier binary has not been built");
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "No D-Bus session: run this test through tests/harness/with-keyring.sh (ctest does).");
    qRegisterMetaType<Secrets::SecretResult>();
}

void CliDeviceFlowTest::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_home = std::make_unique<TestSupport::PrivateUserDirectories>();
    QVERIFY(m_home->create());
    m_authServer = std::make_unique<FakeAuthorizationServer>(ClientId);
    QVERIFY(m_authServer->listenOn(QHostAddress(u"127.0.140.3"_s)));
    m_authServer->setDevicePollInterval(1);
}

void CliDeviceFlowTest::cleanup()
{
    removeKeychainSecret(AccountId, SecretKind::OAuthTokens);
    m_authServer.reset();
    m_home.reset();
}

void CliDeviceFlowTest::configure(const QString &clientId)
{
    // The Microsoft row pointed at the fake server through the settings, as a proxy would be.
    QSettings settings(m_home->settingsPath(), QSettings::IniFormat);
    for (const QString &provider : {u"microsoft"_s, u"google"_s}) {
        if (!clientId.isEmpty()) {
            settings.setValue(OAuth::ProviderTable::clientIdKey(provider), clientId);
        }
        settings.setValue(OAuth::ProviderTable::authorizationUrlKey(provider),
                          m_authServer->authorizationUrl().toString());
        settings.setValue(OAuth::ProviderTable::tokenUrlKey(provider), m_authServer->tokenUrl().toString());
    }
    settings.setValue(OAuth::ProviderTable::deviceAuthorizationUrlKey(u"microsoft"_s),
                      m_authServer->deviceAuthorizationUrl().toString());
}

CliDeviceFlowTest::Run CliDeviceFlowTest::run(const QStringList &arguments,
                                              const std::function<void(const QString &)> &user)
{
    Run result;
    QProcess kurier;
    kurier.setProcessEnvironment(m_home->environment());
    QSignalSpy finished(&kurier, &QProcess::finished);
    QSignalSpy output(&kurier, &QProcess::readyReadStandardOutput);
    kurier.start(QStringLiteral(KURIER_BINARY), arguments);
    kurier.closeWriteChannel();
    // Two lines, the page and the code, at once and while Kurier waits for the approval.
    QByteArrayList lines;
    for (int attempt = 0; attempt < 50 && lines.size() < 2 && finished.isEmpty(); ++attempt) {
        while (kurier.canReadLine() && lines.size() < 2) {
            lines.append(kurier.readLine());
        }
        if (lines.size() < 2) {
            output.wait(200);
        }
    }
    if (lines.size() == 2) {
        result.codeShownWhileWaiting = finished.isEmpty();
        result.out = lines.join();
        result.verificationUrl = QUrl::fromEncoded(lines.at(0).trimmed());
        result.userCode = QString::fromUtf8(lines.at(1).trimmed());
        for (int attempt = 0; attempt < 50 && m_authServer->devicePolls() < 1 && finished.isEmpty(); ++attempt) {
            QTest::qWait(100);
        }
        user(result.userCode);
    }
    if (finished.isEmpty() && !finished.wait(30000)) {
        kurier.kill();
        kurier.waitForFinished(5000);
        return result;
    }
    result.finished = kurier.exitStatus() == QProcess::NormalExit;
    result.exitCode = kurier.exitCode();
    result.out += kurier.readAllStandardOutput();
    result.err = kurier.readAllStandardError();
    return result;
}

void CliDeviceFlowTest::verifyNothingAdded(const Run &run)
{
    QCOMPARE(readKeychainSecret(AccountId, SecretKind::OAuthTokens).status, SecretResult::Status::NotFound);
    QVERIFY(!QSettings(m_home->settingsPath(), QSettings::IniFormat).childGroups().contains(u"accounts"_s));
    QVERIFY2(!run.out.contains(AccountId.toUtf8()), run.out.constData());
}

void CliDeviceFlowTest::signsInWithCodeAndKeepsTokensInKeychainOnly()
{
    configure(ClientId);
    m_authServer->setOfferVerificationUriComplete(true);
    const Run result
        = run({u"account"_s, u"add"_s, u"ola@outlook.com"_s, u"--oauth"_s, u"--device"_s, u"--name"_s, u"Ola"_s},
              [this](const QString &userCode) { QVERIFY(m_authServer->approveUserCode(userCode)); });
    QVERIFY2(result.finished, result.err.constData());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.codeShownWhileWaiting);
    QCOMPARE(result.verificationUrl, m_authServer->verificationUrl());
    QCOMPARE(result.userCode, m_authServer->lastUserCode());
    QCOMPARE(result.out.split('\n').value(2), AccountId.toUtf8());
    QVERIFY2(result.err.contains(result.userCode.toUtf8()) && result.err.contains("Microsoft")
                 && result.err.contains("user_code="),
             result.err.constData());
    QCOMPARE(m_authServer->devicePollsTooSoon(), 0);

    const SecretResult secret = readKeychainSecret(AccountId, SecretKind::OAuthTokens);
    QVERIFY2(secret.ok(), qPrintable(secret.message));
    const std::optional<OAuth::TokenSet> tokens = OAuth::TokenSet::fromSecret(secret.secret);
    QVERIFY(tokens);
    QCOMPARE(tokens->accessToken, m_authServer->lastAccessToken());
    QCOMPARE(tokens->refreshToken, m_authServer->lastRefreshToken());
    QCOMPARE(tokens->providerId, u"microsoft"_s);
    QCOMPARE(tokens->clientId, ClientId);

    // The account took Microsoft's consumer server and the token mechanism, as after a browser sign-in.
    const ChildProcess listed = ChildProcess::run(QStringLiteral(KURIER_BINARY), {u"account"_s, u"list"_s, u"--json"_s},
                                                  m_home->environment());
    QVERIFY(listed.finished);
    const QJsonObject account = QJsonDocument::fromJson(listed.out).array().first().toObject();
    QCOMPARE(account.value(u"id"_s).toString(), AccountId);
    QCOMPARE(account.value(u"host"_s).toString(), u"smtp-mail.outlook.com"_s);
    QCOMPARE(account.value(u"port"_s).toInt(), 587);
    QCOMPARE(account.value(u"security"_s).toString(), u"starttls"_s);
    QCOMPARE(account.value(u"auth"_s).toString(), u"xoauth2"_s);

    // The tokens and the device code are nowhere but where they belong.
    QString deviceCode;
    for (const FakeAuthorizationServer::Request &request : m_authServer->requests()) {
        if (request.query.hasQueryItem(u"device_code"_s)) {
            deviceCode = request.query.queryItemValue(u"device_code"_s, QUrl::FullyDecoded);
        }
    }
    QVERIFY(!deviceCode.isEmpty());
    const QList<QByteArray> secrets{tokens->accessToken.toUtf8(), tokens->refreshToken.toUtf8(), deviceCode.toUtf8()};
    QDirIterator files(m_home->rootPath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const QByteArray &secretBytes : secrets) {
            QVERIFY2(!bytes.contains(secretBytes), qPrintable(file.fileName()));
        }
    }
    for (const QByteArray &text : {result.out, result.err, listed.out, listed.err}) {
        for (const QByteArray &secretBytes : secrets) {
            QVERIFY(!text.contains(secretBytes));
        }
    }
}

void CliDeviceFlowTest::deviceAloneImpliesOAuthAndClientIdOptionWins()
{
    configure(u"configured-but-wrong"_s);
    const Run result = run({u"account"_s, u"add"_s, u"ola@outlook.com"_s, u"--device"_s, u"--client-id"_s, ClientId},
                           [this](const QString &userCode) { QVERIFY(m_authServer->approveUserCode(userCode)); });
    QVERIFY2(result.finished && result.exitCode == 0, result.err.constData());
    QCOMPARE(m_authServer->requests().first().query.queryItemValue(u"client_id"_s), ClientId);
    const std::optional<OAuth::TokenSet> tokens
        = OAuth::TokenSet::fromSecret(readKeychainSecret(AccountId, SecretKind::OAuthTokens).secret);
    QVERIFY(tokens);
    QCOMPARE(tokens->clientId, ClientId); // refreshes must use the id the token was issued to
}

void CliDeviceFlowTest::refusedCodeExits77AndAddsNothing()
{
    configure(ClientId);
    const Run result = run({u"account"_s, u"add"_s, u"ola@outlook.com"_s, u"--oauth"_s, u"--device"_s},
                           [this](const QString &userCode) { QVERIFY(m_authServer->denyUserCode(userCode)); });
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 77);
    QVERIFY2(result.err.contains("access_denied") && result.err.contains("The sign-in was not completed"),
             result.err.constData());
    verifyNothingAdded(result);
}

void CliDeviceFlowTest::expiredCodeExits75AndAddsNothing()
{
    configure(ClientId);
    m_authServer->setDeviceCodeLifetime(3);
    const Run result = run({u"account"_s, u"add"_s, u"ola@outlook.com"_s, u"--oauth"_s, u"--device"_s},
                           [](const QString &) {}); // nobody enters the code
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 75);
    QVERIFY2(result.err.contains("DeviceCodeExpired") && result.err.contains("The sign-in code expired"),
             result.err.constData());
    verifyNothingAdded(result);
}

void CliDeviceFlowTest::providerWithoutDeviceGrantIsNamedWithItsSource()
{
    configure(ClientId);
    const ChildProcess result = ChildProcess::run(
        QStringLiteral(KURIER_BINARY), {u"account"_s, u"add"_s, u"ola@gmail.com"_s, u"--oauth"_s, u"--device"_s},
        m_home->environment());
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 69);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains("Google does not offer signing in with a code")
                 && result.err.contains("https://mail.google.com/")
                 && result.err.contains("developers.google.com/identity/protocols/oauth2/limited-input-device")
                 && result.err.contains("without --device"),
             result.err.constData());
    QCOMPARE(m_authServer->requests().size(), 0);
}

void CliDeviceFlowTest::helpListsTheOAuthOptions()
{
    const ChildProcess plain = ChildProcess::run(QStringLiteral(KURIER_BINARY), {u"account"_s, u"add"_s, u"--help"_s},
                                                 m_home->environment());
    QVERIFY(plain.finished);
    QCOMPARE(plain.exitCode, 0);
    for (const char *option : {"--oauth", "--device", "--client-id", "--password-stdin"}) {
        QVERIFY2(plain.out.contains(option), plain.out.constData());
    }
    const ChildProcess oauth = ChildProcess::run(
        QStringLiteral(KURIER_BINARY), {u"account"_s, u"add"_s, u"--oauth"_s, u"--help"_s}, m_home->environment());
    QVERIFY(oauth.finished);
    QCOMPARE(oauth.exitCode, 0);
    QVERIFY2(oauth.out.contains("--device") && oauth.out.contains("77") && oauth.out.contains("75"),
             oauth.out.constData());

    const ChildProcess stray = ChildProcess::run(
        QStringLiteral(KURIER_BINARY),
        {u"account"_s, u"add"_s, u"ola@example.com"_s, u"--host"_s, u"smtp.example.com"_s, u"--client-id"_s, ClientId},
        m_home->environment());
    QCOMPARE(stray.exitCode, 64);
    QVERIFY2(stray.err.contains("--oauth"), stray.err.constData());
}

QTEST_GUILESS_MAIN(CliDeviceFlowTest)
#include "clideviceflowtest.moc"
