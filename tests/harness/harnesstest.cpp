// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/harnessconfig.h"
#include "tests/support/harnessmaildir.h"
#include "tests/support/harnesssmtpclient.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <algorithm>

using Service = HarnessConfig::Service;
using AuthMechanism = HarnessSmtpClient::AuthMechanism;

Q_DECLARE_METATYPE(HarnessConfig::Service)
Q_DECLARE_METATYPE(HarnessSmtpClient::AuthMechanism)

namespace
{

constexpr int DeliveryTimeoutMilliseconds = 20000;

// Which password a row sends; the passwords themselves never appear in test data or output.
enum class Password { Correct, Wrong };

// A message small enough to read, unique through marker, padded with body lines to bodyBytes.
QByteArray makeMessage(const QString &from, const QString &to, const QByteArray &marker, qsizetype bodyBytes = 0)
{
    QByteArray message = "From: <" + from.toUtf8() + ">\r\nTo: <" + to.toUtf8() + ">\r\nSubject: harness test " + marker
        + "\r\nMessage-ID: <" + marker + "@kurier.test>\r\nDate: Sat, 28 Nov 2026 08:00:00 +0000\r\n\r\n" + "Marker "
        + marker + "\r\n";
    const QByteArray line(76, 'x');
    while (bodyBytes > 0) {
        message += line + "\r\n";
        bodyBytes -= line.size() + 2;
    }
    return message;
}

QByteArray newMarker()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

} // namespace

Q_DECLARE_METATYPE(Password)

// Proves the Postfix + Dovecot harness answers as postfix-harness.sh configures it, through a
// plain test-only SMTP client, before any Kurier code is tested against it.
class HarnessTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void greetsOnEveryPort_data();
    void greetsOnEveryPort();
    void advertisesExtensionsBeforeTls_data();
    void advertisesExtensionsBeforeTls();
    void requiresStartTlsFirst_data();
    void requiresStartTlsFirst();
    void verifiesAgainstSystemTrustStore_data();
    void verifiesAgainstSystemTrustStore();
    void refusesTlsBelowVersion12_data();
    void refusesTlsBelowVersion12();
    void authenticates_data();
    void authenticates();
    void answersRecipients_data();
    void answersRecipients();
    void deliversToMaildir_data();
    void deliversToMaildir();
    void discardsOutsideMail();
    void enforcesSizeLimitPerPort_data();
    void enforcesSizeLimitPerPort();

private:
    // Greeting, EHLO, STARTTLS and EHLO again where the port needs it, then AUTH PLAIN as the
    // named user unless userName is empty. Returns what went wrong, or an empty string.
    QString prepareSession(HarnessSmtpClient &client, Service service, const QString &userName);
    void addServiceRows(const QList<Service> &services);

    HarnessConfig m_config;
};

void HarnessTest::initTestCase()
{
    m_config = HarnessConfig::load(QStringLiteral(KURIER_HARNESS_STATE_DIR));
    QVERIFY2(m_config.isValid(), qPrintable(m_config.errorString()));
    QVERIFY(!m_config.user(QStringLiteral("alice")).address.isEmpty());
    QVERIFY(!m_config.user(QStringLiteral("bob")).address.isEmpty());
}

void HarnessTest::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

QString HarnessTest::prepareSession(HarnessSmtpClient &client, Service service, const QString &userName)
{
    const HarnessSmtpReply greeting = client.open(m_config, service);
    if (greeting.code != 220) {
        return QStringLiteral("greeting: %1 %2").arg(greeting.text(), client.errorString());
    }
    HarnessSmtpReply reply = client.ehlo();
    if (reply.code != 250) {
        return QStringLiteral("EHLO: %1").arg(reply.text());
    }
    if (m_config.endpoint(service).security == HarnessConfig::Security::StartTls) {
        if (!client.startTls(m_config.tlsHostName())) {
            return client.errorString();
        }
        reply = client.ehlo();
        if (reply.code != 250) {
            return QStringLiteral("EHLO after STARTTLS: %1").arg(reply.text());
        }
    }
    if (!userName.isEmpty()) {
        const HarnessConfig::User user = m_config.user(userName);
        reply = client.authenticate(AuthMechanism::Plain, user.address, user.password);
        if (reply.code != 235) {
            return QStringLiteral("AUTH as %1: %2").arg(user.address, reply.text());
        }
    }
    return {};
}

void HarnessTest::addServiceRows(const QList<Service> &services)
{
    QTest::addColumn<Service>("service");
    for (const Service service : services) {
        QTest::addRow("%s port %d", qPrintable(HarnessConfig::serviceName(service)), m_config.endpoint(service).port)
            << service;
    }
}

void HarnessTest::greetsOnEveryPort_data()
{
    addServiceRows({Service::Submission, Service::ImplicitTls, Service::Plain, Service::SizeLimited});
}

void HarnessTest::greetsOnEveryPort()
{
    QFETCH(Service, service);
    HarnessSmtpClient client;
    const HarnessSmtpReply greeting = client.open(m_config, service);
    QVERIFY2(greeting.code == 220, qPrintable(greeting.text() + u' ' + client.errorString()));
    QVERIFY2(greeting.lines.value(0).startsWith(QByteArray("mail." + m_config.domain().toUtf8() + " ESMTP")),
             qPrintable(greeting.text()));
}

void HarnessTest::advertisesExtensionsBeforeTls_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<bool>("offersStartTls");

    QTest::newRow("submission offers STARTTLS") << Service::Submission << true;
    QTest::newRow("plain offers no TLS") << Service::Plain << false;
    QTest::newRow("size-limited offers STARTTLS") << Service::SizeLimited << true;
}

void HarnessTest::advertisesExtensionsBeforeTls()
{
    QFETCH(Service, service);
    QFETCH(bool, offersStartTls);

    HarnessSmtpClient client;
    QCOMPARE(client.open(m_config, service).code, 220);
    const HarnessSmtpReply ehlo = client.ehlo();
    QCOMPARE(ehlo.code, 250);
    QCOMPARE(ehlo.offers("STARTTLS"), offersStartTls);
    // No port offers AUTH over an unencrypted connection.
    QVERIFY2(!ehlo.offers("AUTH"), qPrintable(ehlo.text()));
    const QByteArray expectedSize = QByteArray::number(m_config.endpoint(service).messageSizeLimit);
    QCOMPARE(ehlo.parameters("SIZE"), QByteArrayList{expectedSize});
}

void HarnessTest::requiresStartTlsFirst_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<QByteArray>("command");

    // A syntactically valid but meaningless credential: the server must refuse before checking it.
    const QByteArray dummyPlain = QByteArray("\0nobody\0nothing", 15).toBase64();
    QTest::newRow("AUTH PLAIN on submission") << Service::Submission << QByteArray("AUTH PLAIN " + dummyPlain);
    QTest::newRow("AUTH LOGIN on submission") << Service::Submission << QByteArray("AUTH LOGIN");
    QTest::newRow("AUTH PLAIN on size-limited") << Service::SizeLimited << QByteArray("AUTH PLAIN " + dummyPlain);
    QTest::newRow("MAIL on submission") << Service::Submission << QByteArray("MAIL FROM:<alice@kurier.test>");
}

void HarnessTest::requiresStartTlsFirst()
{
    QFETCH(Service, service);
    QFETCH(QByteArray, command);

    HarnessSmtpClient client;
    QCOMPARE(client.open(m_config, service).code, 220);
    QCOMPARE(client.ehlo().code, 250);
    const HarnessSmtpReply reply = client.command(command);
    QVERIFY2(reply.code == 530, qPrintable(reply.text()));
    QCOMPARE(reply.enhancedCode(), QByteArray("5.7.0"));
}

void HarnessTest::verifiesAgainstSystemTrustStore_data()
{
    addServiceRows({Service::Submission, Service::ImplicitTls, Service::SizeLimited});
}

void HarnessTest::verifiesAgainstSystemTrustStore()
{
    QFETCH(Service, service);

    // The default configuration, no added CA and no ignored errors: the certificate must verify
    // for the host name through the system trust store, the way it will for Kurier.
    HarnessSmtpClient client;
    QCOMPARE(client.socket().sslConfiguration().caCertificates(),
             QSslConfiguration::defaultConfiguration().caCertificates());
    const QString problem = prepareSession(client, service, QString());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    QSslSocket &socket = client.socket();
    QVERIFY(socket.isEncrypted());
    QVERIFY2(socket.sslHandshakeErrors().isEmpty(), qPrintable(socket.sslHandshakeErrors().value(0).errorString()));
    QCOMPARE(socket.peerVerifyName(), m_config.tlsHostName());
    QVERIFY2(socket.sessionProtocol() == QSsl::TlsV1_2 || socket.sessionProtocol() == QSsl::TlsV1_3,
             qPrintable(QString::number(int(socket.sessionProtocol()))));
    const auto names = socket.peerCertificate().subjectAlternativeNames();
    QVERIFY(names.values(QSsl::DnsEntry).contains(m_config.tlsHostName()));
    QVERIFY(names.values(QSsl::IpAddressEntry).contains(m_config.host()));

    // prepareSession() sent EHLO again over TLS; now AUTH is offered.
    const HarnessSmtpReply ehlo = client.ehlo();
    QCOMPARE(ehlo.code, 250);
    const QByteArrayList mechanisms = ehlo.parameters("AUTH");
    QVERIFY2(mechanisms.contains("PLAIN") && mechanisms.contains("LOGIN"), qPrintable(ehlo.text()));
    QVERIFY(!ehlo.offers("STARTTLS"));
}

void HarnessTest::refusesTlsBelowVersion12_data()
{
    QTest::addColumn<QStringList>("protocolArguments");
    QTest::addColumn<bool>("handshakeSucceeds");

    // The client side allows TLS 1.1 explicitly (security level 0), so only the server can say no.
    QTest::newRow("TLS 1.1 refused") << QStringList{QStringLiteral("-tls1_1"), QStringLiteral("-cipher"),
                                                    QStringLiteral("DEFAULT:@SECLEVEL=0")}
                                     << false;
    QTest::newRow("TLS 1.2 accepted") << QStringList{QStringLiteral("-tls1_2")} << true;
    QTest::newRow("TLS 1.3 accepted") << QStringList{QStringLiteral("-tls1_3")} << true;
}

void HarnessTest::refusesTlsBelowVersion12()
{
    QFETCH(QStringList, protocolArguments);
    QFETCH(bool, handshakeSucceeds);

    // QSslSocket on Qt 6.4 cannot even ask for TLS 1.1, so OpenSSL's own client probes the server.
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QVERIFY2(!openssl.isEmpty(), "openssl is listed in scripts/packages-test.txt");
    const HarnessConfig::Endpoint endpoint = m_config.endpoint(Service::ImplicitTls);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(openssl,
                  QStringList{QStringLiteral("s_client"), QStringLiteral("-brief"), QStringLiteral("-connect"),
                              m_config.host() + u':' + QString::number(endpoint.port), QStringLiteral("-servername"),
                              m_config.tlsHostName()}
                      + protocolArguments);
    QVERIFY(process.waitForStarted(10000));
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(20000));
    const QByteArray output = process.readAll();
    const bool established = process.exitCode() == 0 && output.contains("CONNECTION ESTABLISHED");
    QVERIFY2(established == handshakeSucceeds, output.constData());
}

void HarnessTest::authenticates_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<AuthMechanism>("mechanism");
    QTest::addColumn<QString>("userName");
    QTest::addColumn<Password>("password");
    QTest::addColumn<int>("expectedCode");
    QTest::addColumn<QByteArray>("expectedEnhancedCode");

    const QString alice = QStringLiteral("alice");
    const QString bob = QStringLiteral("bob");
    QTest::newRow("alice, PLAIN, right password")
        << Service::Submission << AuthMechanism::Plain << alice << Password::Correct << 235 << QByteArray("2.7.0");
    QTest::newRow("bob, LOGIN, right password")
        << Service::Submission << AuthMechanism::Login << bob << Password::Correct << 235 << QByteArray("2.7.0");
    QTest::newRow("alice, PLAIN, implicit TLS")
        << Service::ImplicitTls << AuthMechanism::Plain << alice << Password::Correct << 235 << QByteArray("2.7.0");
    QTest::newRow("alice, PLAIN, wrong password")
        << Service::Submission << AuthMechanism::Plain << alice << Password::Wrong << 535 << QByteArray("5.7.8");
    QTest::newRow("bob, LOGIN, wrong password")
        << Service::Submission << AuthMechanism::Login << bob << Password::Wrong << 535 << QByteArray("5.7.8");
    QTest::newRow("unknown user") << Service::Submission << AuthMechanism::Plain << QString() << Password::Wrong << 535
                                  << QByteArray("5.7.8");
}

void HarnessTest::authenticates()
{
    QFETCH(Service, service);
    QFETCH(AuthMechanism, mechanism);
    QFETCH(QString, userName);
    QFETCH(Password, password);
    QFETCH(int, expectedCode);
    QFETCH(QByteArray, expectedEnhancedCode);

    HarnessSmtpClient client;
    const QString problem = prepareSession(client, service, QString());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const HarnessConfig::User user = m_config.user(userName);
    const QString address = userName.isEmpty() ? u"nobody@" + m_config.domain() : user.address;
    const QString secret = password == Password::Correct ? user.password : user.password + u"-wrong";
    const HarnessSmtpReply reply = client.authenticate(mechanism, address, secret);
    QVERIFY2(reply.code == expectedCode, qPrintable(reply.text()));
    QCOMPARE(reply.enhancedCode(), expectedEnhancedCode);
}

void HarnessTest::answersRecipients_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<QString>("userName");
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<int>("expectedCode");
    QTest::addColumn<QByteArray>("expectedEnhancedCode");

    const QString alice = QStringLiteral("alice");
    QTest::newRow("unknown local user, plain port")
        << Service::Plain << QString() << QStringLiteral("nobody@kurier.test") << 550 << QByteArray("5.1.1");
    QTest::newRow("unknown local user, authenticated")
        << Service::Submission << alice << QStringLiteral("nobody@kurier.test") << 550 << QByteArray("5.1.1");
    QTest::newRow("outside domain without AUTH")
        << Service::Plain << QString() << QStringLiteral("someone@example.com") << 554 << QByteArray("5.7.1");
    QTest::newRow("local user without AUTH on a submission port")
        << Service::Submission << QString() << QStringLiteral("bob@kurier.test") << 530 << QByteArray("5.7.0");
    QTest::newRow("local user, plain port")
        << Service::Plain << QString() << QStringLiteral("bob@kurier.test") << 250 << QByteArray("2.1.5");
    QTest::newRow("outside domain with AUTH")
        << Service::Submission << alice << QStringLiteral("someone@example.com") << 250 << QByteArray("2.1.5");
}

void HarnessTest::answersRecipients()
{
    QFETCH(Service, service);
    QFETCH(QString, userName);
    QFETCH(QString, recipient);
    QFETCH(int, expectedCode);
    QFETCH(QByteArray, expectedEnhancedCode);

    HarnessSmtpClient client;
    const QString problem = prepareSession(client, service, userName);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const HarnessSmtpReply mail = client.command("MAIL FROM:<alice@kurier.test>");
    QVERIFY2(mail.code == 250, qPrintable(mail.text()));
    const HarnessSmtpReply reply = client.command("RCPT TO:<" + recipient.toUtf8() + '>');
    QVERIFY2(reply.code == expectedCode, qPrintable(reply.text()));
    QCOMPARE(reply.enhancedCode(), expectedEnhancedCode);
}

void HarnessTest::deliversToMaildir_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<QString>("senderName");
    QTest::addColumn<QString>("userName");
    QTest::addColumn<QString>("recipientName");

    const QString alice = QStringLiteral("alice");
    const QString bob = QStringLiteral("bob");
    QTest::newRow("plain port, no AUTH, to bob") << Service::Plain << alice << QString() << bob;
    QTest::newRow("submission as alice, to bob") << Service::Submission << alice << alice << bob;
    QTest::newRow("implicit TLS as bob, to alice") << Service::ImplicitTls << bob << bob << alice;
}

void HarnessTest::deliversToMaildir()
{
    QFETCH(Service, service);
    QFETCH(QString, senderName);
    QFETCH(QString, userName);
    QFETCH(QString, recipientName);

    const HarnessConfig::User sender = m_config.user(senderName);
    const HarnessConfig::User recipient = m_config.user(recipientName);
    const QByteArray marker = newMarker();

    HarnessSmtpClient client;
    const QString problem = prepareSession(client, service, userName);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const HarnessSmtpReply reply
        = client.sendMail(sender.address, {recipient.address}, makeMessage(sender.address, recipient.address, marker));
    QVERIFY2(reply.code == 250, qPrintable(reply.text() + u' ' + client.errorString()));

    const HarnessMaildir maildir(recipient.maildir);
    QTRY_VERIFY_WITH_TIMEOUT(!maildir.findMessage(marker).isEmpty(), DeliveryTimeoutMilliseconds);
    const QByteArray delivered = maildir.findMessage(marker);
    QVERIFY(delivered.contains(QByteArray("Delivered-To: " + recipient.address.toUtf8())));
    QVERIFY(delivered.contains(QByteArray("Subject: harness test " + marker)));
}

void HarnessTest::discardsOutsideMail()
{
    const HarnessConfig::User alice = m_config.user(QStringLiteral("alice"));
    const QString outside = QStringLiteral("carol@example.com");
    HarnessSmtpClient client;
    const QString problem = prepareSession(client, Service::Submission, alice.name);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const HarnessSmtpReply reply
        = client.sendMail(alice.address, {outside}, makeMessage(alice.address, outside, newMarker()));
    QVERIFY2(reply.code == 250, qPrintable(reply.text()));

    // "250 2.0.0 Ok: queued as 4ABCDEF": the queue id ties the message to its log lines.
    const QRegularExpressionMatch queued
        = QRegularExpression(QStringLiteral("queued as ([0-9A-Za-z]+)")).match(QString::fromUtf8(reply.lines.value(0)));
    QVERIFY2(queued.hasMatch(), qPrintable(reply.text()));
    const QByteArray expected = queued.captured(1).toUtf8() + ": to=<" + outside.toUtf8() + ">, relay=none";
    const auto logShowsDiscard = [&] {
        QFile log(m_config.postfixLogPath());
        if (!log.open(QIODevice::ReadOnly)) {
            return false;
        }
        const QByteArrayList lines = log.readAll().split('\n');
        return std::any_of(lines.cbegin(), lines.cend(), [&](const QByteArray &line) {
            return line.contains(expected) && line.contains("status=sent (outside mail is discarded");
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(logShowsDiscard(), DeliveryTimeoutMilliseconds);
}

void HarnessTest::enforcesSizeLimitPerPort_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<bool>("declareSize");
    QTest::addColumn<double>("sizeFactor"); // message size as a multiple of the size-limited port's limit
    QTest::addColumn<int>("expectedCode");
    QTest::addColumn<QByteArray>("expectedEnhancedCode");

    QTest::newRow("too large, SIZE declared") << Service::SizeLimited << true << 1.5 << 552 << QByteArray("5.3.4");
    QTest::newRow("too large, not declared") << Service::SizeLimited << false << 1.5 << 552 << QByteArray("5.3.4");
    QTest::newRow("half the limit") << Service::SizeLimited << true << 0.5 << 250 << QByteArray("2.0.0");
    QTest::newRow("same large message on submission")
        << Service::Submission << true << 1.5 << 250 << QByteArray("2.0.0");
}

void HarnessTest::enforcesSizeLimitPerPort()
{
    QFETCH(Service, service);
    QFETCH(bool, declareSize);
    QFETCH(double, sizeFactor);
    QFETCH(int, expectedCode);
    QFETCH(QByteArray, expectedEnhancedCode);

    const HarnessConfig::User alice = m_config.user(QStringLiteral("alice"));
    const HarnessConfig::User bob = m_config.user(QStringLiteral("bob"));
    const qint64 limit = m_config.endpoint(Service::SizeLimited).messageSizeLimit;
    const QByteArray message
        = makeMessage(alice.address, bob.address, newMarker(), qsizetype(double(limit) * sizeFactor));

    HarnessSmtpClient client;
    const QString problem = prepareSession(client, service, alice.name);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QByteArray mailCommand = "MAIL FROM:<" + alice.address.toUtf8() + '>';
    if (declareSize) {
        mailCommand += " SIZE=" + QByteArray::number(message.size());
    }
    HarnessSmtpReply reply = client.command(mailCommand);
    if (reply.code == 250) {
        QCOMPARE(client.command("RCPT TO:<" + bob.address.toUtf8() + '>').code, 250);
        QCOMPARE(client.command("DATA").code, 354);
        reply = client.sendData(message);
    }
    QVERIFY2(reply.code == expectedCode, qPrintable(reply.text() + u' ' + client.errorString()));
    QCOMPARE(reply.enhancedCode(), expectedEnhancedCode);
}

QTEST_GUILESS_MAIN(HarnessTest)
#include "harnesstest.moc"
