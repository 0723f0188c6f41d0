// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `kurier send` end to end, as scripts and cron use it: the built binary, accounts made with
// `kurier account add --password-stdin` (so the password lives only in the private keyring
// of tests/harness/with-keyring.sh), and the real Postfix harness receiving the mail. Checks
// the sendmail-compatible form (-t, -f, -i, recipients as arguments), the compose form, the
// sysexits statuses of the command-line contract and the redacted --verbose transcript.

#include "tests/cli/childprocess.h"
#include "tests/support/harnessconfig.h"
#include "tests/support/harnessmaildir.h"

#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using Service = HarnessConfig::Service;

namespace
{

constexpr int DeliveryTimeoutMs = 20000;

QByteArray newMarker()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

} // namespace

class SendCommandTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void initTestCase();
    void cleanupTestCase();
    void sendmailFormWithRecipientsFromHeaders();
    void sendmailFormWithArgumentsAndDots();
    void sendmailFormStopsAtLoneDotWithoutI();
    void composeFormWithAttachment();
    void verboseTranscriptIsRedacted();
    void exitStatuses_data();
    void exitStatuses();
    void refusesOverlongLinesBeforeConnecting();

private:
    QProcessEnvironment environment() const;
    ChildProcess kurier(const QStringList &arguments, const QByteArray &input = {}) const;
    void addAccount(const QString &id, Service service, const QString &user, const QString &password,
                    const QString &auth = QStringLiteral("plain"));
    QByteArray waitForDelivery(const QString &user, const QByteArray &marker) const;
    QByteArray message(const QByteArray &marker, const QByteArray &extraHeaders = {},
                       const QByteArray &body = {}) const;

    HarnessConfig m_config;
    std::unique_ptr<QTemporaryDir> m_root;
};

void SendCommandTest::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(KURIER_BINARY)).isExecutable(), "the kurier binary has not been built");
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "No D-Bus session: run this test through tests/harness/with-keyring.sh (ctest does).");
    m_config = HarnessConfig::load(QStringLiteral(KURIER_HARNESS_STATE_DIR));
    QVERIFY2(m_config.isValid(), qPrintable(m_config.errorString()));
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(m_root->isValid());
    const QString alice = m_config.user(QStringLiteral("alice")).address;
    const QString password = m_config.user(QStringLiteral("alice")).password;
    addAccount(QStringLiteral("alice"), Service::Submission, alice, password);
    addAccount(QStringLiteral("alice-tls"), Service::ImplicitTls, alice, password, QStringLiteral("login"));
    addAccount(QStringLiteral("alice-small"), Service::SizeLimited, alice, password);
    addAccount(QStringLiteral("alice-wrong"), Service::Submission, alice, QStringLiteral("not-the-password"));
    addAccount(QStringLiteral("alice-plain"), Service::Plain, alice, QString(), QStringLiteral("none"));
    addAccount(QStringLiteral("alice-nopassword"), Service::Submission, alice, QString());
}

void SendCommandTest::cleanupTestCase()
{
    for (const QString &id :
         {QStringLiteral("alice"), QStringLiteral("alice-tls"), QStringLiteral("alice-small"),
          QStringLiteral("alice-wrong"), QStringLiteral("alice-plain"), QStringLiteral("alice-nopassword")}) {
        kurier({QStringLiteral("account"), QStringLiteral("remove"), id});
    }
}

QProcessEnvironment SendCommandTest::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_root->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_root->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_root->filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    env.insert(QStringLiteral("QT_FORCE_STDERR_LOGGING"), QStringLiteral("1"));
    return env;
}

ChildProcess SendCommandTest::kurier(const QStringList &arguments, const QByteArray &input) const
{
    return ChildProcess::run(QStringLiteral(KURIER_BINARY), arguments, environment(), input, 60000);
}

void SendCommandTest::addAccount(const QString &id, Service service, const QString &user, const QString &password,
                                 const QString &auth)
{
    const HarnessConfig::Endpoint endpoint = m_config.endpoint(service);
    const QString security = endpoint.security == HarnessConfig::Security::ImplicitTls ? QStringLiteral("tls")
        : endpoint.security == HarnessConfig::Security::StartTls                       ? QStringLiteral("starttls")
                                                                                       : QStringLiteral("none");
    QStringList arguments{QStringLiteral("account"),
                          QStringLiteral("add"),
                          user,
                          QStringLiteral("--id"),
                          id,
                          QStringLiteral("--host"),
                          m_config.tlsHostName(),
                          QStringLiteral("--port"),
                          QString::number(endpoint.port),
                          QStringLiteral("--security"),
                          security,
                          QStringLiteral("--auth"),
                          auth};
    if (auth != QLatin1String("none")) {
        arguments += {QStringLiteral("--username"), user};
    }
    if (!password.isEmpty()) {
        arguments += QStringLiteral("--password-stdin");
    }
    const ChildProcess added = kurier(arguments, password.toUtf8());
    QVERIFY2(added.finished && added.exitCode == 0, added.err.constData());
}

QByteArray SendCommandTest::waitForDelivery(const QString &user, const QByteArray &marker) const
{
    const HarnessMaildir maildir(m_config.user(user).maildir);
    QByteArray found;
    const bool arrived = QTest::qWaitFor(
        [&] {
            found = maildir.findMessage(marker);
            return !found.isEmpty();
        },
        DeliveryTimeoutMs);
    return arrived ? found : QByteArray();
}

QByteArray SendCommandTest::message(const QByteArray &marker, const QByteArray &extraHeaders,
                                    const QByteArray &body) const
{
    // LF line ends, as scripts write them: Kurier sends CRLF on the wire.
    return "From: Alice <" + m_config.user(QStringLiteral("alice")).address.toUtf8() + ">\n" + extraHeaders
        + "Subject: kurier send " + marker + "\nMessage-ID: <" + marker + "@kurier.test>\n\n" + "Marker " + marker
        + "\n" + body;
}

void SendCommandTest::sendmailFormWithRecipientsFromHeaders()
{
    const QByteArray marker = newMarker();
    const QByteArray bob = m_config.user(QStringLiteral("bob")).address.toUtf8();
    const QByteArray alice = m_config.user(QStringLiteral("alice")).address.toUtf8();
    const ChildProcess run = kurier({QStringLiteral("send"), QStringLiteral("-t"), QStringLiteral("-i")},
                                    message(marker, "To: Bob <" + bob + ">\nBcc: " + alice + "\n"));
    QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.isEmpty()); // quiet on success, like sendmail
    const QByteArray atBob = waitForDelivery(QStringLiteral("bob"), marker);
    const QByteArray atAlice = waitForDelivery(QStringLiteral("alice"), marker);
    QVERIFY(!atBob.isEmpty());
    QVERIFY(!atAlice.isEmpty());
    // -t removes Bcc before sending.
    QVERIFY(!atBob.contains("\nBcc:"));
    QVERIFY(!atAlice.contains("\nBcc:"));
}

void SendCommandTest::sendmailFormWithArgumentsAndDots()
{
    const QByteArray marker = newMarker();
    const QByteArray body = "first\n.\n..two\n.leading dot\nlast\n";
    const ChildProcess run
        = kurier({QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("alice-tls"),
                  QStringLiteral("-i"), QStringLiteral("-f"), m_config.user(QStringLiteral("alice")).address,
                  m_config.user(QStringLiteral("bob")).address},
                 message(marker, {}, body));
    QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
    const QByteArray delivered = waitForDelivery(QStringLiteral("bob"), marker);
    QVERIFY(delivered.endsWith(body)); // every dot line arrives as written
    QVERIFY(delivered.contains(
        QByteArray("Return-Path: <" + m_config.user(QStringLiteral("alice")).address.toUtf8() + ">")));
}

void SendCommandTest::sendmailFormStopsAtLoneDotWithoutI()
{
    const QByteArray marker = newMarker();
    const ChildProcess run = kurier({QStringLiteral("send"), m_config.user(QStringLiteral("bob")).address},
                                    message(marker, {}, "kept\n.\nnot part of the message\n"));
    QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
    const QByteArray delivered = waitForDelivery(QStringLiteral("bob"), marker);
    QVERIFY(delivered.endsWith("kept\n"));
    QVERIFY(!delivered.contains("not part of the message"));
}

void SendCommandTest::composeFormWithAttachment()
{
    const QByteArray marker = newMarker();
    QFile attachment(m_root->filePath(QStringLiteral("report.bin")));
    QVERIFY(attachment.open(QIODevice::WriteOnly));
    QByteArray bytes;
    for (int i = 0; i < 70000; ++i) {
        bytes.append(char(i * 7 % 256));
    }
    attachment.write(bytes);
    attachment.close();
    const ChildProcess run
        = kurier({QStringLiteral("send"), QStringLiteral("--to"), m_config.user(QStringLiteral("bob")).address,
                  QStringLiteral("--subject"), QStringLiteral("compose ") + QString::fromLatin1(marker),
                  QStringLiteral("--attach"), attachment.fileName()},
                 "Zażółć gęślą jaźń.\n");
    QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
    const QByteArray delivered = waitForDelivery(QStringLiteral("bob"), marker);
    QVERIFY(!delivered.isEmpty());
    QVERIFY(delivered.contains("report.bin"));
    QVERIFY(delivered.contains(bytes.toBase64().left(76)));
}

void SendCommandTest::verboseTranscriptIsRedacted()
{
    const QByteArray marker = newMarker();
    const ChildProcess run
        = kurier({QStringLiteral("send"), QStringLiteral("--verbose"), m_config.user(QStringLiteral("bob")).address},
                 message(marker));
    QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.contains("C: EHLO"));
    QVERIFY(run.err.contains("C: STARTTLS"));
    QVERIFY(run.err.contains("TLS C: AUTH PLAIN [initial response redacted]"));
    QVERIFY(run.err.contains("S: 235"));
    QVERIFY(run.err.contains("queued as"));
    const QByteArray password = m_config.user(QStringLiteral("alice")).password.toUtf8();
    QVERIFY(!run.err.contains(password));
    QVERIFY(!run.err.contains(
        QByteArray('\0' + m_config.user(QStringLiteral("alice")).address.toUtf8() + '\0' + password).toBase64()));
    QVERIFY(!run.out.contains(password));
}

void SendCommandTest::exitStatuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("stderrHas");

    QTest::newRow("wrong password: 77") << QStringList{QStringLiteral("--account"), QStringLiteral("alice-wrong")}
                                        << QStringLiteral("bob") << 77 << QByteArray("535");
    QTest::newRow("unknown recipient: 67")
        << QStringList{} << QStringLiteral("nobody") << 67 << QByteArray("User unknown");
    QTest::newRow("size-limited port: 69") << QStringList{QStringLiteral("--account"), QStringLiteral("alice-small")}
                                           << QStringLiteral("big") << 69 << QByteArray("MessageTooLarge");
    QTest::newRow("relay without AUTH: 67") << QStringList{QStringLiteral("--account"), QStringLiteral("alice-plain")}
                                            << QStringLiteral("outside") << 67 << QByteArray("Relay access denied");
    QTest::newRow("no password stored: 78")
        << QStringList{QStringLiteral("--account"), QStringLiteral("alice-nopassword")} << QStringLiteral("bob") << 78
        << QByteArray("alice-nopassword");
    QTest::newRow("no recipient: 64") << QStringList{} << QString() << 64 << QByteArray();
}

void SendCommandTest::exitStatuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, recipient);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, stderrHas);
    const QByteArray marker = newMarker();
    QByteArray body;
    QStringList all = QStringList{QStringLiteral("send")} + arguments;
    if (recipient == QLatin1String("bob")) {
        all.append(m_config.user(QStringLiteral("bob")).address);
    } else if (recipient == QLatin1String("nobody")) {
        all.append(QStringLiteral("nobody@") + m_config.domain());
    } else if (recipient == QLatin1String("outside")) {
        all.append(QStringLiteral("someone@outside.example"));
    } else if (recipient == QLatin1String("big")) {
        all.append(m_config.user(QStringLiteral("bob")).address);
        for (int i = 0; i < 2000; ++i) {
            body += QByteArray(70, 'b') + '\n';
        }
    }
    const ChildProcess run = kurier(all, message(marker, {}, body));
    QVERIFY(run.finished);
    QVERIFY2(run.exitCode == exitCode, run.err.constData());
    QVERIFY2(run.err.contains(stderrHas), run.err.constData());
    QVERIFY(!run.err.contains(m_config.user(QStringLiteral("alice")).password.toUtf8()));
}

void SendCommandTest::refusesOverlongLinesBeforeConnecting()
{
    const ChildProcess run = kurier({QStringLiteral("send"), m_config.user(QStringLiteral("bob")).address},
                                    message(newMarker(), {}, QByteArray(1200, 'x') + '\n'));
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 65);
    QVERIFY(run.err.contains("998"));
}

void SendCommandTest::init()
{
    // Unexpected warnings are failures.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

QTEST_GUILESS_MAIN(SendCommandTest)
#include "sendcommandtest.moc"
