// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The connection test against the fault-injecting fake server and a closed port: every step's
// status, the error value, the explainer's category, and the certificate chain a failed
// verification leaves for the user to inspect. The real-server cases are in
// connectiontestpostfixtest.cpp.

#include "app/diagnostics/connectiontest.h"
#include "tests/support/fakesmtpserver.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using Diagnostics::Category;
using Diagnostics::ConnectionTest;
using Diagnostics::ConnectionTestReport;
using Diagnostics::ConnectionTestStep;
using Status = Diagnostics::ConnectionTestStep::Status;
using Accounts::Security;
using ErrorKind = Smtp::Error::Kind;
using TestSupport::FakeSmtpBehaviour;
using TestSupport::FakeSmtpRecord;
using TestSupport::FakeSmtpServer;

Q_DECLARE_METATYPE(FakeSmtpBehaviour::Tls)
Q_DECLARE_METATYPE(FakeSmtpBehaviour::Certificate)

namespace
{

constexpr int FinishTimeoutMs = 20000;
const QString Password = QStringLiteral("alice-Secret-7");

using Statuses = QList<Status>;

Smtp::SessionSettings settingsFor(quint16 port, Security security)
{
    Smtp::SessionSettings settings;
    settings.host = QStringLiteral("localhost");
    settings.port = port;
    settings.security = security;
    settings.authMethod = Accounts::AuthMethod::Auto;
    settings.userName = QStringLiteral("alice");
    settings.additionalCaCertificates = FakeSmtpServer::caCertificates();
    settings.timeouts = Smtp::Timeouts::uniform(std::chrono::seconds(10));
    return settings;
}

std::optional<ConnectionTestReport> run(ConnectionTest &test, QList<QList<QVariant>> *changes = nullptr)
{
    QSignalSpy steps(&test, &ConnectionTest::stepChanged);
    QSignalSpy finished(&test, &ConnectionTest::finished);
    test.start();
    if (!finished.wait(FinishTimeoutMs)) {
        return std::nullopt;
    }
    QTest::qWait(50); // nothing may follow finished()
    if (finished.count() != 1) {
        return std::nullopt;
    }
    if (changes) {
        *changes = steps;
    }
    return finished.first().first().value<ConnectionTestReport>();
}

QList<int> statusesOf(const ConnectionTestReport &report)
{
    QList<int> statuses;
    for (const ConnectionTestStep &step : report.steps) {
        statuses.append(int(step.status));
    }
    return statuses;
}

QList<int> asInts(const Statuses &statuses)
{
    QList<int> result;
    for (const Status status : statuses) {
        result.append(int(status));
    }
    return result;
}

} // namespace

class ConnectionTestTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reportsEachStep_data();
    void reportsEachStep();
    void reportsRefusedConnection();
    void cancels();
    void reportsJson();
};

void ConnectionTestTest::reportsEachStep_data()
{
    QTest::addColumn<FakeSmtpBehaviour::Tls>("serverTls");
    QTest::addColumn<FakeSmtpBehaviour::Certificate>("certificate");
    QTest::addColumn<bool>("offerStartTls");
    QTest::addColumn<Security>("security");
    QTest::addColumn<QString>("password"); // empty: no credentials given
    QTest::addColumn<bool>("ok");
    QTest::addColumn<Statuses>("statuses");
    QTest::addColumn<int>("errorKind"); // -1: none
    QTest::addColumn<int>("category"); // -1: none
    QTest::addColumn<bool>("chainExpected");

    const auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };
    const Statuses allPassed{Status::Passed, Status::Passed, Status::Passed, Status::Passed, Status::Passed};
    row("implicit TLS, right password") << FakeSmtpBehaviour::Tls::Implicit << FakeSmtpBehaviour::Certificate::Valid
                                        << true << Security::ImplicitTls << Password << true << allPassed << -1 << -1
                                        << true;
    row("STARTTLS, right password") << FakeSmtpBehaviour::Tls::StartTls << FakeSmtpBehaviour::Certificate::Valid << true
                                    << Security::StartTls << Password << true << allPassed << -1 << -1 << true;
    row("STARTTLS, no password given") << FakeSmtpBehaviour::Tls::StartTls << FakeSmtpBehaviour::Certificate::Valid
                                       << true << Security::StartTls << QString() << true
                                       << Statuses{Status::Passed, Status::Passed, Status::Passed, Status::Passed,
                                                   Status::Skipped}
                                       << -1 << -1 << true;
    row("wrong password") << FakeSmtpBehaviour::Tls::StartTls << FakeSmtpBehaviour::Certificate::Valid << true
                          << Security::StartTls << QStringLiteral("not-the-password") << false
                          << Statuses{Status::Passed, Status::Passed, Status::Passed, Status::Passed, Status::Failed}
                          << int(ErrorKind::AuthenticationFailed) << int(Category::WrongCredentials) << true;
    row("STARTTLS not offered: fails closed")
        << FakeSmtpBehaviour::Tls::StartTls << FakeSmtpBehaviour::Certificate::Valid << false << Security::StartTls
        << Password << false
        << Statuses{Status::Passed, Status::Passed, Status::Failed, Status::Skipped, Status::Skipped}
        << int(ErrorKind::StartTlsNotOffered) << int(Category::EncryptionRequired) << false;
    row("certificate for another name") << FakeSmtpBehaviour::Tls::Implicit << FakeSmtpBehaviour::Certificate::WrongHost
                                        << true << Security::ImplicitTls << Password << false
                                        << Statuses{Status::Passed, Status::Passed, Status::Failed, Status::Skipped,
                                                    Status::Skipped}
                                        << int(ErrorKind::CertificateUntrusted) << int(Category::CertificateProblem)
                                        << true;
    row("expired certificate") << FakeSmtpBehaviour::Tls::StartTls << FakeSmtpBehaviour::Certificate::Expired << true
                               << Security::StartTls << Password << false
                               << Statuses{Status::Passed, Status::Passed, Status::Failed, Status::Skipped,
                                           Status::Skipped}
                               << int(ErrorKind::CertificateUntrusted) << int(Category::CertificateProblem) << true;
    row("no encryption: the password is not sent")
        << FakeSmtpBehaviour::Tls::None << FakeSmtpBehaviour::Certificate::Valid << true << Security::None << Password
        << false << Statuses{Status::Passed, Status::Passed, Status::Skipped, Status::Passed, Status::Failed}
        << int(ErrorKind::PlaintextAuthRefused) << int(Category::EncryptionRequired) << false;
}

void ConnectionTestTest::reportsEachStep()
{
    QFETCH(FakeSmtpBehaviour::Tls, serverTls);
    QFETCH(FakeSmtpBehaviour::Certificate, certificate);
    QFETCH(bool, offerStartTls);
    QFETCH(Security, security);
    QFETCH(QString, password);
    QFETCH(bool, ok);
    QFETCH(Statuses, statuses);
    QFETCH(int, errorKind);
    QFETCH(int, category);
    QFETCH(bool, chainExpected);

    FakeSmtpBehaviour behaviour;
    behaviour.tls = serverTls;
    behaviour.certificate = certificate;
    if (!offerStartTls) {
        behaviour.capabilities.removeAll(QStringLiteral("STARTTLS"));
    }
    if (serverTls == FakeSmtpBehaviour::Tls::None) {
        behaviour.capabilities = behaviour.capabilitiesTls; // a server that would take AUTH in clear
    }
    FakeSmtpServer server(behaviour);
    QVERIFY(server.listenOnLoopback());

    std::optional<Smtp::Credentials> credentials;
    if (!password.isEmpty()) {
        credentials = Smtp::Credentials::password(password);
    }
    ConnectionTest test(settingsFor(server.serverPort(), security), credentials);
    QList<QList<QVariant>> changes;
    const std::optional<ConnectionTestReport> report = run(test, &changes);
    QVERIFY(report);

    QCOMPARE(report->ok, ok);
    QCOMPARE(statusesOf(*report), asInts(statuses));
    QCOMPARE(report->error.has_value(), errorKind >= 0);
    QCOMPARE(report->explanation.has_value(), errorKind >= 0);
    if (errorKind >= 0) {
        QCOMPARE(int(report->error->kind), errorKind);
        QCOMPARE(int(report->explanation->category), category);
        QCOMPARE(report->failedStep(), int(statuses.indexOf(Status::Failed)));
    }
    QCOMPARE(!report->peerChain.isEmpty(), chainExpected);
    if (errorKind == int(ErrorKind::CertificateUntrusted)) {
        QVERIFY(!report->error->certificateChain.isEmpty());
        QCOMPARE(report->error->certificateChain.first().certificate, report->peerChain.first());
        QVERIFY(report->tlsDescription.isEmpty());
    }
    for (const ConnectionTestStep &step : report->steps) {
        QVERIFY2(!step.detail.isEmpty(), qPrintable(ConnectionTestStep::kindName(step.kind)));
        QVERIFY(step.elapsedMs >= 0);
    }
    QCOMPARE(report->addresses.isEmpty(), false);
    // The live view ends where the report does: the last change of each step is its final value.
    QVERIFY(!changes.isEmpty());
    for (int i = 0; i < report->steps.size(); ++i) {
        std::optional<ConnectionTestStep> last;
        for (const QList<QVariant> &change : std::as_const(changes)) {
            if (change.at(0).toInt() == i) {
                last = change.at(1).value<ConnectionTestStep>();
            }
        }
        QVERIFY(last);
        QCOMPARE(int(last->status), int(report->steps.at(i).status));
    }
    if (security == Security::None || !offerStartTls) {
        QVERIFY(!server.record().received("AUTH"));
    }
    if (!password.isEmpty()) {
        const QString transcript = Smtp::Transcript::toText(report->transcript);
        QVERIFY(!transcript.contains(password));
        QVERIFY(!transcript.contains(QString::fromLatin1(password.toUtf8().toBase64())));
    }
    QVERIFY(!report->transcript.isEmpty());
}

void ConnectionTestTest::reportsRefusedConnection()
{
    // A port that was free a moment ago on this helper's own loopback address.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress(QStringLiteral("127.0.70.1")), 0));
    const quint16 port = probe.serverPort();
    probe.close();

    Smtp::SessionSettings settings = settingsFor(port, Security::ImplicitTls);
    settings.host = QStringLiteral("127.0.70.1");
    ConnectionTest test(settings, Smtp::Credentials::password(Password));
    const std::optional<ConnectionTestReport> report = run(test);
    QVERIFY(report);
    QVERIFY(!report->ok);
    QCOMPARE(statusesOf(*report),
             asInts(Statuses{Status::Passed, Status::Failed, Status::Skipped, Status::Skipped, Status::Skipped}));
    QCOMPARE(report->error->kind, ErrorKind::ConnectionRefused);
    QCOMPARE(int(report->explanation->category), int(Category::ConnectionRefused));
    QCOMPARE(report->addresses, QList<QHostAddress>{QHostAddress(QStringLiteral("127.0.70.1"))});
}

void ConnectionTestTest::cancels()
{
    FakeSmtpBehaviour behaviour;
    behaviour.stallAt = "EHLO";
    FakeSmtpServer server(behaviour);
    QVERIFY(server.listenOnLoopback());
    ConnectionTest test(settingsFor(server.serverPort(), Security::StartTls), Smtp::Credentials::password(Password));
    QSignalSpy finished(&test, &ConnectionTest::finished);
    test.start();
    QTRY_VERIFY_WITH_TIMEOUT(server.record().received("EHLO"), FinishTimeoutMs);
    test.cancel();
    QVERIFY(finished.wait(FinishTimeoutMs));
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
    const auto report = finished.first().first().value<ConnectionTestReport>();
    QCOMPARE(report.error->kind, ErrorKind::Cancelled);
    QCOMPARE(int(report.steps.at(int(ConnectionTestStep::Kind::TlsHandshake)).status), int(Status::Failed));
    QVERIFY(!test.isRunning());
}

void ConnectionTestTest::reportsJson()
{
    FakeSmtpBehaviour behaviour;
    behaviour.tls = FakeSmtpBehaviour::Tls::Implicit;
    FakeSmtpServer server(behaviour);
    QVERIFY(server.listenOnLoopback());
    ConnectionTest test(settingsFor(server.serverPort(), Security::ImplicitTls),
                        Smtp::Credentials::password(QStringLiteral("wrong")));
    const std::optional<ConnectionTestReport> report = run(test);
    QVERIFY(report);
    const QJsonObject json = report->toJson();
    QCOMPARE(json.value(QStringLiteral("ok")).toBool(true), false);
    const QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), 5);
    const QStringList names{QStringLiteral("resolve"), QStringLiteral("connect"), QStringLiteral("tls"),
                            QStringLiteral("ehlo"), QStringLiteral("auth")};
    for (int i = 0; i < steps.size(); ++i) {
        const QJsonObject step = steps.at(i).toObject();
        QCOMPARE(step.value(QStringLiteral("name")).toString(), names.at(i));
        QVERIFY(step.value(QStringLiteral("ok")).isBool());
        QVERIFY(step.value(QStringLiteral("elapsed_ms")).isDouble());
        QVERIFY(step.value(QStringLiteral("detail")).isString());
    }
    QCOMPARE(steps.at(4).toObject().value(QStringLiteral("ok")).toBool(true), false);
    const QJsonObject error = json.value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("category")).toString(), QStringLiteral("wrong-credentials"));
    QCOMPARE(error.value(QStringLiteral("reply_code")).toInt(), 535);
    QVERIFY(json.value(QStringLiteral("size_limit")).toInteger() > 0);
    const QJsonArray certificates = json.value(QStringLiteral("certificates")).toArray();
    QVERIFY(!certificates.isEmpty());
    QVERIFY(certificates.first().toObject().value(QStringLiteral("sha256")).toString().contains(QLatin1Char(':')));
}

QTEST_GUILESS_MAIN(ConnectionTestTest)
#include "connectiontesttest.moc"
