// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/diagnostics/failureevidence.h"

#include <QTest>

using Diagnostics::FailureEvidence;

// Reading replies the way users paste them: from a server transcript, or from another
// program's error message that quotes the reply somewhere inside.
class FailureEvidenceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsReplies_data();
    void readsReplies();
    void matchTextDropsCodes_data();
    void matchTextDropsCodes();
    void keepsTheServerTextVerbatim();
    void boundsHugeInput();
    void idsRoundTrip();
};

void FailureEvidenceTest::readsReplies_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("replyCode");
    QTest::addColumn<QString>("enhancedCode");
    QTest::addColumn<bool>("isReply");

    QTest::newRow("single line with enhanced code")
        << QStringLiteral("535 5.7.8 Error: authentication failed") << 535 << QStringLiteral("5.7.8") << true;
    QTest::newRow("multi-line, code from the last line")
        << QStringLiteral("534-5.7.9 Application-specific password required.\n534 5.7.9  https://x - gsmtp") << 534
        << QStringLiteral("5.7.9") << true;
    QTest::newRow("CRLF line ends") << QStringLiteral("550-5.1.1 no such user\r\n550 5.1.1 try again\r\n") << 550
                                    << QStringLiteral("5.1.1") << true;
    QTest::newRow("no enhanced code") << QStringLiteral("535 Incorrect authentication data") << 535 << QString()
                                      << true;
    QTest::newRow("enhanced code of another class is ignored")
        << QStringLiteral("550 2.1.5 odd server") << 550 << QString() << true;
    QTest::newRow("three-digit enhanced detail")
        << QStringLiteral("535 5.7.139 Authentication unsuccessful") << 535 << QStringLiteral("5.7.139") << true;
    QTest::newRow("positive reply is no failure")
        << QStringLiteral("250 2.0.0 Ok: queued") << 250 << QStringLiteral("2.0.0") << false;
    QTest::newRow("python exception") << QStringLiteral(
        "smtplib.SMTPAuthenticationError: (534, b'5.7.9 Application-specific password required.')")
                                      << 534 << QStringLiteral("5.7.9") << true;
    QTest::newRow("swiftmailer message") << QStringLiteral(
        "Expected response code 250 but got code \"535\", with message \"535-5.7.8 Username and "
        "Password not accepted.") << 535 << QStringLiteral("5.7.8")
                                         << true;
    QTest::newRow("nodemailer message") << QStringLiteral("Error: Invalid login: 535 5.7.8 Authentication rejected")
                                        << 535 << QStringLiteral("5.7.8") << true;
    QTest::newRow("code at a clause") << QStringLiteral(
        "SMTP ERROR: Password command failed: 535 Incorrect authentication data")
                                      << 535 << QString() << true;
    QTest::newRow("enhanced code only") << QStringLiteral("5.7.3 Authentication unsuccessful [BN3PR03CA0067]") << 0
                                        << QStringLiteral("5.7.3") << true;
    QTest::newRow("hash before the enhanced code")
        << QStringLiteral("452 #4.5.3 Too many recipients.") << 452 << QStringLiteral("4.5.3") << true;
    QTest::newRow("port numbers are not codes")
        << QStringLiteral("could not connect to port 465 or 587") << 0 << QString() << false;
    QTest::newRow("a version is not an enhanced code")
        << QStringLiteral("OpenSSL 3.0.2 failed") << 0 << QString() << false;
    QTest::newRow("nothing") << QString() << 0 << QString() << false;
    QTest::newRow("only spaces and line breaks") << QStringLiteral(" \n\r\n ") << 0 << QString() << false;
}

void FailureEvidenceTest::readsReplies()
{
    QFETCH(QString, text);
    QFETCH(int, replyCode);
    QFETCH(QString, enhancedCode);
    QFETCH(bool, isReply);

    const FailureEvidence evidence = FailureEvidence::fromReplyText(text);
    QCOMPARE(evidence.replyCode, replyCode);
    QCOMPARE(evidence.enhancedCode, enhancedCode);
    QCOMPARE(evidence.kind == FailureEvidence::Kind::Reply, isReply);
    QVERIFY(evidence.phase == FailureEvidence::Phase::Unknown);
}

void FailureEvidenceTest::matchTextDropsCodes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("matchText");

    QTest::newRow("multi-line reply") << QStringLiteral(
        "535-5.7.8 Username and Password not accepted.\n535 5.7.8  Learn more")
                                      << QStringLiteral("Username and Password not accepted. Learn more");
    QTest::newRow("code without enhanced code")
        << QStringLiteral("554-Transaction failed\n554 Reject") << QStringLiteral("Transaction failed Reject");
    QTest::newRow("other text stays") << QStringLiteral("Error: 535 5.7.8 nope")
                                      << QStringLiteral("Error: 535 5.7.8 nope");
}

void FailureEvidenceTest::matchTextDropsCodes()
{
    QFETCH(QString, text);
    QFETCH(QString, matchText);
    QCOMPARE(FailureEvidence::fromReplyText(text).matchText(), matchText);
}

void FailureEvidenceTest::keepsTheServerTextVerbatim()
{
    const QString reply = QStringLiteral("550-5.1.1 The email account that you tried to reach does not exist.\n"
                                         "550 5.1.1  https://support.google.com/mail/?p=NoSuchUser - gsmtp");
    const QString padded = QLatin1String("\n") + reply + QLatin1String("\n");
    QCOMPARE(FailureEvidence::fromReplyText(padded).serverText, reply);

    FailureEvidence withError;
    withError.errorText = QStringLiteral("Connection refused");
    QCOMPARE(withError.matchText(), QStringLiteral("Connection refused"));
}

void FailureEvidenceTest::boundsHugeInput()
{
    const QString huge = QStringLiteral("550 5.1.1 ") + QString(200 * 1024, QLatin1Char('x'));
    const FailureEvidence evidence = FailureEvidence::fromReplyText(huge);
    QVERIFY(evidence.serverText.size() <= 64 * 1024);
    QCOMPARE(evidence.replyCode, 550);
}

void FailureEvidenceTest::idsRoundTrip()
{
    for (int i = int(FailureEvidence::Kind::Unknown); i <= int(FailureEvidence::Kind::Internal); ++i) {
        const auto kind = FailureEvidence::Kind(i);
        QVERIFY(FailureEvidence::kindFromId(FailureEvidence::kindId(kind)) == kind);
    }
    for (int i = int(FailureEvidence::Phase::Unknown); i <= int(FailureEvidence::Phase::Quit); ++i) {
        const auto phase = FailureEvidence::Phase(i);
        QVERIFY(FailureEvidence::phaseFromId(FailureEvidence::phaseId(phase)) == phase);
    }
    QVERIFY(!FailureEvidence::kindFromId(u"no-such-kind"));
}

QTEST_GUILESS_MAIN(FailureEvidenceTest)
#include "failureevidencetest.moc"
