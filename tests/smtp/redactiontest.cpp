// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// SMTP.md §2.5 case 33: after every kind of login, successful or not, neither the transcript
// (as signals, in the result, as text) nor the error value nor any log line (with debug
// logging switched on) contains the password, the token, or any base64 form of them.

#include "app/smtp/session.h"
#include "app/smtp/sockettransport.h"
#include "tests/support/fakesmtpserver.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using Accounts::AuthMethod;
using Smtp::SendResult;
using Smtp::Session;
using TestSupport::FakeSmtpBehaviour;
using TestSupport::FakeSmtpServer;

namespace
{

const QString Password = QStringLiteral("Tr0ub4dor&3-horse");
const QString Token = QStringLiteral("ya29.a0AfH6SMBx-secret-token-value");

QStringList capturedLog;
QLoggingCategory::CategoryFilter previousFilter = nullptr;

// Everything of Kurier's, debug included, whatever QT_LOGGING_RULES (ctest sets one) says.
void enableKurierLogging(QLoggingCategory *category)
{
    if (previousFilter) {
        previousFilter(category);
    }
    if (QByteArray(category->categoryName()).startsWith("kurier.")) {
        for (const QtMsgType type : {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg}) {
            category->setEnabled(type, true);
        }
    }
}

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    capturedLog.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
}

// Every base64 spelling of `secret` inside a longer base64 string, whatever its alignment:
// the characters that depend on the secret's bytes alone.
QStringList base64Forms(const QByteArray &secret)
{
    QStringList forms;
    for (int shift = 0; shift < 3; ++shift) {
        QString encoded = QString::fromLatin1(
            QByteArray(QByteArray(shift, '\0') + secret).toBase64(QByteArray::OmitTrailingEquals));
        encoded = encoded.mid(shift == 0 ? 0 : 4);
        encoded.chop(4);
        if (encoded.size() >= 8) {
            forms.append(encoded);
        }
    }
    return forms;
}

QStringList forbidden()
{
    QStringList result{Password, Token};
    result += base64Forms(Password.toUtf8());
    result += base64Forms(Token.toUtf8());
    result += QString::fromLatin1(QByteArray("\0alice\0" + Password.toUtf8()).toBase64());
    result += QString::fromLatin1(QByteArray("user=alice\x01"
                                             "auth=Bearer "
                                             + Token.toUtf8() + "\x01\x01")
                                      .toBase64());
    result += QStringLiteral("auth=Bearer");
    return result;
}

} // namespace

Q_DECLARE_METATYPE(TestSupport::FakeSmtpBehaviour)

class RedactionTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void neverRevealsSecrets_data();
    void neverRevealsSecrets();

private:
    QtMessageHandler m_previousHandler = nullptr;
};

void RedactionTest::initTestCase()
{
    previousFilter = QLoggingCategory::installFilter(enableKurierLogging);
    m_previousHandler = qInstallMessageHandler(captureMessage);
}

void RedactionTest::cleanupTestCase()
{
    qInstallMessageHandler(m_previousHandler);
    QLoggingCategory::installFilter(previousFilter);
}

void RedactionTest::neverRevealsSecrets_data()
{
    QTest::addColumn<FakeSmtpBehaviour>("behaviour");
    QTest::addColumn<AuthMethod>("method");
    QTest::addColumn<bool>("delivers");

    FakeSmtpBehaviour server;
    server.passwords = {{QStringLiteral("alice"), Password}};
    server.oauthToken = Token;
    const auto offering = [server](const QString &mechanisms) {
        FakeSmtpBehaviour behaviour = server;
        behaviour.capabilitiesTls = {QStringLiteral("AUTH ") + mechanisms, QStringLiteral("PIPELINING")};
        return behaviour;
    };
    FakeSmtpBehaviour wrongPassword = offering(QStringLiteral("PLAIN LOGIN"));
    wrongPassword.passwords = {{QStringLiteral("alice"), QStringLiteral("something else")}};
    FakeSmtpBehaviour wrongToken = offering(QStringLiteral("XOAUTH2 OAUTHBEARER"));
    wrongToken.oauthToken = QStringLiteral("another");

    QTest::newRow("PLAIN") << offering(QStringLiteral("PLAIN")) << AuthMethod::Plain << true;
    QTest::newRow("LOGIN") << offering(QStringLiteral("LOGIN")) << AuthMethod::Login << true;
    QTest::newRow("CRAM-MD5") << offering(QStringLiteral("CRAM-MD5")) << AuthMethod::CramMd5 << true;
    QTest::newRow("SCRAM-SHA-256") << offering(QStringLiteral("SCRAM-SHA-256")) << AuthMethod::ScramSha256 << true;
    QTest::newRow("XOAUTH2") << offering(QStringLiteral("XOAUTH2")) << AuthMethod::XOAuth2 << true;
    QTest::newRow("OAUTHBEARER") << offering(QStringLiteral("OAUTHBEARER")) << AuthMethod::OAuthBearer << true;
    QTest::newRow("PLAIN, wrong password (535)") << wrongPassword << AuthMethod::Plain << false;
    QTest::newRow("LOGIN, wrong password (535)") << wrongPassword << AuthMethod::Login << false;
    QTest::newRow("XOAUTH2, rejected token (JSON error flow)") << wrongToken << AuthMethod::XOAuth2 << false;
    QTest::newRow("OAUTHBEARER, rejected token") << wrongToken << AuthMethod::OAuthBearer << false;
}

void RedactionTest::neverRevealsSecrets()
{
    QFETCH(FakeSmtpBehaviour, behaviour);
    QFETCH(AuthMethod, method);
    QFETCH(bool, delivers);
    capturedLog.clear();

    FakeSmtpServer server(behaviour);
    QVERIFY(server.listenOnLoopback());
    Smtp::SessionSettings settings;
    settings.host = QStringLiteral("localhost");
    settings.port = server.serverPort();
    settings.security = Accounts::Security::StartTls;
    settings.authMethod = method;
    settings.userName = QStringLiteral("alice");
    settings.additionalCaCertificates = FakeSmtpServer::caCertificates();
    Session session(settings, Smtp::SocketTransport::factory(settings.host, settings.additionalCaCertificates));
    const bool token = method == AuthMethod::XOAuth2 || method == AuthMethod::OAuthBearer;
    session.setCredentials(token ? Smtp::Credentials::oauthToken(Token) : Smtp::Credentials::password(Password));
    QStringList emitted;
    connect(&session, &Session::transcriptLine, this,
            [&emitted](const Smtp::TranscriptLine &line) { emitted.append(line.text); });

    Smtp::SendRequest request;
    request.reversePath = QStringLiteral("alice@kurier.test");
    request.recipients = {QStringLiteral("bob@kurier.test")};
    request.message = Smtp::MessageSource::fromBytes("Subject: redaction\r\n\r\nhello\r\n", {});
    QSignalSpy finished(&session, &Session::finished);
    QVERIFY(session.send(request));
    QVERIFY(finished.wait(20000));
    const SendResult result = finished.first().first().value<SendResult>();
    QCOMPARE(result.outcome == SendResult::Outcome::Sent, delivers);
    // The secret really was used on the wire (inside TLS), so its absence below means something.
    QCOMPARE(server.record().received("AUTH"), true);

    QString everything = Smtp::Transcript::toText(result.transcript) + emitted.join(QLatin1Char('\n'))
        + capturedLog.join(QLatin1Char('\n'));
    if (result.error) {
        everything += result.error->serverText + result.error->detail + result.error->command;
    }
    QVERIFY(capturedLog.size() > 10); // debug logging was on and captured
    QVERIFY(everything.contains(QLatin1String("AUTH ")));
    for (const QString &secret : forbidden()) {
        // Say which form leaked without printing it.
        QVERIFY2(!everything.contains(secret),
                 qPrintable(QStringLiteral("a secret form of length %1 leaked").arg(secret.size())));
    }
}

QTEST_GUILESS_MAIN(RedactionTest)
#include "redactiontest.moc"
