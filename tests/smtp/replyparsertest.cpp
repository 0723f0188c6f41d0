// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/smtp/replyparser.h"
#include "app/smtp/capabilities.h"

#include <QRegularExpression>
#include <QTest>

using Smtp::Capabilities;
using Smtp::Reply;
using Smtp::ReplyParser;

Q_DECLARE_METATYPE(Smtp::ReplyParser::Failure)

class ReplyParserTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void parsesReplies_data();
    void parsesReplies();
    void sameResultForEverySplit();
    void rejectsHostileInput_data();
    void rejectsHostileInput();
    void boundsUnfinishedLine();
    void countsBufferedBytes();
    void readsCapabilities_data();
    void readsCapabilities();
};

void ReplyParserTest::parsesReplies_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhancedCode");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("lineCount");

    QTest::newRow("greeting") << QByteArray("220 mx.example.org ESMTP Postfix\r\n") << 220 << QString()
                              << QStringLiteral("mx.example.org ESMTP Postfix") << 1;
    QTest::newRow("535 5.7.8 bad credentials")
        << QByteArray("535 5.7.8 Error: authentication failed: authentication failure\r\n") << 535
        << QStringLiteral("5.7.8") << QStringLiteral("5.7.8 Error: authentication failed: authentication failure") << 1;
    QTest::newRow("multi-line 250 EHLO") << QByteArray("250-mx.example.org\r\n250-PIPELINING\r\n250 8BITMIME\r\n")
                                         << 250 << QString() << QStringLiteral("mx.example.org\nPIPELINING\n8BITMIME")
                                         << 3;
    QTest::newRow("multi-line 220 banner") << QByteArray("220-first\r\n220-second\r\n220 third\r\n") << 220 << QString()
                                           << QStringLiteral("first\nsecond\nthird") << 3;
    QTest::newRow("bare LF line ends") << QByteArray("250-a\n250 b\n") << 250 << QString() << QStringLiteral("a\nb")
                                       << 2;
    QTest::newRow("code alone") << QByteArray("250\r\n") << 250 << QString() << QString() << 1;
    QTest::newRow("enhanced code only on second line")
        << QByteArray("534-Please log in\r\n534-5.7.14 via your web browser\r\n534 5.7.14 Learn more\r\n") << 534
        << QStringLiteral("5.7.14") << QStringLiteral("Please log in\n5.7.14 via your web browser\n5.7.14 Learn more")
        << 3;
    QTest::newRow("enhanced code of another class is text")
        << QByteArray("250 5.1.1 odd\r\n") << 250 << QString() << QStringLiteral("5.1.1 odd") << 1;
    QTest::newRow("version number is not an enhanced code")
        << QByteArray("220 2.10 server\r\n") << 220 << QString() << QStringLiteral("2.10 server") << 1;
    QTest::newRow("three-digit subject and detail")
        << QByteArray("550 5.7.139 denied\r\n") << 550 << QStringLiteral("5.7.139") << QStringLiteral("5.7.139 denied")
        << 1;
    QTest::newRow("UTF-8 text") << QByteArray("550 5.1.1 Adres nie istnieje \xc5\xbc\r\n") << 550
                                << QStringLiteral("5.1.1") << QStringLiteral("5.1.1 Adres nie istnieje \u017c") << 1;
    QTest::newRow("empty 334 challenge") << QByteArray("334 \r\n") << 334 << QString() << QString() << 1;
}

void ReplyParserTest::parsesReplies()
{
    QFETCH(QByteArray, input);
    ReplyParser parser;
    QVERIFY(parser.append(input));
    const std::optional<Reply> reply = parser.takeReply();
    QVERIFY(reply.has_value());
    QFETCH(int, code);
    QFETCH(QString, enhancedCode);
    QFETCH(QString, text);
    QFETCH(int, lineCount);
    QCOMPARE(reply->code, code);
    QCOMPARE(reply->enhancedCode, enhancedCode);
    QCOMPARE(reply->text(), text);
    QCOMPARE(reply->lines.size(), lineCount);
    QVERIFY(!parser.takeReply().has_value());
    QCOMPARE(parser.failure(), ReplyParser::Failure::None);
    QCOMPARE(parser.bufferedBytes(), 0);
}

void ReplyParserTest::sameResultForEverySplit()
{
    const QByteArray input("220 hi\r\n250-mx\r\n250-SIZE 100\r\n250 AUTH PLAIN\r\n354 go\n");
    for (qsizetype split = 0; split <= input.size(); ++split) {
        ReplyParser parser;
        QList<int> codes;
        QVERIFY(parser.append(QByteArrayView(input).first(split)));
        while (const std::optional<Reply> reply = parser.takeReply()) {
            codes.append(reply->code);
        }
        QVERIFY(parser.append(QByteArrayView(input).sliced(split)));
        while (const std::optional<Reply> reply = parser.takeReply()) {
            codes.append(reply->code);
        }
        QCOMPARE(codes, (QList<int>{220, 250, 354}));
    }
}

void ReplyParserTest::rejectsHostileInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<ReplyParser::Failure>("failure");

    QTest::newRow("non-numeric code") << QByteArray("2x0 hello\r\n") << ReplyParser::Failure::MalformedLine;
    QTest::newRow("banner garbage") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << ReplyParser::Failure::MalformedLine;
    QTest::newRow("code out of range") << QByteArray("650 no\r\n") << ReplyParser::Failure::MalformedLine;
    QTest::newRow("1yz code") << QByteArray("150 no\r\n") << ReplyParser::Failure::MalformedLine;
    QTest::newRow("bad separator") << QByteArray("250+hello\r\n") << ReplyParser::Failure::MalformedLine;
    QTest::newRow("short line") << QByteArray("25\r\n") << ReplyParser::Failure::MalformedLine;
    QTest::newRow("mixed continuation codes 250- then 550")
        << QByteArray("250-ok\r\n550 no\r\n") << ReplyParser::Failure::InconsistentCodes;
    QTest::newRow("over-long line") << QByteArray("250 " + QByteArray(70000, 'a') + "\r\n")
                                    << ReplyParser::Failure::LineTooLong;
    QByteArray many;
    for (int i = 0; i < 10000; ++i) {
        many += "250-continuation\r\n";
    }
    QTest::newRow("10000 continuation lines") << many << ReplyParser::Failure::TooManyLines;
}

void ReplyParserTest::rejectsHostileInput()
{
    QFETCH(QByteArray, input);
    QFETCH(ReplyParser::Failure, failure);
    ReplyParser parser;
    parser.append(input);
    QVERIFY(!parser.takeReply().has_value());
    QCOMPARE(parser.failure(), failure);
    QVERIFY(!parser.failureDetail().isEmpty());
    QVERIFY(parser.failureDetail().size() <= 120);
    // A failed parser stays failed.
    QVERIFY(!parser.append("250 ok\r\n"));
    QVERIFY(!parser.takeReply().has_value());
}

void ReplyParserTest::boundsUnfinishedLine()
{
    ReplyParser parser(ReplyParser::Limits{100, 10});
    QVERIFY(parser.append(QByteArray(60, 'a')));
    QVERIFY(!parser.takeReply().has_value());
    QCOMPARE(parser.failure(), ReplyParser::Failure::None);
    QVERIFY(!parser.append(QByteArray(60, 'a')));
    QCOMPARE(parser.failure(), ReplyParser::Failure::LineTooLong);
}

void ReplyParserTest::countsBufferedBytes()
{
    ReplyParser parser;
    QVERIFY(parser.append("220 Ready to start TLS\r\n250-example.org\r\n250 AUTH LOGIN\r\n"));
    const std::optional<Reply> reply = parser.takeReply();
    QVERIFY(reply.has_value());
    QCOMPARE(reply->code, 220);
    QCOMPARE(parser.bufferedBytes(), 33);

    ReplyParser partial;
    QVERIFY(partial.append("220 ok\r\n250-AUTH PLA"));
    QVERIFY(partial.takeReply().has_value());
    QCOMPARE(partial.bufferedBytes(), 12);

    ReplyParser continuation;
    QVERIFY(continuation.append("250-first\r\n"));
    QVERIFY(!continuation.takeReply().has_value());
    QCOMPARE(continuation.bufferedBytes(), 11);
    continuation.reset();
    QCOMPARE(continuation.bufferedBytes(), 0);
}

void ReplyParserTest::readsCapabilities_data()
{
    using E = Capabilities::Extension;
    QTest::addColumn<QByteArray>("ehlo");
    QTest::addColumn<Capabilities::Extensions>("extensions");
    QTest::addColumn<qint64>("sizeLimit");
    QTest::addColumn<QStringList>("mechanisms");
    QTest::addColumn<QString>("serverName");

    QTest::newRow("postfix submission after TLS")
        << QByteArray("250-mx.example.org\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250-ETRN\r\n"
                      "250-AUTH PLAIN LOGIN\r\n250-ENHANCEDSTATUSCODES\r\n250-8BITMIME\r\n250-DSN\r\n"
                      "250-SMTPUTF8\r\n250 CHUNKING\r\n")
        << Capabilities::Extensions(E::Pipelining | E::Size | E::Auth | E::EnhancedStatusCodes | E::EightBitMime
                                    | E::Dsn | E::SmtpUtf8 | E::Chunking)
        << qint64(10240000) << QStringList{QStringLiteral("PLAIN"), QStringLiteral("LOGIN")}
        << QStringLiteral("mx.example.org");
    QTest::newRow("lower-case keywords and mechanisms")
        << QByteArray("250-host greets you\r\n250-starttls\r\n250-auth login plain\r\n250 pipelining\r\n")
        << Capabilities::Extensions(E::StartTls | E::Auth | E::Pipelining) << qint64(0)
        << QStringList{QStringLiteral("LOGIN"), QStringLiteral("PLAIN")} << QStringLiteral("host");
    QTest::newRow("legacy AUTH= form") << QByteArray("250-host\r\n250-AUTH=LOGIN PLAIN\r\n250 AUTH LOGIN CRAM-MD5\r\n")
                                       << Capabilities::Extensions(E::Auth) << qint64(0)
                                       << QStringList{QStringLiteral("LOGIN"), QStringLiteral("PLAIN"),
                                                      QStringLiteral("CRAM-MD5")}
                                       << QStringLiteral("host");
    QTest::newRow("PIPELINING on the last line")
        << QByteArray("250-host\r\n250 PIPELINING\r\n") << Capabilities::Extensions(E::Pipelining) << qint64(0)
        << QStringList{} << QStringLiteral("host");
    QTest::newRow("SIZE without a limit") << QByteArray("250-host\r\n250 SIZE\r\n") << Capabilities::Extensions(E::Size)
                                          << qint64(0) << QStringList{} << QStringLiteral("host");
    QTest::newRow("SIZE 0 means no limit")
        << QByteArray("250-host\r\n250 SIZE 0\r\n") << Capabilities::Extensions(E::Size) << qint64(0) << QStringList{}
        << QStringLiteral("host");
    QTest::newRow("SIZE garbage") << QByteArray("250-host\r\n250 SIZE 99999999999999999999999\r\n")
                                  << Capabilities::Extensions(E::Size) << qint64(0) << QStringList{}
                                  << QStringLiteral("host");
    QTest::newRow("single line EHLO") << QByteArray("250 host\r\n") << Capabilities::Extensions() << qint64(0)
                                      << QStringList{} << QStringLiteral("host");
    QTest::newRow("STARTTLS in the greeting line is not a keyword")
        << QByteArray("250 host STARTTLS\r\n") << Capabilities::Extensions() << qint64(0) << QStringList{}
        << QStringLiteral("host");
    QTest::newRow("invalid mechanism names dropped")
        << QByteArray("250-host\r\n250 AUTH PLAIN <script> THIS-NAME-IS-FAR-TOO-LONG-FOR-SASL LOGIN PLAIN\r\n")
        << Capabilities::Extensions(E::Auth) << qint64(0)
        << QStringList{QStringLiteral("PLAIN"), QStringLiteral("LOGIN")} << QStringLiteral("host");
}

void ReplyParserTest::readsCapabilities()
{
    QFETCH(QByteArray, ehlo);
    ReplyParser parser;
    QVERIFY(parser.append(ehlo));
    const std::optional<Reply> reply = parser.takeReply();
    QVERIFY(reply.has_value());
    const Capabilities capabilities = Capabilities::fromEhloReply(*reply);
    QFETCH(Capabilities::Extensions, extensions);
    QFETCH(qint64, sizeLimit);
    QFETCH(QStringList, mechanisms);
    QFETCH(QString, serverName);
    QCOMPARE(capabilities.extensions(), extensions);
    QCOMPARE(capabilities.sizeLimit(), sizeLimit);
    QCOMPARE(capabilities.authMechanisms(), mechanisms);
    QCOMPARE(capabilities.serverName(), serverName);
}

void ReplyParserTest::init()
{
    // Unexpected warnings are failures.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

QTEST_GUILESS_MAIN(ReplyParserTest)
#include "replyparsertest.moc"
