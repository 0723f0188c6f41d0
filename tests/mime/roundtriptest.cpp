// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Round trip through a real server: messages composed by Kurier are submitted to the
// harness's plain Postfix port with a test-only SMTP client (independent of Kurier's own
// SMTP engine), delivered to bob's Maildir and read back. The delivered file must end with
// exactly the bytes Kurier produced (Postfix only prepends its trace headers, and the
// Maildir keeps LF line ends), and Python's email package must decode the same texts,
// names and attachment bytes that went in.

#include "app/mime/addressparser.h"
#include "app/mime/messagecomposer.h"
#include "emlcheck.h"
#include "tests/support/harnessconfig.h"
#include "tests/support/harnessmaildir.h"
#include "tests/support/harnesssmtpclient.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Mime;

namespace
{

constexpr int DeliveryTimeoutMs = 30000;

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString dataFile(const QString &name)
{
    return QStringLiteral(KURIER_TEST_DATA_DIR) + u"/mime/"_s + name;
}

QJsonObject attachment(const QString &fileName, const QByteArray &data)
{
    return {{u"filename"_s, fileName}, {u"sha256"_s, sha256(data)}};
}

} // namespace

using DraftSetup = std::function<void(MessageDraft &, QJsonObject &)>;
Q_DECLARE_METATYPE(DraftSetup)

class RoundTripTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void arrivesByteForByte_data();
    void arrivesByteForByte();

private:
    HarnessConfig m_config;
    QTemporaryDir m_dir;
    QString m_binaryPath;
    QByteArray m_binary;
};

void RoundTripTest::initTestCase()
{
    m_config = HarnessConfig::load(QStringLiteral(KURIER_HARNESS_STATE_DIR));
    QVERIFY2(m_config.isValid(), qPrintable(m_config.errorString()));
    QVERIFY(!m_config.user(u"bob"_s).address.isEmpty());
    QVERIFY(m_dir.isValid());
    m_binary.resize(1024 * 1024);
    QRandomGenerator(4242).fillRange(reinterpret_cast<quint32 *>(m_binary.data()), m_binary.size() / 4);
    m_binaryPath = m_dir.filePath(u"measurements.bin"_s);
    QFile file(m_binaryPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(m_binary), m_binary.size());
}

void RoundTripTest::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void RoundTripTest::arrivesByteForByte_data()
{
    QTest::addColumn<DraftSetup>("setup");

    QTest::newRow("plain text with From, dot and trailing-space lines")
        << DraftSetup([](MessageDraft &d, QJsonObject &e) {
               d.subject = u"Lines a transport could change"_s;
               d.plainText = u"From the start\n.\n..two dots\ntrailing   \nZażółć gęślą jaźń.\n"_s;
               e = {{u"subject"_s, d.subject}, {u"text"_s, d.plainText}, {u"structure"_s, u"text/plain"_s}};
           });
    const QString binaryPath = m_binaryPath;
    const QByteArray binary = m_binary;
    QTest::newRow("text, HTML, inline image, 1 MiB binary and a Japanese file name")
        << DraftSetup([binaryPath, binary](MessageDraft &d, QJsonObject &e) {
               const QByteArray pdf("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n%%EOF\n");
               const QString japanese = QString(u"会議の議事録と資料"_s).repeated(4) + u".pdf"_s;
               d.subject = u"Grüße aus Köln 🎉 – the files"_s;
               d.plainText = u"Hi Bob,\nthe files are attached.\n"_s;
               d.html = u"<p>Hi Bob, <img src=\"cid:logo@kurier.test\"> the files are attached.</p>\n"_s;
               d.inlineImages = {Attachment::inlineImage(dataFile(u"pixel.png"_s), "logo@kurier.test")};
               d.attachments = {Attachment::fromFile(binaryPath), Attachment::fromData(pdf, japanese)};
               e = {{u"subject"_s, d.subject},
                    {u"text"_s, d.plainText},
                    {u"html"_s, d.html},
                    {u"structure"_s,
                     u"multipart/mixed(multipart/alternative(text/plain,multipart/related(text/html,image/png)),"
                     "application/octet-stream,application/pdf)"_s},
                    {u"attachments"_s,
                     QJsonArray{attachment(u"pixel.png"_s, readFile(dataFile(u"pixel.png"_s))),
                                attachment(u"measurements.bin"_s, binary), attachment(japanese, pdf)}}};
           });
    QTest::newRow("CSV with LF line ends and a forwarded message") << DraftSetup([](MessageDraft &d, QJsonObject &e) {
        const QByteArray csv("name;amount\nOla;12\nBob;7\n");
        d.subject = u"Data and the forwarded mail"_s;
        d.plainText = u"See both.\n"_s;
        d.attachments = {Attachment::fromData(csv, u"dane 2026.csv"_s, "text/csv"),
                         Attachment::fromFile(dataFile(u"forwarded.eml"_s))};
        e = {{u"structure"_s, u"multipart/mixed(text/plain,text/csv,message/rfc822)"_s},
             {u"message_rfc822_subject"_s, u"Spójrz na to"_s},
             {u"attachments"_s, QJsonArray{attachment(u"dane 2026.csv"_s, csv)}}};
    });
    QTest::newRow("international names, IDN and a group in the headers") << DraftSetup([](MessageDraft &d,
                                                                                          QJsonObject &e) {
        d.from = AddressParser::parseMailbox(u"\"Nowak, Ola\" <alice@kurier.test>"_s).mailbox;
        d.to = AddressParser::parseList(u"Bob Łukasz <bob@kurier.test>, Zoë Ünicode <zoe@bücher.example>"_s).addresses;
        d.cc = AddressParser::parseList(u"Zespół: a@kurier.test;"_s).addresses;
        d.subject = QString(u"Długi temat 日本語 🎉 with ASCII words "_s).repeated(4).trimmed();
        d.plainText = u"Hi.\n"_s;
        e = {{u"subject"_s, d.subject},
             {u"from"_s, QJsonArray{QJsonArray{u"Nowak, Ola"_s, u"alice@kurier.test"_s}}},
             {u"to"_s,
              QJsonArray{QJsonArray{u"Bob Łukasz"_s, u"bob@kurier.test"_s},
                         QJsonArray{u"Zoë Ünicode"_s, u"zoe@xn--bcher-kva.example"_s}}}};
    });
}

void RoundTripTest::arrivesByteForByte()
{
    QFETCH(DraftSetup, setup);
    const HarnessConfig::User bob = m_config.user(u"bob"_s);
    const HarnessConfig::User alice = m_config.user(u"alice"_s);
    MessageDraft draft;
    draft.from = AddressParser::parseAddrSpec(alice.address).mailbox;
    draft.to = AddressParser::parseList(bob.address).addresses;
    QJsonObject expected;
    setup(draft, expected);

    const MessageComposer::Result composed = MessageComposer().compose(draft);
    QVERIFY2(composed.ok(), qPrintable(composed.error ? composed.error->message() : QString()));
    const QByteArray sent = composed.message.toByteArray().value_or(QByteArray());
    QCOMPARE(sent.size(), composed.message.size());
    const QByteArray marker = composed.message.messageId(); // unique per composition

    HarnessSmtpClient client(DeliveryTimeoutMs);
    const HarnessSmtpReply greeting = client.open(m_config, HarnessConfig::Service::Plain);
    QVERIFY2(greeting.code == 220, qPrintable(client.errorString()));
    QCOMPARE(client.ehlo().code, 250);
    // Only bob receives it; the other header addresses are not delivered anywhere.
    const HarnessSmtpReply accepted = client.sendMail(alice.address, {bob.address}, sent);
    QVERIFY2(accepted.code == 250, qPrintable(client.errorString()));
    client.command("QUIT");

    const HarnessMaildir maildir(bob.maildir);
    QTRY_VERIFY_WITH_TIMEOUT(!maildir.findMessage(marker).isEmpty(), DeliveryTimeoutMs);
    const QByteArray delivered = maildir.findMessage(marker);
    // Maildir files are stored with LF line ends; the message is the file's tail.
    const bool crlf = delivered.contains("\r\n");
    const QByteArray original = crlf ? sent : QByteArray(sent).replace("\r\n", "\n");
    QVERIFY2(delivered.endsWith(original), "the delivered message differs from the composed bytes");
    QVERIFY(delivered.size() > original.size()); // Postfix's Return-Path/Received come first

    expected.insert(u"allow_lf"_s, !crlf);
    const QString name = u"round trip "_s + QString::fromLatin1(QTest::currentDataTag());
    const QString python = EmlCheck::python(name, delivered, expected);
    QVERIFY2(python.isEmpty(), qPrintable(python));
    // The trace headers Postfix's delivery adds in front of the message.
    QStringList options;
    for (const QString &trace : {u"Return-Path"_s, u"X-Original-To"_s, u"Delivered-To"_s, u"Received"_s}) {
        options << u"--allow-header"_s << trace;
    }
    if (!crlf) {
        options << u"--allow-lf"_s;
    }
    const QString validator = EmlCheck::validator(name, delivered, options);
    QVERIFY2(validator.isEmpty(), qPrintable(validator));
}

QTEST_GUILESS_MAIN(RoundTripTest)
#include "roundtriptest.moc"
