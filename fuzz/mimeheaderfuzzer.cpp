// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Fuzzes Mime::HeaderFieldWriter, the header encoder, with arbitrary text as subject,
// display name and file name. The first byte picks the use. Asserted: the field is one
// header (CRLF only before folding white space, no NUL, lines ≤ 998), every RFC 2047 word
// is ≤ 75 characters and holds whole UTF-8 characters, and decoding the field the way a
// reader does gives back exactly the text (RFC 2231 file names included).

#include "app/mime/encodedword.h"
#include "app/mime/headerfieldwriter.h"

#include <QStringDecoder>

#include <cstdint>
#include <cstdlib>

namespace
{

void check(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

void checkField(const QByteArray &field)
{
    check(field.endsWith("\r\n"));
    check(!field.contains('\0'));
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < field.size(); ++i) {
        const char c = field.at(i);
        if (c == '\r') {
            check(i + 1 < field.size() && field.at(i + 1) == '\n');
            check(i - lineStart <= 998);
            check(i + 2 == field.size() || field.at(i + 2) == ' ' || field.at(i + 2) == '\t');
            lineStart = i + 2;
            ++i;
        } else {
            check(c != '\n');
        }
    }
}

// The field's value with the folding removed and the "Name: " dropped.
QByteArray unfoldedValue(const QByteArray &field, qsizetype nameLength)
{
    QByteArray value = field.chopped(2).mid(nameLength + 1);
    value.replace("\r\n", "");
    return value.startsWith(' ') ? value.mid(1) : value;
}

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    return !decoder.hasError() && text.toUtf8() == bytes;
}

// Decodes one "=?UTF-8?B|Q?...?=" word; nullopt when `word` is not one.
std::optional<QByteArray> decodeWord(const QByteArray &word)
{
    if (!word.startsWith("=?UTF-8?") || !word.endsWith("?=") || word.size() < 12 || word.at(9) != '?') {
        return std::nullopt;
    }
    check(word.size() <= Mime::EncodedWord::MaxLength);
    const QByteArray text = word.mid(10, word.size() - 12);
    QByteArray bytes;
    if (word.at(8) == 'B') {
        bytes = QByteArray::fromBase64(text);
    } else {
        check(word.at(8) == 'Q');
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == '_') {
                bytes += ' ';
            } else if (text.at(i) == '=') {
                check(i + 2 < text.size());
                bytes += QByteArray::fromHex(text.mid(i + 1, 2));
                i += 2;
            } else {
                bytes += text.at(i);
            }
        }
    }
    check(isUtf8(bytes)); // no character split between words
    return bytes;
}

// RFC 2047 6.2 as readers apply it to unstructured text: white space between two
// encoded-words disappears, all other white space stays.
QByteArray decodeText(const QByteArray &value)
{
    QByteArray out;
    QByteArray pendingSpace;
    bool previousEncoded = false;
    qsizetype i = 0;
    while (i < value.size()) {
        qsizetype j = i;
        while (j < value.size() && (value.at(j) == ' ' || value.at(j) == '\t')) {
            ++j;
        }
        pendingSpace = value.mid(i, j - i);
        i = j;
        while (j < value.size() && value.at(j) != ' ' && value.at(j) != '\t') {
            ++j;
        }
        if (j == i) {
            out += pendingSpace;
            break;
        }
        const QByteArray word = value.mid(i, j - i);
        const std::optional<QByteArray> decoded = decodeWord(word);
        if (!(decoded && previousEncoded)) {
            out += pendingSpace;
        }
        out += decoded ? *decoded : word;
        previousEncoded = decoded.has_value();
        i = j;
    }
    return out;
}

QByteArray percentDecoded(const QByteArray &text)
{
    return QByteArray::fromPercentEncoding(text);
}

QByteArray unquoted(const QByteArray &quoted)
{
    check(quoted.startsWith('"') && quoted.endsWith('"') && quoted.size() >= 2);
    QByteArray out;
    for (qsizetype i = 1; i < quoted.size() - 1; ++i) {
        if (quoted.at(i) == '\\') {
            ++i;
        }
        out += quoted.at(i);
    }
    return out;
}

// "attachment; filename=..." back to the name: quoted, filename*= or continuations.
QByteArray decodeFileName(const QByteArray &value)
{
    QByteArray name;
    qsizetype at = value.indexOf("; ");
    int expected = 0;
    while (at >= 0) {
        qsizetype end = at + 2;
        bool quote = false;
        while (end < value.size() && (quote || value.at(end) != ';')) {
            if (value.at(end) == '\\' && quote) {
                ++end;
            } else if (value.at(end) == '"') {
                quote = !quote;
            }
            ++end;
        }
        const QByteArray parameter = value.mid(at + 2, end - at - 2);
        if (parameter.startsWith("filename=")) {
            name = unquoted(parameter.mid(9));
        } else if (parameter.startsWith("filename*=UTF-8''")) {
            name = percentDecoded(parameter.mid(17));
        } else {
            const QByteArray prefix = "filename*" + QByteArray::number(expected) + "*=";
            check(parameter.startsWith(prefix));
            QByteArray segment = parameter.mid(prefix.size());
            if (expected == 0) {
                check(segment.startsWith("UTF-8''"));
                segment = segment.mid(7);
            }
            const QByteArray bytes = percentDecoded(segment);
            check(isUtf8(bytes)); // RFC 2231 segments hold whole characters
            name += bytes;
            ++expected;
        }
        at = end < value.size() ? end : -1;
    }
    return name;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data) + 1, static_cast<qsizetype>(size - 1));
    switch (data[0] % 3) {
    case 0: {
        Mime::HeaderFieldWriter writer("Subject");
        writer.appendText(text);
        const QByteArray field = writer.toByteArray();
        checkField(field);
        check(decodeText(unfoldedValue(field, 7)) == text.toUtf8());
        break;
    }
    case 1: {
        Mime::HeaderFieldWriter writer("From");
        const bool encoded = writer.appendPhrase(text);
        writer.appendAtom("<a@kurier.test>");
        const QByteArray field = writer.toByteArray();
        checkField(field);
        QByteArray phrase = unfoldedValue(field, 4);
        phrase.chop(QByteArray(" <a@kurier.test>").size());
        if (text.isEmpty()) {
            check(phrase.isEmpty() || phrase == "<a@kurier.test>");
        } else if (encoded) {
            check(decodeText(phrase) == text.toUtf8());
        } else if (phrase.startsWith('"')) {
            check(unquoted(phrase) == text.toUtf8());
        } else {
            check(phrase == text.toUtf8());
        }
        break;
    }
    default: {
        Mime::HeaderFieldWriter disposition("Content-Disposition");
        disposition.appendAtom("attachment");
        disposition.appendFileNameParameter("filename", text);
        const QByteArray field = disposition.toByteArray();
        checkField(field);
        check(decodeFileName(unfoldedValue(field, 19)) == text.toUtf8());
        Mime::HeaderFieldWriter type("Content-Type");
        type.appendAtom("application/octet-stream");
        type.appendLegacyNameParameter("name", text);
        checkField(type.toByteArray());
        break;
    }
    }
    return 0;
}
