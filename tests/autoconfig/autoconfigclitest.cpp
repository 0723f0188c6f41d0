// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/localdnsserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `kurier autoconfig` end to end: the real binary, its DNS server and ISPDB taken from the
// environment (KURIER_DNS_SERVER, KURIER_ISPDB_URL) exactly as a user would set them.
class AutoconfigCliTest : public QObject
{
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        qint64 elapsedMs = 0;
    };

    Run kurier(const QStringList &arguments, const QHostAddress &dnsServer)
    {
        return kurierCommand(QStringList{u"autoconfig"_s} + arguments, dnsServer);
    }

    Run kurierCommand(const QStringList &arguments, const QHostAddress &dnsServer)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_CONFIG_HOME"_s, m_home.path());
        environment.insert(u"XDG_DATA_HOME"_s, m_home.path());
        environment.insert(u"KURIER_DNS_SERVER"_s, dnsServer.toString());
        environment.insert(u"KURIER_ISPDB_URL"_s, u"https://ispdb.test/v1.1/"_s);
        environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        process.setProcessEnvironment(environment);
        QElapsedTimer clock;
        clock.start();
        process.start(QStringLiteral(KURIER_BINARY), arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
        }
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError(), clock.elapsed()};
    }

    QTemporaryDir m_home;
    const QHostAddress m_dns{u"127.0.56.53"_s};

private Q_SLOTS:
    void initTestCase()
    {
        if (QByteArray(KURIER_BINARY).isEmpty()) {
            QSKIP("the kurier executable is not built (KURIER_BUILD_UI=OFF)");
        }
        QVERIFY(m_home.isValid());
    }

    void printsTheContractJson()
    {
        LocalDnsServer dns(m_dns);
        dns.addSrv(u"_submissions._tcp.srv.test"_s, u"mail.srv.test"_s, 465);
        QVERIFY2(dns.start(), qPrintable(dns.errorString()));
        const Run run = kurier({u"ola@srv.test"_s, u"--json"_s}, m_dns);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
        for (const char *key : {"email", "settings", "source", "trusted", "needs_confirmation", "alternatives", "hints",
                                "elapsed_ms", "sources"}) {
            QVERIFY2(json.contains(QLatin1String(key)), key);
        }
        QCOMPARE(json.value(u"email").toString(), u"ola@srv.test"_s);
        QCOMPARE(json.value(u"source").toString(), u"srv"_s);
        QCOMPARE(json.value(u"trusted").toBool(), false);
        QCOMPARE(json.value(u"needs_confirmation").toBool(), true);
        const QJsonObject settings = json.value(u"settings").toObject();
        QCOMPARE(settings.value(u"host").toString(), u"mail.srv.test"_s);
        QCOMPARE(settings.value(u"port").toInt(), 465);
        QCOMPARE(settings.value(u"security").toString(), u"tls"_s);
        QCOMPARE(settings.value(u"auth").toString(), u"auto"_s);
        QCOMPARE(settings.value(u"username").toString(), u"ola@srv.test"_s);
        const QJsonArray sources = json.value(u"sources").toArray();
        QCOMPARE(sources.size(), 9);
        for (const QJsonValue &source : sources) {
            const QJsonObject object = source.toObject();
            QVERIFY(object.contains(u"name") && object.contains(u"state") && object.contains(u"detail")
                    && object.contains(u"elapsed_ms"));
        }
        QCOMPARE(sources.first().toObject().value(u"name").toString(), u"bundled"_s);
    }

    void saysWhenNothingIsFound()
    {
        LocalDnsServer dns(m_dns);
        QVERIFY2(dns.start(), qPrintable(dns.errorString()));
        const Run run = kurier({u"ola@nowhere.test"_s, u"--json"_s}, m_dns);
        QCOMPARE(run.exitCode, 69);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QVERIFY(json.value(u"settings").isNull());
        QVERIFY(json.value(u"source").isNull());
        QCOMPARE(json.value(u"trusted").toBool(), false);

        const Run text = kurier({u"ola@nowhere.test"_s}, m_dns);
        QCOMPARE(text.exitCode, 69);
        QVERIFY(text.out.contains("No settings were found for ola@nowhere.test"));
        QVERIFY(text.out.contains("does not exist in DNS"));
    }

    // Every server exists but never says a word (TCP connects, then silence): the worst case a
    // user meets behind a broken network. The search must still end in bounded time, and
    // --timeout must cut it shorter.
    void endsInBoundedTimeWhenNothingAnswers()
    {
        const QHostAddress silent(u"127.0.56.60"_s);
        LocalDnsServer dns(m_dns);
        for (const QString &host : {u"autoconfig.silent.test"_s, u"silent.test"_s, u"smtp.silent.test"_s,
                                    u"mail.silent.test"_s, u"autodiscover.silent.test"_s, u"ispdb.test"_s}) {
            dns.addAddress(host, silent);
        }
        QVERIFY2(dns.start(), qPrintable(dns.errorString()));
        // The kernel completes the handshakes from the listen backlog; nobody ever answers.
        QList<QTcpServer *> servers;
        for (const quint16 port : {quint16(443), quint16(465), quint16(587), quint16(25)}) {
            auto *server = new QTcpServer(this);
            QVERIFY(server->listen(silent, port));
            servers.append(server);
        }

        const Run limited = kurier({u"ola@silent.test"_s, u"--json"_s, u"--timeout"_s, u"1"_s}, m_dns);
        QCOMPARE(limited.exitCode, 69);
        QVERIFY2(limited.elapsedMs < 3000, QByteArray::number(limited.elapsedMs).constData());
        const QJsonArray sources = QJsonDocument::fromJson(limited.out).object().value(u"sources").toArray();
        QCOMPARE(sources[1].toObject().value(u"state").toString(), u"failed"_s);

        const Run unlimited = kurier({u"ola@silent.test"_s}, m_dns);
        QCOMPARE(unlimited.exitCode, 69);
        QVERIFY2(unlimited.elapsedMs < 10000, QByteArray::number(unlimited.elapsedMs).constData());
        QVERIFY(unlimited.out.contains("did not answer in time"));
        qDeleteAll(servers);
    }

    // `kurier account add EMAIL` without --host takes trusted settings from discovery...
    void accountAddUsesTrustedDiscovery()
    {
        LocalDnsServer dns(m_dns);
        QVERIFY2(dns.start(), qPrintable(dns.errorString()));
        const Run add = kurierCommand({u"account"_s, u"add"_s, u"ola@interia.pl"_s, u"--autoconfig"_s}, m_dns);
        QVERIFY2(add.exitCode == 0, add.err.constData());
        QCOMPARE(add.out.trimmed(), QByteArray("ola-interia-pl"));
        const Run list = kurierCommand({u"account"_s, u"list"_s, u"--json"_s}, m_dns);
        const QJsonArray accounts = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.first().toObject().value(u"host").toString(), u"poczta.interia.pl"_s);
        QCOMPARE(accounts.first().toObject().value(u"security").toString(), u"tls"_s);
        QCOMPARE(accounts.first().toObject().value(u"username").toString(), u"ola@interia.pl"_s);
        QVERIFY(kurierCommand({u"account"_s, u"remove"_s, u"ola-interia-pl"_s}, m_dns).exitCode == 0);
    }

    // ...but never settings that need the user's yes: it says why and how to accept them.
    void accountAddRefusesSettingsThatNeedConfirmation()
    {
        LocalDnsServer dns(m_dns);
        dns.addSrv(u"_submissions._tcp.srv.test"_s, u"mail.srv.test"_s, 465);
        QVERIFY2(dns.start(), qPrintable(dns.errorString()));
        const Run add = kurierCommand({u"account"_s, u"add"_s, u"ola@srv.test"_s}, m_dns);
        QCOMPARE(add.exitCode, 78);
        QVERIFY(add.out.isEmpty());
        QVERIFY2(add.err.contains("--host mail.srv.test --port 465 --security tls"), add.err.constData());
        QVERIFY(add.err.contains("Found through DNS"));
        const Run list = kurierCommand({u"account"_s, u"list"_s, u"--json"_s}, m_dns);
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 0);
    }

    void refusesBadUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no address") << QStringList{};
        QTest::newRow("two addresses") << QStringList{u"a@b.test"_s, u"c@d.test"_s};
        QTest::newRow("not an address") << QStringList{u"ola.wp.pl"_s};
        QTest::newRow("negative timeout") << QStringList{u"ola@wp.pl"_s, u"--timeout"_s, u"-3"_s};
        QTest::newRow("unknown option") << QStringList{u"ola@wp.pl"_s, u"--fast"_s};
    }

    void refusesBadUsage()
    {
        QFETCH(QStringList, arguments);
        const Run run = kurier(arguments, m_dns);
        QCOMPARE(run.exitCode, 64);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(AutoconfigCliTest)
#include "autoconfigclitest.moc"
