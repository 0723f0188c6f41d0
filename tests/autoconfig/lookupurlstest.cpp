// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoconfig/lookupurls.h"
#include "autoconfig/providertable.h"
#include "autoconfig/registrabledomain.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Autoconfig;

// The pure parts of discovery: which URLs are asked, domain arithmetic on the Public Suffix
// List, and the bundled provider table.
class LookupUrlsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void buildsProviderUrls_data()
    {
        QTest::addColumn<AddressInQuery>("addressInQuery");
        QTest::addColumn<LookupUrls::Scheme>("scheme");
        QTest::addColumn<QString>("expected");
        QTest::newRow("https, address omitted (default)")
            << AddressInQuery::Omit << LookupUrls::Scheme::Https << u"https://autoconfig.wp.pl/mail/config-v1.1.xml"_s;
        QTest::newRow("https, address allowed")
            << AddressInQuery::HttpsOnly << LookupUrls::Scheme::Https
            << u"https://autoconfig.wp.pl/mail/config-v1.1.xml?emailaddress=ola%2Bnews%40wp.pl"_s;
        QTest::newRow("http never carries the address") << AddressInQuery::HttpsOnly << LookupUrls::Scheme::Http
                                                        << u"http://autoconfig.wp.pl/mail/config-v1.1.xml"_s;
    }

    void buildsProviderUrls()
    {
        QFETCH(AddressInQuery, addressInQuery);
        QFETCH(LookupUrls::Scheme, scheme);
        QFETCH(QString, expected);
        LookupConfig config;
        config.addressInQuery = addressInQuery;
        const MailAddress address = *MailAddress::parse(u"ola+news@wp.pl"_s);
        QCOMPARE(LookupUrls::provider(address.aceDomain, address, config, scheme).toString(QUrl::FullyEncoded),
                 expected);
    }

    void buildsTheOtherUrls()
    {
        LookupConfig config;
        const MailAddress address = *MailAddress::parse(u"ola@Gęślą.PL"_s);
        QCOMPARE(address.aceDomain, u"xn--gl-qla2f4p.pl"_s);
        // What goes on the wire is the A-label form.
        QCOMPARE(LookupUrls::wellKnown(address.aceDomain, address, config).toEncoded(),
                 QByteArray("https://xn--gl-qla2f4p.pl/.well-known/autoconfig/mail/config-v1.1.xml"));
        QCOMPARE(LookupUrls::ispdb(u"wp.pl"_s, config).toString(), u"https://autoconfig.thunderbird.net/v1.1/wp.pl"_s);
        config.ispdbBaseUrl = QUrl(u"https://mirror.example.org/isp/{{domain}}.xml"_s);
        QCOMPARE(LookupUrls::ispdb(u"wp.pl"_s, config).toString(), u"https://mirror.example.org/isp/wp.pl.xml"_s);
        config.ispdbBaseUrl = QUrl(u"https://mirror.example.org/isp"_s);
        QCOMPARE(LookupUrls::ispdb(u"wp.pl"_s, config).toString(), u"https://mirror.example.org/isp/wp.pl"_s);
        const QList<QUrl> autodiscover = LookupUrls::autodiscover(u"corp.example"_s);
        QCOMPARE(autodiscover.size(), 2);
        QCOMPARE(autodiscover[0].toString(), u"https://autodiscover.corp.example/autodiscover/autodiscover.xml"_s);
        QCOMPARE(autodiscover[1].toString(), u"https://corp.example/autodiscover/autodiscover.xml"_s);
    }

    void readsTheEnvironment()
    {
        QProcessEnvironment environment;
        environment.insert(u"KURIER_ISPDB_URL"_s, u"https://ispdb.example.org/v1.1/"_s);
        environment.insert(u"KURIER_DNS_SERVER"_s, u"192.0.2.53"_s);
        QStringList problems;
        const LookupConfig config = LookupConfig::fromEnvironment(environment, &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(config.ispdbBaseUrl, QUrl(u"https://ispdb.example.org/v1.1/"_s));
        QCOMPARE(config.dnsServer, QHostAddress(u"192.0.2.53"_s));

        environment.insert(u"KURIER_ISPDB_URL"_s, u"http://ispdb.example.org/"_s);
        environment.insert(u"KURIER_DNS_SERVER"_s, u"dns.example.org"_s);
        const LookupConfig refused = LookupConfig::fromEnvironment(environment, &problems);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(refused.ispdbBaseUrl, LookupConfig().ispdbBaseUrl);
        QVERIFY(refused.dnsServer.isNull());
    }

    void computesRegistrableDomains_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("registrable");
        QTest::addColumn<QString>("parent");
        QTest::newRow("plain .com") << u"smtp.gmail.com"_s << u"gmail.com"_s << u"gmail.com"_s;
        QTest::newRow("two-label suffix")
            << u"mx1.mail.example.co.uk"_s << u"example.co.uk"_s << u"mail.example.co.uk"_s;
        QTest::newRow("MX of an Office 365 tenant")
            << u"contoso-com.mail.protection.outlook.com"_s << u"outlook.com"_s << u"mail.protection.outlook.com"_s;
        QTest::newRow("never up to a public suffix") << u"example.co.uk"_s << u"example.co.uk"_s << u""_s;
        QTest::newRow("a public suffix itself") << u"co.uk"_s << u""_s << u""_s;
        QTest::newRow("Polish regional suffix") << u"poczta.firma.waw.pl"_s << u"firma.waw.pl"_s << u"firma.waw.pl"_s;
    }

    void computesRegistrableDomains()
    {
        QFETCH(QString, host);
        QFETCH(QString, registrable);
        QFETCH(QString, parent);
        QCOMPARE(RegistrableDomain::of(host), registrable);
        QCOMPARE(RegistrableDomain::parentOf(host), parent);
    }

    void comparesDomains()
    {
        QVERIFY(RegistrableDomain::same(u"autoconfig.wp.pl"_s, u"smtp.wp.pl"_s));
        QVERIFY(!RegistrableDomain::same(u"wp.pl"_s, u"onet.pl"_s));
        QVERIFY(!RegistrableDomain::same(u"co.uk"_s, u"co.uk"_s));
        QVERIFY(RegistrableDomain::isUnder(u"smtp.wp.pl"_s, u"wp.pl"_s));
        QVERIFY(!RegistrableDomain::isUnder(u"evilwp.pl"_s, u"wp.pl"_s));
    }

    void bundledTableIsCompleteAndCited()
    {
        const ProviderTable &table = ProviderTable::bundled();
        const std::optional<ProviderConfig> interia = table.configFor(u"poczta.fm"_s);
        QVERIFY(interia);
        QCOMPARE(interia->outgoingServers.first().hostname, u"poczta.interia.pl"_s);
        const QList<Hint> gmail = table.hintsFor({u"gmail.com"_s});
        QCOMPARE(gmail.size(), 1);
        QCOMPARE(gmail.first().kind, Hint::Kind::AppPassword);
        QCOMPARE(table.hintsFor({u"outlook.com"_s}).first().kind, Hint::Kind::OAuthOnly);
        for (const QString &domain : {u"gmail.com"_s, u"yahoo.com"_s, u"icloud.com"_s, u"gmx.de"_s, u"web.de"_s,
                                      u"o2.pl"_s, u"interia.pl"_s, u"fastmail.com"_s, u"hotmail.com"_s}) {
            const QList<Hint> hints = table.hintsFor({domain});
            QVERIFY2(!hints.isEmpty(), qPrintable(domain));
            for (const Hint &hint : hints) {
                QVERIFY2(!hint.source.isEmpty(), qPrintable(domain));
            }
        }
        QVERIFY(table.hintsFor({u"wp.pl"_s}).isEmpty());
    }

    void tableRefusesUncitedHints()
    {
        QStringList problems;
        const ProviderTable table = ProviderTable::fromData(
            {}, R"({"providers":[{"name":"X","domains":["x.test"],"hints":[{"kind":"app-password","url":""}]}]})",
            &problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY(table.hintsFor({u"x.test"_s}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(LookupUrlsTest)
#include "lookupurlstest.moc"
