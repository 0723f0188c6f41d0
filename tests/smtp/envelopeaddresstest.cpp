// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/smtp/envelopeaddress.h"

#include <QRegularExpression>
#include <QTest>

using Smtp::EnvelopeAddress;

class EnvelopeAddressTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void parses_data();
    void parses();
    void nullReversePath();
};

void EnvelopeAddressTest::parses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QByteArray>("wire"); // empty: refused
    QTest::addColumn<bool>("needsSmtpUtf8");

    QTest::newRow("plain address") << QStringLiteral("alice@kurier.test") << QByteArray("alice@kurier.test") << false;
    QTest::newRow("plus and dots") << QStringLiteral("a.b+tag@mail.kurier.test")
                                   << QByteArray("a.b+tag@mail.kurier.test") << false;
    QTest::newRow("IDN domain becomes an A-label")
        << QStringLiteral("bob@\u017c\u00f3\u0142w.pl") << QByteArray("bob@xn--w-uga1v8h.pl") << false;
    QTest::newRow("non-ASCII local part needs SMTPUTF8")
        << QStringLiteral("\u0142ucja@kurier.test") << QByteArray("\xc5\x82ucja@kurier.test") << true;
    QTest::newRow("quoted local part with a space")
        << QStringLiteral("\"a b\"@kurier.test") << QByteArray("\"a b\"@kurier.test") << false;
    QTest::newRow("address literal") << QStringLiteral("root@[127.0.0.1]") << QByteArray("root@[127.0.0.1]") << false;
    QTest::newRow("IPv6 address literal")
        << QStringLiteral("root@[IPv6:::1]") << QByteArray("root@[IPv6:::1]") << false;

    QTest::newRow("CRLF and a second command")
        << QStringLiteral("a@b.test>\r\nRCPT TO:<c@d.test") << QByteArray() << false;
    QTest::newRow("bare LF") << QStringLiteral("a\n@b.test") << QByteArray() << false;
    QTest::newRow("NUL") << QString::fromUtf8("a\0b@c.test", 10) << QByteArray() << false;
    QTest::newRow("DEL") << QStringLiteral("a\x7f@c.test") << QByteArray() << false;
    QTest::newRow("C1 control") << QStringLiteral("a\u0085@c.test") << QByteArray() << false;
    QTest::newRow("CRLF hidden in a quoted local part")
        << QStringLiteral("\"a\r\nRCPT TO:<x@y>\"@kurier.test") << QByteArray() << false;
    QTest::newRow("escaped CR in a quoted local part")
        << QStringLiteral("\"a\\\r\"@kurier.test") << QByteArray() << false;
    QTest::newRow("display name") << QStringLiteral("Alice <alice@kurier.test>") << QByteArray() << false;
    QTest::newRow("space outside quotes") << QStringLiteral("al ice@kurier.test") << QByteArray() << false;
    QTest::newRow("no at sign") << QStringLiteral("alice") << QByteArray() << false;
    QTest::newRow("empty domain") << QStringLiteral("alice@") << QByteArray() << false;
    QTest::newRow("empty local part") << QStringLiteral("@kurier.test") << QByteArray() << false;
    QTest::newRow("double dot") << QStringLiteral("a..b@kurier.test") << QByteArray() << false;
    QTest::newRow("65-octet local part") << QString(65, QLatin1Char('a')) + QStringLiteral("@kurier.test")
                                         << QByteArray() << false;
    QTest::newRow("over-long domain") << QStringLiteral("a@") + QString(250, QLatin1Char('b')) + QStringLiteral(".test")
                                      << QByteArray() << false;
}

void EnvelopeAddressTest::parses()
{
    QFETCH(QString, address);
    QFETCH(QByteArray, wire);
    QFETCH(bool, needsSmtpUtf8);
    QString problem;
    const std::optional<EnvelopeAddress> parsed = EnvelopeAddress::parse(address, &problem);
    if (wire.isEmpty()) {
        QVERIFY(!parsed);
        QVERIFY(!problem.isEmpty());
        return;
    }
    QVERIFY2(parsed, qPrintable(problem));
    QCOMPARE(parsed->wire, wire);
    QCOMPARE(parsed->needsSmtpUtf8, needsSmtpUtf8);
}

void EnvelopeAddressTest::nullReversePath()
{
    const std::optional<EnvelopeAddress> empty = EnvelopeAddress::parseReversePath(QString(), nullptr);
    QVERIFY(empty);
    QVERIFY(empty->wire.isEmpty());
    QVERIFY(!EnvelopeAddress::parse(QString(), nullptr));
}

void EnvelopeAddressTest::init()
{
    // Unexpected warnings are failures.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

QTEST_GUILESS_MAIN(EnvelopeAddressTest)
#include "envelopeaddresstest.moc"
