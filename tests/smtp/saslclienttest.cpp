// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/smtp/saslclient.h"
#include "app/smtp/scramsha256.h"

#include <QRegularExpression>
#include <QTest>

using Accounts::AuthMethod;
using Smtp::Credentials;
using Smtp::SaslClient;
using Smtp::ScramSha256;

Q_DECLARE_METATYPE(std::optional<Smtp::SaslClient::Mechanism>)

class SaslClientTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void choosesMechanism_data();
    void choosesMechanism();
    void scramFollowsRfc7677Example();
    void scramRefusesBadServers_data();
    void scramRefusesBadServers();
    void scramAuthenticatesThroughSaslClient();
    void cramMd5FollowsRfc2195Example();
    void longTokenWaitsForEmptyChallenge();
    void saslPrep_data();
    void saslPrep();
};

void SaslClientTest::choosesMechanism_data()
{
    using M = SaslClient::Mechanism;
    QTest::addColumn<AuthMethod>("method");
    QTest::addColumn<Credentials::Kind>("credentials");
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<std::optional<M>>("chosen");

    const QStringList gmail{QStringLiteral("LOGIN"),       QStringLiteral("PLAIN"),
                            QStringLiteral("XOAUTH2"),     QStringLiteral("PLAIN-CLIENTTOKEN"),
                            QStringLiteral("OAUTHBEARER"), QStringLiteral("XOAUTH")};
    const auto password = Credentials::Kind::Password;
    const auto token = Credentials::Kind::OAuthToken;
    QTest::newRow("auto prefers SCRAM-SHA-256")
        << AuthMethod::Auto << password
        << QStringList{QStringLiteral("PLAIN"), QStringLiteral("LOGIN"), QStringLiteral("SCRAM-SHA-256")}
        << std::optional<M>(M::ScramSha256);
    QTest::newRow("auto: PLAIN before LOGIN") << AuthMethod::Auto << password << gmail << std::optional<M>(M::Plain);
    QTest::newRow("auto: LOGIN when alone")
        << AuthMethod::Auto << password << QStringList{QStringLiteral("LOGIN")} << std::optional<M>(M::Login);
    QTest::newRow("auto never picks CRAM-MD5")
        << AuthMethod::Auto << password << QStringList{QStringLiteral("CRAM-MD5"), QStringLiteral("DIGEST-MD5")}
        << std::optional<M>();
    QTest::newRow("CRAM-MD5 when forced")
        << AuthMethod::CramMd5 << password << QStringList{QStringLiteral("PLAIN"), QStringLiteral("CRAM-MD5")}
        << std::optional<M>(M::CramMd5);
    QTest::newRow("forced LOGIN not offered")
        << AuthMethod::Login << password << QStringList{QStringLiteral("PLAIN")} << std::optional<M>();
    QTest::newRow("token on auto: OAUTHBEARER")
        << AuthMethod::Auto << token << gmail << std::optional<M>(M::OAuthBearer);
    QTest::newRow("token on auto: XOAUTH2 at Microsoft")
        << AuthMethod::Auto << token << QStringList{QStringLiteral("LOGIN"), QStringLiteral("XOAUTH2")}
        << std::optional<M>(M::XOAuth2);
    QTest::newRow("XOAUTH2 forced") << AuthMethod::XOAuth2 << token << gmail << std::optional<M>(M::XOAuth2);
    QTest::newRow("OAUTHBEARER forced") << AuthMethod::OAuthBearer << token << gmail
                                        << std::optional<M>(M::OAuthBearer);
    QTest::newRow("XOAUTH2 account, server offers only OAUTHBEARER")
        << AuthMethod::XOAuth2 << token << QStringList{QStringLiteral("PLAIN"), QStringLiteral("OAUTHBEARER")}
        << std::optional<M>(M::OAuthBearer);
    QTest::newRow("OAUTHBEARER account, server offers only XOAUTH2")
        << AuthMethod::OAuthBearer << token << QStringList{QStringLiteral("LOGIN"), QStringLiteral("XOAUTH2")}
        << std::optional<M>(M::XOAuth2);
    QTest::newRow("OAuth account without a token never falls back")
        << AuthMethod::XOAuth2 << password << QStringList{QStringLiteral("OAUTHBEARER")} << std::optional<M>();
    QTest::newRow("OAuth account, server offers neither")
        << AuthMethod::OAuthBearer << token << QStringList{QStringLiteral("PLAIN"), QStringLiteral("LOGIN")}
        << std::optional<M>();
    QTest::newRow("none") << AuthMethod::None << Credentials::Kind::None << gmail << std::optional<M>();
    QTest::newRow("case-insensitive") << AuthMethod::Auto << password << QStringList{QStringLiteral("plain")}
                                      << std::optional<M>(M::Plain);
}

void SaslClientTest::choosesMechanism()
{
    QFETCH(AuthMethod, method);
    QFETCH(Credentials::Kind, credentials);
    QFETCH(QStringList, offered);
    QFETCH(std::optional<SaslClient::Mechanism>, chosen);
    QCOMPARE(SaslClient::choose(method, credentials, offered), chosen);
}

void SaslClientTest::scramFollowsRfc7677Example()
{
    // RFC 7677 §3: user "user", password "pencil".
    ScramSha256 scram(QStringLiteral("user"), QStringLiteral("pencil"), "rOprNGfwEbeRWgbNEkqO");
    QCOMPARE(scram.clientFirstMessage(), QByteArray("n,,n=user,r=rOprNGfwEbeRWgbNEkqO"));
    QByteArray clientFinal;
    QCOMPARE(scram.handleServerFirst(
                 "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096", clientFinal),
             ScramSha256::Status::Ok);
    QCOMPARE(clientFinal,
             QByteArray("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                        "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ="));
    QVERIFY(!scram.serverVerified());
    QCOMPARE(scram.handleServerFinal("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="), ScramSha256::Status::Ok);
    QVERIFY(scram.serverVerified());
}

void SaslClientTest::scramRefusesBadServers_data()
{
    QTest::addColumn<QByteArray>("serverFirst");
    QTest::addColumn<QByteArray>("serverFinal");
    QTest::addColumn<ScramSha256::Status>("status");
    const QByteArray good = "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
    QTest::newRow("wrong server signature")
        << good << QByteArray("v=AAAATRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=") << ScramSha256::Status::BadSignature;
    QTest::newRow("server error in final message")
        << good << QByteArray("e=invalid-proof") << ScramSha256::Status::ServerError;
    QTest::newRow("nonce not extending ours") << QByteArray("r=somebodyElse,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096")
                                              << QByteArray() << ScramSha256::Status::NonceMismatch;
    QTest::newRow("nonce not extended") << QByteArray("r=rOprNGfwEbeRWgbNEkqO,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096")
                                        << QByteArray() << ScramSha256::Status::NonceMismatch;
    QTest::newRow("too few iterations") << QByteArray("r=rOprNGfwEbeRWgbNEkqOx,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=1")
                                        << QByteArray() << ScramSha256::Status::IterationsOutOfRange;
    QTest::newRow("absurd iterations") << QByteArray("r=rOprNGfwEbeRWgbNEkqOx,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=2000000000")
                                       << QByteArray() << ScramSha256::Status::IterationsOutOfRange;
    QTest::newRow("mandatory extension") << QByteArray(
        "m=ext,r=rOprNGfwEbeRWgbNEkqOx,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096")
                                         << QByteArray() << ScramSha256::Status::InvalidServerMessage;
    QTest::newRow("salt not base64") << QByteArray("r=rOprNGfwEbeRWgbNEkqOx,s=***,i=4096") << QByteArray()
                                     << ScramSha256::Status::InvalidServerMessage;
    QTest::newRow("garbage") << QByteArray("hello") << QByteArray() << ScramSha256::Status::InvalidServerMessage;
}

void SaslClientTest::scramRefusesBadServers()
{
    QFETCH(QByteArray, serverFirst);
    QFETCH(QByteArray, serverFinal);
    QFETCH(ScramSha256::Status, status);
    ScramSha256 scram(QStringLiteral("user"), QStringLiteral("pencil"), "rOprNGfwEbeRWgbNEkqO");
    QByteArray clientFinal;
    const ScramSha256::Status first = scram.handleServerFirst(serverFirst, clientFinal);
    if (serverFinal.isEmpty()) {
        QCOMPARE(first, status);
        return;
    }
    QCOMPARE(first, ScramSha256::Status::Ok);
    QCOMPARE(scram.handleServerFinal(serverFinal), status);
    QVERIFY(!scram.serverVerified());
}

void SaslClientTest::scramAuthenticatesThroughSaslClient()
{
    SaslClient client(SaslClient::Mechanism::ScramSha256, QStringLiteral("user"),
                      Credentials::password(QStringLiteral("pencil")), QStringLiteral("mx"), 587);
    const QByteArray command = client.command();
    QVERIFY(command.startsWith("AUTH SCRAM-SHA-256 "));
    QVERIFY(!client.acceptsSuccess());
    // Without the server's signature a 235 must not be believed.
    const QByteArray clientFirst = QByteArray::fromBase64(command.mid(19));
    QVERIFY(clientFirst.startsWith("n,,n=user,r="));
    const QByteArray nonce = clientFirst.mid(12);
    const SaslClient::Step step
        = client.respond(QByteArray("r=" + nonce + "server,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096").toBase64());
    QCOMPARE(step.action, SaslClient::Step::Action::Respond);
    QVERIFY(QByteArray::fromBase64(step.response).contains(",p="));
    QVERIFY(!client.acceptsSuccess());
    const SaslClient::Step wrong = client.respond(QByteArray("v=AAAA").toBase64());
    QCOMPARE(wrong.action, SaslClient::Step::Action::Cancel);
    QVERIFY(!client.acceptsSuccess());
}

void SaslClientTest::cramMd5FollowsRfc2195Example()
{
    SaslClient client(SaslClient::Mechanism::CramMd5, QStringLiteral("tim"),
                      Credentials::password(QStringLiteral("tanstaaftanstaaf")), QStringLiteral("mx"), 587);
    QCOMPARE(client.command(), QByteArray("AUTH CRAM-MD5"));
    const SaslClient::Step step = client.respond("PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+");
    QCOMPARE(step.action, SaslClient::Step::Action::Respond);
    QCOMPARE(step.response, QByteArray("dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw"));
    QVERIFY(client.acceptsSuccess());
}

void SaslClientTest::longTokenWaitsForEmptyChallenge()
{
    const QString token(1500, QLatin1Char('t'));
    SaslClient client(SaslClient::Mechanism::XOAuth2, QStringLiteral("alice@kurier.test"),
                      Credentials::oauthToken(token), QStringLiteral("mx"), 587);
    QCOMPARE(client.command(), QByteArray("AUTH XOAUTH2"));
    QVERIFY(!client.acceptsSuccess());
    const SaslClient::Step step = client.respond(QByteArray());
    QCOMPARE(step.action, SaslClient::Step::Action::Respond);
    QVERIFY(QByteArray::fromBase64(step.response).endsWith(QByteArray(token.toLatin1() + "\x01\x01")));
    QVERIFY(client.acceptsSuccess());
}

void SaslClientTest::saslPrep_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");
    QTest::newRow("ASCII unchanged") << QStringLiteral("pencil") << QStringLiteral("pencil");
    QTest::newRow("soft hyphen removed") << QStringLiteral("I\u00adX") << QStringLiteral("IX");
    QTest::newRow("no-break space mapped") << QStringLiteral("a\u00a0b") << QStringLiteral("a b");
    QTest::newRow("NFKC: ligature") << QStringLiteral("\ufb01") << QStringLiteral("fi");
    QTest::newRow("NFKC: roman numeral") << QStringLiteral("\u2168") << QStringLiteral("IX");
    QTest::newRow("control character refused") << QStringLiteral("a\u0007") << QString();
}

void SaslClientTest::saslPrep()
{
    QFETCH(QString, input);
    QFETCH(QString, output);
    QCOMPARE(ScramSha256::saslPrep(input), output);
}

void SaslClientTest::init()
{
    // Unexpected warnings are failures.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

QTEST_GUILESS_MAIN(SaslClientTest)
#include "saslclienttest.moc"
