// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/diagnostics/testkeys.h"
#include "tests/support/localdnsserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace
{

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

// `kurier check-domain` end to end: the real executable asking a real DNS server (dnsmasq on
// loopback) chosen with KURIER_DNS_SERVER.
class CheckDomainCommandTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void printsTheJsonContract();
    void printsAReadableReport();
    void reportsAMissingDomain();
    void refusesABadDnsServer();
    void needsOneDomain();

private:
    Run run(const QStringList &arguments, const QString &dnsServer = QString());

    LocalDnsServer m_dns{QHostAddress(QStringLiteral("127.0.61.53"))};
    QTemporaryDir m_home;
};

void CheckDomainCommandTest::initTestCase()
{
    QVERIFY2(QByteArray(KURIER_BINARY).size() > 0, "tests need the kurier executable (KURIER_BUILD_UI=ON)");
    m_dns.addMx(QStringLiteral("shop.test"), QStringLiteral("mx.shop.test"), 5);
    m_dns.addTxt(QStringLiteral("shop.test"), {QStringLiteral("v=spf1 mx +all")});
    m_dns.addTxt(QStringLiteral("_dmarc.shop.test"), {QStringLiteral("v=DMARC1; p=none")});
    const QString key = QStringLiteral("v=DKIM1; k=rsa; p=") + QLatin1String(TestKeys::rsa2048);
    m_dns.addTxt(QStringLiteral("s1._domainkey.shop.test"), {key.left(200), key.mid(200)});
    QVERIFY2(m_dns.start(), qPrintable(m_dns.errorString()));
}

Run CheckDomainCommandTest::run(const QStringList &arguments, const QString &dnsServer)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KURIER_DNS_SERVER"),
                       dnsServer.isNull() ? m_dns.address().toString() : dnsServer);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path());
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(KURIER_BINARY), QStringList{QStringLiteral("check-domain")} + arguments);
    process.closeWriteChannel();
    Run result;
    if (!process.waitForStarted(10000) || (finished.isEmpty() && !finished.wait(30000))) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void CheckDomainCommandTest::printsTheJsonContract()
{
    const Run result = run({QStringLiteral("shop.test"), QStringLiteral("--json"), QStringLiteral("--dkim-selector"),
                            QStringLiteral("s1")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value(QLatin1String("domain")).toString(), QStringLiteral("shop.test"));
    const QJsonArray mx = json.value(QLatin1String("mx")).toArray();
    QCOMPARE(mx.size(), 1);
    QCOMPARE(mx.first().toObject().value(QLatin1String("host")).toString(), QStringLiteral("mx.shop.test"));
    const QJsonObject spf = json.value(QLatin1String("spf")).toObject();
    QCOMPARE(spf.value(QLatin1String("record")).toString(), QStringLiteral("v=spf1 mx +all"));
    QCOMPARE(spf.value(QLatin1String("verdict")).toString(), QStringLiteral("problem"));
    QVERIFY(spf.value(QLatin1String("detail")).toString().contains(QLatin1String("+all")));
    QCOMPARE(json.value(QLatin1String("dmarc")).toObject().value(QLatin1String("verdict")).toString(),
             QStringLiteral("warning"));
    const QJsonObject dkim = json.value(QLatin1String("dkim")).toObject();
    QCOMPARE(dkim.value(QLatin1String("verdict")).toString(), QStringLiteral("ok"));
    QCOMPARE(dkim.value(QLatin1String("selector")).toString(), QStringLiteral("s1"));
    QCOMPARE(json.value(QLatin1String("verdict")).toString(), QStringLiteral("problem"));
}

void CheckDomainCommandTest::printsAReadableReport()
{
    const Run result = run({QStringLiteral("ola@shop.test")});
    QCOMPARE(result.exitCode, 0);
    const QString text = QString::fromUtf8(result.out);
    QVERIFY2(text.startsWith(QLatin1String("shop.test has problems")), result.out.constData());
    QVERIFY(text.contains(QLatin1String("SPF: problem")));
    QVERIFY(text.contains(QLatin1String("DKIM: not checked")));
    QVERIFY(text.contains(QLatin1String("Why it matters:")));
}

void CheckDomainCommandTest::reportsAMissingDomain()
{
    const Run result = run({QStringLiteral("no-such-domain.test")});
    QCOMPARE(result.exitCode, 68);
    QVERIFY(result.out.contains("does not exist"));
}

void CheckDomainCommandTest::refusesABadDnsServer()
{
    const Run result = run({QStringLiteral("shop.test")}, QStringLiteral("not-an-address"));
    QCOMPARE(result.exitCode, 64);
    QVERIFY(result.err.contains("KURIER_DNS_SERVER"));
}

void CheckDomainCommandTest::needsOneDomain()
{
    QCOMPARE(run({}).exitCode, 64);
    QCOMPARE(run({QStringLiteral("a.test"), QStringLiteral("b.test")}).exitCode, 64);
}

QTEST_GUILESS_MAIN(CheckDomainCommandTest)
#include "checkdomaincommandtest.moc"
