// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/diagnostics/dkimrecord.h"
#include "app/diagnostics/dmarcrecord.h"
#include "app/diagnostics/spfrecord.h"
#include "tests/diagnostics/testkeys.h"

#include <QTest>

using namespace Diagnostics;

// Reading SPF, DMARC and DKIM records as domains publish them, including broken ones.
class DomainRecordsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognisesSpf_data();
    void recognisesSpf();
    void readsSpf_data();
    void readsSpf();
    void readsDmarc_data();
    void readsDmarc();
    void readsDkim_data();
    void readsDkim();
};

void DomainRecordsTest::recognisesSpf_data()
{
    QTest::addColumn<QString>("txt");
    QTest::addColumn<bool>("spf");
    QTest::newRow("plain") << QStringLiteral("v=spf1 -all") << true;
    QTest::newRow("upper case") << QStringLiteral("V=SPF1 mx ~all") << true;
    QTest::newRow("version only") << QStringLiteral("v=spf1") << true;
    QTest::newRow("spf10 is not spf1") << QStringLiteral("v=spf10 -all") << false;
    QTest::newRow("verification token") << QStringLiteral("google-site-verification=abc") << false;
    QTest::newRow("leading space") << QStringLiteral(" v=spf1 -all") << false;
}

void DomainRecordsTest::recognisesSpf()
{
    QFETCH(QString, txt);
    QFETCH(bool, spf);
    QCOMPARE(SpfRecord::isSpf(txt), spf);
}

void DomainRecordsTest::readsSpf_data()
{
    QTest::addColumn<QString>("txt");
    QTest::addColumn<int>("lookups");
    QTest::addColumn<int>("all"); // -1: no all
    QTest::addColumn<QStringList>("referenced");
    QTest::addColumn<QStringList>("errors");

    QTest::newRow("provider include, hard fail")
        << QStringLiteral("v=spf1 ip4:192.0.2.0/24 include:_spf.google.com -all") << 1
        << int(SpfRecord::Qualifier::Fail) << QStringList{QStringLiteral("_spf.google.com")} << QStringList();
    QTest::newRow("every look-up kind") << QStringLiteral(
        "v=spf1 a mx ptr exists:%{i}.x.example include:a.example ~all")
                                        << 5 << int(SpfRecord::Qualifier::SoftFail)
                                        << QStringList{QStringLiteral("a.example")} << QStringList();
    QTest::newRow("redirect") << QStringLiteral("v=spf1 redirect=_spf.example.org") << 1 << -1
                              << QStringList{QStringLiteral("_spf.example.org")} << QStringList();
    QTest::newRow("plus all") << QStringLiteral("v=spf1 +all") << 0 << int(SpfRecord::Qualifier::Pass) << QStringList()
                              << QStringList();
    QTest::newRow("bare all is pass") << QStringLiteral("v=spf1 all") << 0 << int(SpfRecord::Qualifier::Pass)
                                      << QStringList() << QStringList();
    QTest::newRow("neutral") << QStringLiteral("v=spf1 mx ?all") << 1 << int(SpfRecord::Qualifier::Neutral)
                             << QStringList() << QStringList();
    QTest::newRow("a and mx with prefix lengths")
        << QStringLiteral("v=spf1 a/24 mx:mail.example/24 ip6:2001:db8::/32 -all") << 2
        << int(SpfRecord::Qualifier::Fail) << QStringList() << QStringList();
    QTest::newRow("unknown modifier ignored") << QStringLiteral("v=spf1 exp=explain.example foo=bar -all") << 0
                                              << int(SpfRecord::Qualifier::Fail) << QStringList() << QStringList();
    QTest::newRow("broken terms") << QStringLiteral("v=spf1 ip4:999.1.1.1 ip4:10.0.0.0/33 include: foo:bar all:x -all")
                                  << 0 << int(SpfRecord::Qualifier::Fail) << QStringList()
                                  << QStringList{QStringLiteral("ip4:999.1.1.1"), QStringLiteral("ip4:10.0.0.0/33"),
                                                 QStringLiteral("include:"), QStringLiteral("foo:bar"),
                                                 QStringLiteral("all:x")};
    QTest::newRow("two redirects") << QStringLiteral("v=spf1 redirect=a.example redirect=b.example") << 1 << -1
                                   << QStringList{QStringLiteral("b.example")}
                                   << QStringList{QStringLiteral("redirect=b.example")};
}

void DomainRecordsTest::readsSpf()
{
    QFETCH(QString, txt);
    QFETCH(int, lookups);
    QFETCH(int, all);
    QFETCH(QStringList, referenced);
    QFETCH(QStringList, errors);
    const SpfRecord record = SpfRecord::parse(txt);
    QCOMPARE(record.lookupTerms(), lookups);
    QCOMPARE(record.allQualifier() ? int(*record.allQualifier()) : -1, all);
    QCOMPARE(record.referencedDomains(), referenced);
    QCOMPARE(record.errors, errors);
}

void DomainRecordsTest::readsDmarc_data()
{
    QTest::addColumn<QString>("txt");
    QTest::addColumn<bool>("dmarc");
    QTest::addColumn<int>("policy"); // -1: none given or invalid
    QTest::addColumn<int>("percent");
    QTest::addColumn<int>("errors");

    QTest::newRow("reject") << QStringLiteral("v=DMARC1; p=reject; rua=mailto:d@example.org") << true
                            << int(DmarcRecord::Policy::Reject) << 100 << 0;
    QTest::newRow("quarantine with pct") << QStringLiteral("v=DMARC1;p=quarantine;pct=25") << true
                                         << int(DmarcRecord::Policy::Quarantine) << 25 << 0;
    QTest::newRow("monitoring only") << QStringLiteral("v=DMARC1; p=none") << true << int(DmarcRecord::Policy::None)
                                     << 100 << 0;
    QTest::newRow("unknown policy") << QStringLiteral("v=DMARC1; p=sometimes") << true << -1 << 100 << 1;
    QTest::newRow("no policy") << QStringLiteral("v=DMARC1; rua=mailto:d@example.org") << true << -1 << 100 << 0;
    QTest::newRow("bad pct") << QStringLiteral("v=DMARC1; p=reject; pct=150") << true
                             << int(DmarcRecord::Policy::Reject) << 100 << 1;
    QTest::newRow("version not first") << QStringLiteral("p=reject; v=DMARC1") << false
                                       << int(DmarcRecord::Policy::Reject) << 100 << 0;
    QTest::newRow("spf is not dmarc") << QStringLiteral("v=spf1 -all") << false << -1 << 100 << 0;
}

void DomainRecordsTest::readsDmarc()
{
    QFETCH(QString, txt);
    QFETCH(bool, dmarc);
    QFETCH(int, policy);
    QFETCH(int, percent);
    QFETCH(int, errors);
    QCOMPARE(DmarcRecord::isDmarc(txt), dmarc);
    const DmarcRecord record = DmarcRecord::parse(txt);
    QCOMPARE(record.policy ? int(*record.policy) : -1, policy);
    QCOMPARE(record.percent, percent);
    QCOMPARE(record.errors.size(), errors);
}

void DomainRecordsTest::readsDkim_data()
{
    QTest::addColumn<QString>("txt");
    QTest::addColumn<int>("bits");
    QTest::addColumn<bool>("revoked");
    QTest::addColumn<bool>("valid");

    QTest::newRow("rsa 2048") << QStringLiteral("v=DKIM1; k=rsa; p=") + QLatin1String(TestKeys::rsa2048) << 2048
                              << false << true;
    QTest::newRow("rsa 1024 without k=") << QStringLiteral("v=DKIM1; p=") + QLatin1String(TestKeys::rsa1024) << 1024
                                         << false << true;
    QTest::newRow("rsa 512") << QStringLiteral("p=") + QLatin1String(TestKeys::rsa512) << 512 << false << true;
    QTest::newRow("key with spaces, as split records join")
        << QStringLiteral("v=DKIM1; k=rsa; p=") + QString::fromLatin1(TestKeys::rsa2048).insert(200, QLatin1String(" "))
        << 2048 << false << true;
    QTest::newRow("ed25519") << QStringLiteral("v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=")
                             << 256 << false << true;
    QTest::newRow("revoked") << QStringLiteral("v=DKIM1; p=") << 0 << true << true;
    QTest::newRow("not base64") << QStringLiteral("v=DKIM1; p=***") << 0 << false << false;
    QTest::newRow("garbage key") << QStringLiteral("v=DKIM1; p=AAAA") << 0 << false << false;
    QTest::newRow("no key tag") << QStringLiteral("v=DKIM1; k=rsa") << 0 << false << false;
    QTest::newRow("wrong version") << QStringLiteral("v=DKIM2; p=") + QLatin1String(TestKeys::rsa2048) << 2048 << false
                                   << false;
}

void DomainRecordsTest::readsDkim()
{
    QFETCH(QString, txt);
    QFETCH(int, bits);
    QFETCH(bool, revoked);
    QFETCH(bool, valid);
    const DkimRecord record = DkimRecord::parse(txt);
    QCOMPARE(record.keyBits, bits);
    QCOMPARE(record.isRevoked(), revoked);
    QCOMPARE(record.errors.isEmpty(), valid);
}

QTEST_GUILESS_MAIN(DomainRecordsTest)
#include "domainrecordstest.moc"
