// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/diagnostics/domainhealthcheck.h"
#include "tests/diagnostics/testkeys.h"
#include "tests/support/localdnsserver.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Diagnostics;
using Verdict = DomainHealthReport::Verdict;

Q_DECLARE_METATYPE(Diagnostics::DomainHealthReport)

namespace
{

const QHostAddress DnsAddress(QStringLiteral("127.0.60.53"));
const QHostAddress SilentAddress(QStringLiteral("127.0.60.99"));

// A DKIM key is longer than one TXT string (255 bytes) may be, so it is published in parts.
QStringList dkimStrings(const char *key)
{
    const QString record = QStringLiteral("v=DKIM1; k=rsa; p=") + QLatin1String(key);
    QStringList parts;
    for (qsizetype i = 0; i < record.size(); i += 200) {
        parts.append(record.mid(i, 200));
    }
    return parts;
}

QString describe(Verdict verdict)
{
    return DomainHealthReport::verdictId(verdict);
}

} // namespace

// The sender-domain check against a real DNS server (dnsmasq on loopback) publishing good,
// weak and broken records.
class DomainHealthCheckTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void checksDomains_data();
    void checksDomains();
    void reportsAWellSetUpDomain();
    void followsIncludesToCountLookUps();
    void usesTheOrganisationalDomainsDmarc();
    void findsKeysForKnownProviders();
    void reportsAMissingDomain();
    void reportsAServerThatDoesNotAnswer();

private:
    DomainHealthReport check(const QString &domain, const QStringList &selectors = {},
                             const QHostAddress &server = DnsAddress,
                             std::chrono::milliseconds timeout = std::chrono::seconds(15));

    LocalDnsServer m_dns{DnsAddress};
};

void DomainHealthCheckTest::initTestCase()
{
    qRegisterMetaType<Diagnostics::DomainHealthReport>();
    // A well set-up domain.
    m_dns.addMx(QStringLiteral("good.test"), QStringLiteral("mx1.good.test"), 10);
    m_dns.addMx(QStringLiteral("good.test"), QStringLiteral("mx2.good.test"), 20);
    m_dns.addTxt(QStringLiteral("good.test"), {QStringLiteral("google-site-verification=abc123")});
    m_dns.addTxt(QStringLiteral("good.test"),
                 {QStringLiteral("v=spf1 ip4:192.0.2.0/24 include:_spf.provider.test -all")});
    m_dns.addTxt(QStringLiteral("_spf.provider.test"), {QStringLiteral("v=spf1 ip4:198.51.100.0/24 ~all")});
    m_dns.addTxt(QStringLiteral("_dmarc.good.test"),
                 {QStringLiteral("v=DMARC1; p=reject; rua=mailto:dmarc@good.test")});
    m_dns.addTxt(QStringLiteral("mail._domainkey.good.test"), dkimStrings(TestKeys::rsa2048));
    // Everyone may send; no DMARC; no MX.
    m_dns.addTxt(QStringLiteral("plusall.test"), {QStringLiteral("v=spf1 +all")});
    // Too many look-ups once the includes are followed: 4 + 4 + 3 + 2 = 13.
    m_dns.addMx(QStringLiteral("toomany.test"), QStringLiteral("mx.toomany.test"));
    m_dns.addTxt(QStringLiteral("toomany.test"),
                 {QStringLiteral("v=spf1 include:a.toomany.test include:b.toomany.test mx a -all")});
    m_dns.addTxt(QStringLiteral("a.toomany.test"), {QStringLiteral("v=spf1 include:c.toomany.test a mx ptr ~all")});
    m_dns.addTxt(QStringLiteral("b.toomany.test"), {QStringLiteral("v=spf1 a mx exists:x.toomany.test ~all")});
    m_dns.addTxt(QStringLiteral("c.toomany.test"), {QStringLiteral("v=spf1 a mx ~all")});
    m_dns.addTxt(QStringLiteral("_dmarc.toomany.test"), {QStringLiteral("v=DMARC1; p=quarantine; pct=50")});
    // Two SPF records and two DMARC records.
    m_dns.addMx(QStringLiteral("twice.test"), QStringLiteral("mx.twice.test"));
    m_dns.addTxt(QStringLiteral("twice.test"), {QStringLiteral("v=spf1 mx -all")});
    m_dns.addTxt(QStringLiteral("twice.test"), {QStringLiteral("v=spf1 a -all")});
    m_dns.addTxt(QStringLiteral("_dmarc.twice.test"), {QStringLiteral("v=DMARC1; p=none")});
    m_dns.addTxt(QStringLiteral("_dmarc.twice.test"), {QStringLiteral("v=DMARC1; p=reject")});
    // Broken syntax everywhere, and a revoked DKIM key.
    m_dns.addMx(QStringLiteral("broken.test"), QStringLiteral("mx.broken.test"));
    m_dns.addTxt(QStringLiteral("broken.test"), {QStringLiteral("v=spf1 ip4:999.1.1.1 foo:bar -all")});
    m_dns.addTxt(QStringLiteral("_dmarc.broken.test"), {QStringLiteral("v=DMARC1; p=sometimes")});
    m_dns.addTxt(QStringLiteral("old._domainkey.broken.test"), {QStringLiteral("v=DKIM1; k=rsa; p=")});
    // An include that points nowhere, neutral policies and short keys.
    m_dns.addMx(QStringLiteral("weak.test"), QStringLiteral("mx.weak.test"));
    m_dns.addTxt(QStringLiteral("weak.test"), {QStringLiteral("v=spf1 mx ?all")});
    m_dns.addTxt(QStringLiteral("_dmarc.weak.test"), {QStringLiteral("v=DMARC1; p=none")});
    m_dns.addTxt(QStringLiteral("k1024._domainkey.weak.test"), dkimStrings(TestKeys::rsa1024));
    m_dns.addTxt(QStringLiteral("k512._domainkey.weak.test"), dkimStrings(TestKeys::rsa512));
    m_dns.addMx(QStringLiteral("dangling.test"), QStringLiteral("mx.dangling.test"));
    m_dns.addTxt(QStringLiteral("dangling.test"), {QStringLiteral("v=spf1 include:gone.dangling.test -all")});
    // A subdomain covered by its organisational domain's DMARC record.
    m_dns.addMx(QStringLiteral("news.org.test"), QStringLiteral("mx.org.test"));
    m_dns.addTxt(QStringLiteral("news.org.test"), {QStringLiteral("v=spf1 mx -all")});
    m_dns.addTxt(QStringLiteral("_dmarc.org.test"), {QStringLiteral("v=DMARC1; p=none; rua=mailto:d@org.test")});
    // Mail hosted by Google: Kurier knows Google's selector.
    m_dns.addMx(QStringLiteral("hosted.test"), QStringLiteral("aspmx.l.google.com"), 1);
    m_dns.addTxt(QStringLiteral("hosted.test"), {QStringLiteral("v=spf1 include:_spf.provider.test ~all")});
    m_dns.addTxt(QStringLiteral("_dmarc.hosted.test"), {QStringLiteral("v=DMARC1; p=quarantine")});
    m_dns.addTxt(QStringLiteral("google._domainkey.hosted.test"), dkimStrings(TestKeys::rsa2048));
    QVERIFY2(m_dns.start(), qPrintable(m_dns.errorString()));
}

DomainHealthReport DomainHealthCheckTest::check(const QString &domain, const QStringList &selectors,
                                                const QHostAddress &server, std::chrono::milliseconds timeout)
{
    DomainHealthCheck::Options options;
    options.nameserver = server;
    options.dkimSelectors = selectors;
    options.timeout = timeout;
    DomainHealthCheck check(domain, options);
    QSignalSpy finished(&check, &DomainHealthCheck::finished);
    check.start();
    if (!finished.wait(20000) || finished.size() != 1) {
        qWarning() << m_dns.log();
        return {};
    }
    return finished.first().first().value<DomainHealthReport>();
}

void DomainHealthCheckTest::checksDomains_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("selectors");
    QTest::addColumn<int>("mx");
    QTest::addColumn<int>("spf");
    QTest::addColumn<int>("dmarc");
    QTest::addColumn<int>("dkim");
    QTest::addColumn<int>("overall");

    QTest::newRow("well set up") << QStringLiteral("good.test") << QStringList{QStringLiteral("mail")}
                                 << int(Verdict::Ok) << int(Verdict::Ok) << int(Verdict::Ok) << int(Verdict::Ok)
                                 << int(Verdict::Ok);
    QTest::newRow("+all, no DMARC, no MX")
        << QStringLiteral("plusall.test") << QStringList() << int(Verdict::Warning) << int(Verdict::Problem)
        << int(Verdict::Warning) << int(Verdict::NotChecked) << int(Verdict::Problem);
    QTest::newRow("more than 10 look-ups")
        << QStringLiteral("toomany.test") << QStringList() << int(Verdict::Ok) << int(Verdict::Problem)
        << int(Verdict::Ok) << int(Verdict::NotChecked) << int(Verdict::Problem);
    QTest::newRow("two SPF and two DMARC records")
        << QStringLiteral("twice.test") << QStringList() << int(Verdict::Ok) << int(Verdict::Problem)
        << int(Verdict::Problem) << int(Verdict::NotChecked) << int(Verdict::Problem);
    QTest::newRow("broken syntax and a revoked key")
        << QStringLiteral("broken.test") << QStringList{QStringLiteral("old")} << int(Verdict::Ok)
        << int(Verdict::Problem) << int(Verdict::Problem) << int(Verdict::Problem) << int(Verdict::Problem);
    QTest::newRow("neutral SPF, p=none, 1024-bit key")
        << QStringLiteral("weak.test") << QStringList{QStringLiteral("k1024")} << int(Verdict::Ok)
        << int(Verdict::Warning) << int(Verdict::Warning) << int(Verdict::Warning) << int(Verdict::Warning);
    QTest::newRow("512-bit key") << QStringLiteral("weak.test") << QStringList{QStringLiteral("k512")}
                                 << int(Verdict::Ok) << int(Verdict::Warning) << int(Verdict::Warning)
                                 << int(Verdict::Problem) << int(Verdict::Problem);
    QTest::newRow("selector without a key")
        << QStringLiteral("good.test") << QStringList{QStringLiteral("nokey")} << int(Verdict::Ok) << int(Verdict::Ok)
        << int(Verdict::Ok) << int(Verdict::Problem) << int(Verdict::Problem);
    QTest::newRow("include of a domain without SPF")
        << QStringLiteral("dangling.test") << QStringList() << int(Verdict::Ok) << int(Verdict::Problem)
        << int(Verdict::Warning) << int(Verdict::NotChecked) << int(Verdict::Problem);
}

void DomainHealthCheckTest::checksDomains()
{
    QFETCH(QString, domain);
    QFETCH(QStringList, selectors);
    QFETCH(int, mx);
    QFETCH(int, spf);
    QFETCH(int, dmarc);
    QFETCH(int, dkim);
    QFETCH(int, overall);

    const DomainHealthReport report = check(domain, selectors);
    QCOMPARE(report.domain, domain);
    const QString got
        = QStringLiteral("mx=%1 spf=%2 dmarc=%3 dkim=%4 overall=%5")
              .arg(describe(report.mxFinding.verdict), describe(report.spf.verdict), describe(report.dmarc.verdict),
                   describe(report.dkim.verdict), describe(report.overall()));
    const QString expected = QStringLiteral("mx=%1 spf=%2 dmarc=%3 dkim=%4 overall=%5")
                                 .arg(describe(Verdict(mx)), describe(Verdict(spf)), describe(Verdict(dmarc)),
                                      describe(Verdict(dkim)), describe(Verdict(overall)));
    QCOMPARE(got, expected);
    for (const DomainHealthReport::Finding *finding : {&report.mxFinding, &report.spf, &report.dmarc, &report.dkim}) {
        QVERIFY(!finding->detail.isEmpty());
    }
    QVERIFY(!report.summary.isEmpty());
    QVERIFY(report.domainExists);
}

void DomainHealthCheckTest::reportsAWellSetUpDomain()
{
    const DomainHealthReport report = check(QStringLiteral("good.test"), {QStringLiteral("mail")});
    QCOMPARE(report.mx.size(), 2);
    QCOMPARE(report.mx.at(0).exchange, QStringLiteral("mx1.good.test"));
    QCOMPARE(report.mx.at(0).preference, quint16(10));
    QCOMPARE(report.spf.record, QStringLiteral("v=spf1 ip4:192.0.2.0/24 include:_spf.provider.test -all"));
    QCOMPARE(report.spfLookups, 1);
    QCOMPARE(report.dmarcFrom, QStringLiteral("good.test"));
    QCOMPARE(report.dkimSelector, QStringLiteral("mail"));
    QVERIFY(report.dkim.detail.contains(QLatin1String("2048")));

    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(QLatin1String("domain")).toString(), QStringLiteral("good.test"));
    QCOMPARE(json.value(QLatin1String("mx")).toArray().size(), 2);
    for (const char *part : {"spf", "dmarc", "dkim"}) {
        const QJsonObject finding = json.value(QLatin1String(part)).toObject();
        QVERIFY2(finding.contains(QLatin1String("record")) && finding.contains(QLatin1String("verdict"))
                     && finding.contains(QLatin1String("detail")),
                 part);
        QCOMPARE(finding.value(QLatin1String("verdict")).toString(), QStringLiteral("ok"));
    }
}

void DomainHealthCheckTest::followsIncludesToCountLookUps()
{
    const DomainHealthReport report = check(QStringLiteral("toomany.test"));
    QCOMPARE(report.spfLookups, 13);
    QVERIFY(report.spf.detail.contains(QLatin1String("13")));
    QVERIFY(report.dmarc.detail.contains(QLatin1String("50%")));
}

void DomainHealthCheckTest::usesTheOrganisationalDomainsDmarc()
{
    const DomainHealthReport report = check(QStringLiteral("news.org.test"));
    QCOMPARE(report.dmarcFrom, QStringLiteral("org.test"));
    QVERIFY(report.dmarc.verdict == Verdict::Warning);
    QVERIFY(report.dmarc.detail.contains(QLatin1String("org.test")));
}

void DomainHealthCheckTest::findsKeysForKnownProviders()
{
    const DomainHealthReport report = check(QStringLiteral("hosted.test"));
    QCOMPARE(report.dkimSelector, QStringLiteral("google"));
    QVERIFY(report.dkim.verdict == Verdict::Ok);
    QCOMPARE(DomainHealthCheck::knownDkimSelectors({{QStringLiteral("foo.mail.protection.outlook.com"), 0}}),
             (QStringList{QStringLiteral("selector1"), QStringLiteral("selector2")}));
}

void DomainHealthCheckTest::reportsAMissingDomain()
{
    const DomainHealthReport report = check(QStringLiteral("nothing-here.test"));
    QVERIFY(!report.domainExists);
    QVERIFY(report.summary.contains(QLatin1String("does not exist")));
}

void DomainHealthCheckTest::reportsAServerThatDoesNotAnswer()
{
    const DomainHealthReport report = check(QStringLiteral("good.test"), {}, SilentAddress, std::chrono::seconds(2));
    QVERIFY(report.mxFinding.verdict == Verdict::LookupFailed);
    QVERIFY(report.spf.verdict == Verdict::LookupFailed);
    QVERIFY(report.dmarc.verdict == Verdict::LookupFailed);
    QVERIFY(report.domainExists);
}

QTEST_GUILESS_MAIN(DomainHealthCheckTest)
#include "domainhealthchecktest.moc"
