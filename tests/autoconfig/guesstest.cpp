// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoconfig/guesser.h"
#include "autoconfig/lookup.h"
#include "autoconfig/messages.h"
#include "tests/support/localdnsserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Autoconfig;

// The guesser against the real Postfix harness (fixture "postfix"): its implicit-TLS,
// STARTTLS and plain listeners stand in for 465, 587 and 25, and names resolve through a
// local dnsmasq so that "localhost" is the only candidate host that exists.
class GuessTest : public QObject
{
    Q_OBJECT

private:
    struct Harness {
        QString tlsHostName;
        quint16 implicitTls = 0;
        quint16 submission = 0;
        quint16 plain = 0;
        QString caPath;
    };

    std::optional<Harness> m_harness;
    const QHostAddress m_dnsAddress{u"127.0.55.53"_s};

    LookupConfig config() const
    {
        LookupConfig result;
        result.dnsServer = m_dnsAddress;
        result.ispdbBaseUrl = QUrl(u"https://ispdb.test/v1.1/"_s);
        result.autodiscover = AutodiscoverMode::Disabled;
        result.guessPorts = {{m_harness->implicitTls, Security::ImplicitTls},
                             {m_harness->submission, Security::StartTls},
                             {m_harness->plain, Security::StartTls}};
        result.sourceTimeout = std::chrono::milliseconds(1500);
        result.probeTimeout = std::chrono::milliseconds(3000);
        // The harness CA is trusted system-wide while the fixture runs; adding it here as well
        // keeps the test independent of when Qt read the system store.
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_harness->caPath);
        result.sslConfiguration = ssl;
        return result;
    }

    static SourceReport reportOf(const Discovery &discovery, SourceKind kind)
    {
        for (const SourceReport &report : discovery.sources) {
            if (report.kind == kind) {
                return report;
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Discovery>();
        QFile file(QStringLiteral(KURIER_HARNESS_STATE_DIR "/harness.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            QSKIP("the Postfix harness is not running (run through ctest, fixture \"postfix\")");
        }
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject endpoints = json.value(u"endpoints").toObject();
        Harness harness;
        harness.tlsHostName = json.value(u"tlsHostName").toString();
        harness.caPath = json.value(u"caCertificate").toString();
        harness.implicitTls = quint16(endpoints.value(u"implicitTls").toObject().value(u"port").toInt());
        harness.submission = quint16(endpoints.value(u"submission").toObject().value(u"port").toInt());
        harness.plain = quint16(endpoints.value(u"plain").toObject().value(u"port").toInt());
        QVERIFY(harness.implicitTls && harness.submission && harness.plain && !harness.tlsHostName.isEmpty());
        m_harness = harness;
    }

    void guessesTheHarnessAndPrefersImplicitTls()
    {
        LocalDnsServer dns(m_dnsAddress);
        dns.addLocalZone(m_harness->tlsHostName);
        dns.addAddress(m_harness->tlsHostName, QHostAddress(QHostAddress::LocalHost));
        QVERIFY2(dns.start(), qPrintable(dns.errorString()));

        Lookup lookup(config());
        QSignalSpy finished(&lookup, &Lookup::finished);
        lookup.start(u"alice@"_s + m_harness->tlsHostName);
        QVERIFY(finished.wait(20000));
        const Discovery discovery = finished.first().first().value<Discovery>();
        QVERIFY(discovery.settings);
        QCOMPARE(discovery.source, SourceKind::Guess);
        QCOMPARE(discovery.settings->hostname, m_harness->tlsHostName);
        QCOMPARE(discovery.settings->port, m_harness->implicitTls);
        QCOMPARE(discovery.settings->security, Security::ImplicitTls);
        QVERIFY(discovery.settings->authentications.contains(Authentication::PasswordCleartext));
        QVERIFY(discovery.confirmations.contains(ConfirmationReason::Guessed));
        // The plain listener offers no STARTTLS and can never be an alternative.
        for (const OutgoingServer &server : discovery.alternatives) {
            QVERIFY(server.port != m_harness->plain);
        }
        // Everything before the guess came back empty, quickly.
        QCOMPARE(reportOf(discovery, SourceKind::Provider).state, SourceState::Nothing);
        QVERIFY(discovery.elapsedMs < 8000);
    }

    void probeReadsCapabilitiesAfterStartTls()
    {
        LookupConfig settings = config();
        settings.dnsServer = QHostAddress(); // the system resolver knows localhost
        SmtpProbe probe(m_harness->tlsHostName, m_harness->submission, Security::StartTls, settings);
        QSignalSpy finished(&probe, &SmtpProbe::finished);
        probe.start();
        QVERIFY(finished.wait(10000));
        const SmtpProbe::Result result = finished.first().first().value<SmtpProbe::Result>();
        QCOMPARE(result.outcome, SmtpProbe::Outcome::Ok);
        QVERIFY2(result.authMechanisms.contains(u"PLAIN"_s), qPrintable(result.authMechanisms.join(u' ')));
        QVERIFY(result.sizeLimit > 0);

        SmtpProbe plain(m_harness->tlsHostName, m_harness->plain, Security::StartTls, settings);
        QSignalSpy plainFinished(&plain, &SmtpProbe::finished);
        plain.start();
        QVERIFY(plainFinished.wait(10000));
        QCOMPARE(plainFinished.first().first().value<SmtpProbe::Result>().outcome, SmtpProbe::Outcome::NoStartTls);
    }

    void certificateForAnotherNameFailsTheGuessAndSaysWhy()
    {
        // mail.hosted.test points at the harness, whose certificate is for another name:
        // the shared-hosting case. The probe must refuse it and name what it was valid for.
        LocalDnsServer dns(m_dnsAddress);
        dns.addAddress(u"mail.hosted.test"_s, QHostAddress(QHostAddress::LocalHost));
        QVERIFY2(dns.start(), qPrintable(dns.errorString()));

        Lookup lookup(config());
        QSignalSpy finished(&lookup, &Lookup::finished);
        lookup.start(u"ola@hosted.test"_s);
        QVERIFY(finished.wait(20000));
        const Discovery discovery = finished.first().first().value<Discovery>();
        QVERIFY(!discovery.settings);
        const SourceReport guess = reportOf(discovery, SourceKind::Guess);
        QCOMPARE(guess.state, SourceState::Failed);
        QCOMPARE(guess.reason, Reason::CertificateInvalid);
        QCOMPARE(guess.subject, u"mail.hosted.test"_s);
        QVERIFY2(guess.certificateNames.contains(m_harness->tlsHostName),
                 qPrintable(guess.certificateNames.join(u',')));
        QVERIFY(Messages::describe(guess).contains(m_harness->tlsHostName));
    }
};

QTEST_GUILESS_MAIN(GuessTest)
#include "guesstest.moc"
