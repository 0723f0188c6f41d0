// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Mime::MessageReader: header text with RFC 2047 words, the plain text of single and
// multipart messages (charsets, quoted-printable, base64, format=flowed), attached files with
// RFC 2231 names, and the bound on nesting. The fuzz seeds in fuzz/corpus/mimereader are read
// here too, so what the replay only survives is also checked for content.

#include "app/mime/messagereader.h"

#include <QFile>
#include <QTest>

using Mime::MessageReader;

class MessageReaderTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodesHeaderText_data();
    void decodesHeaderText();
    void readsPlainText_data();
    void readsPlainText();
    void readsNestedPartsAndFileNames();
    void boundsNesting();
};

void MessageReaderTest::decodesHeaderText_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain ASCII") << QByteArray("Hello there") << QStringLiteral("Hello there");
    QTest::newRow("Q word") << QByteArray("=?UTF-8?Q?Ola_Kowalska?= <ola@example.org>")
                            << QStringLiteral("Ola Kowalska <ola@example.org>");
    QTest::newRow("B word") << QByteArray("=?UTF-8?B?WmHFvMOzxYLEhw==?=") << QStringLiteral("Zażółć");
    QTest::newRow("space between words is not text")
        << QByteArray("=?UTF-8?Q?ja?=  =?UTF-8?Q?=C5=BA=C5=84?=") << QStringLiteral("jaźń");
    QTest::newRow("space between word and text stays")
        << QByteArray("=?UTF-8?Q?Pani?= Ola") << QStringLiteral("Pani Ola");
    QTest::newRow("Latin-2 charset") << QByteArray("=?ISO-8859-2?Q?=B6roda?=") << QStringLiteral("środa");
    QTest::newRow("language suffix") << QByteArray("=?UTF-8*pl?Q?tak?=") << QStringLiteral("tak");
    QTest::newRow("unterminated word is text") << QByteArray("=?UTF-8?Q?abc") << QStringLiteral("=?UTF-8?Q?abc");
}

void MessageReaderTest::decodesHeaderText()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, text);
    QCOMPARE(MessageReader::decodeText(raw), text);
}

void MessageReaderTest::readsPlainText_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("text");
    QTest::newRow("7bit, CRLF") << QByteArray("Subject: a\r\n\r\nline one\r\nline two\r\n")
                                << QStringLiteral("line one\nline two\n");
    QTest::newRow("LF only, no Content-Type") << QByteArray("Subject: a\n\nhello\n") << QStringLiteral("hello\n");
    QTest::newRow("quoted-printable with a soft break")
        << QByteArray("Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                      "Zaż=C3=B3=C5=82=\r\n=C4=87\r\n")
        << QStringLiteral("Zażółć\n");
    QTest::newRow("base64") << QByteArray("Content-Type: text/plain; charset=\"utf-8\"\r\n"
                                          "Content-Transfer-Encoding: BASE64\r\n\r\nQ3plxZvEhw==\r\n")
                            << QStringLiteral("Cześć");
    QTest::newRow("flowed") << QByteArray("Content-Type: text/plain; charset=UTF-8; format=flowed\r\n\r\n"
                                          "one long \r\nparagraph\r\n")
                            << QStringLiteral("one long paragraph\n");
}

void MessageReaderTest::readsPlainText()
{
    QFETCH(QByteArray, message);
    QFETCH(QString, text);
    QCOMPARE(MessageReader::read(message).plainText(), text);
}

void MessageReaderTest::readsNestedPartsAndFileNames()
{
    QFile seed(QStringLiteral(KURIER_FUZZ_CORPUS "/mimereader/nested-multipart-rfc2231.eml"));
    QVERIFY(seed.open(QIODevice::ReadOnly));
    const MessageReader reader = MessageReader::read(seed.readAll());
    QCOMPARE(reader.field("Subject"), QStringLiteral("files"));
    QCOMPARE(reader.plainText(), QStringLiteral("Treść")); // the HTML alternative is not a file
    QCOMPARE(reader.files().size(), 1);
    const MessageReader::File file = reader.files().first();
    QCOMPARE(file.fileName, QStringLiteral("sprawozdanie roczne – wersja.pdf"));
    QCOMPARE(file.mimeType, QByteArray("application/pdf"));
    QCOMPARE(file.data, QByteArray("%PDF-1.4\n\x00\x01\x02", 12));
}

void MessageReaderTest::boundsNesting()
{
    // Each level opens another multipart with the same boundary: read to the bound, no deeper.
    QByteArray message = "Content-Type: multipart/mixed; boundary=a\r\n\r\n";
    for (int level = 0; level < 50; ++level) {
        message += "--a\r\nContent-Type: multipart/mixed; boundary=a\r\n\r\n";
    }
    message += "--a\r\nContent-Type: application/octet-stream\r\n\r\ndeep\r\n--a--\r\n";
    const MessageReader reader = MessageReader::read(message);
    QVERIFY(reader.files().size() <= MessageReader::MaxParts);
    QVERIFY(reader.plainText().isEmpty());
}

QTEST_GUILESS_MAIN(MessageReaderTest)
#include "messagereadertest.moc"
