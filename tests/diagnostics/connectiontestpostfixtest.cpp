// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The connection test against the real Postfix + Dovecot harness (CTest fixture "postfix"):
// success over implicit TLS and STARTTLS with the real capabilities and TLS facts, a wrong
// password explained as such with the AUTH step failed, and the plain port where Kurier refuses
// to send the password at all. Passwords come from harness.json and are never printed.

#include "app/diagnostics/connectiontest.h"
#include "tests/support/harnessconfig.h"

#include <QSignalSpy>
#include <QTest>

using Diagnostics::Category;
using Diagnostics::ConnectionTest;
using Diagnostics::ConnectionTestReport;
using Diagnostics::ConnectionTestStep;
using Status = Diagnostics::ConnectionTestStep::Status;
using StepKind = Diagnostics::ConnectionTestStep::Kind;
using Accounts::Security;
using ErrorKind = Smtp::Error::Kind;
using Service = HarnessConfig::Service;

Q_DECLARE_METATYPE(HarnessConfig::Service)

namespace
{

constexpr int FinishTimeoutMs = 30000;
using Statuses = QList<Status>;

Security securityOf(HarnessConfig::Security security)
{
    switch (security) {
    case HarnessConfig::Security::None:
        return Security::None;
    case HarnessConfig::Security::StartTls:
        return Security::StartTls;
    case HarnessConfig::Security::ImplicitTls:
        return Security::ImplicitTls;
    }
    return Security::StartTls;
}

} // namespace

class ConnectionTestPostfixTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void testsTheRealServer_data();
    void testsTheRealServer();

private:
    HarnessConfig m_config;
    QList<QSslCertificate> m_ca;
};

void ConnectionTestPostfixTest::initTestCase()
{
    m_config = HarnessConfig::load(QStringLiteral(KURIER_HARNESS_STATE_DIR));
    QVERIFY2(m_config.isValid(), qPrintable(m_config.errorString()));
    m_ca = QSslCertificate::fromPath(m_config.caCertificatePath());
    QVERIFY(!m_ca.isEmpty());
}

void ConnectionTestPostfixTest::testsTheRealServer_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<bool>("rightPassword");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<Statuses>("statuses");
    QTest::addColumn<int>("errorKind"); // -1: none
    QTest::addColumn<int>("category"); // -1: none

    const Statuses allPassed{Status::Passed, Status::Passed, Status::Passed, Status::Passed, Status::Passed};
    QTest::newRow("implicit TLS (22465)") << Service::ImplicitTls << true << true << allPassed << -1 << -1;
    QTest::newRow("STARTTLS (22587)") << Service::Submission << true << true << allPassed << -1 << -1;
    QTest::newRow("wrong password, implicit TLS")
        << Service::ImplicitTls << false << false
        << Statuses{Status::Passed, Status::Passed, Status::Passed, Status::Passed, Status::Failed}
        << int(ErrorKind::AuthenticationFailed) << int(Category::WrongCredentials);
    QTest::newRow("wrong password, STARTTLS")
        << Service::Submission << false << false
        << Statuses{Status::Passed, Status::Passed, Status::Passed, Status::Passed, Status::Failed}
        << int(ErrorKind::AuthenticationFailed) << int(Category::WrongCredentials);
    QTest::newRow("plain port (22025) refuses to send the password")
        << Service::Plain << true << false
        << Statuses{Status::Passed, Status::Passed, Status::Skipped, Status::Passed, Status::Failed}
        << int(ErrorKind::PlaintextAuthRefused) << int(Category::EncryptionRequired);
}

void ConnectionTestPostfixTest::testsTheRealServer()
{
    QFETCH(Service, service);
    QFETCH(bool, rightPassword);
    QFETCH(bool, ok);
    QFETCH(Statuses, statuses);
    QFETCH(int, errorKind);
    QFETCH(int, category);

    const HarnessConfig::Endpoint endpoint = m_config.endpoint(service);
    const HarnessConfig::User alice = m_config.user(QStringLiteral("alice"));
    Smtp::SessionSettings settings;
    settings.host = m_config.tlsHostName();
    settings.port = endpoint.port;
    settings.security = securityOf(endpoint.security);
    settings.authMethod = Accounts::AuthMethod::Auto;
    settings.userName = alice.address;
    settings.additionalCaCertificates = m_ca;
    settings.timeouts = Smtp::Timeouts::uniform(std::chrono::seconds(20));
    const QString password = rightPassword ? alice.password : alice.password + QStringLiteral("-wrong");

    ConnectionTest test(settings, Smtp::Credentials::password(password));
    QSignalSpy finished(&test, &ConnectionTest::finished);
    test.start();
    QVERIFY(finished.wait(FinishTimeoutMs));
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
    const auto report = finished.first().first().value<ConnectionTestReport>();

    QList<int> actual;
    QList<int> expected;
    for (const Status status : std::as_const(statuses)) {
        expected.append(int(status));
    }
    for (const ConnectionTestStep &step : report.steps) {
        actual.append(int(step.status));
        QVERIFY(!step.detail.isEmpty());
    }
    QCOMPARE(report.ok, ok);
    QCOMPARE(actual, expected);
    QVERIFY(report.addresses.contains(QHostAddress(m_config.host())));
    QCOMPARE(report.error.has_value(), errorKind >= 0);
    if (errorKind >= 0) {
        QCOMPARE(int(report.error->kind), errorKind);
        QCOMPARE(int(report.explanation->category), category);
    }
    if (settings.security != Security::None) {
        QVERIFY(report.tlsDescription.startsWith(QLatin1String("TLSv1.")));
        QVERIFY(!report.peerChain.isEmpty());
        QVERIFY(report.capabilities.has(Smtp::Capabilities::Extension::Auth));
        const QString tlsDetail = report.steps.at(int(StepKind::TlsHandshake)).detail;
        QVERIFY2(tlsDetail.contains(report.tlsDescription), qPrintable(tlsDetail));
    } else {
        QVERIFY(report.tlsDescription.isEmpty());
        // The transcript proves the password never left: no AUTH command at all.
        for (const Smtp::TranscriptLine &line : report.transcript) {
            QVERIFY(!(line.direction == Smtp::TranscriptLine::Direction::Client
                      && line.text.startsWith(QLatin1String("AUTH"))));
        }
    }
    QVERIFY(report.capabilities.has(Smtp::Capabilities::Extension::Size));
    QVERIFY(report.capabilities.sizeLimit() > 0);
    const QString transcript = Smtp::Transcript::toText(report.transcript);
    QVERIFY(!transcript.contains(password));
}

QTEST_GUILESS_MAIN(ConnectionTestPostfixTest)
#include "connectiontestpostfixtest.moc"
