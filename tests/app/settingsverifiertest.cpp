// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Verification of discovered settings with real logins against fake servers: which user names
// are tried in which order, that the alternatives are used when a server is unreachable, that
// no password goes to an unencrypted server, and that a third failed login is never attempted.

#include "app/accounts/settingsverifier.h"
#include "tests/support/fakesmtpserver.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using Accounts::Account;
using Accounts::SettingsVerifier;
using Accounts::VerificationResult;
using Autoconfig::Discovery;
using Autoconfig::OutgoingServer;
using Autoconfig::SourceKind;
using ErrorKind = Smtp::Error::Kind;
using TestSupport::FakeSmtpBehaviour;
using TestSupport::FakeSmtpRecord;
using TestSupport::FakeSmtpServer;
using namespace Qt::StringLiterals;

namespace
{

constexpr int FinishTimeoutMs = 30000;
const QString Address = QStringLiteral("ola@example.org");
const QString Password = QStringLiteral("ola-Secret-5");

// What a row's server is: a fake with these accepted user names, a closed port, or plain SMTP.
enum class Endpoint { AcceptsLocalPart, AcceptsAddress, ClosedPort, PlainAcceptsLocalPart };

OutgoingServer serverFor(quint16 port, Autoconfig::Security security = Autoconfig::Security::ImplicitTls)
{
    OutgoingServer server;
    server.hostname = QStringLiteral("localhost");
    server.port = port;
    server.security = security;
    server.authentications = {Autoconfig::Authentication::PasswordCleartext};
    server.username = Address;
    return server;
}

quint16 closedPort()
{
    // A port that was free a moment ago on this helper's own loopback range.
    QTcpServer probe;
    if (!probe.listen(QHostAddress(QStringLiteral("127.0.70.2")), 0)) {
        return 0;
    }
    return probe.serverPort();
}

} // namespace

Q_DECLARE_METATYPE(Endpoint)
Q_DECLARE_METATYPE(SourceKind)

class SettingsVerifierTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void verifies_data();
    void verifies();
    void listsCandidates_data();
    void listsCandidates();
};

void SettingsVerifierTest::verifies_data()
{
    QTest::addColumn<QList<Endpoint>>("endpoints"); // settings first, then alternatives
    QTest::addColumn<SourceKind>("source");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QStringList>("triedUserNames"); // "server index:user name", in order
    QTest::addColumn<int>("verifiedServer"); // -1: nothing verified
    QTest::addColumn<QString>("verifiedUserName");
    QTest::addColumn<int>("failedLogins");
    QTest::addColumn<int>("errorKind"); // -1: none

    QTest::newRow("full address refused, local part accepted")
        << QList<Endpoint>{Endpoint::AcceptsLocalPart} << SourceKind::Guess << Password
        << QStringList{u"0:ola@example.org"_s, u"0:ola"_s} << 0 << u"ola"_s << 1 << -1;
    QTest::newRow("full address accepted at once")
        << QList<Endpoint>{Endpoint::AcceptsAddress} << SourceKind::Srv << Password
        << QStringList{u"0:ola@example.org"_s} << 0 << Address << 0 << -1;
    QTest::newRow("user name stated by the ISPDB: no guessing")
        << QList<Endpoint>{Endpoint::AcceptsLocalPart} << SourceKind::Ispdb << Password
        << QStringList{u"0:ola@example.org"_s} << -1 << QString() << 1 << int(ErrorKind::AuthenticationFailed);
    QTest::newRow("wrong password: a third login is never tried")
        << QList<Endpoint>{Endpoint::AcceptsLocalPart, Endpoint::AcceptsLocalPart} << SourceKind::Guess
        << u"wrong-password"_s << QStringList{u"0:ola@example.org"_s, u"0:ola"_s} << -1 << QString() << 2
        << int(ErrorKind::AuthenticationFailed);
    QTest::newRow("unreachable server: the alternative verifies")
        << QList<Endpoint>{Endpoint::ClosedPort, Endpoint::AcceptsAddress} << SourceKind::Guess << Password
        << QStringList{u"0:ola@example.org"_s, u"1:ola@example.org"_s} << 1 << Address << 0 << -1;
    QTest::newRow("plain server never gets the password")
        << QList<Endpoint>{Endpoint::PlainAcceptsLocalPart, Endpoint::AcceptsLocalPart} << SourceKind::Guess << Password
        << QStringList{u"1:ola@example.org"_s, u"1:ola"_s} << 1 << u"ola"_s << 1 << -1;
    QTest::newRow("nothing usable") << QList<Endpoint>{Endpoint::PlainAcceptsLocalPart} << SourceKind::Guess << Password
                                    << QStringList{} << -1 << QString() << 0 << -1;
}

void SettingsVerifierTest::verifies()
{
    QFETCH(QList<Endpoint>, endpoints);
    QFETCH(SourceKind, source);
    QFETCH(QString, password);
    QFETCH(QStringList, triedUserNames);
    QFETCH(int, verifiedServer);
    QFETCH(QString, verifiedUserName);
    QFETCH(int, failedLogins);
    QFETCH(int, errorKind);

    std::vector<std::unique_ptr<FakeSmtpServer>> servers;
    QList<OutgoingServer> outgoing;
    for (const Endpoint endpoint : std::as_const(endpoints)) {
        if (endpoint == Endpoint::ClosedPort) {
            const quint16 port = closedPort();
            QVERIFY(port != 0);
            OutgoingServer server = serverFor(port);
            server.hostname = QStringLiteral("127.0.70.2");
            outgoing.append(server);
            servers.push_back(nullptr);
            continue;
        }
        FakeSmtpBehaviour behaviour;
        behaviour.tls = endpoint == Endpoint::PlainAcceptsLocalPart ? FakeSmtpBehaviour::Tls::None
                                                                    : FakeSmtpBehaviour::Tls::Implicit;
        behaviour.capabilities = behaviour.capabilitiesTls;
        behaviour.passwords = {{endpoint == Endpoint::AcceptsAddress ? Address : u"ola"_s, Password}};
        auto server = std::make_unique<FakeSmtpServer>(behaviour);
        QVERIFY(server->listenOnLoopback());
        outgoing.append(serverFor(server->serverPort(),
                                  endpoint == Endpoint::PlainAcceptsLocalPart ? Autoconfig::Security::Plain
                                                                              : Autoconfig::Security::ImplicitTls));
        servers.push_back(std::move(server));
    }
    Discovery discovery;
    discovery.emailAddress = Address;
    discovery.source = source;
    discovery.settings = outgoing.first();
    discovery.alternatives = outgoing.mid(1);

    SettingsVerifier verifier;
    verifier.setAdditionalCaCertificates(FakeSmtpServer::caCertificates());
    QSignalSpy started(&verifier, &SettingsVerifier::attemptStarted);
    QSignalSpy finished(&verifier, &SettingsVerifier::finished);
    verifier.start(discovery, password);
    QVERIFY(finished.wait(FinishTimeoutMs));
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
    const auto result = finished.first().first().value<VerificationResult>();

    QStringList tried;
    for (const Accounts::VerificationAttempt &attempt : std::as_const(result.attempts)) {
        const int index = int(outgoing.indexOf(*std::find_if(
            outgoing.cbegin(), outgoing.cend(), [&](const auto &s) { return s.port == attempt.candidate.port; })));
        tried.append(QStringLiteral("%1:%2").arg(index).arg(attempt.candidate.userName));
    }
    QCOMPARE(tried, triedUserNames);
    QCOMPARE(started.count(), triedUserNames.size());
    QCOMPARE(result.ok(), verifiedServer >= 0);
    QCOMPARE(result.failedLogins, failedLogins);
    if (verifiedServer >= 0) {
        QCOMPARE(result.verified->port, outgoing.at(verifiedServer).port);
        QCOMPARE(result.verified->userName, verifiedUserName);
        QCOMPARE(result.verified->email, Address);
        QVERIFY(!result.error);
    }
    QCOMPARE(result.error.has_value() && result.error->kind == ErrorKind(errorKind), errorKind >= 0);
    if (errorKind == int(ErrorKind::AuthenticationFailed)) {
        QCOMPARE(int(result.explanation->category), int(Diagnostics::Category::WrongCredentials));
    }
    for (size_t i = 0; i < servers.size(); ++i) {
        if (!servers[i]) {
            continue;
        }
        const FakeSmtpRecord &record = servers[i]->record();
        int attemptsHere = 0;
        for (const QString &entry : std::as_const(tried)) {
            attemptsHere += entry.startsWith(QString::number(i) + QLatin1Char(':'));
        }
        QCOMPARE(record.connections, attemptsHere);
        if (endpoints.at(int(i)) == Endpoint::PlainAcceptsLocalPart) {
            QVERIFY(!record.received("AUTH"));
        }
        QVERIFY(!record.received("MAIL"));
    }
    for (const Accounts::VerificationAttempt &attempt : std::as_const(result.attempts)) {
        QVERIFY(!Smtp::Transcript::toText(attempt.transcript).contains(password));
    }
}

void SettingsVerifierTest::listsCandidates_data()
{
    QTest::addColumn<SourceKind>("source");
    QTest::addColumn<QString>("userName"); // as the source stated it (empty: not stated)
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("guess, full address") << SourceKind::Guess << Address << QStringList{Address, u"ola"_s};
    QTest::newRow("guess, no user name") << SourceKind::Guess << QString() << QStringList{Address, u"ola"_s};
    QTest::newRow("SRV, full address") << SourceKind::Srv << Address << QStringList{Address, u"ola"_s};
    QTest::newRow("provider, full address") << SourceKind::Provider << Address << QStringList{Address};
    QTest::newRow("ISPDB, local part") << SourceKind::Ispdb << u"ola"_s << QStringList{u"ola"_s};
    QTest::newRow("guess, another name") << SourceKind::Guess << u"o.nowak"_s << QStringList{u"o.nowak"_s};
}

void SettingsVerifierTest::listsCandidates()
{
    QFETCH(SourceKind, source);
    QFETCH(QString, userName);
    QFETCH(QStringList, expected);

    Discovery discovery;
    discovery.emailAddress = Address;
    discovery.source = source;
    OutgoingServer server = serverFor(465);
    server.username = userName;
    discovery.settings = server;
    QStringList names;
    for (const Account &candidate : SettingsVerifier::candidates(discovery)) {
        QCOMPARE(candidate.host, server.hostname);
        QVERIFY(candidate.security == Accounts::Security::ImplicitTls);
        names.append(candidate.userName);
    }
    QCOMPARE(names, expected);
}

QTEST_GUILESS_MAIN(SettingsVerifierTest)
#include "settingsverifiertest.moc"
