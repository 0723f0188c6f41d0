// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Discovery timing with real local servers (dnsmasq, HTTPS on loopback, silent TCP listeners)
// and the product's default timeouts. Prints, per scenario, how long the user waits:
//   - one source answers after 50 ms while the others hang;
//   - every source dead (silent), until the user gets the manual form.
// Run through bench/autoconfig.sh (needs root: ports 53/443/465/587/25 on 127.0.57.x).

#include "autoconfig/lookup.h"
#include "tests/support/localdnsserver.h"
#include "tests/support/localwebserver.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTextStream>

#include <algorithm>

namespace
{

const QHostAddress Dns(QStringLiteral("127.0.57.53"));
const QHostAddress Provider(QStringLiteral("127.0.57.10"));
const QHostAddress Ispdb(QStringLiteral("127.0.57.11"));
const QHostAddress Silent(QStringLiteral("127.0.57.12"));
const QString ConfigPath = QStringLiteral("/mail/config-v1.1.xml");

QByteArray config(const QString &host)
{
    return QStringLiteral("<clientConfig version=\"1.1\"><emailProvider id=\"bench.test\"><domain>bench.test</domain>"
                          "<outgoingServer type=\"smtp\"><hostname>%1</hostname><port>465</port>"
                          "<socketType>SSL</socketType><authentication>password-cleartext</authentication>"
                          "<username>%EMAILADDRESS%</username></outgoingServer></emailProvider></clientConfig>")
        .arg(host)
        .toUtf8();
}

struct Scenario {
    QString name;
    QString winner; // "provider", "ispdb", "" (nothing answers)
    qint64 answerAfterMs; // when the winner's server answers
    qint64 decidableAtMs; // when every higher-priority source has resolved or timed out
};

qint64 runOnce(const Scenario &scenario, const Autoconfig::LookupConfig &settings, bool *found)
{
    LocalWebServer provider(Provider, LocalWebServer::Tls::On);
    LocalWebServer ispdb(Ispdb, LocalWebServer::Tls::On);
    if (!provider.start() || !ispdb.start()) {
        qFatal("cannot listen on 443 of 127.0.57.x (run as root)");
    }
    provider.route(ConfigPath,
                   scenario.winner == QLatin1String("provider")
                       ? LocalWebServer::document(config(QStringLiteral("smtp.bench.test")), 50)
                       : LocalWebServer::hanging());
    provider.route(QStringLiteral("/.well-known/autoconfig/mail/config-v1.1.xml"), LocalWebServer::hanging());
    ispdb.route(QStringLiteral("/v1.1/bench.test"),
                scenario.winner == QLatin1String("ispdb")
                    ? LocalWebServer::document(config(QStringLiteral("isp.bench.test")), 50)
                    : LocalWebServer::hanging());
    Autoconfig::Lookup lookup(settings);
    QSignalSpy finished(&lookup, &Autoconfig::Lookup::finished);
    lookup.start(QStringLiteral("ola@bench.test"));
    if (!finished.wait(30000)) {
        qFatal("the look-up did not finish in 30 s");
    }
    const auto discovery = finished.first().first().value<Autoconfig::Discovery>();
    *found = discovery.settings.has_value();
    return discovery.elapsedMs;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qRegisterMetaType<Autoconfig::Discovery>();
    const int runs = argc > 1 ? QByteArray(argv[1]).toInt() : 5;
    QTextStream out(stdout);

    // Names: the provider hosts and the ISPDB on their servers; the guesser's hosts and the
    // MX/Autodiscover hosts on a silent address (TCP connects, then nothing).
    LocalDnsServer dns(Dns);
    dns.addAddress(QStringLiteral("autoconfig.bench.test"), Provider);
    dns.addAddress(QStringLiteral("bench.test"), Provider);
    dns.addAddress(QStringLiteral("ispdb.test"), Ispdb);
    dns.addAddress(QStringLiteral("smtp.bench.test"), Silent);
    dns.addAddress(QStringLiteral("mail.bench.test"), Silent);
    dns.addAddress(QStringLiteral("autodiscover.bench.test"), Silent);
    if (!dns.start()) {
        qFatal("%s", qPrintable(dns.errorString()));
    }
    QList<QTcpServer *> silent;
    for (const quint16 port : {quint16(443), quint16(465), quint16(587), quint16(25)}) {
        auto *server = new QTcpServer(&app);
        if (!server->listen(Silent, port)) {
            qFatal("cannot listen on %s:%d", qPrintable(Silent.toString()), port);
        }
        silent.append(server);
    }

    Autoconfig::LookupConfig settings; // the product's defaults: 3 s per source, 4 s per probe
    settings.dnsServer = Dns;
    settings.ispdbBaseUrl = QUrl(QStringLiteral("https://ispdb.test/v1.1/"));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(LocalWebServer::testCa());
    settings.sslConfiguration = ssl;
    const qint64 sourceTimeout = settings.sourceTimeout.count();

    const QList<Scenario> scenarios{
        {QStringLiteral("provider answers after 50 ms, every other source hangs"), QStringLiteral("provider"), 50, 50},
        {QStringLiteral("ISPDB answers after 50 ms, the provider's servers hang"), QStringLiteral("ispdb"), 50,
         sourceTimeout},
        {QStringLiteral("every source dead (silent servers): time to the manual form"), QString(), 0, 0},
    };
    out << "Kurier discovery benchmark, " << runs << " runs per scenario (source timeout " << sourceTimeout
        << " ms, probe timeout " << settings.probeTimeout.count() << " ms)\n";
    for (const Scenario &scenario : scenarios) {
        QList<qint64> times;
        bool allFound = true;
        bool anyFound = false;
        for (int i = 0; i < runs; ++i) {
            bool found = false;
            times.append(runOnce(scenario, settings, &found));
            allFound = allFound && found;
            anyFound = anyFound || found;
        }
        std::sort(times.begin(), times.end());
        const qint64 median = times[times.size() / 2];
        out << "\n" << scenario.name << "\n";
        out << "  time to result: min " << times.first() << " ms, median " << median << " ms, max " << times.last()
            << " ms; settings found: "
            << (allFound       ? "always"
                    : anyFound ? "sometimes"
                               : "never")
            << "\n";
        if (!scenario.winner.isEmpty()) {
            const qint64 ready = std::max(scenario.answerAfterMs, scenario.decidableAtMs);
            out << "  after the winner answered and every higher-priority source had resolved or timed out (" << ready
                << " ms): median +" << (median - ready) << " ms, max +" << (times.last() - ready)
                << " ms (target <= 150 ms)\n";
        } else {
            out << "  target: <= 10000 ms worst case (Thunderbird: 10 s per guess probe)\n";
        }
        out.flush();
    }
    qDeleteAll(silent);
    return 0;
}
