// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The composition cases of MIME.md 3.2, one row each (row names start with the case
// number), plus the composer's refusals and pinned golden output. Every composed message
// is read back by Python's email package and, where ../shared is present, validate_eml.py.

#include "app/mime/messagecomposer.h"
#include "app/mime/addressparser.h"
#include "app/mime/flowedtext.h"
#include "app/mime/messagestream.h"
#include "emlcheck.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Mime;

namespace
{

QString dataFile(const QString &name)
{
    return QStringLiteral(KURIER_TEST_DATA_DIR) + u"/mime/"_s + name;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

Mailbox mailbox(const QString &text)
{
    const AddressParser::MailboxResult result = AddressParser::parseMailbox(text);
    Q_ASSERT(result.ok());
    return result.mailbox;
}

QList<Address> addresses(const QString &text)
{
    const AddressParser::ListResult result = AddressParser::parseList(text);
    Q_ASSERT(result.ok());
    return result.addresses;
}

QJsonArray pairs(const QList<std::pair<QString, QString>> &list)
{
    QJsonArray array;
    for (const auto &[name, address] : list) {
        array.append(QJsonArray{name, address});
    }
    return array;
}

QJsonObject attachmentInfo(const QString &fileName, const QByteArray &data, const QString &type = {})
{
    QJsonObject object{{u"filename"_s, fileName}, {u"sha256"_s, sha256(data)}};
    if (!type.isEmpty()) {
        object.insert(u"content_type"_s, type);
    }
    return object;
}

// Pinned values so that two runs give the same bytes (golden files) and boundary
// collisions can be provoked.
ComposeSources fixedSources(const QDateTime &when
                            = QDateTime(QDate(2026, 11, 28), QTime(10, 30, 15), Qt::OffsetFromUTC, 3600))
{
    auto counter = std::make_shared<int>(0);
    ComposeSources sources;
    sources.clock = [when] { return when; };
    sources.boundary = [counter]() -> QByteArray { return "=-kurier-test-" + QByteArray::number(++*counter); };
    sources.messageId = [](const QByteArray &domain) -> QByteArray { return "<composed.1@" + domain + ">"; };
    return sources;
}

// Every RFC 2047 word of a header, decoded on its own: each must be ≤ 75 characters and
// valid UTF-8 by itself (no character split across words).
QString checkEncodedWords(const QByteArray &headerValue)
{
    static const QRegularExpression word(QStringLiteral("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?="));
    for (auto it = word.globalMatch(QString::fromLatin1(headerValue)); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength() > 75) {
            return u"encoded-word of %1 characters: %2"_s.arg(m.capturedLength()).arg(m.captured());
        }
        QByteArray bytes;
        const QByteArray text = m.captured(3).toLatin1();
        if (m.captured(2).compare(u"B"_s, Qt::CaseInsensitive) == 0) {
            bytes = QByteArray::fromBase64(text);
        } else {
            for (qsizetype i = 0; i < text.size(); ++i) {
                if (text.at(i) == '_') {
                    bytes += ' ';
                } else if (text.at(i) == '=' && i + 2 < text.size() + 1) {
                    bytes += QByteArray::fromHex(text.mid(i + 1, 2));
                    i += 2;
                } else {
                    bytes += text.at(i);
                }
            }
        }
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder(bytes);
        if (decoder.hasError() || decoded.toUtf8() != bytes) {
            return u"encoded-word does not hold whole UTF-8 characters: %1"_s.arg(m.captured());
        }
    }
    return {};
}

} // namespace

using DraftChange = std::function<void(Mime::MessageDraft &)>;
Q_DECLARE_METATYPE(DraftChange)
Q_DECLARE_METATYPE(Mime::ComposeError::Kind)

// One composition case.
struct ComposeCase {
    QString name;
    std::function<void(MessageDraft &, ComposeOptions &, QJsonObject &, QStringList &)> setup;
    // Further checks on the bytes; returns the problem, empty when fine.
    std::function<QString(const QByteArray &, const ComposedMessage &)> verify;
    ComposeSources sources = fixedSources();
};

class MessageComposerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void composesCase_data();
    void composesCase();
    void refusesNonAsciiLocalPartWithoutSmtpUtf8();
    void refuses_data();
    void refuses();
    void writesDateWithNumericZone_data();
    void writesDateWithNumericZone();
    void tenThousandMessagesHaveDistinctIdsAndBoundaries();
    void picksAnotherBoundaryWhenTheTextContainsIt();
    void matchesGoldenOutput_data();
    void matchesGoldenOutput();
    void flowedTextRoundTrips_data();
    void flowedTextRoundTrips();

private:
    QList<ComposeCase> cases() const;
    static MessageDraft baseDraft();

    QTemporaryDir m_dir;
    QString m_randomPath;
    QByteArray m_random;
    QString m_csvPath;
};

Q_DECLARE_METATYPE(ComposeCase)

void MessageComposerTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QRandomGenerator generator(20261128);
    m_random.resize(1024 * 1024);
    generator.fillRange(reinterpret_cast<quint32 *>(m_random.data()), m_random.size() / 4);
    m_randomPath = m_dir.filePath(u"random.bin"_s);
    QFile random(m_randomPath);
    QVERIFY(random.open(QIODevice::WriteOnly));
    random.write(m_random);
    random.close();
    m_csvPath = m_dir.filePath(u"data.csv"_s);
    QFile csv(m_csvPath);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("name,amount\nOla,12\nBob,7\n");
}

void MessageComposerTest::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

MessageDraft MessageComposerTest::baseDraft()
{
    MessageDraft draft;
    draft.from = mailbox(u"Ola Nowak <ola@kurier.test>"_s);
    draft.to = addresses(u"Bob <bob@kurier.test>"_s);
    draft.subject = u"Test"_s;
    draft.plainText = u"Hello Bob.\n"_s;
    return draft;
}

QList<ComposeCase> MessageComposerTest::cases() const
{
    QList<ComposeCase> list;
    const auto add = [&list](const QString &name, auto setup, auto verify) {
        list.append(ComposeCase{name, setup, verify});
    };
    const auto none = [](const QByteArray &, const ComposedMessage &) { return QString(); };
    const auto headerIs = [](const QByteArray &name, const QByteArray &value) {
        return [name, value](const QByteArray &eml, const ComposedMessage &) {
            const QByteArray got = EmlCheck::header(eml, name);
            return got == value ? QString()
                                : u"%1: want %2, got %3"_s.arg(QString::fromLatin1(name), QString::fromUtf8(value),
                                                               QString::fromUtf8(got));
        };
    };
    const QString randomPath = m_randomPath;
    const QByteArray random = m_random;
    const QString csvPath = m_csvPath;
    const QByteArray pixel = readFile(dataFile(u"pixel.png"_s));
    const QByteArray red = readFile(dataFile(u"red-square.png"_s));
    const QByteArray pdf = QByteArray("%PDF-1.4\n% Kurier test\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    add(
        u"01 ASCII plain text and subject: one text/plain part, 7bit"_s,
        [](MessageDraft &d, ComposeOptions &, QJsonObject &e, QStringList &) {
            d.subject = u"Meeting at ten"_s;
            d.plainText = u"Hello Bob,\nsee you at 10.\n\nOla\n"_s;
            e = {{u"subject"_s, d.subject}, {u"text"_s, d.plainText}, {u"structure"_s, u"text/plain"_s}};
        },
        [](const QByteArray &eml, const ComposedMessage &) {
            const QByteArray cte = EmlCheck::header(eml, "Content-Transfer-Encoding");
            return cte == "7bit" && !eml.contains("multipart") ? QString() : u"want a single 7bit part"_s;
        });
    add(
        u"02 German text without 8BITMIME: quoted-printable, UTF-8"_s,
        [](MessageDraft &d, ComposeOptions &, QJsonObject &e, QStringList &) {
            d.plainText = u"Hallo Bob,\nviele Grüße aus Köln! Die Straße vor dem Büro ist heute gesperrt,\n"
                          "also komm bitte über den Hof. Der Kaffee kostet 3 €.\n"_s;
            e = {{u"text"_s, d.plainText}};
        },
        [](const QByteArray &eml, const ComposedMessage &m) {
            if (EmlCheck::header(eml, "Content-Transfer-Encoding") != "quoted-printable"
                || !EmlCheck::header(eml, "Content-Type").contains("charset=UTF-8")) {
                return u"want quoted-printable UTF-8"_s;
            }
            if (!eml.contains("Gr=C3=BC=C3=9Fe") || m.envelope().body != Envelope::Body::SevenBit) {
                return u"want upper-case =XX and a 7bit envelope"_s;
            }
            return QString();
        });
    add(
        u"03 German text with 8BITMIME: 8bit and BODY=8BITMIME"_s,
        [](MessageDraft &d, ComposeOptions &o, QJsonObject &e, QStringList &v) {
            d.plainText = u"Grüße aus Köln!\nDie Straße ist schön.\n"_s;
            o.extensions = ServerExtension::EightBitMime;
            e = {{u"text"_s, d.plainText}};
            v = {u"--8bitmime"_s};
        },
        [](const QByteArray &eml, const ComposedMessage &m) {
            return EmlCheck::header(eml, "Content-Transfer-Encoding") == "8bit"
                    && m.envelope().body == Envelope::Body::EightBitMime
                ? QString()
                : u"want 8bit and an 8BITMIME envelope"_s;
        });
    add(
        u"04 one 5000-character line: QP soft breaks, no line over 76"_s,
        [](MessageDraft &d, ComposeOptions &, QJsonObject &e, QStringList &) {
            QString line;
            for (int i = 0; line.size() < 5000; ++i) {
                line += u"word%1 "_s.arg(i);
            }
            d.plainText = line.left(5000);
            e = {{u"text"_s, d.plainText}};
        },
        [](const QByteArray &eml, const ComposedMessage &) {
            const QByteArray body = eml.mid(eml.indexOf("\r\n\r\n") + 4);
            for (const QByteArray &line : body.split('\n')) {
                if (line.size() > 77) {
                    return u"body line of %1 octets"_s.arg(line.size() - 1);
                }
            }
            return EmlCheck::header(eml, "Content-Transfer-Encoding") == "quoted-printable" ? QString() : u"want QP"_s;
        });
    add(
        u"05 trailing spaces, a From line, a lone dot and ..x: QP protects them, no dot-stuffing"_s,
        [](MessageDraft &d, ComposeOptions &, QJsonObject &e, QStringList &) {
            d.plainText = u"trailing spaces   \nFrom here on\n.\n..x\nend\n"_s;
            e = {{u"text"_s, d.plainText}};
        },
        [](const QByteArray &eml, const ComposedMessage &) {
            const QByteArray body = eml.mid(eml.indexOf("\r\n\r\n") + 4);
            if (!body.contains("spaces  =20\r\n") || !body.contains("=46rom here on")) {
                return u"trailing space or From not encoded: %1"_s.arg(QString::fromLatin1(body));
            }
            return body.contains("\r\n...x") ? u"dot-stuffed"_s : QString();
        });
    add(
        u"06 mixed LF, CRLF and CR line ends: CRLF only, same lines"_s,
        [](MessageDraft &d, ComposeOptions &, QJsonObject &e, QStringList &) {
            d.plainText = u"unix\nwindows\r\nold mac\rlast"_s;
            e = {{u"text"_s, u"unix\nwindows\nold mac\nlast"_s}};
        },
        none);
    add(
        u"07 NUL and control characters: base64"_s,
        [](MessageDraft &d, ComposeOptions &, QJsonObject &e, QStringList &) {
            d.plainText = u"bell \u0007 and nul "_s + QChar(u'\0') + u" end\n"_s;
            e = {{u"text"_s, d.plainText}};
        },
        [](const QByteArray &eml, const ComposedMessage &) {
            return EmlCheck::header(eml, "Content-Transfer-Encoding") == "base64" ? QString() : u"want base64"_s;
        });
    add(
        u"08 text and HTML: multipart/alternative, plain first"_s,
        [](MessageDraft &d, ComposeOptions &, QJsonObject &e, QStringList &) {
            d.plainText = u"Hello *Bob*\n"_s;
            d.html = u"<html><body><p>Hello <b>Bob</b> – zażółć</p></body></html>\n"_s;
            e = {{u"text"_s, d.plainText},
                 {u"html"_s, d.html},
                 {u"structure"_s, u"multipart/alternative(text/plain,text/html)"_s}};
        },
        none);
    add(
        u"09 HTML with two inline images: related inside alternative, cid: resolves"_s,
        [pixel, red](MessageDraft &d, ComposeOptions &, QJsonObject &e, QStringList &) {
            d.plainText = u"Two pictures.\n"_s;
            d.html = u"<p>One <img src=\"cid:pixel.1@kurier.test\"> two <img src='cid:red.2@kurier.test'></p>"_s;
            d.inlineImages = {Attachment::inlineImage(dataFile(u"pixel.png"_s), "pixel.1@kurier.test"),
                              Attachment::inlineImage(dataFile(u"red-square.png"_s), "red.2@kurier.test")};
            e = {{u"html"_s, d.html},
                 {u"structure"_s,
                  u"multipart/alternative(text/plain,multipart/related(text/html,image/png,image/png))"_s},
                 {u"attachments"_s,
                  QJsonArray{attachmentInfo(u"pixel.png"_s, pixel, u"image/png"_s),
                             attachmentInfo(u"red-square.png"_s, red, u"image/png"_s)}}};
        },
        [](const QByteArray &eml, const ComposedMessage &) {
            if (!eml.contains("Content-ID: <pixel.1@kurier.test>")
                || !eml.contains("Content-ID: <red.2@kurier.test>")) {
                return u"Content-IDs missing"_s;
            }
            if (!eml.contains("type=\"text/html\"") || eml.count("Content-Disposition: inline") != 2) {
                return u"want related; type=\"text/html\" and inline images"_s;
            }
            return QString();
        });
    add(
        u"10 text, HTML, inline image and two attachments: mixed(alternative(plain, related), att1, att2)"_s,
        [pixel, pdf, randomPath, random](MessageDraft &d, ComposeOptions &, QJsonObject &e, QStringList &v) {
            d.plainText = u"See attached.\n"_s;
            d.html = u"<p>See attached <img src=\"cid:logo@kurier.test\"></p>"_s;
            d.inlineImages = {Attachment::inlineImage(dataFile(u"pixel.png"_s), "logo@kurier.test")};
            d.attachments = {Attachment::fromData(pdf, u"report.pdf"_s), Attachment::fromFile(randomPath)};
            e = {{u"structure"_s,
                  u"multipart/mixed(multipart/alternative(text/plain,multipart/related(text/html,image/png)),"
                  "application/pdf,application/octet-stream)"_s},
                 {u"attachments"_s,
                  QJsonArray{attachmentInfo(u"pixel.png"_s, pixel), attachmentInfo(u"report.pdf"_s, pdf),
                             attachmentInfo(u"random.bin"_s, random)}}};
            v = {u"--attachment-sha256"_s, u"random.bin="_s + sha256(random)};
        },
        none);
    add(
        u"11 only an attachment, empty body: the attachment is the whole message (pinned)"_s,
        [pdf](MessageDraft &d, ComposeOptions &, QJsonObject &e, QStringList &) {
            d.plainText.clear();
            d.attachments = {Attachment::fromData(pdf, u"invoice.pdf"_s)};
            e = {{u"structure"_s, u"application/pdf"_s},
                 {u"attachments"_s, QJsonArray{attachmentInfo(u"invoice.pdf"_s, pdf)}}};
        },
        none);
    add(
        u"12 1 MiB random binary: base64, SHA-256 equal"_s,
        [randomPath, random](MessageDraft &d, ComposeOptions &, QJsonObject &e, QStringList &v) {
            d.attachments = {Attachment::fromFile(randomPath, u"noise.bin"_s)};
            e = {{u"attachments"_s, QJsonArray{attachmentInfo(u"noise.bin"_s, random, u"application/octet-stream"_s)}}};
            v = {u"--attachment-sha256"_s, u"noise.bin="_s + sha256(random)};
        },
        none);
    add(
        u"13 CSV with LF line ends: base64 keeps the bytes exactly"_s,
        [csvPath](MessageDraft &d, ComposeOptions &, QJsonObject &e, QStringList &) {
            d.attachments = {Attachment::fromFile(csvPath)};
            e = {{u"attachments"_s, QJsonArray{attachmentInfo(u"data.csv"_s, readFile(csvPath), u"text/csv"_s)}}};
        },
        [](const QByteArray &eml, const ComposedMessage &) {
            return eml.contains("Content-Type: text/csv; charset=us-ascii") ? QString() : u"want text/csv base64"_s;
        });
    add(
        u"14 file name a \"b\";c.pdf: quoted-string with escapes"_s,
        [pdf](MessageDraft &d, ComposeOptions &, QJsonObject &e, QStringList &) {
            d.attachments = {Attachment::fromData(pdf, u"a \"b\";c.pdf"_s)};
            e = {{u"attachments"_s, QJsonArray{attachmentInfo(u"a \"b\";c.pdf"_s, pdf)}}};
        },
        [](const QByteArray &eml, const ComposedMessage &) {
            return eml.contains(R"(filename="a \"b\";c.pdf")") ? QString() : u"want a quoted filename"_s;
        });
    add(
        u"15 file name Übersicht.pdf: RFC 2231 filename* and legacy name="_s,
        [pdf](MessageDraft &d, ComposeOptions &, QJsonObject &e, QStringList &) {
            d.attachments = {Attachment::fromData(pdf, u"Übersicht.pdf"_s)};
            e = {{u"attachments"_s, QJsonArray{attachmentInfo(u"Übersicht.pdf"_s, pdf)}}};
        },
        [](const QByteArray &eml, const ComposedMessage &) {
            if (!eml.contains("filename*=UTF-8''%C3%9Cbersicht.pdf")) {
                return u"want filename*=UTF-8''%C3%9Cbersicht.pdf"_s;
            }
            return eml.contains("name=\"=?UTF-8?") ? QString() : u"want the legacy name="_s;
        });
    add(
        u"16 60-character Japanese file name: numbered continuations, no split character"_s,
        [pdf](MessageDraft &d, ComposeOptions &o, QJsonObject &e, QStringList &v) {
            const QString name = QString(u"日本語の長いファイル名のテスト"_s).repeated(4) + u".pdf"_s;
            d.attachments = {Attachment::fromData(pdf, name)};
            o.legacyFileNames = ComposeOptions::LegacyFileNames::Omit; // --strict refuses the legacy form
            e = {{u"attachments"_s, QJsonArray{attachmentInfo(name, pdf)}}};
            v = {u"--strict"_s};
        },
        [](const QByteArray &eml, const ComposedMessage &) {
            const QByteArray disposition = EmlCheck::anyHeader(eml, "Content-Disposition");
            static const QRegularExpression segment(QStringLiteral("filename\\*(\\d+)\\*=(?:UTF-8'')?([^;\\s]+)"));
            int expected = 0;
            for (auto it = segment.globalMatch(QString::fromLatin1(disposition)); it.hasNext(); ++expected) {
                const QRegularExpressionMatch m = it.next();
                if (m.captured(1).toInt() != expected) {
                    return u"continuations out of order"_s;
                }
                const QByteArray bytes = QByteArray::fromPercentEncoding(m.captured(2).toLatin1());
                QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
                const QString text = decoder(bytes);
                if (decoder.hasError() || text.toUtf8() != bytes) {
                    return u"segment %1 splits a character"_s.arg(expected);
                }
            }
            return expected >= 2 ? QString() : u"want several continuations"_s;
        });
    add(
        u"17 subject Grüße 🎉: encoded-words, decoded exactly"_s,
        [](MessageDraft &d, ComposeOptions &, QJsonObject &e, QStringList &v) {
            d.subject = u"Grüße 🎉"_s;
            e = {{u"subject"_s, d.subject}};
            v = {u"--expect-header"_s, u"Subject: "_s + d.subject};
        },
        [](const QByteArray &eml, const ComposedMessage &) {
            const QByteArray subject = EmlCheck::header(eml, "Subject");
            return subject.contains("=?UTF-8?") ? checkEncodedWords(subject) : u"want an encoded-word"_s;
        });
    add(
        u"18 200-character subject of CJK, emoji, combining marks and ASCII: words ≤ 75, no split"_s,
        [](MessageDraft &d, ComposeOptions &, QJsonObject &e, QStringList &v) {
            QString subject;
            const QStringList parts{u"Re: 会議の議事録"_s,           u"🎉🎊👩‍👩‍👧"_s,
                                    u"e\u0301te\u0301 cafe\u0301"_s, u"plain ASCII words"_s,
                                    u"Ελληνικά και 한국어"_s,        u"🚀"_s};
            for (int i = 0; subject.size() < 200; ++i) {
                subject += (i ? u" "_s : QString()) + parts.at(i % parts.size());
            }
            d.subject = subject;
            e = {{u"subject"_s, d.subject}};
            v = {u"--expect-header"_s, u"Subject: "_s + d.subject};
        },
        [](const QByteArray &eml, const ComposedMessage &) {
            return checkEncodedWords(EmlCheck::header(eml, "Subject"));
        });
    add(
        u"19 subject literally containing =?utf-8?q?x?=: encoded so it reads literally"_s,
        [](MessageDraft &d, ComposeOptions &, QJsonObject &e, QStringList &v) {
            d.subject = u"About =?utf-8?q?x?= tokens"_s;
            e = {{u"subject"_s, d.subject}};
            v = {u"--expect-header"_s, u"Subject: "_s + d.subject};
        },
        none);
    add(
        u"20 ASCII subject with a 120-character URL: folded at spaces only, URL intact"_s,
        [](MessageDraft &d, ComposeOptions &, QJsonObject &e, QStringList &v) {
            d.subject = u"Please read https://example.com/"_s + QString(89, u'x') + u" before Friday"_s;
            e = {{u"subject"_s, d.subject}};
            v = {u"--expect-header"_s, u"Subject: "_s + d.subject};
        },
        [](const QByteArray &eml, const ComposedMessage &) {
            const QByteArray section = EmlCheck::headerSection(eml);
            if (section.contains("=?") || !section.contains(QByteArray("https://example.com/" + QByteArray(89, 'x')))) {
                return u"the URL was encoded or broken"_s;
            }
            return QString();
        });
    add(
        u"21 display names Doe, John and O\"Neil \\ Jr: quoted-strings, two addresses"_s,
        [](MessageDraft &d, ComposeOptions &, QJsonObject &e, QStringList &) {
            d.to = addresses(uR"("Doe, John" <john@kurier.test>, "O\"Neil \\ Jr" <oneil@kurier.test>)"_s);
            e = {{u"to"_s,
                  pairs({{u"Doe, John"_s, u"john@kurier.test"_s}, {uR"(O"Neil \ Jr)"_s, u"oneil@kurier.test"_s}})}};
        },
        headerIs("To", R"("Doe, John" <john@kurier.test>, "O\"Neil \\ Jr" <oneil@kurier.test>)"));
    add(
        u"22 display name Zoë, Ünicode: encoded-word in the phrase only"_s,
        [](MessageDraft &d, ComposeOptions &, QJsonObject &e, QStringList &) {
            d.from = mailbox(uR"("Zoë, Ünicode" <zoe@kurier.test>)"_s);
            e = {{u"from"_s, pairs({{u"Zoë, Ünicode"_s, u"zoe@kurier.test"_s}})}};
        },
        [](const QByteArray &eml, const ComposedMessage &) {
            const QByteArray from = EmlCheck::header(eml, "From");
            if (!from.startsWith("=?UTF-8?") || !from.endsWith(" <zoe@kurier.test>") || from.contains("\"")) {
                return u"want an encoded phrase and a plain addr-spec: %1"_s.arg(QString::fromLatin1(from));
            }
            return checkEncodedWords(from);
        });
    add(
        u"23 fifty recipients: To folded after commas, all back in order"_s,
        [](MessageDraft &d, ComposeOptions &, QJsonObject &e, QStringList &) {
            QList<std::pair<QString, QString>> expected;
            d.to.clear();
            for (int i = 0; i < 50; ++i) {
                const QString name = i % 3 == 0 ? u"Łucja Nr %1"_s.arg(i) : u"Person %1"_s.arg(i);
                d.to += Address::fromMailbox(Mailbox{name, u"person%1"_s.arg(i), u"kurier.test"_s});
                expected.append({name, u"person%1@kurier.test"_s.arg(i)});
            }
            e = {{u"to"_s, pairs(expected)}};
        },
        [](const QByteArray &, const ComposedMessage &m) {
            return m.envelope().recipients.size() == 50 ? QString() : u"want 50 envelope recipients"_s;
        });
    add(
        u"24 user@bücher.example without SMTPUTF8: A-label in header and envelope"_s,
        [](MessageDraft &d, ComposeOptions &, QJsonObject &e, QStringList &) {
            d.to = addresses(u"Kunde <user@bücher.example>"_s);
            e = {{u"to"_s, pairs({{u"Kunde"_s, u"user@xn--bcher-kva.example"_s}})}};
        },
        [](const QByteArray &eml, const ComposedMessage &m) {
            if (EmlCheck::header(eml, "To") != "Kunde <user@xn--bcher-kva.example>") {
                return u"want the A-label in To"_s;
            }
            return m.envelope().recipients == QList<QByteArray>{"user@xn--bcher-kva.example"}
                ? QString()
                : u"want the A-label in RCPT TO"_s;
        });
    add(
        u"25 jøran@example.com with SMTPUTF8: raw UTF-8 address, SMTPUTF8 envelope"_s,
        [](MessageDraft &d, ComposeOptions &o, QJsonObject &e, QStringList &v) {
            d.to = addresses(u"Jøran <jøran@example.com>"_s);
            o.extensions = ServerExtension::SmtpUtf8 | ServerExtension::EightBitMime;
            e = {{u"to"_s, pairs({{u"Jøran"_s, u"jøran@example.com"_s}})}, {u"smtputf8"_s, true}};
            v = {u"--smtputf8"_s, u"--8bitmime"_s};
        },
        [](const QByteArray &eml, const ComposedMessage &m) {
            if (!EmlCheck::header(eml, "To").endsWith(u"<jøran@example.com>"_s.toUtf8())) {
                return u"want the raw UTF-8 address"_s;
            }
            return m.envelope().addresses == Envelope::Addresses::SmtpUtf8 ? QString() : u"want SMTPUTF8"_s;
        });
    add(
        u"26 header injection: CR/LF in subject, display name and file name make no header line"_s,
        [pdf](MessageDraft &d, ComposeOptions &, QJsonObject &e, QStringList &v) {
            d.subject = u"Hi\r\nBcc: victim@evil.example"_s;
            d.to = {Address::fromMailbox(Mailbox{u"Eve\nBcc: x@evil.example"_s, u"eve"_s, u"kurier.test"_s})};
            d.attachments = {Attachment::fromData(pdf, u"evil\r\nContent-Type: text/html.pdf"_s)};
            d.extraHeaders = {{"X-Note", u"line one\r\nBcc: x@evil.example"_s}};
            e = {{u"subject"_s, d.subject},
                 {u"to"_s, pairs({{u"Eve Bcc: x@evil.example"_s, u"eve@kurier.test"_s}})},
                 {u"headers"_s, QJsonObject{{u"X-Note"_s, u"line one\r\nBcc: x@evil.example"_s}}},
                 {u"absent_headers"_s, QJsonArray{u"Bcc"_s}},
                 {u"attachments"_s, QJsonArray{attachmentInfo(u"evil  Content-Type: text/html.pdf"_s, pdf)}}};
            v = {u"--allow-header"_s, u"X-Note"_s, u"--expect-header"_s, u"Subject: "_s + d.subject};
        },
        [](const QByteArray &eml, const ComposedMessage &) {
            const QByteArray section = EmlCheck::headerSection(eml);
            for (const QByteArray &line : section.split('\n')) {
                if (line.startsWith("Bcc") || line.startsWith("Content-Type: text/html")) {
                    return u"injected header line: %1"_s.arg(QString::fromUtf8(line));
                }
            }
            return QString();
        });
    add(
        u"28 clock at +0545: numeric zone and weekday (more zones in writesDateWithNumericZone)"_s,
        [](MessageDraft &, ComposeOptions &, QJsonObject &e, QStringList &) {
            e = {{u"date_utc"_s, u"2026-11-28T04:45:15"_s}};
        },
        headerIs("Date", "Sat, 28 Nov 2026 10:30:15 +0545"));
    list.last().sources = fixedSources(QDateTime(QDate(2026, 11, 28), QTime(10, 30, 15), Qt::OffsetFromUTC, 20700));
    add(
        u"29 body text containing the first boundary: another boundary is chosen"_s,
        [pdf](MessageDraft &d, ComposeOptions &, QJsonObject &e, QStringList &) {
            d.plainText = u"This line mentions\n--=-kurier-test-1\nwhich is a boundary.\n"_s;
            d.attachments = {Attachment::fromData(pdf, u"a.pdf"_s)};
            e = {{u"text"_s, d.plainText}, {u"structure"_s, u"multipart/mixed(text/plain,application/pdf)"_s}};
        },
        [](const QByteArray &eml, const ComposedMessage &) {
            return EmlCheck::header(eml, "Content-Type").contains("boundary=\"=-kurier-test-2\"")
                ? QString()
                : u"want the second boundary"_s;
        });
    add(
        u"30 format=flowed paragraph, quotes and signature: soft breaks, stuffing, unflows back"_s,
        [](MessageDraft &d, ComposeOptions &, QJsonObject &e, QStringList &) {
            QString paragraph;
            while (paragraph.size() < 300) {
                paragraph += u"This paragraph is long enough to be wrapped several times over. "_s;
            }
            paragraph = paragraph.left(300).trimmed();
            d.plainText = u"> quoted line from Bob\n> x\n\n"_s + paragraph
                + u"\n From starts with a space\nFrom the start\n>not a quote? it is\n\n-- \nOla\n"_s;
            d.textFormat = MessageDraft::TextFormat::Flowed;
            e = {{u"flowed_text"_s, FlowedText::decode(FlowedText::encode(d.plainText))}};
        },
        [](const QByteArray &eml, const ComposedMessage &) {
            if (!EmlCheck::header(eml, "Content-Type").contains("format=flowed")) {
                return u"want format=flowed"_s;
            }
            const QByteArray body = eml.mid(eml.indexOf("\r\n\r\n") + 4);
            if (!body.contains("\r\n-- \r\nOla") || !body.contains("\r\n From the start")
                || !body.contains("\r\n  From starts")) {
                return u"signature or stuffing missing: %1"_s.arg(QString::fromUtf8(body));
            }
            return QString();
        });
    add(
        u"31 reply with 30 References: folded between ids, never encoded"_s,
        [](MessageDraft &d, ComposeOptions &, QJsonObject &e, QStringList &) {
            for (int i = 0; i < 30; ++i) {
                d.references += "<thread." + QByteArray::number(i) + ".a1b2c3@kurier.test>";
            }
            d.inReplyTo = "thread.29.a1b2c3@kurier.test"; // angle brackets are added
            d.subject = u"Re: Test"_s;
            e = {{u"subject"_s, d.subject}};
        },
        [](const QByteArray &eml, const ComposedMessage &) {
            QByteArray want;
            for (int i = 0; i < 30; ++i) {
                want += (i ? " " : "") + QByteArray("<thread.") + QByteArray::number(i) + ".a1b2c3@kurier.test>";
            }
            if (EmlCheck::header(eml, "References") != want) {
                return u"References differ"_s;
            }
            return EmlCheck::header(eml, "In-Reply-To") == "<thread.29.a1b2c3@kurier.test>" ? QString()
                                                                                            : u"In-Reply-To differs"_s;
        });
    add(
        u"32 forward as attachment: message/rfc822, 7bit, inner bytes unchanged"_s,
        [](MessageDraft &d, ComposeOptions &, QJsonObject &e, QStringList &) {
            d.plainText = u"Forwarding this.\n"_s;
            d.attachments = {Attachment::fromFile(dataFile(u"forwarded.eml"_s))};
            e = {{u"structure"_s, u"multipart/mixed(text/plain,message/rfc822)"_s},
                 {u"message_rfc822_subject"_s, u"Spójrz na to"_s}};
        },
        [](const QByteArray &eml, const ComposedMessage &) {
            if (!eml.contains(readFile(dataFile(u"forwarded.eml"_s)))) {
                return u"the embedded message changed"_s;
            }
            return eml.contains("Content-Type: message/rfc822") ? QString() : u"want message/rfc822"_s;
        });

    // Beyond the 32 cases: choices the composer makes on its own.
    add(
        u"legacy name= switched off: RFC 2231 only"_s,
        [pdf](MessageDraft &d, ComposeOptions &o, QJsonObject &e, QStringList &v) {
            d.attachments = {Attachment::fromData(pdf, u"Übersicht.pdf"_s)};
            o.legacyFileNames = ComposeOptions::LegacyFileNames::Omit;
            e = {{u"attachments"_s, QJsonArray{attachmentInfo(u"Übersicht.pdf"_s, pdf)}}};
            v = {u"--strict"_s};
        },
        [](const QByteArray &eml, const ComposedMessage &) {
            return eml.contains("name=\"=?") ? u"legacy name= written"_s : QString();
        });
    add(
        u"only Bcc recipients: To says undisclosed-recipients, Bcc in the envelope only"_s,
        [](MessageDraft &d, ComposeOptions &, QJsonObject &e, QStringList &) {
            d.to.clear();
            d.bcc = addresses(u"Hidden <hidden@kurier.test>, other@kurier.test"_s);
            e = {{u"to"_s, QJsonArray{}}, {u"absent_headers"_s, QJsonArray{u"Bcc"_s}}};
        },
        [](const QByteArray &eml, const ComposedMessage &m) {
            if (EmlCheck::header(eml, "To") != "undisclosed-recipients:;" || eml.contains("hidden@")) {
                return u"want undisclosed-recipients and no trace of Bcc"_s;
            }
            return m.envelope().recipients == QList<QByteArray>{"hidden@kurier.test", "other@kurier.test"}
                ? QString()
                : u"want the Bcc addresses in the envelope"_s;
        });
    add(
        u"group, Cc and Reply-To; duplicate recipients once in the envelope"_s,
        [](MessageDraft &d, ComposeOptions &, QJsonObject &e, QStringList &) {
            d.to = addresses(u"Zespół: a@kurier.test, b@kurier.test;, bob@kurier.test"_s);
            d.cc = addresses(u"Bob Again <bob@KURIER.test>"_s);
            d.replyTo = addresses(u"Lists <lists@kurier.test>"_s);
            e = {{u"to"_s,
                  pairs({{QString(), u"a@kurier.test"_s},
                         {QString(), u"b@kurier.test"_s},
                         {QString(), u"bob@kurier.test"_s}})},
                 {u"cc"_s, pairs({{u"Bob Again"_s, u"bob@KURIER.test"_s}})},
                 {u"reply_to"_s, pairs({{u"Lists"_s, u"lists@kurier.test"_s}})}};
        },
        [](const QByteArray &, const ComposedMessage &m) {
            return m.envelope().recipients.size() == 3 ? QString() : u"want 3 distinct envelope recipients"_s;
        });
    add(
        u"text attachment that is not UTF-8: sent as octets, bytes kept"_s,
        [](MessageDraft &d, ComposeOptions &, QJsonObject &e, QStringList &) {
            const QByteArray latin2("Za\xbf\xf3\xb3\xe6 g\xea\xb6l\xb1 ja\xbc\xf1\n");
            d.attachments = {Attachment::fromData(latin2, u"notes.txt"_s, "text/plain")};
            e = {{u"attachments"_s, QJsonArray{attachmentInfo(u"notes.txt"_s, latin2, u"application/octet-stream"_s)}}};
        },
        none);
    add(
        u"empty subject and extra header with Unicode"_s,
        [](MessageDraft &d, ComposeOptions &, QJsonObject &e, QStringList &v) {
            d.subject.clear();
            d.extraHeaders = {{"X-Kurier-Note", u"zażółć gęślą jaźń"_s}};
            e = {{u"subject"_s, QString()}, {u"headers"_s, QJsonObject{{u"X-Kurier-Note"_s, u"zażółć gęślą jaźń"_s}}}};
            v = {u"--allow-header"_s, u"X-Kurier-Note"_s};
        },
        none);
    add(
        u"subject with leading, trailing and double spaces kept"_s,
        [](MessageDraft &d, ComposeOptions &, QJsonObject &e, QStringList &) {
            d.subject = u"  two  spaces\tand tab "_s;
            e = {{u"subject"_s, d.subject}};
        },
        none);
    add(
        u"subject with a run of 100 spaces: no line of white space alone"_s,
        [](MessageDraft &d, ComposeOptions &, QJsonObject &e, QStringList &v) {
            d.subject = u"before"_s + QString(100, u' ') + u"after and Grüße"_s;
            e = {{u"subject"_s, d.subject}};
            v = {u"--strict"_s, u"--expect-header"_s, u"Subject: "_s + d.subject};
        },
        none);
    add(
        u"forwarded message with 8-bit text and no 8BITMIME: sent as octets"_s,
        [](MessageDraft &d, ComposeOptions &, QJsonObject &e, QStringList &) {
            const QByteArray inner
                = QByteArray("From: a@kurier.test\r\nSubject: raw\r\n\r\nZa") + "\xc5\xbc\xc3\xb3\r\n";
            d.attachments = {Attachment::fromData(inner, u"raw.eml"_s, "message/rfc822")};
            e = {{u"attachments"_s, QJsonArray{attachmentInfo(u"raw.eml"_s, inner, u"application/octet-stream"_s)}}};
        },
        none);
    add(
        u"long HTML-only message with an image: related alone, lines ≤ 76 in QP"_s,
        [](MessageDraft &d, ComposeOptions &, QJsonObject &e, QStringList &) {
            d.plainText.clear();
            d.html = u"<html><body>"_s + QString(u"<p>Zażółć gęślą jaźń – a long paragraph. </p>"_s).repeated(40)
                + u"<img src=\"cid:p@kurier.test\"></body></html>"_s;
            d.inlineImages = {Attachment::inlineImage(dataFile(u"pixel.png"_s), "p@kurier.test")};
            e = {{u"html"_s, d.html}, {u"structure"_s, u"multipart/related(text/html,image/png)"_s}};
        },
        none);
    return list;
}

void MessageComposerTest::composesCase_data()
{
    QTest::addColumn<ComposeCase>("testCase");
    for (const ComposeCase &c : cases()) {
        QTest::newRow(qPrintable(c.name)) << c;
    }
}

void MessageComposerTest::composesCase()
{
    QFETCH(ComposeCase, testCase);
    MessageDraft draft = baseDraft();
    ComposeOptions options;
    QJsonObject expected;
    QStringList validatorOptions;
    testCase.setup(draft, options, expected, validatorOptions);

    const MessageComposer composer(testCase.sources);
    const MessageComposer::Result result = composer.compose(draft, options);
    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->message() : QString()));
    const std::optional<QByteArray> bytes = result.message.toByteArray();
    QVERIFY(bytes);
    const QByteArray &eml = *bytes;

    // The size is known before the bytes, and a second reading gives the same bytes.
    QCOMPARE(result.message.size(), eml.size());
    QCOMPARE(result.message.toByteArray().value_or(QByteArray()), eml);

    EmlCheck::save(QString::fromLatin1(QTest::currentDataTag()), eml); // for inspection when a check fails
    const QString lineProblem = EmlCheck::lines(eml);
    QVERIFY2(lineProblem.isEmpty(), qPrintable(lineProblem));
    for (const char *name : {"From", "Date", "Message-ID", "MIME-Version", "Subject"}) {
        QVERIFY2(EmlCheck::header(eml, name) != QByteArray() || QByteArray(name) == "Subject", name);
    }
    QVERIFY(!EmlCheck::headerSection(eml).contains("\r\nBcc:"));

    const QString extra = testCase.verify(eml, result.message);
    QVERIFY2(extra.isEmpty(), qPrintable(extra));
    const QString python = EmlCheck::python(QString::fromLatin1(QTest::currentDataTag()), eml, expected);
    QVERIFY2(python.isEmpty(), qPrintable(python));
    const QString validator = EmlCheck::validator(QString::fromLatin1(QTest::currentDataTag()), eml, validatorOptions);
    QVERIFY2(validator.isEmpty(), qPrintable(validator));
}

void MessageComposerTest::refusesNonAsciiLocalPartWithoutSmtpUtf8()
{
    // Case 25 without SMTPUTF8: refused with a sentence naming the address.
    MessageDraft draft = baseDraft();
    draft.cc = addresses(u"Jøran <jøran@example.com>"_s);
    const MessageComposer::Result result = MessageComposer(fixedSources()).compose(draft);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, ComposeError::Kind::NeedsSmtpUtf8);
    QCOMPARE(result.error->field, ComposeError::Field::Cc);
    QVERIFY2(result.error->message().contains(u"\"jøran@example.com\""_s), qPrintable(result.error->message()));
    QVERIFY(result.message.isNull());
}

void MessageComposerTest::refuses_data()
{
    QTest::addColumn<DraftChange>("change");
    QTest::addColumn<ComposeError::Kind>("kind");
    QTest::addColumn<QString>("named");

    using K = ComposeError::Kind;
    QTest::newRow("26 header name with a colon and CRLF") << DraftChange([](MessageDraft &d) {
        d.extraHeaders = {{"X-Evil:\r\nBcc", u"x"_s}};
    }) << K::InvalidHeaderName << u"X-Evil:"_s;
    QTest::newRow("header the composer writes itself") << DraftChange([](MessageDraft &d) {
        d.extraHeaders = {{"content-type", u"x"_s}};
    }) << K::ReservedHeaderName << u"content-type"_s;
    QTest::newRow("no recipients") << DraftChange([](MessageDraft &d) { d.to.clear(); }) << K::NoRecipients
                                   << QString();
    QTest::newRow("empty group is not a recipient")
        << DraftChange([](MessageDraft &d) { d.to = addresses(u"nobody:;"_s); }) << K::NoRecipients << QString();
    QTest::newRow("no sender") << DraftChange([](MessageDraft &d) { d.from = Mailbox(); }) << K::InvalidAddress
                               << QString();
    QTest::newRow("address built in code with a line break") << DraftChange([](MessageDraft &d) {
        d.to = {Address::fromMailbox(Mailbox{{}, u"bob\r\nBcc: x"_s, u"kurier.test"_s})};
    }) << K::InvalidAddress << QString();
    QTest::newRow("bad In-Reply-To") << DraftChange([](MessageDraft &d) { d.inReplyTo = "<not an id>"; })
                                     << K::InvalidMessageId << u"<not an id>"_s;
    QTest::newRow("cid: without a matching image") << DraftChange([](MessageDraft &d) {
        d.html = u"<img src=\"cid:missing@kurier.test\">"_s;
        d.inlineImages = {Attachment::inlineImage(dataFile(u"pixel.png"_s), "there@kurier.test")};
    }) << K::UnresolvedContentId << u"missing@kurier.test"_s;
    QTest::newRow("inline image without a content ID") << DraftChange([](MessageDraft &d) {
        d.html = u"<p>x</p>"_s;
        d.inlineImages = {Attachment::inlineImage(dataFile(u"pixel.png"_s), QByteArray())};
    }) << K::InvalidContentId << u"pixel.png"_s;
    QTest::newRow("missing attachment file")
        << DraftChange([](MessageDraft &d) { d.attachments = {Attachment::fromFile(u"/nonexistent/kurier.pdf"_s)}; })
        << K::AttachmentUnreadable << u"/nonexistent/kurier.pdf"_s;
    QTest::newRow("a folder is not an attachment") << DraftChange([](MessageDraft &d) {
        d.attachments = {Attachment::fromFile(QStringLiteral(KURIER_TEST_DATA_DIR))};
    }) << K::AttachmentUnreadable << QStringLiteral(KURIER_TEST_DATA_DIR);
    QTest::newRow("bad MIME type") << DraftChange([](MessageDraft &d) {
        d.attachments = {Attachment::fromData("x", u"x"_s, "text/plain\r\nX: y")};
    }) << K::InvalidMimeType << u"text/plain\r\nX: y"_s;
}

void MessageComposerTest::refuses()
{
    QFETCH(DraftChange, change);
    QFETCH(ComposeError::Kind, kind);
    QFETCH(QString, named);
    MessageDraft draft = baseDraft();
    change(draft);
    const MessageComposer::Result result = MessageComposer(fixedSources()).compose(draft);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, kind);
    const QString message = result.error->message();
    QVERIFY(!message.isEmpty());
    if (!named.isEmpty()) {
        QVERIFY2(message.contains(named), qPrintable(message));
    }
}

void MessageComposerTest::writesDateWithNumericZone_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("utc");

    QTest::newRow("28 +0530 India") << QDateTime(QDate(2026, 3, 2), QTime(9, 5, 7), Qt::OffsetFromUTC, 19800)
                                    << QByteArray("Mon, 2 Mar 2026 09:05:07 +0530") << u"2026-03-02T03:35:07"_s;
    QTest::newRow("28 +0545 Nepal") << QDateTime(QDate(2026, 3, 2), QTime(9, 5, 7), Qt::OffsetFromUTC, 20700)
                                    << QByteArray("Mon, 2 Mar 2026 09:05:07 +0545") << u"2026-03-02T03:20:07"_s;
    QTest::newRow("28 -0330 Newfoundland") << QDateTime(QDate(2026, 7, 15), QTime(23, 0, 0), Qt::OffsetFromUTC, -12600)
                                           << QByteArray("Wed, 15 Jul 2026 23:00:00 -0330") << u"2026-07-16T02:30:00"_s;
    QTest::newRow("28 31 Dec 23:59:59 UTC")
        << QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59), Qt::UTC) << QByteArray("Thu, 31 Dec 2026 23:59:59 +0000")
        << u"2026-12-31T23:59:59"_s;
    const QTimeZone warsaw("Europe/Warsaw");
    if (warsaw.isValid()) {
        // The night the clocks go back: the second 02:30 is in winter time again.
        const QDateTime beforeSwitch(QDate(2026, 10, 25), QTime(0, 30, 0), Qt::UTC);
        QTest::newRow("28 DST switch, summer side")
            << beforeSwitch.toTimeZone(warsaw) << QByteArray("Sun, 25 Oct 2026 02:30:00 +0200")
            << u"2026-10-25T00:30:00"_s;
        QTest::newRow("28 DST switch, winter side")
            << beforeSwitch.addSecs(3600).toTimeZone(warsaw) << QByteArray("Sun, 25 Oct 2026 02:30:00 +0100")
            << u"2026-10-25T01:30:00"_s;
    }
    QTest::newRow("offset with seconds becomes -0000 UTC")
        << QDateTime(QDate(2026, 1, 1), QTime(12, 0, 0), Qt::OffsetFromUTC, 3601)
        << QByteArray("Thu, 1 Jan 2026 10:59:59 -0000") << u"2026-01-01T10:59:59"_s;
}

void MessageComposerTest::writesDateWithNumericZone()
{
    QFETCH(QDateTime, when);
    QFETCH(QByteArray, header);
    QFETCH(QString, utc);
    const MessageComposer::Result result = MessageComposer(fixedSources(when)).compose(baseDraft());
    QVERIFY(result.ok());
    const QByteArray eml = result.message.toByteArray().value_or(QByteArray());
    QCOMPARE(EmlCheck::header(eml, "Date"), header);
    const QString python = EmlCheck::python(QString::fromLatin1(QTest::currentDataTag()), eml, {{u"date_utc"_s, utc}});
    QVERIFY2(python.isEmpty(), qPrintable(python));
    const QString validator = EmlCheck::validator(QString::fromLatin1(QTest::currentDataTag()), eml, {});
    QVERIFY2(validator.isEmpty(), qPrintable(validator));
}

void MessageComposerTest::tenThousandMessagesHaveDistinctIdsAndBoundaries()
{
    // Case 27, with the real sources: ids from the CSPRNG at the From domain.
    const MessageComposer composer;
    MessageDraft draft = baseDraft();
    draft.html = u"<p>Hello</p>"_s;
    draft.attachments = {Attachment::fromData("data", u"a.bin"_s)};
    QSet<QByteArray> ids;
    QSet<QByteArray> boundaries;
    static const QRegularExpression boundary(QStringLiteral("boundary=\"([^\"]+)\""));
    QList<QByteArray> samples;
    for (int i = 0; i < 10000; ++i) {
        const MessageComposer::Result result = composer.compose(draft);
        QVERIFY(result.ok());
        const QByteArray id = result.message.messageId();
        QVERIFY2(id.startsWith('<') && id.endsWith("@kurier.test>") && id.size() >= 32, id.constData());
        QVERIFY2(!ids.contains(id), id.constData());
        ids.insert(id);
        const QByteArray eml = result.message.toByteArray().value_or(QByteArray());
        QCOMPARE(EmlCheck::header(eml, "Message-ID"), id);
        for (auto it = boundary.globalMatch(QString::fromLatin1(eml)); it.hasNext();) {
            const QByteArray b = it.next().captured(1).toLatin1();
            QVERIFY(b.size() <= 70);
            QVERIFY2(!boundaries.contains(b), b.constData());
            boundaries.insert(b);
        }
        if (i % 5000 == 0) {
            samples += eml;
        }
    }
    QCOMPARE(ids.size(), 10000);
    QCOMPARE(boundaries.size(), 20000);
    // Same length and distinct, so none is a prefix of another.
    for (const QByteArray &b : std::as_const(boundaries)) {
        QCOMPARE(b.size(), boundaries.begin()->size());
    }
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const QString name = u"27 sample %1"_s.arg(i);
        const QString validator = EmlCheck::validator(name, samples.at(i));
        QVERIFY2(validator.isEmpty(), qPrintable(validator));
        const QString python = EmlCheck::python(name, samples.at(i), {{u"subject"_s, u"Test"_s}});
        QVERIFY2(python.isEmpty(), qPrintable(python));
    }
}

void MessageComposerTest::picksAnotherBoundaryWhenTheTextContainsIt()
{
    // Case 29 with a source that keeps offering the colliding boundary: refused, not sent broken.
    MessageDraft draft = baseDraft();
    draft.plainText = u"--=-always\n"_s;
    draft.attachments = {Attachment::fromData("x", u"x.bin"_s)};
    ComposeSources sources = fixedSources();
    sources.boundary = [] { return QByteArray("=-always"); };
    const MessageComposer::Result result = MessageComposer(sources).compose(draft);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, ComposeError::Kind::NoUniqueBoundary);

    // Nested multiparts never share or prefix each other's boundaries.
    draft.plainText = u"plain"_s;
    draft.html = u"<p>html</p>"_s;
    auto calls = std::make_shared<int>(0);
    sources.boundary = [calls] { return ++*calls % 2 ? QByteArray("=-same") : QByteArray("=-same-but-longer"); };
    const MessageComposer::Result nested = MessageComposer(sources).compose(draft);
    QVERIFY(!nested.ok()); // "=-same" is a prefix of "=-same-but-longer" and vice versa
    QCOMPARE(nested.error->kind, ComposeError::Kind::NoUniqueBoundary);
}

void MessageComposerTest::matchesGoldenOutput_data()
{
    QTest::addColumn<QString>("golden");
    QTest::addColumn<MessageDraft>("draft");
    QTest::addColumn<int>("extensions");

    MessageDraft simple = baseDraft();
    simple.subject = u"Meeting at ten"_s;
    simple.plainText = u"Hello Bob,\nsee you at 10.\n\nOla\n"_s;
    QTest::newRow("simple ASCII") << u"simple.eml"_s << simple << 0;

    MessageDraft full = baseDraft();
    full.from = mailbox(u"\"Nowak, Ola\" <ola@kurier.test>"_s);
    full.to = addresses(u"Bob <bob@kurier.test>, Zoë Ünicode <zoe@bücher.example>"_s);
    full.subject = u"Grüße aus Köln 🎉 – the report"_s;
    full.plainText = u"Hi,\nthe report is attached. Grüße!\n"_s;
    full.html = u"<p>Hi,<br>the report is attached. <img src=\"cid:logo@kurier.test\"> Grüße!</p>\n"_s;
    full.inlineImages = {Attachment::inlineImage(dataFile(u"pixel.png"_s), "logo@kurier.test")};
    full.attachments = {Attachment::fromData("%PDF-1.4\n%%EOF\n", u"Übersicht 2026.pdf"_s)};
    full.references = {"<a.1@kurier.test>"};
    full.inReplyTo = "<a.1@kurier.test>";
    QTest::newRow("full tree, international") << u"full.eml"_s << full << 0;
    QTest::newRow("full tree with 8BITMIME")
        << u"full-8bit.eml"_s << full << static_cast<int>(ServerExtension::EightBitMime);
}

void MessageComposerTest::matchesGoldenOutput()
{
    QFETCH(QString, golden);
    QFETCH(MessageDraft, draft);
    QFETCH(int, extensions);
    ComposeOptions options;
    options.extensions = ServerExtensions(extensions);
    const MessageComposer::Result result = MessageComposer(fixedSources()).compose(draft, options);
    QVERIFY(result.ok());
    const QByteArray eml = result.message.toByteArray().value_or(QByteArray());
    const QString path = dataFile(u"golden/"_s + golden);
    if (qEnvironmentVariableIsSet("KURIER_UPDATE_GOLDEN")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(eml);
    }
    QCOMPARE(eml, readFile(path));
    QStringList validatorOptions;
    if (extensions) {
        validatorOptions << u"--8bitmime"_s;
    }
    const QString validator = EmlCheck::validator(u"golden "_s + golden, eml, validatorOptions);
    QVERIFY2(validator.isEmpty(), qPrintable(validator));
}

void MessageComposerTest::flowedTextRoundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("short lines stay") << u"one\ntwo\n\nthree"_s;
    QTest::newRow("long paragraph") << QString(u"lorem ipsum dolor sit amet "_s).repeated(20).trimmed();
    QTest::newRow("quoted long line") << u"> "_s + QString(u"quoted words here "_s).repeated(10).trimmed();
    QTest::newRow("nested quotes") << u">> deep\n> shallow\nnone"_s;
    QTest::newRow("stuffing") << u" leading space\nFrom me\n-- \nsig"_s;
    QTest::newRow("unbreakable word") << QString(120, u'x') + u" tail"_s;
    QTest::newRow("double spaces at a break") << QString(u"word  "_s).repeated(30).trimmed();
}

void MessageComposerTest::flowedTextRoundTrips()
{
    QFETCH(QString, text);
    const QString flowed = FlowedText::encode(text);
    for (const QString &line : flowed.split(u'\n')) {
        QVERIFY2(line.size() <= 78 || !line.trimmed().contains(u' '), qPrintable(line));
        QVERIFY(!line.startsWith(u"From "_s));
    }
    QCOMPARE(FlowedText::decode(flowed), text);
}

QTEST_GUILESS_MAIN(MessageComposerTest)
#include "messagecomposertest.moc"
