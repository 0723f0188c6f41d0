// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoconfig/lookup.h"
#include "autoconfig/messages.h"
#include "tests/support/localdnsserver.h"
#include "tests/support/localwebserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Autoconfig;

namespace
{

// Every server of this test on its own loopback address; names resolve through dnsmasq.
const QHostAddress DnsAddress(u"127.0.54.53"_s);
const QHostAddress ProviderAddress(u"127.0.54.10"_s);
const QHostAddress IspdbAddress(u"127.0.54.11"_s);
const QHostAddress BigProviderAddress(u"127.0.54.12"_s);
const QHostAddress OtherAddress(u"127.0.54.13"_s);
const QHostAddress HttpOnlyAddress(u"127.0.54.14"_s);

const QString ConfigPath = u"/mail/config-v1.1.xml"_s;
const QString WellKnownPath = u"/.well-known/autoconfig/mail/config-v1.1.xml"_s;

QByteArray clientConfig(const QString &domain, const QString &host, int port = 465,
                        const QString &socketType = u"SSL"_s)
{
    return QStringLiteral("<clientConfig version=\"1.1\"><emailProvider id=\"%1\"><domain>%1</domain>"
                          "<displayName>%1 mail</displayName><outgoingServer type=\"smtp\"><hostname>%2</hostname>"
                          "<port>%3</port><socketType>%4</socketType>"
                          "<authentication>password-cleartext</authentication><username>%EMAILLOCALPART%</username>"
                          "</outgoingServer></emailProvider></clientConfig>")
        .arg(domain, host)
        .arg(port)
        .arg(socketType)
        .toUtf8();
}

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(KURIER_TEST_DATA_DIR "/autoconfig/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

SourceReport reportOf(const Discovery &discovery, SourceKind kind)
{
    for (const SourceReport &report : discovery.sources) {
        if (report.kind == kind) {
            return report;
        }
    }
    return {};
}

} // namespace

class LookupTest : public QObject
{
    Q_OBJECT

private:
    LookupConfig config() const
    {
        LookupConfig result;
        result.dnsServer = DnsAddress;
        result.ispdbBaseUrl = QUrl(u"https://ispdb.test/v1.1/"_s);
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(LocalWebServer::testCa());
        result.sslConfiguration = ssl;
        result.guessing = Guessing::Disabled;
        result.autodiscover = AutodiscoverMode::Disabled;
        result.sourceTimeout = std::chrono::milliseconds(1500);
        result.language = u"en"_s;
        return result;
    }

    static Discovery run(const LookupConfig &config, const QString &address)
    {
        Lookup lookup(config);
        QSignalSpy finished(&lookup, &Lookup::finished);
        lookup.start(address);
        if (!finished.wait(20000)) {
            qWarning("the look-up did not finish");
            return {};
        }
        return finished.first().first().value<Discovery>();
    }

    // Names every test uses: example.test and its autoconfig host at the provider's server, the ISPDB.
    void addCommonNames(LocalDnsServer &dns)
    {
        dns.addAddress(u"autoconfig.example.test"_s, ProviderAddress);
        dns.addAddress(u"example.test"_s, ProviderAddress);
        dns.addAddress(u"ispdb.test"_s, IspdbAddress);
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Discovery>(); }

    void providerWinsOverIspdbEvenWhenSlower()
    {
        LocalDnsServer dns(DnsAddress);
        addCommonNames(dns);
        QVERIFY2(dns.start(), qPrintable(dns.errorString()));
        LocalWebServer provider(ProviderAddress, LocalWebServer::Tls::On);
        LocalWebServer ispdb(IspdbAddress, LocalWebServer::Tls::On);
        QVERIFY(provider.start() && ispdb.start());
        provider.route(ConfigPath,
                       LocalWebServer::document(clientConfig(u"example.test"_s, u"smtp.example.test"_s), 400));
        ispdb.route(u"/v1.1/example.test"_s,
                    LocalWebServer::document(clientConfig(u"example.test"_s, u"old-smtp.example.test"_s)));

        const Discovery discovery = run(config(), u"ola@example.test"_s);
        QVERIFY(discovery.settings);
        QCOMPARE(discovery.source, SourceKind::Provider);
        QCOMPARE(discovery.settings->hostname, u"smtp.example.test"_s);
        QCOMPARE(discovery.settings->username, u"ola"_s);
        QCOMPARE(discovery.trust(), Trust::Trusted);
        QVERIFY(discovery.elapsedMs >= 400);
        // The faster ISPDB answer was held back, then kept as an alternative.
        QCOMPARE(reportOf(discovery, SourceKind::Ispdb).state, SourceState::Found);
        QCOMPARE(discovery.alternatives.size(), 1);
        QCOMPARE(discovery.alternatives.first().hostname, u"old-smtp.example.test"_s);
        // The address stays out of the query unless the settings say otherwise. Both provider
        // URLs (autoconfig.<domain> and <domain>/.well-known) reach this server, in either order.
        QList<QByteArray> hosts;
        for (const LocalWebServer::Request &request : provider.requests()) {
            QVERIFY2(request.query.isEmpty(), qPrintable(request.query));
            hosts.append(request.host);
        }
        QVERIFY(hosts.contains(QByteArray("autoconfig.example.test")));
    }

    void ispdbWinsWhenTheProviderHasNone()
    {
        LocalDnsServer dns(DnsAddress);
        addCommonNames(dns);
        QVERIFY2(dns.start(), qPrintable(dns.errorString()));
        LocalWebServer provider(ProviderAddress, LocalWebServer::Tls::On); // 404 everywhere
        LocalWebServer ispdb(IspdbAddress, LocalWebServer::Tls::On);
        QVERIFY(provider.start() && ispdb.start());
        ispdb.route(u"/v1.1/example.test"_s,
                    LocalWebServer::document(clientConfig(u"example.test"_s, u"smtp.example.test"_s)));

        LookupConfig settings = config();
        settings.addressInQuery = AddressInQuery::HttpsOnly;
        const Discovery discovery = run(settings, u"ola@example.test"_s);
        QVERIFY(discovery.settings);
        QCOMPARE(discovery.source, SourceKind::Ispdb);
        QCOMPARE(discovery.trust(), Trust::Trusted);
        QCOMPARE(reportOf(discovery, SourceKind::Provider).state, SourceState::Nothing);
        QCOMPARE(reportOf(discovery, SourceKind::Provider).reason, Reason::NoDocument);
        QCOMPARE(reportOf(discovery, SourceKind::ProviderHttp).state, SourceState::Skipped);
        // Over https, and only because the settings allow it, the address goes along.
        QCOMPARE(provider.requests().first().query, u"emailaddress=ola@example.test"_s);
    }

    void ispdbOAuth2BlockReachesTheDiscovery()
    {
        LocalDnsServer dns(DnsAddress);
        addCommonNames(dns);
        QVERIFY2(dns.start(), qPrintable(dns.errorString()));
        LocalWebServer provider(ProviderAddress, LocalWebServer::Tls::On); // 404 everywhere
        LocalWebServer ispdb(IspdbAddress, LocalWebServer::Tls::On);
        QVERIFY(provider.start() && ispdb.start());
        QByteArray config = clientConfig(u"example.test"_s, u"smtp.example.test"_s);
        config.replace("<authentication>password-cleartext</authentication>",
                       "<authentication>OAuth2</authentication><authentication>password-cleartext</authentication>");
        config.replace("</clientConfig>",
                       "<oAuth2><issuer>login.example.test</issuer><scope>smtp-send</scope>"
                       "<authURL>https://login.example.test/authorize</authURL>"
                       "<tokenURL>https://login.example.test/token</tokenURL></oAuth2></clientConfig>");
        ispdb.route(u"/v1.1/example.test"_s, LocalWebServer::document(config));

        const Discovery discovery = run(this->config(), u"ola@example.test"_s);
        QVERIFY(discovery.settings);
        QCOMPARE(discovery.source, SourceKind::Ispdb);
        // Which issuer signs this address in travels with the result, for the wizard's "Sign in with ...".
        QVERIFY(discovery.oauth2);
        QCOMPARE(discovery.oauth2->issuer, u"login.example.test"_s);
        QCOMPARE(discovery.oauth2->scope, u"smtp-send"_s);
        QCOMPARE(discovery.providerDomains, QStringList{u"example.test"_s});
        QVERIFY(discovery.offersOAuth2());
        // A password still works here, so it is not OAuth-only.
        QVERIFY(!discovery.oauthOnly());
    }

    void mxRouteFindsTheHostingProvider()
    {
        LocalDnsServer dns(DnsAddress);
        addCommonNames(dns);
        dns.addMx(u"custom.test"_s, u"mx1.mail.bigprovider.test"_s, 10);
        dns.addMx(u"custom.test"_s, u"mx9.elsewhere.test"_s, 90);
        dns.addAddress(u"autoconfig.bigprovider.test"_s, BigProviderAddress);
        QVERIFY2(dns.start(), qPrintable(dns.errorString()));
        LocalWebServer ispdb(IspdbAddress, LocalWebServer::Tls::On);
        LocalWebServer bigProvider(BigProviderAddress, LocalWebServer::Tls::On);
        QVERIFY(ispdb.start() && bigProvider.start());
        bigProvider.route(ConfigPath,
                          LocalWebServer::document(clientConfig(u"bigprovider.test"_s, u"smtp.bigprovider.test"_s)));

        const Discovery discovery = run(config(), u"jan@custom.test"_s);
        QVERIFY(discovery.settings);
        QCOMPARE(discovery.source, SourceKind::Mx);
        QCOMPARE(discovery.settings->hostname, u"smtp.bigprovider.test"_s);
        QCOMPARE(discovery.trust(), Trust::NeedsConfirmation);
        QVERIFY(discovery.confirmations.contains(ConfirmationReason::DnsDerived));
        // The ISPDB was asked for the MX host minus its first label before the registrable domain.
        QStringList asked;
        for (const LocalWebServer::Request &request : ispdb.requests()) {
            asked.append(request.path);
        }
        QVERIFY2(asked.contains(u"/v1.1/mail.bigprovider.test"_s), qPrintable(asked.join(u' ')));
    }

    void srvRouteUsesSubmissionRecords()
    {
        LocalDnsServer dns(DnsAddress);
        addCommonNames(dns);
        dns.addSrv(u"_submissions._tcp.srv.test"_s, u"mail.srv.test"_s, 465);
        dns.addSrv(u"_submission._tcp.srv.test"_s, u"mail.srv.test"_s, 587);
        QVERIFY2(dns.start(), qPrintable(dns.errorString()));
        LocalWebServer ispdb(IspdbAddress, LocalWebServer::Tls::On);
        QVERIFY(ispdb.start());

        const Discovery discovery = run(config(), u"ola@srv.test"_s);
        QVERIFY(discovery.settings);
        QCOMPARE(discovery.source, SourceKind::Srv);
        QCOMPARE(discovery.settings->hostname, u"mail.srv.test"_s);
        QCOMPARE(discovery.settings->port, quint16(465));
        QCOMPARE(discovery.settings->security, Security::ImplicitTls);
        QCOMPARE(discovery.settings->username, u"ola@srv.test"_s);
        QCOMPARE(discovery.alternatives.size(), 1);
        QCOMPARE(discovery.alternatives.first().security, Security::StartTls);
        QCOMPARE(discovery.trust(), Trust::NeedsConfirmation);
        QVERIFY2(reportOf(discovery, SourceKind::Mx).reason == Reason::NoMxRecord,
                 qPrintable(reportOf(discovery, SourceKind::Mx).technical));
    }

    void bundledTableAnswersAtOnce()
    {
        LocalDnsServer dns(DnsAddress);
        QVERIFY2(dns.start(), qPrintable(dns.errorString()));
        const Discovery discovery = run(config(), u"ola@interia.pl"_s);
        QVERIFY(discovery.settings);
        QCOMPARE(discovery.source, SourceKind::BundledTable);
        QCOMPARE(discovery.settings->hostname, u"poczta.interia.pl"_s);
        QCOMPARE(discovery.settings->username, u"ola@interia.pl"_s);
        QVERIFY(discovery.elapsedMs < 500);
        QCOMPARE(discovery.hints.size(), 1);
        QCOMPARE(discovery.hints.first().kind, Hint::Kind::EnableAccess);
        QCOMPARE(reportOf(discovery, SourceKind::Ispdb).state, SourceState::Cancelled);
    }

    void hostileProviders_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<SourceState>("providerState");
        QTest::addColumn<Reason>("providerReason");
        QTest::addColumn<bool>("expectSettings");

        QTest::newRow("oversized document") << u"oversized"_s << SourceState::Failed << Reason::TooLarge << false;
        QTest::newRow("billion laughs") << u"billion-laughs"_s << SourceState::Failed << Reason::InvalidDocument
                                        << false;
        QTest::newRow("server that never answers") << u"hang"_s << SourceState::Failed << Reason::Timeout << false;
        QTest::newRow("self-signed certificate")
            << u"selfsigned"_s << SourceState::Failed << Reason::CertificateInvalid << false;
        QTest::newRow("certificate for another host")
            << u"hoster"_s << SourceState::Failed << Reason::CertificateInvalid << false;
        QTest::newRow("redirect from https down to http")
            << u"downgrade"_s << SourceState::Failed << Reason::InsecureRedirect << false;
        QTest::newRow("redirect to another domain") << u"cross-domain"_s << SourceState::Found << Reason::Found << true;
        QTest::newRow("http-only provider, http refused")
            << u"http-only"_s << SourceState::Failed << Reason::ConnectionFailed << false;
    }

    void hostileProviders()
    {
        QFETCH(QString, scenario);
        QFETCH(SourceState, providerState);
        QFETCH(Reason, providerReason);
        QFETCH(bool, expectSettings);

        LocalDnsServer dns(DnsAddress);
        dns.addAddress(u"ispdb.test"_s, IspdbAddress);
        dns.addAddress(u"autoconfig.other.test"_s, OtherAddress);
        dns.addAddress(u"autoconfig.example.test"_s, scenario == u"http-only"_s ? HttpOnlyAddress : ProviderAddress);
        QVERIFY2(dns.start(), qPrintable(dns.errorString()));
        const QString certificate = scenario == u"selfsigned"_s ? u"selfsigned"_s
            : scenario == u"hoster"_s                           ? u"hoster"_s
                                                                : u"server"_s;
        LocalWebServer provider(ProviderAddress, LocalWebServer::Tls::On, certificate);
        LocalWebServer httpOnly(HttpOnlyAddress, LocalWebServer::Tls::Off);
        LocalWebServer other(OtherAddress, LocalWebServer::Tls::On);
        LocalWebServer ispdb(IspdbAddress, LocalWebServer::Tls::On);
        QVERIFY(provider.start() && httpOnly.start() && other.start() && ispdb.start());
        const QByteArray good = clientConfig(u"example.test"_s, u"smtp.example.test"_s);
        if (scenario == u"oversized"_s) {
            provider.route(ConfigPath, LocalWebServer::document(good + QByteArray(1 << 20, ' ')));
        } else if (scenario == u"billion-laughs"_s) {
            provider.route(ConfigPath, LocalWebServer::document(fixture(u"billion-laughs.xml"_s)));
        } else if (scenario == u"hang"_s) {
            provider.route(ConfigPath, LocalWebServer::hanging());
        } else if (scenario == u"downgrade"_s) {
            provider.route(ConfigPath,
                           LocalWebServer::redirect(u"http://autoconfig.example.test/mail/config-v1.1.xml"_s));
        } else if (scenario == u"cross-domain"_s) {
            provider.route(ConfigPath, LocalWebServer::redirect(u"https://autoconfig.other.test/example.xml"_s));
            other.route(u"/example.xml"_s,
                        LocalWebServer::document(clientConfig(u"example.test"_s, u"smtp.other.test"_s)));
        } else {
            provider.route(ConfigPath, LocalWebServer::document(good));
            httpOnly.route(ConfigPath, LocalWebServer::document(good));
        }

        LookupConfig settings = config();
        settings.sourceTimeout = std::chrono::milliseconds(800);
        settings.addressInQuery = AddressInQuery::HttpsOnly;
        const Discovery discovery = run(settings, u"ola@example.test"_s);
        const SourceReport report = reportOf(discovery, SourceKind::Provider);
        QCOMPARE(report.state, providerState);
        QCOMPARE(report.reason, providerReason);
        QCOMPARE(bool(discovery.settings), expectSettings);
        QVERIFY(!Messages::describe(report).isEmpty());
        if (scenario == u"hoster"_s) {
            QVERIFY2(report.certificateNames.contains(u"*.hoster.test"_s),
                     qPrintable(report.certificateNames.join(u',')));
            QVERIFY(Messages::describe(report).contains(u"*.hoster.test"_s));
        }
        if (scenario == u"cross-domain"_s) {
            QCOMPARE(discovery.settings->hostname, u"smtp.other.test"_s);
            QCOMPARE(discovery.trust(), Trust::NeedsConfirmation);
            QVERIFY(discovery.confirmations.contains(ConfirmationReason::OtherDomain));
            QCOMPARE(discovery.otherDomain, u"other.test"_s);
        }
        if (scenario == u"hang"_s) {
            QVERIFY(discovery.elapsedMs < 2000);
        }
        // The plain-http server was never asked: http is off unless the user allows it.
        QVERIFY(httpOnly.requests().isEmpty());
    }

    void plainHttpOnlyWhenAllowedAndNeverWithTheAddress()
    {
        LocalDnsServer dns(DnsAddress);
        dns.addAddress(u"ispdb.test"_s, IspdbAddress);
        dns.addAddress(u"autoconfig.example.test"_s, HttpOnlyAddress);
        QVERIFY2(dns.start(), qPrintable(dns.errorString()));
        LocalWebServer httpOnly(HttpOnlyAddress, LocalWebServer::Tls::Off);
        LocalWebServer ispdb(IspdbAddress, LocalWebServer::Tls::On);
        QVERIFY(httpOnly.start() && ispdb.start());
        httpOnly.route(ConfigPath, LocalWebServer::document(clientConfig(u"example.test"_s, u"smtp.example.test"_s)));

        LookupConfig settings = config();
        settings.plainHttp = PlainHttp::AllowWithConfirmation;
        settings.addressInQuery = AddressInQuery::HttpsOnly;
        const Discovery discovery = run(settings, u"ola@example.test"_s);
        QVERIFY(discovery.settings);
        QCOMPARE(discovery.source, SourceKind::ProviderHttp);
        QVERIFY(discovery.confirmations.contains(ConfirmationReason::PlainHttp));
        QCOMPARE(httpOnly.requests().size(), 1);
        QVERIFY(httpOnly.requests().first().query.isEmpty());
    }

    void autodiscoverWithoutCredentials()
    {
        LocalDnsServer dns(DnsAddress);
        dns.addAddress(u"ispdb.test"_s, IspdbAddress);
        dns.addAddress(u"autodiscover.corp.test"_s, ProviderAddress);
        dns.addAddress(u"corp.test"_s, OtherAddress);
        QVERIFY2(dns.start(), qPrintable(dns.errorString()));
        LocalWebServer first(ProviderAddress, LocalWebServer::Tls::On);
        LocalWebServer second(OtherAddress, LocalWebServer::Tls::On);
        LocalWebServer ispdb(IspdbAddress, LocalWebServer::Tls::On);
        QVERIFY(first.start() && second.start() && ispdb.start());
        first.route(u"/autodiscover/autodiscover.xml"_s, LocalWebServer::status(500));
        second.route(u"/autodiscover/autodiscover.xml"_s,
                     LocalWebServer::document(fixture(u"autodiscover-settings.xml"_s)));

        LookupConfig settings = config();
        settings.autodiscover = AutodiscoverMode::WithoutCredentials;
        const Discovery discovery = run(settings, u"ola@corp.test"_s);
        QVERIFY(discovery.settings);
        QCOMPARE(discovery.source, SourceKind::Autodiscover);
        QCOMPARE(discovery.settings->hostname, u"smtp.corp.test"_s);
        QList<LocalWebServer::Request> posts;
        for (const LocalWebServer::Request &request : second.requests()) {
            if (request.path == u"/autodiscover/autodiscover.xml"_s) {
                posts.append(request);
            }
        }
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first().method, QByteArray("POST"));
        QVERIFY(posts.first().body.contains("<EMailAddress>ola@corp.test</EMailAddress>"));

        // A server that wants a login gets none, and the report says so.
        second.route(u"/autodiscover/autodiscover.xml"_s, LocalWebServer::status(401));
        first.route(u"/autodiscover/autodiscover.xml"_s, LocalWebServer::status(401));
        const Discovery refused = run(settings, u"ola@corp.test"_s);
        QVERIFY(!refused.settings);
        QCOMPARE(reportOf(refused, SourceKind::Autodiscover).reason, Reason::AuthenticationRequired);
    }

    void nothingFoundEndsWithEverySourceAccountedFor()
    {
        LocalDnsServer dns(DnsAddress);
        QVERIFY2(dns.start(), qPrintable(dns.errorString()));
        Lookup lookup(config());
        QSignalSpy changed(&lookup, &Lookup::sourceChanged);
        QSignalSpy finished(&lookup, &Lookup::finished);
        lookup.start(u"ola@nowhere.test"_s);
        QVERIFY(finished.wait(10000));
        const Discovery discovery = finished.first().first().value<Discovery>();
        QVERIFY(!discovery.settings);
        QCOMPARE(discovery.sources.size(), 9);
        for (const SourceReport &report : discovery.sources) {
            QVERIFY2(report.state != SourceState::Waiting, qPrintable(sourceName(report.kind)));
        }
        QVERIFY(changed.size() >= 9);
    }
};

QTEST_GUILESS_MAIN(LookupTest)
#include "lookuptest.moc"
