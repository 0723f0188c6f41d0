// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The session over a real QSslSocket against the fault-injecting server on 127.0.0.1: the
// cases of SMTP.md §2.5 that need real TCP and real TLS (certificates, injection across
// segments, stalls with a closed TCP window, drops), and inspection of the received bytes.

#include "app/smtp/session.h"
#include "app/smtp/sockettransport.h"
#include "tests/support/fakesmtpserver.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using Accounts::AuthMethod;
using Accounts::Security;
using Smtp::Error;
using Smtp::RecipientResult;
using Smtp::SendResult;
using Smtp::Session;
using TestSupport::FakeSmtpBehaviour;
using TestSupport::FakeSmtpServer;

Q_DECLARE_METATYPE(TestSupport::FakeSmtpBehaviour)

namespace
{

const QString Password = QStringLiteral("alice-Secret-7");
const QString Token = QStringLiteral("ya29.valid-token");

QByteArray plainMessage()
{
    return "From: alice@kurier.test\r\nTo: bob@kurier.test\r\nSubject: fake server\r\n\r\nhello\r\n";
}

QByteArray largeMessage(qsizetype size)
{
    QByteArray message = "From: alice@kurier.test\r\nSubject: large\r\n\r\n";
    const QByteArray line = QByteArray(76, 'x') + "\r\n";
    while (message.size() < size) {
        message += line;
    }
    return message;
}

struct Row {
    FakeSmtpBehaviour behaviour;
    Security security = Security::StartTls;
    AuthMethod method = AuthMethod::Auto;
    int timeoutMs = 0; // 0: the RFC defaults
    qsizetype messageSize = 0; // 0: plainMessage()
    QString pin;
};

} // namespace

Q_DECLARE_METATYPE(Row)

class SessionServerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void againstFakeServer_data();
    void againstFakeServer();
    void tokenFramingFollowsServer_data();
    void tokenFramingFollowsServer();
    void deliversWireCleanMessage();
    void bodyCannotInjectCommands();
    void splitsTooManyRecipients();
    void reusesOneTlsConnection();
    void stallsMidDataWithClosedWindow();
    void stallingServerTimesOutBeforeTheFinalDot_data();
    void stallingServerTimesOutBeforeTheFinalDot();

private:
    static Smtp::SessionSettings settingsFor(const FakeSmtpServer &server, const Row &row);
    static SendResult send(Session &session, const Smtp::SendRequest &request);
};

Smtp::SessionSettings SessionServerTest::settingsFor(const FakeSmtpServer &server, const Row &row)
{
    Smtp::SessionSettings settings;
    settings.host = QStringLiteral("localhost");
    settings.port = server.serverPort();
    settings.security = row.security;
    settings.authMethod = row.method;
    settings.userName = row.method == AuthMethod::None ? QString() : QStringLiteral("alice");
    settings.additionalCaCertificates = FakeSmtpServer::caCertificates();
    settings.pinnedCertificateSha256 = row.pin;
    if (row.timeoutMs > 0) {
        settings.timeouts = Smtp::Timeouts::uniform(std::chrono::milliseconds(row.timeoutMs));
    }
    return settings;
}

SendResult SessionServerTest::send(Session &session, const Smtp::SendRequest &request)
{
    QSignalSpy finished(&session, &Session::finished);
    if (!session.send(request) || !finished.wait(30000)) {
        return {};
    }
    return finished.first().first().value<SendResult>();
}

void SessionServerTest::againstFakeServer_data()
{
    QTest::addColumn<Row>("row");
    QTest::addColumn<SendResult::Outcome>("outcome");
    QTest::addColumn<QString>("errorKind");
    QTest::addColumn<QString>("phase");
    QTest::addColumn<int>("replyCode");

    const auto sent = SendResult::Outcome::Sent;
    const auto failed = SendResult::Outcome::Failed;
    const auto none = QString();
    const auto make = [](auto change) {
        Row row;
        change(row);
        return row;
    };

    QTest::newRow("STARTTLS and PLAIN") << Row{} << sent << none << none << 0;
    QTest::newRow("implicit TLS and LOGIN") << make([](Row &r) {
        r.behaviour.tls = FakeSmtpBehaviour::Tls::Implicit;
        r.security = Security::ImplicitTls;
        r.method = AuthMethod::Login;
    }) << sent << none << none << 0;
    QTest::newRow("SCRAM-SHA-256 preferred")
        << make([](Row &r) { r.behaviour.capabilitiesTls = {QStringLiteral("AUTH PLAIN LOGIN SCRAM-SHA-256")}; })
        << sent << none << none << 0;
    QTest::newRow("SCRAM server that cannot prove itself") << make([](Row &r) {
        r.behaviour.capabilitiesTls = {QStringLiteral("AUTH SCRAM-SHA-256")};
        r.behaviour.scramBadSignature = true;
    }) << failed << QStringLiteral("ServerSignatureInvalid")
                                                           << QStringLiteral("Authentication") << 0;
    QTest::newRow("SCRAM with a wrong password") << make([](Row &r) {
        r.behaviour.capabilitiesTls = {QStringLiteral("AUTH SCRAM-SHA-256")};
        r.behaviour.passwords = {{QStringLiteral("alice"), QStringLiteral("another")}};
    }) << failed << QStringLiteral("AuthenticationFailed")
                                                 << QStringLiteral("Authentication") << 535;
    QTest::newRow("CRAM-MD5 when forced") << make([](Row &r) {
        r.behaviour.capabilitiesTls = {QStringLiteral("AUTH PLAIN CRAM-MD5")};
        r.method = AuthMethod::CramMd5;
    }) << sent << none << none << 0;
    QTest::newRow("XOAUTH2 with a valid token") << make([](Row &r) {
        r.behaviour.capabilitiesTls = {QStringLiteral("AUTH LOGIN XOAUTH2")};
        r.method = AuthMethod::XOAuth2;
    }) << sent << none << none << 0;
    QTest::newRow("XOAUTH2 with an expired token: JSON error flow") << make([](Row &r) {
        r.behaviour.capabilitiesTls = {QStringLiteral("AUTH LOGIN XOAUTH2")};
        r.behaviour.oauthToken = QStringLiteral("ya29.another-token");
        r.method = AuthMethod::XOAuth2;
    }) << failed << QStringLiteral("AuthenticationFailed") << QStringLiteral("Authentication")
                                                                    << 535;
    QTest::newRow("OAUTHBEARER with an expired token") << make([](Row &r) {
        r.behaviour.capabilitiesTls = {QStringLiteral("AUTH OAUTHBEARER")};
        r.behaviour.oauthToken = QStringLiteral("ya29.another-token");
        r.method = AuthMethod::OAuthBearer;
    }) << failed << QStringLiteral("AuthenticationFailed")
                                                       << QStringLiteral("Authentication") << 535;
    QTest::newRow("534 5.7.9 application-specific password") << make([](Row &r) {
        r.behaviour.authReply = "534-5.7.9 Application-specific password required.\r\n534 5.7.9 Learn more\r\n";
    }) << failed << QStringLiteral("AuthenticationFailed") << QStringLiteral("Authentication")
                                                             << 534;

    // Negotiation / downgrade
    QTest::newRow("STARTTLS stripped") << make([](Row &r) {
        r.behaviour.capabilities = {QStringLiteral("AUTH PLAIN LOGIN")};
    }) << failed << QStringLiteral("StartTlsNotOffered")
                                       << QStringLiteral("StartTls") << 0;
    QTest::newRow("STARTTLS refused with 454") << make([](Row &r) {
        r.behaviour.overrides.insert("STARTTLS", "454 4.7.0 TLS not available due to temporary reason\r\n");
    }) << failed << QStringLiteral("StartTlsRefused")
                                               << QStringLiteral("StartTls") << 454;
    QTest::newRow("port 465 speaking plaintext") << make([](Row &r) {
        r.behaviour.tls = FakeSmtpBehaviour::Tls::None;
        r.security = Security::ImplicitTls;
    }) << failed << QStringLiteral("TlsHandshakeFailed")
                                                 << QStringLiteral("TlsHandshake") << 0;
    QTest::newRow("server offering only TLS 1.0/1.1") << make([](Row &r) {
        r.behaviour.tls = FakeSmtpBehaviour::Tls::Implicit;
        r.behaviour.onlyOutdatedTls = true;
        r.security = Security::ImplicitTls;
    }) << failed << QStringLiteral("TlsVersionTooOld") << QStringLiteral("TlsHandshake")
                                                      << 0;

    // Injection / state
    QTest::newRow("injection after 220 in the same segment")
        << make([](Row &r) { r.behaviour.afterStartTlsReply = "250-example.org\r\n250 AUTH LOGIN\r\n"; }) << failed
        << QStringLiteral("ResponseInjection") << QStringLiteral("StartTls") << 220;
    QTest::newRow("injection after 220 in a second segment")
        << make([](Row &r) { r.behaviour.afterStartTlsSecondSegment = "250-example.org\r\n250 AUTH LOGIN\r\n"; })
        << failed << QStringLiteral("TlsHandshakeFailed") << QStringLiteral("TlsHandshake") << 0;
    QTest::newRow("partial line after 220")
        << make([](Row &r) { r.behaviour.afterStartTlsReply = "250-AUTH PLA"; }) << failed
        << QStringLiteral("ResponseInjection") << QStringLiteral("StartTls") << 220;
    QTest::newRow("AUTH offered only before TLS") << make([](Row &r) {
        r.behaviour.capabilities = {QStringLiteral("STARTTLS"), QStringLiteral("AUTH PLAIN LOGIN")};
        r.behaviour.capabilitiesTls = {QStringLiteral("AUTH XOAUTH2")};
    }) << failed << QStringLiteral("NoCommonAuthMechanism")
                                                  << QStringLiteral("Authentication") << 0;
    QTest::newRow("no AUTH after TLS") << make([](Row &r) {
        r.behaviour.capabilitiesTls = {QStringLiteral("SIZE 1000")};
    }) << failed << QStringLiteral("AuthenticationNotOffered")
                                       << QStringLiteral("Authentication") << 0;

    // Certificates, for STARTTLS and implicit TLS
    const QList<std::pair<const char *, FakeSmtpBehaviour::Certificate>> certificates{
        {"self-signed", FakeSmtpBehaviour::Certificate::SelfSigned},
        {"expired", FakeSmtpBehaviour::Certificate::Expired},
        {"not yet valid", FakeSmtpBehaviour::Certificate::NotYetValid},
        {"wrong host name", FakeSmtpBehaviour::Certificate::WrongHost},
    };
    for (const auto &[name, certificate] : certificates) {
        QTest::addRow("STARTTLS, %s certificate", name)
            << make([certificate = certificate](Row &r) { r.behaviour.certificate = certificate; }) << failed
            << QStringLiteral("CertificateUntrusted") << QStringLiteral("TlsHandshake") << 0;
        QTest::addRow("implicit TLS, %s certificate", name) << make([certificate = certificate](Row &r) {
            r.behaviour.certificate = certificate;
            r.behaviour.tls = FakeSmtpBehaviour::Tls::Implicit;
            r.security = Security::ImplicitTls;
        }) << failed << QStringLiteral("CertificateUntrusted")
                                                            << QStringLiteral("TlsHandshake") << 0;
    }
    const QString selfSignedPin = Smtp::CertificateInfo::fingerprint(
        QSslCertificate::fromPath(QStringLiteral(KURIER_TEST_DATA_DIR "/smtp/selfsigned.crt")).value(0));
    QTest::newRow("self-signed certificate pinned by the user") << make([selfSignedPin](Row &r) {
        r.behaviour.certificate = FakeSmtpBehaviour::Certificate::SelfSigned;
        r.pin = selfSignedPin;
    }) << sent << none << none << 0;
    QTest::newRow("pinned certificate replaced by another self-signed one") << make([selfSignedPin](Row &r) {
        r.behaviour.certificate = FakeSmtpBehaviour::Certificate::OtherSelfSigned;
        r.pin = selfSignedPin;
    }) << failed << QStringLiteral("CertificateUntrusted") << QStringLiteral("TlsHandshake")
                                                                            << 0;

    // Greeting and timeouts (stalls at each phase, with short timeouts)
    QTest::newRow("slow banner") << make([](Row &r) { r.behaviour.greetingDelay = std::chrono::milliseconds(400); })
                                 << sent << none << none << 0;
    const QList<std::tuple<const char *, const char *, const char *, const char *>> stalls{
        {"banner never arrives", "GREETING", "Greeting", "Timeout"},
        {"stall after EHLO", "EHLO", "Ehlo", "Timeout"},
        {"stall after STARTTLS", "STARTTLS", "StartTls", "Timeout"},
        {"stall in the TLS handshake", "TLS", "TlsHandshake", "Timeout"},
        {"stall after AUTH", "AUTH", "Authentication", "Timeout"},
        {"stall after MAIL", "MAIL", "MailFrom", "Timeout"},
        {"stall after DATA", "DATA", "Data", "Timeout"},
        {"stall after the final dot", ".", "DataTermination", "DeliveryUnknown"},
    };
    for (const auto &[name, verb, phase, kind] : stalls) {
        QTest::newRow(name) << make([verb = verb](Row &r) {
            r.behaviour.stallAt = verb;
            r.timeoutMs = 1500;
        }) << (QLatin1String(kind) == QLatin1String("DeliveryUnknown") ? SendResult::Outcome::DeliveryUnknown : failed)
                            << QString::fromLatin1(kind) << QString::fromLatin1(phase) << 0;
    }

    // Drops and 421 at each phase
    QTest::newRow("drop after DATA") << make(
        [](Row &r) { r.behaviour.drop = FakeSmtpBehaviour::Drop::AfterDataCommand; })
                                     << failed << QStringLiteral("ConnectionLost") << QStringLiteral("Data") << 0;
    QTest::newRow("drop in the middle of the message") << make([](Row &r) {
        r.behaviour.drop = FakeSmtpBehaviour::Drop::DuringData;
        r.behaviour.capabilitiesTls = {QStringLiteral("SIZE 100000000"), QStringLiteral("AUTH PLAIN")};
        r.messageSize = 32 * 1024 * 1024;
    }) << failed << QStringLiteral("ConnectionLost") << QStringLiteral("DataTransfer")
                                                       << 0;
    QTest::newRow("drop after the final dot")
        << make([](Row &r) { r.behaviour.drop = FakeSmtpBehaviour::Drop::AfterFinalDot; })
        << SendResult::Outcome::DeliveryUnknown << QStringLiteral("DeliveryUnknown")
        << QStringLiteral("DataTermination") << 0;
    QTest::newRow("421 as greeting") << make([](Row &r) {
        r.behaviour.greeting = "421 4.3.2 Service shutting down\r\n";
    }) << failed << QStringLiteral("ServiceUnavailable")
                                     << QStringLiteral("Greeting") << 421;
    const QList<std::tuple<const char *, QByteArray, const char *>> closings{
        {"421 at EHLO", "EHLO", "Ehlo"},     {"421 at STARTTLS", "STARTTLS", "StartTls"},
        {"421 at MAIL", "MAIL", "MailFrom"}, {"421 at RCPT", "RCPT", "RcptTo"},
        {"421 at DATA", "DATA", "Data"},
    };
    for (const auto &[name, verb, phase] : closings) {
        QTest::newRow(name) << make(
            [verb = verb](Row &r) { r.behaviour.overrides.insert(verb, "421 4.3.2 Service shutting down\r\n"); })
                            << failed << QStringLiteral("ServiceUnavailable") << QString::fromLatin1(phase) << 421;
    }
    QTest::newRow("421 after the final dot")
        << make([](Row &r) { r.behaviour.dataReply = "421 4.3.2 shutting down\r\n"; }) << failed
        << QStringLiteral("ServiceUnavailable") << QStringLiteral("DataTermination") << 421;
    QTest::newRow("451 greylisting at RCPT") << make([](Row &r) {
        r.behaviour.recipientReplies.insert(QStringLiteral("bob@kurier.test"),
                                            "451 4.7.1 <bob@kurier.test>: Recipient address rejected: Greylisted\r\n");
    }) << failed << QStringLiteral("RecipientRejected")
                                             << QStringLiteral("RcptTo") << 451;
    QTest::newRow("451 greylisting after the message")
        << make([](Row &r) { r.behaviour.dataReply = "451 4.7.1 Please try again later\r\n"; }) << failed
        << QStringLiteral("DataRejected") << QStringLiteral("DataTermination") << 451;
    QTest::newRow("relay denied without AUTH") << make([](Row &r) {
        r.behaviour.requireAuth = false;
        r.behaviour.recipientReplies.insert(QStringLiteral("bob@kurier.test"),
                                            "554 5.7.1 <bob@kurier.test>: Relay access denied\r\n");
        r.method = AuthMethod::None;
    }) << failed << QStringLiteral("RecipientRejected")
                                               << QStringLiteral("RcptTo") << 554;
}

void SessionServerTest::againstFakeServer()
{
    QFETCH(Row, row);
    QFETCH(SendResult::Outcome, outcome);
    QFETCH(QString, errorKind);
    QFETCH(QString, phase);
    QFETCH(int, replyCode);

    FakeSmtpServer server(row.behaviour);
    QVERIFY(server.listenOnLoopback());
    Session session(settingsFor(server, row),
                    Smtp::SocketTransport::factory(QStringLiteral("localhost"), FakeSmtpServer::caCertificates()));
    const bool token = row.method == AuthMethod::XOAuth2 || row.method == AuthMethod::OAuthBearer;
    session.setCredentials(token ? Smtp::Credentials::oauthToken(Token) : Smtp::Credentials::password(Password));
    Smtp::SendRequest request;
    request.id = 1;
    request.reversePath = QStringLiteral("alice@kurier.test");
    request.recipients = {QStringLiteral("bob@kurier.test")};
    request.message
        = Smtp::MessageSource::fromBytes(row.messageSize > 0 ? largeMessage(row.messageSize) : plainMessage(), {});

    const SendResult result = send(session, request);
    QCOMPARE(result.requestId, quint64(1));
    if (errorKind.isEmpty()) {
        QVERIFY2(!result.error,
                 result.error ? qPrintable(Error::kindName(result.error->kind) + QLatin1Char(' ') + result.error->detail
                                           + QLatin1Char(' ') + result.error->serverText)
                              : "");
    } else {
        QVERIFY(result.error);
        QCOMPARE(Error::kindName(result.error->kind), errorKind);
        QCOMPARE(Smtp::phaseName(result.error->phase), phase);
        QCOMPARE(result.error->replyCode, replyCode);
    }
    QCOMPARE(result.outcome, outcome);

    const TestSupport::FakeSmtpRecord &record = server.record();
    QVERIFY(!record.clientSpokeBeforeGreeting);
    QVERIFY(!record.startTlsNotAlone);
    QVERIFY(!record.authPipelined);
    // Nothing secret ever crosses the wire in clear, whatever happened.
    QVERIFY(!record.plaintext.contains("AUTH"));
    QVERIFY(!record.plaintext.contains(Password.toUtf8()));
    if (outcome == SendResult::Outcome::Sent) {
        QCOMPARE(record.messages.size(), 1);
        QVERIFY(record.tlsHandshakes >= 1);
        QVERIFY(result.queueIdLines.value(0).contains(QLatin1String("queued as FAKE1")));
    }
    const bool securityFailure = errorKind == QLatin1String("StartTlsNotOffered")
        || errorKind == QLatin1String("StartTlsRefused") || errorKind == QLatin1String("ResponseInjection")
        || errorKind == QLatin1String("CertificateUntrusted") || errorKind.startsWith(QLatin1String("Tls"))
        || errorKind == QLatin1String("NoCommonAuthMechanism") || errorKind == QLatin1String("AuthenticationNotOffered")
        || errorKind == QLatin1String("ServerSignatureInvalid");
    if (securityFailure) {
        QVERIFY(!record.received("MAIL"));
        QVERIFY(record.messages.isEmpty());
    }
    if (errorKind == QLatin1String("CertificateUntrusted")) {
        QVERIFY(!result.error->sslErrors.isEmpty());
        QVERIFY(!result.error->certificateChain.isEmpty());
        QCOMPARE(result.error->certificateChain.first().sha256Fingerprint.size(), 95);
        QVERIFY(!record.received("AUTH"));
        QCOMPARE(record.authSuccesses, 0);
    }
    if (errorKind == QLatin1String("ServerSignatureInvalid")) {
        // The password was proven but never revealed, and the forged success was not believed.
        QVERIFY(!record.received("MAIL"));
    }
    if (errorKind == QLatin1String("AuthenticationFailed") && row.method == AuthMethod::XOAuth2) {
        QVERIFY(result.error->detail.contains(QLatin1String("\"status\":\"401\"")));
    }
}

void SessionServerTest::tokenFramingFollowsServer_data()
{
    QTest::addColumn<AuthMethod>("method");
    QTest::addColumn<QString>("offered");
    QTest::addColumn<QByteArray>("command");

    QTest::newRow("XOAUTH2 account, XOAUTH2 offered")
        << AuthMethod::XOAuth2 << QStringLiteral("AUTH XOAUTH2 OAUTHBEARER") << QByteArray("AUTH XOAUTH2");
    QTest::newRow("XOAUTH2 account, only OAUTHBEARER offered")
        << AuthMethod::XOAuth2 << QStringLiteral("AUTH PLAIN OAUTHBEARER") << QByteArray("AUTH OAUTHBEARER");
    QTest::newRow("OAUTHBEARER account, only XOAUTH2 offered")
        << AuthMethod::OAuthBearer << QStringLiteral("AUTH LOGIN XOAUTH2") << QByteArray("AUTH XOAUTH2");
    QTest::newRow("OAUTHBEARER account, both offered")
        << AuthMethod::OAuthBearer << QStringLiteral("AUTH XOAUTH2 OAUTHBEARER") << QByteArray("AUTH OAUTHBEARER");
}

void SessionServerTest::tokenFramingFollowsServer()
{
    // The fake server checks each framing byte for byte and accepts only the valid token, so a
    // delivered message proves the token went out in the framing the server offered.
    QFETCH(AuthMethod, method);
    QFETCH(QString, offered);
    QFETCH(QByteArray, command);

    Row row;
    row.method = method;
    row.behaviour.capabilitiesTls = {offered};
    FakeSmtpServer server(row.behaviour);
    QVERIFY(server.listenOnLoopback());
    Session session(settingsFor(server, row),
                    Smtp::SocketTransport::factory(QStringLiteral("localhost"), FakeSmtpServer::caCertificates()));
    session.setCredentials(Smtp::Credentials::oauthToken(Token));
    Smtp::SendRequest request;
    request.id = 7;
    request.reversePath = QStringLiteral("alice@kurier.test");
    request.recipients = {QStringLiteral("bob@kurier.test")};
    request.message = Smtp::MessageSource::fromBytes(plainMessage(), {});

    const SendResult result = send(session, request);
    QVERIFY2(!result.error, result.error ? qPrintable(Error::kindName(result.error->kind)) : "");
    QCOMPARE(result.outcome, SendResult::Outcome::Sent);
    QCOMPARE(server.record().authSuccesses, 1);
    QVERIFY(server.record().received(command));
}

void SessionServerTest::deliversWireCleanMessage()
{
    // SMTP.md §2.5 case 27: the wire carries only CRLF, every leading dot doubled, one terminator.
    const QByteArray message = ".foo\nline\r\n.\r\n..\n\n.\nbare CR\rend\n.\r\nlast";
    FakeSmtpServer server({});
    QVERIFY(server.listenOnLoopback());
    Row row;
    Session session(settingsFor(server, row),
                    Smtp::SocketTransport::factory(QStringLiteral("localhost"), FakeSmtpServer::caCertificates()));
    session.setCredentials(Smtp::Credentials::password(Password));
    Smtp::SendRequest request;
    request.reversePath = QStringLiteral("alice@kurier.test");
    request.recipients = {QStringLiteral("bob@kurier.test")};
    request.message = Smtp::MessageSource::fromBytes(message, {});
    QCOMPARE(send(session, request).outcome, SendResult::Outcome::Sent);
    QCOMPARE(server.record().messages.size(), 1);
    const QByteArray wire = server.record().messages.first();
    QCOMPARE(wire, QByteArray("..foo\r\nline\r\n..\r\n...\r\n\r\n..\r\nbare CR\r\nend\r\n..\r\nlast\r\n.\r\n"));
    for (qsizetype i = 0; i < wire.size(); ++i) {
        if (wire.at(i) == '\n') {
            QVERIFY(i > 0 && wire.at(i - 1) == '\r');
        }
        if (wire.at(i) == '\r') {
            QVERIFY(i + 1 < wire.size() && wire.at(i + 1) == '\n');
        }
    }
    QCOMPARE(wire.count("\r\n.\r\n"), 1);
    QVERIFY(wire.endsWith("\r\n.\r\n"));
}

void SessionServerTest::bodyCannotInjectCommands()
{
    // SMTP.md §2.5 case 30 on the session's side: a body trying to end DATA early and start a
    // second transaction stays message text; the server sees one transaction only.
    const QByteArray message
        = "Subject: hi\r\n\r\nfirst\n.\nMAIL FROM:<eve@evil.test>\r\nRCPT TO:<victim@kurier.test>\r\n"
          "DATA\r\n\r\n.\r\nQUIT\r\n";
    FakeSmtpServer server({});
    QVERIFY(server.listenOnLoopback());
    Row row;
    Session session(settingsFor(server, row),
                    Smtp::SocketTransport::factory(QStringLiteral("localhost"), FakeSmtpServer::caCertificates()));
    session.setCredentials(Smtp::Credentials::password(Password));
    Smtp::SendRequest request;
    request.reversePath = QStringLiteral("alice@kurier.test");
    request.recipients = {QStringLiteral("bob@kurier.test")};
    request.message = Smtp::MessageSource::fromBytes(message, {});
    QCOMPARE(send(session, request).outcome, SendResult::Outcome::Sent);
    QList<QByteArray> verbs;
    for (const QByteArray &command : server.record().commands) {
        verbs.append(command.split(' ').value(0).toUpper());
    }
    QCOMPARE(verbs, (QList<QByteArray>{"EHLO", "STARTTLS", "EHLO", "AUTH", "MAIL", "RCPT", "DATA"}));
    QCOMPARE(server.record().messages.size(), 1);
    QVERIFY(server.record().messages.first().contains("\r\n..\r\nMAIL FROM:<eve@evil.test>\r\n"));
}

void SessionServerTest::splitsTooManyRecipients()
{
    FakeSmtpBehaviour behaviour;
    behaviour.maxRecipientsPerTransaction = 2;
    FakeSmtpServer server(behaviour);
    QVERIFY(server.listenOnLoopback());
    Session session(settingsFor(server, Row{}),
                    Smtp::SocketTransport::factory(QStringLiteral("localhost"), FakeSmtpServer::caCertificates()));
    session.setCredentials(Smtp::Credentials::password(Password));
    Smtp::SendRequest request;
    request.reversePath = QStringLiteral("alice@kurier.test");
    for (int i = 1; i <= 5; ++i) {
        request.recipients.append(QStringLiteral("r%1@kurier.test").arg(i));
    }
    request.message = Smtp::MessageSource::fromBytes(plainMessage(), {});
    const SendResult result = send(session, request);
    QCOMPARE(result.outcome, SendResult::Outcome::Sent);
    QCOMPARE(server.record().messages.size(), 3);
    QCOMPARE(result.queueIdLines.size(), 3);
    for (const RecipientResult &recipient : result.recipients) {
        QCOMPARE(recipient.status, RecipientResult::Status::Delivered);
    }
}

void SessionServerTest::reusesOneTlsConnection()
{
    FakeSmtpServer server({});
    QVERIFY(server.listenOnLoopback());
    Session session(settingsFor(server, Row{}),
                    Smtp::SocketTransport::factory(QStringLiteral("localhost"), FakeSmtpServer::caCertificates()));
    session.setCredentials(Smtp::Credentials::password(Password));
    Smtp::SendRequest request;
    request.reversePath = QStringLiteral("alice@kurier.test");
    request.recipients = {QStringLiteral("bob@kurier.test")};
    request.message = Smtp::MessageSource::fromBytes(plainMessage(), {});
    for (int i = 0; i < 5; ++i) {
        request.id = quint64(i + 1);
        const SendResult result = send(session, request);
        QCOMPARE(result.outcome, SendResult::Outcome::Sent);
        QCOMPARE(result.connectionReused, i > 0);
    }
    QCOMPARE(server.record().connections, 1);
    QCOMPARE(server.record().tlsHandshakes, 1);
    QCOMPARE(server.record().authSuccesses, 1);
    QCOMPARE(server.record().messages.size(), 5);
    session.quit();
    QTRY_VERIFY(server.record().received("QUIT"));
}

void SessionServerTest::stallsMidDataWithClosedWindow()
{
    // SMTP.md §2.5 case 31, "mid-data with TCP window 0": the server stops reading; the
    // per-block timeout names DataTransfer, and no final dot was sent, so nothing is unknown.
    FakeSmtpBehaviour behaviour;
    behaviour.stallAt = "MESSAGE";
    behaviour.capabilitiesTls = {QStringLiteral("SIZE 100000000"), QStringLiteral("AUTH PLAIN")};
    FakeSmtpServer server(behaviour);
    QVERIFY(server.listenOnLoopback());
    Row row;
    row.timeoutMs = 1500;
    Session session(settingsFor(server, row),
                    Smtp::SocketTransport::factory(QStringLiteral("localhost"), FakeSmtpServer::caCertificates()));
    session.setCredentials(Smtp::Credentials::password(Password));
    QSignalSpy progress(&session, &Session::progress);
    Smtp::SendRequest request;
    request.reversePath = QStringLiteral("alice@kurier.test");
    request.recipients = {QStringLiteral("bob@kurier.test")};
    request.message = Smtp::MessageSource::fromBytes(largeMessage(48 * 1024 * 1024), {});
    const SendResult result = send(session, request);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, Error::Kind::Timeout);
    QCOMPARE(result.error->phase, Smtp::Phase::DataTransfer);
    QCOMPARE(result.outcome, SendResult::Outcome::Failed);
    QVERIFY(!progress.isEmpty());
    QVERIFY(progress.last().at(1).toLongLong() < request.message.size);
}

void SessionServerTest::stallingServerTimesOutBeforeTheFinalDot_data()
{
    QTest::addColumn<Security>("security");
    QTest::addColumn<qint64>("readBufferSize");
    QTest::addColumn<qsizetype>("messageSize");

    QTest::newRow("plain, 9 MB, stops reading after 354") << Security::None << qint64(0) << qsizetype(9 * 1024 * 1024);
    QTest::newRow("plain, 9 MB, 64 KiB read buffer from the start")
        << Security::None << qint64(64 * 1024) << qsizetype(9 * 1024 * 1024);
    QTest::newRow("plain, 20 MB, 4 KiB read buffer from the start")
        << Security::None << qint64(4096) << qsizetype(20 * 1024 * 1024);
    QTest::newRow("STARTTLS, 9 MB, 64 KiB read buffer from the start")
        << Security::StartTls << qint64(64 * 1024) << qsizetype(9 * 1024 * 1024);
}

void SessionServerTest::stallingServerTimesOutBeforeTheFinalDot()
{
    // A server that stops reading after 354 never sees the final dot, however much of the
    // message the kernel's socket buffers took: the session must time out in DataTransfer,
    // never report "delivery unknown" (which would keep the outbox from resending).
    QFETCH(Security, security);
    QFETCH(qint64, readBufferSize);
    QFETCH(qsizetype, messageSize);
    FakeSmtpBehaviour behaviour;
    behaviour.stallAt = "MESSAGE";
    behaviour.readBufferSize = readBufferSize;
    if (security == Security::None) {
        behaviour.tls = FakeSmtpBehaviour::Tls::None;
        behaviour.requireAuth = false;
        behaviour.capabilities = {QStringLiteral("SIZE 100000000"), QStringLiteral("8BITMIME")};
    } else {
        behaviour.capabilitiesTls = {QStringLiteral("SIZE 100000000"), QStringLiteral("AUTH PLAIN")};
    }
    FakeSmtpServer server(behaviour);
    QVERIFY(server.listenOnLoopback());
    Row row;
    row.security = security;
    row.method = security == Security::None ? AuthMethod::None : AuthMethod::Auto;
    row.timeoutMs = 1500;
    Session session(settingsFor(server, row),
                    Smtp::SocketTransport::factory(QStringLiteral("localhost"), FakeSmtpServer::caCertificates()));
    if (security != Security::None) {
        session.setCredentials(Smtp::Credentials::password(Password));
    }
    Smtp::SendRequest request;
    request.reversePath = QStringLiteral("alice@kurier.test");
    request.recipients = {QStringLiteral("bob@kurier.test")};
    request.message = Smtp::MessageSource::fromBytes(largeMessage(messageSize), {});
    const SendResult result = send(session, request);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, Error::Kind::Timeout);
    QCOMPARE(result.error->phase, Smtp::Phase::DataTransfer);
    QCOMPARE(result.outcome, SendResult::Outcome::Failed);
    QVERIFY(server.record().messages.isEmpty());
}

void SessionServerTest::init()
{
    // Unexpected warnings are failures.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

QTEST_GUILESS_MAIN(SessionServerTest)
#include "sessionservertest.moc"
