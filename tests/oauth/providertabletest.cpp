// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The OAuth provider table (bundled data plus configuration), PKCE, the keychain form of the
// tokens, and how a lost sign-in is explained.

#include "app/diagnostics/explainer.h"
#include "app/oauth/pkce.h"
#include "app/oauth/provider.h"
#include "app/oauth/signinerror.h"
#include "app/oauth/tokenset.h"

#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using OAuth::Provider;
using OAuth::ProviderTable;

class ProviderTableTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void bundledTableIsComplete();
    void findsProvider_data();
    void findsProvider();
    void shipsNoClientIds();
    void deviceGrantIsDocumentedPerProvider();
    void settingsConfigureClientsAndEndpoints();
    void refusesInsecureEndpoints_data();
    void refusesInsecureEndpoints();
    void providerAccountUsesItsServer();
    void pkceChallengeIsS256();
    void pkceVerifiersAreFreshAndUnreserved();
    void tokenSetRoundTrip();
    void tokenSetRejectsOtherSecrets_data();
    void tokenSetRejectsOtherSecrets();
    void refreshIsDueBeforeExpiry_data();
    void refreshIsDueBeforeExpiry();
    void lostSignInIsExplainedAsSignInAgain_data();
    void lostSignInIsExplainedAsSignInAgain();
};

void ProviderTableTest::bundledTableIsComplete()
{
    const QList<Provider> providers = ProviderTable::bundled().providers();
    QStringList ids;
    for (const Provider &provider : providers) {
        ids.append(provider.id);
        QVERIFY2(provider.authorizationUrl.scheme() == u"https"_s, qPrintable(provider.id));
        QVERIFY2(provider.tokenUrl.scheme() == u"https"_s, qPrintable(provider.id));
        QVERIFY2(!provider.scopes.isEmpty(), qPrintable(provider.id));
        QVERIFY2(!provider.sources.isEmpty(), qPrintable(provider.id));
        QVERIFY2(!provider.smtpHosts.isEmpty() && !provider.domains.isEmpty(), qPrintable(provider.id));
        QVERIFY2(provider.smtpHosts.contains(provider.smtpHost), qPrintable(provider.id));
        QVERIFY2(!provider.issuers.isEmpty(), qPrintable(provider.id));
    }
    QCOMPARE(ids, (QStringList{u"google"_s, u"microsoft"_s, u"yahoo"_s, u"aol"_s, u"fastmail"_s}));
}

void ProviderTableTest::findsProvider_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("provider");

    QTest::newRow("gmail address") << u"email"_s << u"ola@gmail.com"_s << u"google"_s;
    QTest::newRow("googlemail address, upper case") << u"email"_s << u"Ola@GoogleMail.COM"_s << u"google"_s;
    QTest::newRow("outlook.com address") << u"email"_s << u"jan@outlook.com"_s << u"microsoft"_s;
    QTest::newRow("hotmail address") << u"email"_s << u"jan@hotmail.com"_s << u"microsoft"_s;
    QTest::newRow("yahoo address") << u"email"_s << u"a@yahoo.com"_s << u"yahoo"_s;
    QTest::newRow("aol address") << u"email"_s << u"a@aol.com"_s << u"aol"_s;
    QTest::newRow("fastmail address") << u"email"_s << u"a@fastmail.com"_s << u"fastmail"_s;
    QTest::newRow("own domain is unknown") << u"email"_s << u"ola@firma.pl"_s << QString();
    QTest::newRow("Workspace domain on Gmail's server") << u"host"_s << u"smtp.gmail.com"_s << u"google"_s;
    QTest::newRow("Microsoft 365 server") << u"host"_s << u"smtp.office365.com"_s << u"microsoft"_s;
    QTest::newRow("unknown server") << u"host"_s << u"smtp.firma.pl"_s << QString();
    QTest::newRow("ISPDB issuer Google") << u"issuer"_s << u"accounts.google.com"_s << u"google"_s;
    QTest::newRow("ISPDB issuer Microsoft") << u"issuer"_s << u"login.microsoftonline.com"_s << u"microsoft"_s;
    QTest::newRow("ISPDB issuer AOL") << u"issuer"_s << u"login.aol.com"_s << u"aol"_s;
    QTest::newRow("ISPDB issuer unknown") << u"issuer"_s << u"login.example.com"_s << QString();
}

void ProviderTableTest::findsProvider()
{
    QFETCH(QString, how);
    QFETCH(QString, key);
    QFETCH(QString, provider);
    const ProviderTable table = ProviderTable::bundled();
    const std::optional<Provider> found = how == u"email"_s ? table.forEmailAddress(key)
        : how == u"host"_s                                  ? table.forSmtpHost(key)
                                                            : table.forIssuer(key);
    QCOMPARE(found ? found->id : QString(), provider);
}

void ProviderTableTest::shipsNoClientIds()
{
    // Built without KURIER_OAUTH_*_CLIENT_ID, as the tests are: nobody's registration is bundled.
    for (const Provider &provider : ProviderTable::bundled().providers()) {
        QVERIFY2(!provider.hasClientId(), qPrintable(provider.id));
        QVERIFY2(provider.clientSecret.isEmpty(), qPrintable(provider.id));
    }
}

void ProviderTableTest::deviceGrantIsDocumentedPerProvider()
{
    // Every row says whether its provider offers the device grant for a scope that can send,
    // and where that is written; only Microsoft does.
    QStringList withDeviceGrant;
    for (const Provider &provider : ProviderTable::bundled().providers()) {
        QVERIFY2(!provider.deviceFlowSources.isEmpty(), qPrintable(provider.id));
        QVERIFY2(provider.supportsDeviceFlow() != !provider.deviceFlowUnsupported.isEmpty(), qPrintable(provider.id));
        if (provider.supportsDeviceFlow()) {
            QCOMPARE(provider.deviceAuthorizationUrl.scheme(), u"https"_s);
            QCOMPARE(provider.deviceAuthorizationUrl.host(), provider.tokenUrl.host());
            withDeviceGrant.append(provider.id);
        }
    }
    QCOMPARE(withDeviceGrant, QStringList{u"microsoft"_s});
    QVERIFY(
        ProviderTable::bundled().provider(u"google"_s)->deviceFlowUnsupported.contains(u"https://mail.google.com/"_s));

    // A row that claims the grant over plain http, or gives no source, is not taken.
    QStringList problems;
    const QByteArray row = R"({"providers": [{"id": "x", "name": "X", "authorization_url": "https://x.test/a",
        "token_url": "https://x.test/t", "scopes": ["smtp"], "mechanism": "xoauth2",
        "smtp": {"host": "smtp.x.test", "port": 465, "security": "tls"}, "sources": ["s"],
        "device_authorization": {"url": "http://x.test/device", "sources": ["s"]}}]})";
    QVERIFY(ProviderTable::fromJson(row, &problems).providers().isEmpty());
    QCOMPARE(problems.size(), 1);

    // An organisation's own device endpoint (a proxy) turns the grant on.
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"kurier.ini"_s), QSettings::IniFormat);
    settings.setValue(ProviderTable::deviceAuthorizationUrlKey(u"fastmail"_s), u"https://proxy.example.org/device"_s);
    settings.setValue(ProviderTable::deviceAuthorizationUrlKey(u"yahoo"_s), u"http://proxy.example.org/device"_s);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ignoring.*deviceAuthorizationUrl"_s));
    const ProviderTable table = ProviderTable::configured(settings);
    QVERIFY(table.provider(u"fastmail"_s)->supportsDeviceFlow());
    QVERIFY(table.provider(u"fastmail"_s)->deviceFlowUnsupported.isEmpty());
    QVERIFY(!table.provider(u"yahoo"_s)->supportsDeviceFlow());
}

void ProviderTableTest::settingsConfigureClientsAndEndpoints()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"kurier.ini"_s), QSettings::IniFormat);
    settings.setValue(ProviderTable::clientIdKey(u"google"_s), u"1234-abc.apps.example"_s);
    settings.setValue(ProviderTable::clientSecretKey(u"google"_s), u"not-really-secret"_s);
    settings.setValue(ProviderTable::tokenUrlKey(u"microsoft"_s), u"https://login.example.org/token"_s);
    settings.setValue(ProviderTable::authorizationUrlKey(u"yahoo"_s), u"http://127.0.120.9:8080/authorize"_s);
    settings.sync();

    const ProviderTable table = ProviderTable::configured(settings.fileName());
    const Provider google = *table.provider(u"google"_s);
    QCOMPARE(google.clientId, u"1234-abc.apps.example"_s);
    QCOMPARE(google.clientSecret, u"not-really-secret"_s);
    QCOMPARE(table.provider(u"microsoft"_s)->tokenUrl, QUrl(u"https://login.example.org/token"_s));
    QCOMPARE(table.provider(u"microsoft"_s)->authorizationUrl,
             ProviderTable::bundled().provider(u"microsoft"_s)->authorizationUrl);
    QCOMPARE(table.provider(u"yahoo"_s)->authorizationUrl, QUrl(u"http://127.0.120.9:8080/authorize"_s));
    QVERIFY(!table.provider(u"aol"_s)->hasClientId());
}

void ProviderTableTest::refusesInsecureEndpoints_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("acceptable");

    QTest::newRow("https") << u"https://oauth2.example.com/token"_s << true;
    QTest::newRow("http on loopback v4") << u"http://127.0.0.1:9000/token"_s << true;
    QTest::newRow("http on loopback v6") << u"http://[::1]:9000/token"_s << true;
    QTest::newRow("http elsewhere") << u"http://oauth2.example.com/token"_s << false;
    QTest::newRow("http on a LAN address") << u"http://192.168.1.10/token"_s << false;
    QTest::newRow("other scheme") << u"ftp://oauth2.example.com/token"_s << false;
    QTest::newRow("no host") << u"https:///token"_s << false;
}

void ProviderTableTest::refusesInsecureEndpoints()
{
    QFETCH(QString, url);
    QFETCH(bool, acceptable);
    QCOMPARE(OAuth::isAcceptableEndpoint(QUrl(url)), acceptable);

    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"kurier.ini"_s), QSettings::IniFormat);
    settings.setValue(ProviderTable::tokenUrlKey(u"google"_s), url);
    settings.sync();
    if (!acceptable) {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ignoring.*tokenUrl"_s));
    }
    const QUrl configured = ProviderTable::configured(settings.fileName()).provider(u"google"_s)->tokenUrl;
    QCOMPARE(configured == QUrl(url), acceptable);
}

void ProviderTableTest::providerAccountUsesItsServer()
{
    const Accounts::Account account
        = ProviderTable::bundled().provider(u"microsoft"_s)->accountFor(u"jan@outlook.com"_s);
    QCOMPARE(account.host, u"smtp-mail.outlook.com"_s);
    QCOMPARE(account.port, quint16(587));
    QVERIFY(account.security == Accounts::Security::StartTls);
    QVERIFY(account.authMethod == Accounts::AuthMethod::XOAuth2);
    QCOMPARE(account.userName, u"jan@outlook.com"_s);
    QVERIFY(!account.usesPassword());
}

void ProviderTableTest::pkceChallengeIsS256()
{
    // BASE64URL(SHA-256) without padding, computed independently.
    QCOMPARE(OAuth::Pkce::challengeFor("kurier-pkce-test-verifier-0123456789-abcdefgh"),
             QByteArray("bAp1bcYkC1EHyOYhm8SnN4CxX_EGI08asbYgOieOoHM"));
    QCOMPARE(QByteArray(OAuth::Pkce::Method), QByteArray("S256"));
}

void ProviderTableTest::pkceVerifiersAreFreshAndUnreserved()
{
    const QRegularExpression unreserved(u"^[A-Za-z0-9\\-._~]{43,128}$"_s);
    QSet<QByteArray> seen;
    for (int i = 0; i < 20; ++i) {
        const OAuth::Pkce pkce = OAuth::Pkce::generate();
        QVERIFY(unreserved.match(QString::fromLatin1(pkce.verifier)).hasMatch());
        QCOMPARE(pkce.challenge().size(), 43);
        seen.insert(pkce.verifier);
    }
    QCOMPARE(seen.size(), 20);
}

void ProviderTableTest::tokenSetRoundTrip()
{
    OAuth::TokenSet tokens;
    tokens.providerId = u"google"_s;
    tokens.clientId = u"client-1"_s;
    tokens.accessToken = u"ya29.a+b/c=="_s;
    tokens.refreshToken = u"1//rt\"quoted\""_s;
    tokens.expiresAt = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    tokens.scope = u"https://mail.google.com/"_s;
    QCOMPARE(OAuth::TokenSet::fromSecret(tokens.toSecret()), tokens);

    tokens.expiresAt = QDateTime();
    QCOMPARE(OAuth::TokenSet::fromSecret(tokens.toSecret()), tokens);
}

void ProviderTableTest::tokenSetRejectsOtherSecrets_data()
{
    QTest::addColumn<QString>("secret");
    QTest::newRow("a bare token") << u"ya29.only-a-token"_s;
    QTest::newRow("a password") << u"hunter2"_s;
    QTest::newRow("JSON without format") << uR"({"provider":"google","access_token":"x"})"_s;
    QTest::newRow("a newer format") << uR"({"format":2,"provider":"google","access_token":"x"})"_s;
    QTest::newRow("no provider") << uR"({"format":1,"access_token":"x"})"_s;
    QTest::newRow("no token at all") << uR"({"format":1,"provider":"google"})"_s;
}

void ProviderTableTest::tokenSetRejectsOtherSecrets()
{
    QFETCH(QString, secret);
    QVERIFY(!OAuth::TokenSet::fromSecret(secret));
}

void ProviderTableTest::refreshIsDueBeforeExpiry_data()
{
    QTest::addColumn<QString>("accessToken");
    QTest::addColumn<int>("secondsLeft"); // INT_MIN: no expiry known
    QTest::addColumn<bool>("due");

    QTest::newRow("an hour left") << u"at"_s << 3600 << false;
    QTest::newRow("just over the margin") << u"at"_s << 121 << false;
    QTest::newRow("within the margin") << u"at"_s << 119 << true;
    QTest::newRow("expired") << u"at"_s << -5 << true;
    QTest::newRow("no expiry known") << u"at"_s << INT_MIN << false;
    QTest::newRow("no access token") << QString() << 3600 << true;
}

void ProviderTableTest::refreshIsDueBeforeExpiry()
{
    QFETCH(QString, accessToken);
    QFETCH(int, secondsLeft);
    QFETCH(bool, due);
    const QDateTime now(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
    OAuth::TokenSet tokens;
    tokens.providerId = u"google"_s;
    tokens.accessToken = accessToken;
    tokens.refreshToken = u"rt"_s;
    if (secondsLeft != INT_MIN) {
        tokens.expiresAt = now.addSecs(secondsLeft);
    }
    QCOMPARE(tokens.needsRefresh(now), due);
}

void ProviderTableTest::lostSignInIsExplainedAsSignInAgain_data()
{
    QTest::addColumn<OAuth::Error::Kind>("kind");
    QTest::addColumn<QString>("category");
    QTest::addColumn<bool>("signInAgain");
    QTest::addColumn<QString>("rule");

    using Kind = OAuth::Error::Kind;
    QTest::newRow("revoked refresh token")
        << Kind::InvalidGrant << u"web-login-required"_s << true << u"oauth-sign-in-expired"_s;
    QTest::newRow("nothing stored") << Kind::NotSignedIn << u"web-login-required"_s << true
                                    << u"oauth-sign-in-expired"_s;
    QTest::newRow("expired without refresh token")
        << Kind::NoRefreshToken << u"web-login-required"_s << true << u"oauth-sign-in-expired"_s;
    QTest::newRow("user said no in the browser")
        << Kind::AuthorizationDenied << u"web-login-required"_s << true << u"oauth-sign-in-refused"_s;
    QTest::newRow("forged redirect") << Kind::StateMismatch << u"web-login-required"_s << true
                                     << u"oauth-sign-in-refused"_s;
    QTest::newRow("device code ran out unapproved")
        << Kind::DeviceCodeExpired << u"web-login-required"_s << true << u"oauth-device-code-expired"_s;
    QTest::newRow("provider has no device grant")
        << Kind::DeviceFlowUnsupported << u"configuration"_s << false << QString();
    QTest::newRow("client id refused") << Kind::ClientRejected << u"configuration"_s << false << QString();
    QTest::newRow("no client id") << Kind::NoClientId << u"configuration"_s << false << QString();
}

void ProviderTableTest::lostSignInIsExplainedAsSignInAgain()
{
    QFETCH(OAuth::Error::Kind, kind);
    QFETCH(QString, category);
    QFETCH(bool, signInAgain);
    QFETCH(QString, rule);
    OAuth::Error error = OAuth::Error::make(kind);
    error.providerId = u"google"_s;
    error.oauthError = u"invalid_grant"_s;
    QCOMPARE(error.needsSignInAgain(), signInAgain);
    const Diagnostics::Explanation explanation = Diagnostics::Explainer().explain(error.evidence(), QLocale(u"en"_s));
    QCOMPARE(Diagnostics::categoryId(explanation.category), category);
    const bool offersSignIn = std::any_of(explanation.actions.cbegin(), explanation.actions.cend(), [](const auto &a) {
        return a.kind == Diagnostics::SuggestedAction::Kind::SignInAgain;
    });
    QCOMPARE(offersSignIn, signInAgain);
    if (signInAgain) {
        QCOMPARE(explanation.ruleId, rule);
        QVERIFY(!Diagnostics::Explainer().explain(error.evidence(), QLocale(u"pl"_s)).title.isEmpty());
    }
}

QTEST_GUILESS_MAIN(ProviderTableTest)
#include "providertabletest.moc"
