// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The session's state machine against scripted servers (in memory, deterministic): every
// row is one conversation, with the outcome it must end in and what must never be sent.

#include "app/smtp/session.h"
#include "tests/support/scriptedtransport.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using Accounts::AuthMethod;
using Accounts::Security;
using Smtp::Error;
using Smtp::RecipientResult;
using Smtp::SendResult;
using Smtp::Session;
using TestSupport::ScriptedTransport;
using TestSupport::ScriptLog;

namespace
{

const QString User = QStringLiteral("alice");
const QString Password = QStringLiteral("s3cret-Pa55");
const QString Token = QStringLiteral("ya29.token-abc");
const QByteArray Message = "From: alice@kurier.test\r\nTo: bob@kurier.test\r\nSubject: hi\r\n\r\nhello\r\n";

QString plainResponse()
{
    return QString::fromLatin1(QByteArray('\0' + User.toUtf8() + '\0' + Password.toUtf8()).toBase64());
}

QStringList expand(QStringList script)
{
    for (QString &step : script) {
        step.replace(QStringLiteral("%SIZE%"), QString::number(Message.size()));
        step.replace(QStringLiteral("%PLAIN%"), plainResponse());
        step.replace(QStringLiteral("%USER%"), QString::fromLatin1(User.toUtf8().toBase64()));
        step.replace(QStringLiteral("%PASS%"), QString::fromLatin1(Password.toUtf8().toBase64()));
        step.replace(QStringLiteral("%OAUTHBEARER%"),
                     QString::fromLatin1(QByteArray("n,a=" + User.toUtf8()
                                                    + ",\x01"
                                                      "host=mx.kurier.test\x01"
                                                      "port=465\x01"
                                                      "auth=Bearer "
                                                    + Token.toUtf8() + "\x01\x01")
                                             .toBase64()));
        step.replace(QStringLiteral("%XOAUTH2%"),
                     QString::fromLatin1(QByteArray("user=" + User.toUtf8()
                                                    + "\x01"
                                                      "auth=Bearer "
                                                    + Token.toUtf8() + "\x01\x01")
                                             .toBase64()));
    }
    return script;
}

// Greeting, EHLO, STARTTLS and the EHLO after TLS answered with `capabilities`.
QStringList startTls(const QStringList &capabilities)
{
    QStringList script{QStringLiteral("S: 220 mx.kurier.test ESMTP"),
                       QStringLiteral("C: EHLO [127.0.0.1]"),
                       QStringLiteral("S: 250-mx.kurier.test"),
                       QStringLiteral("S: 250-PIPELINING"),
                       QStringLiteral("S: 250-AUTH PLAIN LOGIN"),
                       QStringLiteral("S: 250 STARTTLS"),
                       QStringLiteral("C: STARTTLS"),
                       QStringLiteral("S: 220 2.0.0 Ready to start TLS"),
                       QStringLiteral("TLS"),
                       QStringLiteral("C: EHLO [127.0.0.1]")};
    script.append(QStringLiteral("S: 250-mx.kurier.test"));
    for (qsizetype i = 0; i < capabilities.size(); ++i) {
        script.append((i + 1 == capabilities.size() ? QStringLiteral("S: 250 ") : QStringLiteral("S: 250-"))
                      + capabilities.at(i));
    }
    return script;
}

const QStringList SubmissionCapabilities{QStringLiteral("PIPELINING"), QStringLiteral("SIZE 10240000"),
                                         QStringLiteral("AUTH PLAIN LOGIN"), QStringLiteral("ENHANCEDSTATUSCODES"),
                                         QStringLiteral("8BITMIME")};

QStringList plainLogin()
{
    return {QStringLiteral("C: AUTH PLAIN %PLAIN%"), QStringLiteral("S: 235 2.7.0 Authentication successful")};
}

QStringList envelope()
{
    return {QStringLiteral("C: MAIL FROM:<alice@kurier.test> SIZE=%SIZE%"),
            QStringLiteral("C: RCPT TO:<bob@kurier.test>"), QStringLiteral("S: 250 2.1.0 Ok"),
            QStringLiteral("S: 250 2.1.5 Ok")};
}

QStringList dataAccepted()
{
    return {QStringLiteral("C: DATA"), QStringLiteral("S: 354 End data with <CR><LF>.<CR><LF>"),
            QStringLiteral("C: <message>"), QStringLiteral("S: 250 2.0.0 Ok: queued as 4AbCdE")};
}

Smtp::SessionSettings settingsFor(Security security, AuthMethod method)
{
    Smtp::SessionSettings settings;
    settings.host = QStringLiteral("mx.kurier.test");
    settings.port = security == Security::ImplicitTls ? 465 : security == Security::StartTls ? 587 : 25;
    settings.security = security;
    settings.authMethod = method;
    settings.userName = method == AuthMethod::None ? QString() : User;
    return settings;
}

Smtp::SendRequest request(const QStringList &recipients = {QStringLiteral("bob@kurier.test")})
{
    Smtp::SendRequest request;
    request.id = 7;
    request.reversePath = QStringLiteral("alice@kurier.test");
    request.recipients = recipients;
    request.message = Smtp::MessageSource::fromBytes(Message, {});
    return request;
}

Smtp::Credentials credentialsFor(AuthMethod method)
{
    if (method == AuthMethod::XOAuth2 || method == AuthMethod::OAuthBearer) {
        return Smtp::Credentials::oauthToken(Token);
    }
    return method == AuthMethod::None ? Smtp::Credentials{} : Smtp::Credentials::password(Password);
}

} // namespace

class SessionTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void conversation_data();
    void conversation();
    void refusesLoginWithoutEncryptionBeforeConnecting();
    void refusesMissingCredentialsBeforeConnecting();
    void refusesInjectedAddressesBeforeConnecting_data();
    void refusesInjectedAddressesBeforeConnecting();
    void acceptsUntrustedCertificateOnlyWithMatchingPin_data();
    void acceptsUntrustedCertificateOnlyWithMatchingPin();
    void reportsEachRecipient_data();
    void reportsEachRecipient();
    void continuesAfterTooManyRecipients();
    void reusesConnectionWithReset();
    void reconnectsAfterMessageLimit();
    void timesOutPerPhase_data();
    void timesOutPerPhase();
    void cancels_data();
    void cancels();
    void reportsProgressInBytes();
    void announcesEightBitAndUtf8OnlyWhenNeeded_data();
    void announcesEightBitAndUtf8OnlyWhenNeeded();
    void refusesMessageBreakingItsPromises_data();
    void refusesMessageBreakingItsPromises();

private:
    SendResult run(Session &session, const Smtp::SendRequest &request);

    std::shared_ptr<ScriptLog> m_log;
};

void SessionTest::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_log = std::make_shared<ScriptLog>();
}

SendResult SessionTest::run(Session &session, const Smtp::SendRequest &sendRequest)
{
    QSignalSpy finished(&session, &Session::finished);
    if (!session.send(sendRequest)) {
        return {};
    }
    if (!finished.wait(5000) || finished.size() != 1) {
        return {};
    }
    return finished.first().first().value<SendResult>();
}

void SessionTest::conversation_data()
{
    QTest::addColumn<Security>("security");
    QTest::addColumn<AuthMethod>("method");
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<SendResult::Outcome>("outcome");
    QTest::addColumn<QString>("errorKind");
    QTest::addColumn<QString>("phase");
    QTest::addColumn<int>("replyCode");
    QTest::addColumn<QStringList>("forbidden");

    const auto ok = SendResult::Outcome::Sent;
    const auto failed = SendResult::Outcome::Failed;
    const QStringList noLogin{QStringLiteral("AUTH"), QStringLiteral("MAIL FROM")};
    const QStringList noMail{QStringLiteral("MAIL FROM"), QStringLiteral("DATA")};

    QTest::newRow("STARTTLS, AUTH PLAIN, pipelined envelope")
        << Security::StartTls << AuthMethod::Auto
        << startTls(SubmissionCapabilities) + plainLogin() + envelope() + dataAccepted() << ok << QString() << QString()
        << 0 << QStringList{};
    QTest::newRow("implicit TLS, AUTH LOGIN chosen, no pipelining")
        << Security::ImplicitTls << AuthMethod::Login
        << QStringList{QStringLiteral("TLS"),
                       QStringLiteral("S: 220 mx.kurier.test ESMTP"),
                       QStringLiteral("C: EHLO [127.0.0.1]"),
                       QStringLiteral("S: 250-mx.kurier.test"),
                       QStringLiteral("S: 250-AUTH PLAIN LOGIN"),
                       QStringLiteral("S: 250 SIZE 10240000"),
                       QStringLiteral("C: AUTH LOGIN"),
                       QStringLiteral("S: 334 VXNlcm5hbWU6"),
                       QStringLiteral("C: %USER%"),
                       QStringLiteral("S: 334 UGFzc3dvcmQ6"),
                       QStringLiteral("C: %PASS%"),
                       QStringLiteral("S: 235 2.7.0 ok"),
                       QStringLiteral("C: MAIL FROM:<alice@kurier.test> SIZE=%SIZE%"),
                       QStringLiteral("S: 250 ok"),
                       QStringLiteral("C: RCPT TO:<bob@kurier.test>"),
                       QStringLiteral("S: 250 ok")}
            + dataAccepted()
        << ok << QString() << QString() << 0 << QStringList{};
    QTest::newRow("multi-line greeting, bare LF replies")
        << Security::ImplicitTls << AuthMethod::Plain
        << QStringList{QStringLiteral("TLS"), QStringLiteral("S! 220-mx.kurier.test\n220-welcome\n220 ESMTP\n"),
                       QStringLiteral("C: EHLO [127.0.0.1]"), QStringLiteral("S! 250-mx\n250 AUTH PLAIN\n")}
            + plainLogin()
            + QStringList{QStringLiteral("C: MAIL FROM:<alice@kurier.test>"), QStringLiteral("S! 250 ok\n"),
                          QStringLiteral("C: RCPT TO:<bob@kurier.test>"), QStringLiteral("S! 250 ok\n")}
            + dataAccepted()
        << ok << QString() << QString() << 0 << QStringList{};
    QTest::newRow("no encryption, no login, EHLO 502 falls back to HELO")
        << Security::None << AuthMethod::None
        << QStringList{QStringLiteral("S: 220 relay"),
                       QStringLiteral("C: EHLO [127.0.0.1]"),
                       QStringLiteral("S: 502 5.5.1 not implemented"),
                       QStringLiteral("C: HELO [127.0.0.1]"),
                       QStringLiteral("S: 250 relay"),
                       QStringLiteral("C: MAIL FROM:<alice@kurier.test>"),
                       QStringLiteral("S: 250 ok"),
                       QStringLiteral("C: RCPT TO:<bob@kurier.test>"),
                       QStringLiteral("S: 250 ok")}
            + dataAccepted()
        << ok << QString() << QString() << 0 << QStringList{QStringLiteral("STARTTLS"), QStringLiteral("AUTH")};

    // Negotiation and downgrade (SMTP.md §2.5 cases 1-3, EAST Negotiation/*)
    const QStringList noStartTls{QStringLiteral("S: 220 mx"), QStringLiteral("C: EHLO [127.0.0.1]"),
                                 QStringLiteral("S: 250-mx"), QStringLiteral("S: 250 AUTH PLAIN LOGIN")};
    QTest::newRow("EAST O_1: STARTTLS not offered")
        << Security::StartTls << AuthMethod::Auto << noStartTls << failed << QStringLiteral("StartTlsNotOffered")
        << QStringLiteral("StartTls") << 0 << (noLogin + QStringList{QStringLiteral("STARTTLS")});
    const QStringList offered{QStringLiteral("S: 220 mx"), QStringLiteral("C: EHLO [127.0.0.1]"),
                              QStringLiteral("S: 250-mx"), QStringLiteral("S: 250 STARTTLS"),
                              QStringLiteral("C: STARTTLS")};
    const QList<std::tuple<const char *, const char *, const char *, int>> refusals{
        {"EAST O_2: STARTTLS answered 502", "S: 502 Command not implemented", "StartTlsRefused", 502},
        {"EAST O_3: STARTTLS answered 454", "S: 454 TLS not available due to temporary reason", "StartTlsRefused", 454},
        {"EAST O_4: STARTTLS answered 354", "S: 354 do something else", "StartTlsRefused", 354},
        {"EAST starttls/221", "S: 221 Closing connection!", "StartTlsRefused", 221},
        {"EAST starttls/421", "S: 421 Service shutting down", "ServiceUnavailable", 421},
        {"EAST starttls/500", "S: 500 Syntax error, command unrecognized", "StartTlsRefused", 500},
        {"EAST starttls/501", "S: 501 Syntax error in command or arguments", "StartTlsRefused", 501},
        {"EAST starttls/530", "S: 530 Must issue STARTTLS first", "StartTlsRefused", 530},
    };
    for (const auto &[name, reply, kind, code] : refusals) {
        QTest::newRow(name) << Security::StartTls << AuthMethod::Auto << offered + QStringList{QLatin1String(reply)}
                            << failed << QString::fromLatin1(kind) << QStringLiteral("StartTls") << code << noLogin;
    }
    QTest::newRow("EAST D_1: EHLO answered 502, no HELO fallback")
        << Security::StartTls << AuthMethod::Auto
        << QStringList{QStringLiteral("S: 220 mx"), QStringLiteral("C: EHLO [127.0.0.1]"),
                       QStringLiteral("S: 502 Command not implemented")}
        << failed << QStringLiteral("EhloRejected") << QStringLiteral("Ehlo") << 502
        << (noLogin + QStringList{QStringLiteral("HELO"), QStringLiteral("STARTTLS")});

    // Injection (cases 7, 9, 10, 11)
    QTest::newRow("EAST B_1: replies injected after STARTTLS's 220")
        << Security::StartTls << AuthMethod::Auto
        << offered
            + QStringList{QStringLiteral("S: 220 Ready to start TLS"), QStringLiteral("S: 250-example.org"),
                          QStringLiteral("S: 250 AUTH LOGIN")}
        << failed << QStringLiteral("ResponseInjection") << QStringLiteral("StartTls") << 220 << noLogin;
    QTest::newRow("partial line injected after STARTTLS's 220")
        << Security::StartTls << AuthMethod::Auto
        << offered + QStringList{QStringLiteral("S! 220 ok\\r\\n250-AUTH PLA")} << failed
        << QStringLiteral("ResponseInjection") << QStringLiteral("StartTls") << 220 << noLogin;
    QTest::newRow("AUTH list learned before TLS is forgotten")
        << Security::StartTls << AuthMethod::Auto << startTls({QStringLiteral("AUTH XOAUTH2")}) << failed
        << QStringLiteral("NoCommonAuthMechanism") << QStringLiteral("Authentication") << 0 << noLogin;
    QTest::newRow("no AUTH after TLS") << Security::StartTls << AuthMethod::Auto
                                       << startTls({QStringLiteral("SIZE 1000")}) << failed
                                       << QStringLiteral("AuthenticationNotOffered") << QStringLiteral("Authentication")
                                       << 0 << noLogin;
    QTest::newRow("EAST X_1: only unknown mechanisms after TLS")
        << Security::StartTls << AuthMethod::Auto
        << startTls({QStringLiteral("AUTH 0SNET ANONYMOUS APOP ATOKEN CRAM_MD5 DIGEST-MD5 GSSAPI NTLM XOAUTH SKEY")})
        << failed << QStringLiteral("NoCommonAuthMechanism") << QStringLiteral("Authentication") << 0 << noLogin;

    // Greeting / reply parsing (cases 16, 17)
    QTest::newRow("EAST greeting/554") << Security::StartTls << AuthMethod::Auto
                                       << QStringList{QStringLiteral("S: 554 No SMTP service here")} << failed
                                       << QStringLiteral("ServiceUnavailable") << QStringLiteral("Greeting") << 554
                                       << QStringList{QStringLiteral("EHLO")};
    QTest::newRow("EAST greeting/421") << Security::StartTls << AuthMethod::Auto
                                       << QStringList{QStringLiteral("S: 421 Service shutting down")} << failed
                                       << QStringLiteral("ServiceUnavailable") << QStringLiteral("Greeting") << 421
                                       << QStringList{QStringLiteral("EHLO")};
    QTest::newRow("EAST greeting/354") << Security::StartTls << AuthMethod::Auto
                                       << QStringList{QStringLiteral("S: 354 Start mail input")} << failed
                                       << QStringLiteral("ServiceUnavailable") << QStringLiteral("Greeting") << 354
                                       << QStringList{QStringLiteral("EHLO")};
    QTest::newRow("banner garbage") << Security::StartTls << AuthMethod::Auto
                                    << QStringList{QStringLiteral("S: SSH-2.0-OpenSSH_9.2")} << failed
                                    << QStringLiteral("ProtocolViolation") << QStringLiteral("Greeting") << 0
                                    << QStringList{QStringLiteral("EHLO")};
    QTest::newRow("mixed continuation codes")
        << Security::StartTls << AuthMethod::Auto
        << QStringList{QStringLiteral("S: 220 mx"), QStringLiteral("C: EHLO [127.0.0.1]"), QStringLiteral("S: 250-mx"),
                       QStringLiteral("S: 550 STARTTLS")}
        << failed << QStringLiteral("ProtocolViolation") << QStringLiteral("Ehlo") << 0 << noLogin;
    QTest::newRow("unsolicited second reply")
        << Security::ImplicitTls << AuthMethod::None
        << QStringList{QStringLiteral("TLS"), QStringLiteral("S: 220 mx"), QStringLiteral("S: 250 surprise")} << failed
        << QStringLiteral("ProtocolViolation") << QStringLiteral("Greeting") << 0
        << QStringList{QStringLiteral("EHLO")};

    // Authentication (cases 18-22)
    QTest::newRow("535 5.7.8 wrong password")
        << Security::StartTls << AuthMethod::Auto
        << startTls(SubmissionCapabilities)
            + QStringList{QStringLiteral("C: AUTH PLAIN %PLAIN%"),
                          QStringLiteral("S: 535 5.7.8 Error: authentication failed: authentication failure")}
        << failed << QStringLiteral("AuthenticationFailed") << QStringLiteral("Authentication") << 535 << noMail;
    QTest::newRow("534 5.7.9 application-specific password required")
        << Security::StartTls << AuthMethod::Auto
        << startTls(SubmissionCapabilities)
            + QStringList{QStringLiteral("C: AUTH PLAIN %PLAIN%"),
                          QStringLiteral("S: 534-5.7.9 Application-specific password required."),
                          QStringLiteral(
                              "S: 534 5.7.9 Learn more at https://support.google.com/mail/?p=InvalidSecondFactor")}
        << failed << QStringLiteral("AuthenticationFailed") << QStringLiteral("Authentication") << 534 << noMail;
    QStringList endless = startTls(SubmissionCapabilities) + QStringList{QStringLiteral("C: AUTH LOGIN")};
    endless += QStringList{QStringLiteral("S: 334 VXNlcm5hbWU6"), QStringLiteral("C: %USER%"),
                           QStringLiteral("S: 334 UGFzc3dvcmQ6"), QStringLiteral("C: %PASS%")};
    for (int i = 0; i < 3; ++i) {
        endless += QStringList{QStringLiteral("S: 334 UGFzc3dvcmQ6")};
    }
    QTest::newRow("endless 334 challenges")
        << Security::StartTls << AuthMethod::Login << endless << failed << QStringLiteral("ProtocolViolation")
        << QStringLiteral("Authentication") << 0 << noMail;
    QTest::newRow("235 before the password")
        << Security::StartTls << AuthMethod::Login
        << startTls(SubmissionCapabilities)
            + QStringList{QStringLiteral("C: AUTH LOGIN"), QStringLiteral("S: 334 VXNlcm5hbWU6"),
                          QStringLiteral("C: %USER%"), QStringLiteral("S: 235 2.7.0 welcome")}
        << failed << QStringLiteral("ProtocolViolation") << QStringLiteral("Authentication") << 235
        << (noMail + QStringList{Password, QString::fromLatin1(Password.toUtf8().toBase64())});
    QTest::newRow("challenge that is not base64")
        << Security::StartTls << AuthMethod::Login
        << startTls(SubmissionCapabilities) + QStringList{QStringLiteral("C: AUTH LOGIN"), QStringLiteral("S: 334 !!!")}
        << failed << QStringLiteral("ProtocolViolation") << QStringLiteral("Authentication") << 0 << noMail;
    QTest::newRow("XOAUTH2 error: empty response, then 535")
        << Security::StartTls << AuthMethod::XOAuth2
        << startTls({QStringLiteral("AUTH LOGIN PLAIN XOAUTH2")})
            + QStringList{QStringLiteral("C: AUTH XOAUTH2 %XOAUTH2%"),
                          QStringLiteral("S: 334 eyJzdGF0dXMiOiI0MDEiLCJzY2hlbWVzIjoiQmVhcmVyIn0="),
                          QStringLiteral("C: "), QStringLiteral("S: 535 5.7.8 Username and Password not accepted")}
        << failed << QStringLiteral("AuthenticationFailed") << QStringLiteral("Authentication") << 535 << noMail;
    QTest::newRow("OAUTHBEARER error: %x01 response, then 535")
        << Security::ImplicitTls << AuthMethod::OAuthBearer
        << QStringList{QStringLiteral("TLS"), QStringLiteral("S: 220 mx"), QStringLiteral("C: EHLO [127.0.0.1]"),
                       QStringLiteral("S: 250-mx"), QStringLiteral("S: 250 AUTH OAUTHBEARER")}
            + QStringList{QStringLiteral("C: AUTH OAUTHBEARER %OAUTHBEARER%"),
                          QStringLiteral("S: 334 eyJzdGF0dXMiOiJpbnZhbGlkX3Rva2VuIn0="), QStringLiteral("C: AQ=="),
                          QStringLiteral("S: 535 5.7.8 invalid token")}
        << failed << QStringLiteral("AuthenticationFailed") << QStringLiteral("Authentication") << 535 << noMail;

    // Transaction (cases 23-26)
    const QStringList ready = startTls(SubmissionCapabilities) + plainLogin();
    QTest::newRow("552 at MAIL") << Security::StartTls << AuthMethod::Auto
                                 << ready
            + QStringList{QStringLiteral("C: MAIL FROM:<alice@kurier.test> SIZE=%SIZE%"),
                          QStringLiteral("C: RCPT TO:<bob@kurier.test>"),
                          QStringLiteral("S: 552 5.3.4 Message size exceeds fixed limit"),
                          QStringLiteral("S: 503 5.5.1 Error: need MAIL command")}
                                 << failed << QStringLiteral("MessageTooLarge") << QStringLiteral("MailFrom") << 552
                                 << QStringList{QStringLiteral("DATA")};
    QTest::newRow("SIZE pre-check") << Security::StartTls << AuthMethod::Auto
                                    << startTls({QStringLiteral("SIZE 20"), QStringLiteral("AUTH PLAIN")})
            + plainLogin() << failed << QStringLiteral("MessageTooLarge")
                                    << QStringLiteral("MailFrom") << 0 << QStringList{QStringLiteral("MAIL FROM")};
    QTest::newRow("sender rejected") << Security::StartTls << AuthMethod::Auto
                                     << ready
            + QStringList{QStringLiteral("C: MAIL FROM:<alice@kurier.test> SIZE=%SIZE%"),
                          QStringLiteral("C: RCPT TO:<bob@kurier.test>"),
                          QStringLiteral("S: 553 5.7.1 Sender address rejected: not owned by user alice"),
                          QStringLiteral("S: 503 5.5.1 Error: need MAIL command")}
                                     << failed << QStringLiteral("SenderRejected") << QStringLiteral("MailFrom") << 553
                                     << QStringList{QStringLiteral("DATA")};
    QTest::newRow("relay denied") << Security::StartTls << AuthMethod::Auto
                                  << ready
            + QStringList{QStringLiteral("C: MAIL FROM:<alice@kurier.test> SIZE=%SIZE%"),
                          QStringLiteral("C: RCPT TO:<bob@kurier.test>"), QStringLiteral("S: 250 2.1.0 Ok"),
                          QStringLiteral("S: 554 5.7.1 <bob@kurier.test>: Relay access denied")}
                                  << failed << QStringLiteral("RecipientRejected") << QStringLiteral("RcptTo") << 554
                                  << QStringList{QStringLiteral("DATA")};
    QTest::newRow("451 greylisting at RCPT") << Security::StartTls << AuthMethod::Auto
                                             << ready
            + QStringList{QStringLiteral("C: MAIL FROM:<alice@kurier.test> SIZE=%SIZE%"),
                          QStringLiteral("C: RCPT TO:<bob@kurier.test>"), QStringLiteral("S: 250 2.1.0 Ok"),
                          QStringLiteral("S: 451 4.7.1 Greylisted, try again later")}
                                             << failed << QStringLiteral("RecipientRejected")
                                             << QStringLiteral("RcptTo") << 451 << QStringList{QStringLiteral("DATA")};
    QTest::newRow("421 at MAIL") << Security::StartTls << AuthMethod::Auto
                                 << ready
            + QStringList{QStringLiteral("C: MAIL FROM:<alice@kurier.test> SIZE=%SIZE%"),
                          QStringLiteral("C: RCPT TO:<bob@kurier.test>"),
                          QStringLiteral("S: 421 4.3.2 Service shutting down")}
                                 << failed << QStringLiteral("ServiceUnavailable") << QStringLiteral("MailFrom") << 421
                                 << QStringList{QStringLiteral("DATA")};
    QTest::newRow("421 at RCPT") << Security::StartTls << AuthMethod::Auto
                                 << ready
            + QStringList{QStringLiteral("C: MAIL FROM:<alice@kurier.test> SIZE=%SIZE%"),
                          QStringLiteral("C: RCPT TO:<bob@kurier.test>"), QStringLiteral("S: 250 ok"),
                          QStringLiteral("S: 421 4.3.2 Service shutting down")}
                                 << failed << QStringLiteral("ServiceUnavailable") << QStringLiteral("RcptTo") << 421
                                 << QStringList{QStringLiteral("DATA")};
    QTest::newRow("421 at DATA") << Security::StartTls << AuthMethod::Auto
                                 << ready + envelope()
            + QStringList{QStringLiteral("C: DATA"), QStringLiteral("S: 421 4.3.2 shutting down")}
                                 << failed << QStringLiteral("ServiceUnavailable") << QStringLiteral("Data") << 421
                                 << QStringList{QStringLiteral("hello")};
    QTest::newRow("421 after the final dot")
        << Security::StartTls << AuthMethod::Auto
        << ready + envelope()
            + QStringList{QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"), QStringLiteral("C: <message>"),
                          QStringLiteral("S: 421 4.3.2 shutting down")}
        << failed << QStringLiteral("ServiceUnavailable") << QStringLiteral("DataTermination") << 421 << QStringList{};
    QTest::newRow("421 at EHLO") << Security::StartTls << AuthMethod::Auto
                                 << QStringList{QStringLiteral("S: 220 mx"), QStringLiteral("C: EHLO [127.0.0.1]"),
                                                QStringLiteral("S: 421 Service shutting down")}
                                 << failed << QStringLiteral("ServiceUnavailable") << QStringLiteral("Ehlo") << 421
                                 << noLogin;
    QTest::newRow("421 at AUTH") << Security::StartTls << AuthMethod::Auto
                                 << startTls(SubmissionCapabilities)
            + QStringList{QStringLiteral("C: AUTH PLAIN %PLAIN%"), QStringLiteral("S: 421 4.7.0 bye")}
                                 << failed << QStringLiteral("ServiceUnavailable") << QStringLiteral("Authentication")
                                 << 421 << noMail;
    QTest::newRow("connection dropped after DATA")
        << Security::StartTls << AuthMethod::Auto
        << ready + envelope() + QStringList{QStringLiteral("C: DATA"), QStringLiteral("CLOSE")} << failed
        << QStringLiteral("ConnectionLost") << QStringLiteral("Data") << 0 << QStringList{QStringLiteral("hello")};
    QTest::newRow("connection dropped after the final dot") << Security::StartTls << AuthMethod::Auto
                                                            << ready + envelope()
            + QStringList{QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"), QStringLiteral("C: <message>"),
                          QStringLiteral("CLOSE")} << SendResult::Outcome::DeliveryUnknown
                                                            << QStringLiteral("DeliveryUnknown")
                                                            << QStringLiteral("DataTermination") << 0 << QStringList{};
    QTest::newRow("DATA answered 250 instead of 354")
        << Security::StartTls << AuthMethod::Auto
        << ready + envelope() + QStringList{QStringLiteral("C: DATA"), QStringLiteral("S: 250 ok")} << failed
        << QStringLiteral("UnexpectedReply") << QStringLiteral("Data") << 250 << QStringList{QStringLiteral("hello")};
    QTest::newRow("final reply 451 greylisting")
        << Security::StartTls << AuthMethod::Auto
        << ready + envelope()
            + QStringList{QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"), QStringLiteral("C: <message>"),
                          QStringLiteral("S: 451 4.7.1 Please try again later")}
        << failed << QStringLiteral("DataRejected") << QStringLiteral("DataTermination") << 451 << QStringList{};
    QTest::newRow("final reply 554 content rejected")
        << Security::StartTls << AuthMethod::Auto
        << ready + envelope()
            + QStringList{QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"), QStringLiteral("C: <message>"),
                          QStringLiteral("S: 554 5.7.1 Message rejected as spam")}
        << failed << QStringLiteral("DataRejected") << QStringLiteral("DataTermination") << 554 << QStringList{};
    QTest::newRow("reply bundled with 354") << Security::StartTls << AuthMethod::Auto
                                            << ready + envelope()
            + QStringList{QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"), QStringLiteral("S: 250 2.0.0 queued")}
                                            << failed << QStringLiteral("ProtocolViolation") << QStringLiteral("Data")
                                            << 0 << QStringList{QStringLiteral("hello")};
    QTest::newRow("replies pipelined by the server ahead of EHLO")
        << Security::StartTls << AuthMethod::Auto
        << QStringList{QStringLiteral("S: 220 mx"), QStringLiteral("S: 250-mx"), QStringLiteral("S: 250 AUTH PLAIN")}
        << failed << QStringLiteral("ProtocolViolation") << QStringLiteral("Greeting") << 0
        << QStringList{QStringLiteral("EHLO")};

    // Certificates (case 13): the scripted handshake presents a self-signed certificate.
    QTest::newRow("self-signed certificate after STARTTLS")
        << Security::StartTls << AuthMethod::Auto
        << QStringList{QStringLiteral("S: 220 mx"),    QStringLiteral("C: EHLO [127.0.0.1]"),
                       QStringLiteral("S: 250-mx"),    QStringLiteral("S: 250 STARTTLS"),
                       QStringLiteral("C: STARTTLS"),  QStringLiteral("S: 220 go"),
                       QStringLiteral("TLS-UNTRUSTED")}
        << failed << QStringLiteral("CertificateUntrusted") << QStringLiteral("TlsHandshake") << 0 << noLogin;
}

void SessionTest::conversation()
{
    QFETCH(Security, security);
    QFETCH(AuthMethod, method);
    QFETCH(QStringList, script);
    QFETCH(SendResult::Outcome, outcome);
    QFETCH(QString, errorKind);
    QFETCH(QString, phase);
    QFETCH(int, replyCode);
    QFETCH(QStringList, forbidden);

    Session session(settingsFor(security, method), ScriptedTransport::factory({expand(script)}, m_log));
    session.setCredentials(credentialsFor(method));
    const SendResult result = run(session, request());

    QVERIFY2(m_log->mismatch.isEmpty(), qPrintable(m_log->mismatch));
    QCOMPARE(m_log->stepsLeft, 0);
    QCOMPARE(result.requestId, quint64(7));
    QCOMPARE(result.outcome, outcome);
    if (errorKind.isEmpty()) {
        QVERIFY2(!result.error,
                 result.error ? qPrintable(Error::kindName(result.error->kind) + result.error->detail) : "");
        QCOMPARE(m_log->stepsLeft, 0);
        QCOMPARE(m_log->messages.size(), 1);
        QCOMPARE(result.queueIdLines, QStringList{QStringLiteral("2.0.0 Ok: queued as 4AbCdE")});
        QCOMPARE(result.recipients.value(0).status, RecipientResult::Status::Delivered);
    } else {
        QVERIFY(result.error);
        QCOMPARE(Error::kindName(result.error->kind), errorKind);
        QCOMPARE(Smtp::phaseName(result.error->phase), phase);
        QCOMPARE(result.error->replyCode, replyCode);
        if (replyCode >= 400 && replyCode < 500) {
            QVERIFY(result.error->isTemporary());
        }
    }
    for (const QString &text : std::as_const(forbidden)) {
        QVERIFY2(!m_log->written.contains(text.toUtf8()), qPrintable(text + QStringLiteral(" was sent")));
    }
    QVERIFY(!result.transcript.isEmpty());
}

void SessionTest::refusesLoginWithoutEncryptionBeforeConnecting()
{
    Session session(settingsFor(Security::None, AuthMethod::Plain), ScriptedTransport::factory({}, m_log));
    session.setCredentials(Smtp::Credentials::password(Password));
    const SendResult result = run(session, request());
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, Error::Kind::PlaintextAuthRefused);
    QCOMPARE(result.error->phase, Smtp::Phase::Preparing);
    QCOMPARE(m_log->connections, 0);
    QVERIFY(m_log->written.isEmpty());
}

void SessionTest::refusesMissingCredentialsBeforeConnecting()
{
    Session session(settingsFor(Security::StartTls, AuthMethod::Auto), ScriptedTransport::factory({}, m_log));
    session.setCredentials(Smtp::Credentials::oauthToken(Token)); // the wrong kind for a password account
    const SendResult result = run(session, request());
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, Error::Kind::MissingCredentials);
    QCOMPARE(m_log->connections, 0);
}

void SessionTest::refusesInjectedAddressesBeforeConnecting_data()
{
    QTest::addColumn<QString>("reversePath");
    QTest::addColumn<QString>("recipient");
    QTest::newRow("CRLF and a command in a recipient")
        << QStringLiteral("alice@kurier.test") << QStringLiteral("bob@kurier.test>\r\nRCPT TO:<eve@evil.test");
    QTest::newRow("bare LF in the sender")
        << QStringLiteral("alice@kurier.test\nDATA") << QStringLiteral("bob@kurier.test");
    QTest::newRow("NUL in a recipient") << QStringLiteral("alice@kurier.test") << QStringLiteral("bob\0@kurier.test");
    QTest::newRow("quoted local part hiding CRLF")
        << QStringLiteral("alice@kurier.test") << QStringLiteral("\"a\r\nRCPT TO:<x@y>\"@kurier.test");
    QTest::newRow("display name leaking into the envelope")
        << QStringLiteral("Alice <alice@kurier.test>") << QStringLiteral("bob@kurier.test");
}

void SessionTest::refusesInjectedAddressesBeforeConnecting()
{
    QFETCH(QString, reversePath);
    QFETCH(QString, recipient);
    Session session(settingsFor(Security::StartTls, AuthMethod::Auto), ScriptedTransport::factory({}, m_log));
    session.setCredentials(Smtp::Credentials::password(Password));
    Smtp::SendRequest sendRequest = request({recipient});
    sendRequest.reversePath = reversePath;
    const SendResult result = run(session, sendRequest);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, Error::Kind::InvalidAddress);
    QCOMPARE(m_log->connections, 0);
}

void SessionTest::acceptsUntrustedCertificateOnlyWithMatchingPin_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("accepted");
    const QString fingerprint = Smtp::CertificateInfo::fingerprint(ScriptedTransport::untrustedCertificate());
    QVERIFY(!fingerprint.isEmpty());
    QTest::newRow("no pin") << QString() << false;
    QTest::newRow("matching pin") << fingerprint << true;
    QTest::newRow("matching pin without colons, upper case") << fingerprint.toUpper().remove(QLatin1Char(':')) << true;
    QTest::newRow("pin of another certificate") << QStringLiteral(
        "00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff:00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff")
                                                << false;
    QTest::newRow("truncated pin") << fingerprint.left(20) << false;
}

void SessionTest::acceptsUntrustedCertificateOnlyWithMatchingPin()
{
    QFETCH(QString, pin);
    QFETCH(bool, accepted);
    Smtp::SessionSettings settings = settingsFor(Security::ImplicitTls, AuthMethod::None);
    settings.pinnedCertificateSha256 = pin;
    const QStringList script = QStringList{QStringLiteral("TLS-UNTRUSTED"),
                                           QStringLiteral("S: 220 mx"),
                                           QStringLiteral("C: EHLO [127.0.0.1]"),
                                           QStringLiteral("S: 250 mx"),
                                           QStringLiteral("C: MAIL FROM:<alice@kurier.test>"),
                                           QStringLiteral("S: 250 ok"),
                                           QStringLiteral("C: RCPT TO:<bob@kurier.test>"),
                                           QStringLiteral("S: 250 ok")}
        + dataAccepted();
    Session session(settings, ScriptedTransport::factory({script}, m_log));
    const SendResult result = run(session, request());
    QVERIFY2(m_log->mismatch.isEmpty(), qPrintable(m_log->mismatch));
    if (accepted) {
        QCOMPARE(result.outcome, SendResult::Outcome::Sent);
        return;
    }
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, Error::Kind::CertificateUntrusted);
    QCOMPARE(result.error->sslErrors.size(), 1);
    QCOMPARE(result.error->sslErrors.first().error(), QSslError::SelfSignedCertificate);
    QCOMPARE(result.error->certificateChain.size(), 1);
    const Smtp::CertificateInfo &leaf = result.error->certificateChain.first();
    QCOMPARE(leaf.subject, QStringLiteral("CN=localhost"));
    QVERIFY(leaf.subjectAlternativeNames.contains(QStringLiteral("DNS:localhost")));
    QVERIFY(leaf.selfSigned);
    QCOMPARE(leaf.sha256Fingerprint.size(), 95);
    QVERIFY(leaf.notAfter > leaf.notBefore);
    QVERIFY(m_log->written.isEmpty());
}

void SessionTest::reportsEachRecipient_data()
{
    QTest::addColumn<Smtp::PartialDelivery>("partial");
    QTest::addColumn<SendResult::Outcome>("outcome");
    QTest::addColumn<RecipientResult::Status>("acceptedStatus");
    QTest::newRow("partial delivery refused")
        << Smtp::PartialDelivery::Refuse << SendResult::Outcome::Failed << RecipientResult::Status::Accepted;
    QTest::newRow("partial delivery allowed")
        << Smtp::PartialDelivery::Allow << SendResult::Outcome::PartiallySent << RecipientResult::Status::Delivered;
}

void SessionTest::reportsEachRecipient()
{
    QFETCH(Smtp::PartialDelivery, partial);
    QFETCH(SendResult::Outcome, outcome);
    QFETCH(RecipientResult::Status, acceptedStatus);
    QStringList script = startTls(SubmissionCapabilities) + plainLogin()
        + QStringList{QStringLiteral("C: MAIL FROM:<alice@kurier.test> SIZE=%SIZE%"),
                      QStringLiteral("C: RCPT TO:<bob@kurier.test>"),
                      QStringLiteral("C: RCPT TO:<nobody@kurier.test>"),
                      QStringLiteral("C: RCPT TO:<carol@kurier.test>"),
                      QStringLiteral("S: 250 2.1.0 Ok"),
                      QStringLiteral("S: 250 2.1.5 Ok"),
                      QStringLiteral("S: 550 5.1.1 <nobody@kurier.test>: Recipient address rejected: User unknown"),
                      QStringLiteral("S: 250 2.1.5 Ok")};
    if (partial == Smtp::PartialDelivery::Allow) {
        script += dataAccepted();
    }
    Session session(settingsFor(Security::StartTls, AuthMethod::Auto),
                    ScriptedTransport::factory({expand(script)}, m_log));
    session.setCredentials(Smtp::Credentials::password(Password));
    Smtp::SendRequest sendRequest = request(
        {QStringLiteral("bob@kurier.test"), QStringLiteral("nobody@kurier.test"), QStringLiteral("carol@kurier.test")});
    sendRequest.partialDelivery = partial;
    const SendResult result = run(session, sendRequest);
    QVERIFY2(m_log->mismatch.isEmpty(), qPrintable(m_log->mismatch));
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.recipients.size(), 3);
    QCOMPARE(result.recipients.at(0).status, acceptedStatus);
    QCOMPARE(result.recipients.at(1).status, RecipientResult::Status::Rejected);
    QCOMPARE(result.recipients.at(1).replyCode, 550);
    QCOMPARE(result.recipients.at(1).enhancedCode, QStringLiteral("5.1.1"));
    QVERIFY(result.recipients.at(1).serverText.contains(QLatin1String("User unknown")));
    QCOMPARE(result.recipients.at(2).status, acceptedStatus);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, Error::Kind::RecipientRejected);
    QCOMPARE(result.error->mailbox, QStringLiteral("nobody@kurier.test"));
    QCOMPARE(m_log->written.contains("DATA"), partial == Smtp::PartialDelivery::Allow);
}

void SessionTest::continuesAfterTooManyRecipients()
{
    const QString tooMany = QStringLiteral("S: 452 4.5.3 Error: too many recipients");
    const QStringList script = startTls(SubmissionCapabilities) + plainLogin()
        + QStringList{QStringLiteral("C: MAIL FROM:<alice@kurier.test> SIZE=%SIZE%"),
                      QStringLiteral("C: RCPT TO:<r1@kurier.test>"),
                      QStringLiteral("C: RCPT TO:<r2@kurier.test>"),
                      QStringLiteral("C: RCPT TO:<r3@kurier.test>"),
                      QStringLiteral("S: 250 ok"),
                      QStringLiteral("S: 250 ok"),
                      tooMany,
                      tooMany}
        + dataAccepted()
        + QStringList{QStringLiteral("C: MAIL FROM:<alice@kurier.test> SIZE=%SIZE%"),
                      QStringLiteral("C: RCPT TO:<r2@kurier.test>"),
                      QStringLiteral("C: RCPT TO:<r3@kurier.test>"),
                      QStringLiteral("S: 250 ok"),
                      QStringLiteral("S: 250 ok"),
                      QStringLiteral("S: 250 ok")}
        + dataAccepted();
    Session session(settingsFor(Security::StartTls, AuthMethod::Auto),
                    ScriptedTransport::factory({expand(script)}, m_log));
    session.setCredentials(Smtp::Credentials::password(Password));
    const SendResult result = run(session,
                                  request({QStringLiteral("r1@kurier.test"), QStringLiteral("r2@kurier.test"),
                                           QStringLiteral("r3@kurier.test")}));
    QVERIFY2(m_log->mismatch.isEmpty(), qPrintable(m_log->mismatch));
    QCOMPARE(result.outcome, SendResult::Outcome::Sent);
    QCOMPARE(m_log->messages.size(), 2);
    QCOMPARE(result.queueIdLines.size(), 2);
    for (const RecipientResult &recipient : result.recipients) {
        QCOMPARE(recipient.status, RecipientResult::Status::Delivered);
    }
}

void SessionTest::reusesConnectionWithReset()
{
    const QStringList script = startTls(SubmissionCapabilities) + plainLogin() + envelope() + dataAccepted()
        + QStringList{QStringLiteral("C: RSET")} + envelope() + QStringList{QStringLiteral("S: 250 2.0.0 Ok")}
        + dataAccepted();
    // The RSET reply comes first; reorder the pipelined group's replies accordingly.
    QStringList fixed = script;
    const qsizetype resetReply = fixed.lastIndexOf(QStringLiteral("S: 250 2.0.0 Ok"));
    fixed.move(resetReply, resetReply - 2);
    Session session(settingsFor(Security::StartTls, AuthMethod::Auto),
                    ScriptedTransport::factory({expand(fixed)}, m_log));
    session.setCredentials(Smtp::Credentials::password(Password));
    const SendResult first = run(session, request());
    QCOMPARE(first.outcome, SendResult::Outcome::Sent);
    QVERIFY(!first.connectionReused);
    QCOMPARE(session.state(), Session::State::Ready);
    const SendResult second = run(session, request());
    QVERIFY2(m_log->mismatch.isEmpty(), qPrintable(m_log->mismatch));
    QCOMPARE(second.outcome, SendResult::Outcome::Sent);
    QVERIFY(second.connectionReused);
    QCOMPARE(m_log->connections, 1);
    QCOMPARE(m_log->messages.size(), 2);
    QCOMPARE(m_log->written.count("AUTH PLAIN"), 1);
}

void SessionTest::reconnectsAfterMessageLimit()
{
    const QStringList script = startTls(SubmissionCapabilities) + plainLogin() + envelope() + dataAccepted();
    Smtp::SessionSettings settings = settingsFor(Security::StartTls, AuthMethod::Auto);
    settings.maxMessagesPerConnection = 1;
    Session session(settings, ScriptedTransport::factory({expand(script), expand(script)}, m_log));
    session.setCredentials(Smtp::Credentials::password(Password));
    QCOMPARE(run(session, request()).outcome, SendResult::Outcome::Sent);
    QCOMPARE(run(session, request()).outcome, SendResult::Outcome::Sent);
    QVERIFY2(m_log->mismatch.isEmpty(), qPrintable(m_log->mismatch));
    QCOMPARE(m_log->connections, 2);
    QVERIFY(m_log->written.contains("QUIT\r\n"));
}

void SessionTest::timesOutPerPhase_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<QString>("phase");
    QTest::addColumn<QString>("errorKind");

    const QStringList greeted{QStringLiteral("S: 220 mx"), QStringLiteral("C: EHLO [127.0.0.1]")};
    const QStringList offered = greeted
        + QStringList{QStringLiteral("S: 250-mx"), QStringLiteral("S: 250 STARTTLS"), QStringLiteral("C: STARTTLS")};
    const QStringList ready = startTls(SubmissionCapabilities) + plainLogin();
    QTest::newRow("banner never arrives") << QStringList{} << QStringLiteral("Greeting") << QStringLiteral("Timeout");
    QTest::newRow("stall after EHLO") << greeted << QStringLiteral("Ehlo") << QStringLiteral("Timeout");
    QTest::newRow("stall after STARTTLS") << offered << QStringLiteral("StartTls") << QStringLiteral("Timeout");
    QTest::newRow("stall in the TLS handshake") << offered + QStringList{QStringLiteral("S: 220 go")}
                                                << QStringLiteral("TlsHandshake") << QStringLiteral("Timeout");
    QTest::newRow("stall after AUTH") << startTls(SubmissionCapabilities)
            + QStringList{QStringLiteral("C: AUTH PLAIN %PLAIN%")}
                                      << QStringLiteral("Authentication") << QStringLiteral("Timeout");
    QTest::newRow("stall after MAIL") << ready
            + QStringList{QStringLiteral("C: MAIL FROM:<alice@kurier.test> SIZE=%SIZE%"),
                          QStringLiteral("C: RCPT TO:<bob@kurier.test>")}
                                      << QStringLiteral("MailFrom") << QStringLiteral("Timeout");
    QTest::newRow("stall after RCPT") << ready
            + QStringList{QStringLiteral("C: MAIL FROM:<alice@kurier.test> SIZE=%SIZE%"),
                          QStringLiteral("C: RCPT TO:<bob@kurier.test>"), QStringLiteral("S: 250 ok")}
                                      << QStringLiteral("RcptTo") << QStringLiteral("Timeout");
    QTest::newRow("stall after DATA") << ready + envelope() + QStringList{QStringLiteral("C: DATA")}
                                      << QStringLiteral("Data") << QStringLiteral("Timeout");
    QTest::newRow("stall after the final dot")
        << ready + envelope()
            + QStringList{QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"), QStringLiteral("C: <message>")}
        << QStringLiteral("DataTermination") << QStringLiteral("DeliveryUnknown");
}

void SessionTest::timesOutPerPhase()
{
    QFETCH(QStringList, script);
    QFETCH(QString, phase);
    QFETCH(QString, errorKind);
    Smtp::SessionSettings settings = settingsFor(Security::StartTls, AuthMethod::Auto);
    settings.timeouts = Smtp::Timeouts::uniform(std::chrono::milliseconds(150));
    Session session(settings, ScriptedTransport::factory({expand(script)}, m_log));
    session.setCredentials(Smtp::Credentials::password(Password));
    const SendResult result = run(session, request());
    QVERIFY2(m_log->mismatch.isEmpty(), qPrintable(m_log->mismatch));
    QVERIFY(result.error);
    QCOMPARE(Error::kindName(result.error->kind), errorKind);
    QCOMPARE(Smtp::phaseName(result.error->phase), phase);
    QVERIFY(result.error->isTemporary() || errorKind == QLatin1String("DeliveryUnknown"));
    QVERIFY(result.error->detail.contains(phase) || errorKind == QLatin1String("DeliveryUnknown"));
    QCOMPARE(session.state(), Session::State::Disconnected);
    QCOMPARE(result.outcome,
             errorKind == QLatin1String("DeliveryUnknown") ? SendResult::Outcome::DeliveryUnknown
                                                           : SendResult::Outcome::Failed);
}

void SessionTest::cancels_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<Session::State>("cancelIn");
    QTest::addColumn<SendResult::Outcome>("outcome");
    const QStringList ready = startTls(SubmissionCapabilities) + plainLogin();
    QTest::newRow("while waiting for the greeting")
        << QStringList{} << Session::State::AwaitingGreeting << SendResult::Outcome::Failed;
    QTest::newRow("while waiting for RCPT replies") << ready
            + QStringList{QStringLiteral("C: MAIL FROM:<alice@kurier.test> SIZE=%SIZE%"),
                          QStringLiteral("C: RCPT TO:<bob@kurier.test>")}
                                                    << Session::State::SendingEnvelope << SendResult::Outcome::Failed;
    QTest::newRow("after the final dot") << ready + envelope()
            + QStringList{QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"), QStringLiteral("C: <message>")}
                                         << Session::State::AwaitingDataResult << SendResult::Outcome::DeliveryUnknown;
}

void SessionTest::cancels()
{
    QFETCH(QStringList, script);
    QFETCH(Session::State, cancelIn);
    QFETCH(SendResult::Outcome, outcome);
    Session session(settingsFor(Security::StartTls, AuthMethod::Auto),
                    ScriptedTransport::factory({expand(script)}, m_log));
    session.setCredentials(Smtp::Credentials::password(Password));
    connect(&session, &Session::stateChanged, &session, [&session, cancelIn](Session::State state) {
        if (state == cancelIn) {
            QMetaObject::invokeMethod(&session, &Session::cancel, Qt::QueuedConnection);
        }
    });
    const SendResult result = run(session, request());
    QCOMPARE(result.outcome, outcome);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind,
             outcome == SendResult::Outcome::DeliveryUnknown ? Error::Kind::DeliveryUnknown : Error::Kind::Cancelled);
    QCOMPARE(session.state(), Session::State::Disconnected);
    QVERIFY(m_log->closedByClient);
}

void SessionTest::reportsProgressInBytes()
{
    QByteArray big;
    for (int i = 0; i < 20000; ++i) {
        big += "line " + QByteArray::number(i) + " of a long message\r\n";
    }
    const QStringList script = startTls(SubmissionCapabilities) + plainLogin()
        + QStringList{QStringLiteral("C: MAIL FROM:<alice@kurier.test> SIZE=%1").arg(big.size()),
                      QStringLiteral("C: RCPT TO:<bob@kurier.test>"), QStringLiteral("S: 250 ok"),
                      QStringLiteral("S: 250 ok")}
        + dataAccepted();
    Session session(settingsFor(Security::StartTls, AuthMethod::Auto),
                    ScriptedTransport::factory({expand(script)}, m_log));
    session.setCredentials(Smtp::Credentials::password(Password));
    QSignalSpy progress(&session, &Session::progress);
    Smtp::SendRequest sendRequest = request();
    sendRequest.message = Smtp::MessageSource::fromBytes(big, {});
    QCOMPARE(run(session, sendRequest).outcome, SendResult::Outcome::Sent);
    QVERIFY(progress.size() > 2);
    qint64 previous = 0;
    for (const QList<QVariant> &signal : std::as_const(progress)) {
        QCOMPARE(signal.at(0).toULongLong(), quint64(7));
        QVERIFY(signal.at(1).toLongLong() > previous);
        QCOMPARE(signal.at(2).toLongLong(), qint64(big.size()));
        previous = signal.at(1).toLongLong();
    }
    QCOMPARE(previous, qint64(big.size()));
    QCOMPARE(m_log->messages.value(0), big + ".\r\n");
}

void SessionTest::announcesEightBitAndUtf8OnlyWhenNeeded_data()
{
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<int>("requirements");
    QTest::addColumn<QStringList>("capabilities");
    QTest::addColumn<QString>("mailLine");
    QTest::addColumn<QString>("rcptLine");
    QTest::addColumn<QString>("errorKind");
    const QStringList all{QStringLiteral("AUTH PLAIN"), QStringLiteral("8BITMIME"), QStringLiteral("SMTPUTF8")};
    const QStringList none{QStringLiteral("AUTH PLAIN")};
    using R = Smtp::MessageSource::Requirement;
    QTest::newRow("7-bit ASCII: no parameters")
        << QStringLiteral("bob@kurier.test") << 0 << all << QStringLiteral("MAIL FROM:<alice@kurier.test>")
        << QStringLiteral("RCPT TO:<bob@kurier.test>") << QString();
    QTest::newRow("8-bit body: BODY=8BITMIME") << QStringLiteral("bob@kurier.test") << int(R::EightBitMime) << all
                                               << QStringLiteral("MAIL FROM:<alice@kurier.test> BODY=8BITMIME")
                                               << QStringLiteral("RCPT TO:<bob@kurier.test>") << QString();
    QTest::newRow("IDN domain: A-label, no SMTPUTF8")
        << QStringLiteral("bob@\u017c\u00f3\u0142w.pl") << 0 << none << QStringLiteral("MAIL FROM:<alice@kurier.test>")
        << QStringLiteral("RCPT TO:<bob@xn--w-uga1v8h.pl>") << QString();
    QTest::newRow("non-ASCII local part: SMTPUTF8") << QStringLiteral("\u0142ucja@kurier.test") << 0 << all
                                                    << QStringLiteral("MAIL FROM:<alice@kurier.test> SMTPUTF8")
                                                    << QStringLiteral("RCPT TO:<\u0142ucja@kurier.test>") << QString();
    QTest::newRow("non-ASCII local part, server without SMTPUTF8")
        << QStringLiteral("\u0142ucja@kurier.test") << 0 << none << QString() << QString()
        << QStringLiteral("SmtpUtf8NotSupported");
    QTest::newRow("8-bit body, server without 8BITMIME")
        << QStringLiteral("bob@kurier.test") << int(R::EightBitMime) << none << QString() << QString()
        << QStringLiteral("EightBitMimeNotSupported");
}

void SessionTest::announcesEightBitAndUtf8OnlyWhenNeeded()
{
    QFETCH(QString, recipient);
    QFETCH(int, requirements);
    QFETCH(QStringList, capabilities);
    QFETCH(QString, mailLine);
    QFETCH(QString, rcptLine);
    QFETCH(QString, errorKind);
    const QByteArray body = requirements ? QByteArray("Subject: x\r\n\r\nza\xc5\xbc\xc3\xb3\xc5\x82\xc4\x87\r\n")
                                         : QByteArray("Subject: x\r\n\r\nhello\r\n");
    QStringList script = startTls(capabilities) + plainLogin();
    if (errorKind.isEmpty()) {
        script += QStringList{QStringLiteral("C: ") + mailLine, QStringLiteral("S: 250 ok"),
                              QStringLiteral("C: ") + rcptLine, QStringLiteral("S: 250 ok")}
            + dataAccepted();
    }
    Session session(settingsFor(Security::StartTls, AuthMethod::Auto),
                    ScriptedTransport::factory({expand(script)}, m_log));
    session.setCredentials(Smtp::Credentials::password(Password));
    Smtp::SendRequest sendRequest = request({recipient});
    sendRequest.message
        = Smtp::MessageSource::fromBytes(body, Smtp::MessageSource::Requirements::fromInt(requirements));
    const SendResult result = run(session, sendRequest);
    QVERIFY2(m_log->mismatch.isEmpty(), qPrintable(m_log->mismatch));
    if (errorKind.isEmpty()) {
        QCOMPARE(result.outcome, SendResult::Outcome::Sent);
    } else {
        QVERIFY(result.error);
        QCOMPARE(Error::kindName(result.error->kind), errorKind);
        QVERIFY(!m_log->written.contains("MAIL FROM"));
        QCOMPARE(session.state(), Session::State::Ready);
    }
}

void SessionTest::refusesMessageBreakingItsPromises_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("declaredSize");
    QTest::newRow("8-bit octets in a 7-bit message") << QByteArray("Subject: x\r\n\r\n\xc5\xbc\r\n") << qint64(-1);
    QTest::newRow("line longer than 998 octets")
        << QByteArray("Subject: x\r\n\r\n" + QByteArray(999, 'a') + "\r\n") << qint64(-1);
    QTest::newRow("shorter than announced") << QByteArray("Subject: x\r\n\r\nhello\r\n") << qint64(500);
}

void SessionTest::refusesMessageBreakingItsPromises()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, declaredSize);
    Smtp::SendRequest sendRequest = request();
    sendRequest.message = Smtp::MessageSource::fromBytes(body, {});
    if (declaredSize >= 0) {
        sendRequest.message.size = declaredSize;
    }
    const QStringList script = startTls(SubmissionCapabilities) + plainLogin()
        + QStringList{QStringLiteral("C: MAIL FROM:<alice@kurier.test> SIZE=%1").arg(sendRequest.message.size),
                      QStringLiteral("C: RCPT TO:<bob@kurier.test>"),
                      QStringLiteral("S: 250 ok"),
                      QStringLiteral("S: 250 ok"),
                      QStringLiteral("C: DATA"),
                      QStringLiteral("S: 354 go")};
    Session session(settingsFor(Security::StartTls, AuthMethod::Auto),
                    ScriptedTransport::factory({expand(script)}, m_log));
    session.setCredentials(Smtp::Credentials::password(Password));
    const SendResult result = run(session, sendRequest);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, Error::Kind::MessageSourceFailed);
    QCOMPARE(result.outcome, SendResult::Outcome::Failed);
    // Never a final dot: the server must discard the partial message.
    QVERIFY(!m_log->written.endsWith("\r\n.\r\n"));
    QVERIFY(m_log->closedByClient);
}

QTEST_GUILESS_MAIN(SessionTest)
#include "sessiontest.moc"
