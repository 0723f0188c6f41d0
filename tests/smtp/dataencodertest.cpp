// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/smtp/dataencoder.h"

#include <QRegularExpression>
#include <QTest>

using Smtp::DataEncoder;

class DataEncoderTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void encodes_data();
    void encodes();
    void sameOutputForEverySplit_data();
    void sameOutputForEverySplit();
    void notesEightBitAndLongLines();
};

void DataEncoderTest::encodes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("wire");

    QTest::newRow("CRLF message") << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nb\r\n.\r\n");
    QTest::newRow("no final line end") << QByteArray("a\r\nb") << QByteArray("a\r\nb\r\n.\r\n");
    QTest::newRow("empty message") << QByteArray() << QByteArray(".\r\n");
    QTest::newRow("first line starts with a dot") << QByteArray(".foo\r\n") << QByteArray("..foo\r\n.\r\n");
    QTest::newRow("a line that is a single dot")
        << QByteArray("a\r\n.\r\nb\r\n") << QByteArray("a\r\n..\r\nb\r\n.\r\n");
    QTest::newRow("a line of two dots") << QByteArray("..\r\n") << QByteArray("...\r\n.\r\n");
    QTest::newRow("dot inside a line stays") << QByteArray("a.b\r\n") << QByteArray("a.b\r\n.\r\n");
    QTest::newRow("bare LF dot bare LF (smuggling)") << QByteArray("a\n.\nb\n") << QByteArray("a\r\n..\r\nb\r\n.\r\n");
    QTest::newRow("CRLF dot LF") << QByteArray("a\r\n.\nb") << QByteArray("a\r\n..\r\nb\r\n.\r\n");
    QTest::newRow("LF dot CRLF") << QByteArray("a\n.\r\nb") << QByteArray("a\r\n..\r\nb\r\n.\r\n");
    QTest::newRow("lone CR") << QByteArray("a\rb\r\n") << QByteArray("a\r\nb\r\n.\r\n");
    QTest::newRow("lone CR before a dot") << QByteArray("a\r.\r\n") << QByteArray("a\r\n..\r\n.\r\n");
    QTest::newRow("CR CR LF") << QByteArray("a\r\r\nb") << QByteArray("a\r\n\r\nb\r\n.\r\n");
    QTest::newRow("trailing lone CR") << QByteArray("a\r") << QByteArray("a\r\n.\r\n");
    QTest::newRow("message ending in CRLF.CRLF") << QByteArray("a\r\n.\r\n") << QByteArray("a\r\n..\r\n.\r\n");
    QTest::newRow("blank lines kept") << QByteArray("\r\n\r\nx\r\n") << QByteArray("\r\n\r\nx\r\n.\r\n");
}

void DataEncoderTest::encodes()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, wire);
    DataEncoder encoder;
    QByteArray output;
    encoder.encode(input, output);
    encoder.finish(output);
    QCOMPARE(output, wire);
}

void DataEncoderTest::sameOutputForEverySplit_data()
{
    encodes_data();
}

void DataEncoderTest::sameOutputForEverySplit()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, wire);
    for (qsizetype first = 0; first <= input.size(); ++first) {
        for (qsizetype second = first; second <= input.size(); ++second) {
            DataEncoder encoder;
            QByteArray output;
            encoder.encode(QByteArrayView(input).first(first), output);
            encoder.encode(QByteArrayView(input).sliced(first, second - first), output);
            encoder.encode(QByteArrayView(input).sliced(second), output);
            encoder.finish(output);
            QCOMPARE(output, wire);
        }
    }
}

void DataEncoderTest::notesEightBitAndLongLines()
{
    DataEncoder plain;
    QByteArray output;
    plain.encode(QByteArray("short\r\n" + QByteArray(998, 'x') + "\r\n"), output);
    plain.finish(output);
    QVERIFY(!plain.sawEightBit());
    QCOMPARE(plain.longestLine(), 998);

    DataEncoder eightBit;
    eightBit.encode("za\xc5\xbc\xc3\xb3\xc5\x82\xc4\x87", output);
    QVERIFY(eightBit.sawEightBit());

    DataEncoder tooLong;
    tooLong.encode(QByteArray(999, 'x'), output);
    tooLong.finish(output);
    QCOMPARE(tooLong.longestLine(), 999);
}

void DataEncoderTest::init()
{
    // Unexpected warnings are failures.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

QTEST_GUILESS_MAIN(DataEncoderTest)
#include "dataencodertest.moc"
