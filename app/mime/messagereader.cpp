// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mime/messagereader.h"

#include "app/mime/flowedtext.h"

#include <QMap>
#include <QStringDecoder>

#include <algorithm>

namespace Mime
{

namespace
{

struct ContentType {
    QByteArray type = "text/plain"; // lower case
    QMap<QByteArray, QString> parameters; // names lower case, RFC 2231 segments joined and decoded
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

QString decodeCharset(const QByteArray &bytes, QByteArrayView charset)
{
    if (charset.isEmpty()) {
        return QString::fromUtf8(bytes);
    }
    QStringDecoder decoder(charset.toByteArray().constData());
    if (!decoder.isValid()) {
        // An unknown charset: ASCII survives, anything else is at least not lost.
        return QString::fromLatin1(bytes);
    }
    return decoder.decode(bytes);
}

QByteArray percentDecoded(QByteArrayView value)
{
    return QByteArray::fromPercentEncoding(value.toByteArray());
}

QByteArray unquoted(QByteArrayView value)
{
    QByteArrayView trimmed = value.trimmed();
    if (trimmed.size() < 2 || !trimmed.startsWith('"') || !trimmed.endsWith('"')) {
        return trimmed.toByteArray();
    }
    QByteArray result;
    trimmed = trimmed.sliced(1, trimmed.size() - 2);
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        if (trimmed.at(i) == '\\' && i + 1 < trimmed.size()) {
            ++i;
        }
        result += trimmed.at(i);
    }
    return result;
}

// Splits at semicolons outside quoted strings.
QList<QByteArrayView> parameterList(QByteArrayView value)
{
    QList<QByteArrayView> parts;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        if (c == '\\' && quoted) {
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (c == ';' && !quoted) {
            parts.append(value.sliced(start, i - start));
            start = i + 1;
        }
    }
    parts.append(value.sliced(qMin(start, value.size())));
    return parts;
}

// "type/subtype; name=value; name*0*=UTF-8''...": RFC 2045 with the RFC 2231 forms.
ContentType parseStructured(QByteArrayView value, const QByteArray &defaultType)
{
    ContentType result;
    result.type = defaultType;
    const QList<QByteArrayView> parts = parameterList(value);
    if (!parts.isEmpty() && !parts.first().trimmed().isEmpty()) {
        result.type = parts.first().trimmed().toByteArray().toLower();
    }
    struct Segment {
        QByteArray value;
        bool encoded = false;
    };
    QMap<QByteArray, QMap<int, Segment>> segmented;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const qsizetype equals = parts.at(i).indexOf('=');
        if (equals <= 0) {
            continue;
        }
        QByteArray name = parts.at(i).first(equals).trimmed().toByteArray().toLower();
        const QByteArray raw = unquoted(parts.at(i).sliced(equals + 1));
        Segment segment{raw, false};
        if (name.endsWith('*')) {
            segment.encoded = true;
            name.chop(1);
        }
        int index = 0;
        const qsizetype star = name.indexOf('*');
        if (star > 0) {
            bool ok = false;
            index = name.mid(star + 1).toInt(&ok);
            if (!ok || index < 0 || index > 999) {
                continue;
            }
            name.truncate(star);
        }
        segmented[name].insert(index, segment);
    }
    for (auto it = segmented.cbegin(); it != segmented.cend(); ++it) {
        QByteArray charset;
        QByteArray joined;
        bool first = true;
        bool anyEncoded = false;
        for (const Segment &segment : it.value()) {
            QByteArray piece = segment.value;
            if (segment.encoded) {
                anyEncoded = true;
                if (first) {
                    // charset'language'value
                    const qsizetype quote1 = piece.indexOf('\'');
                    const qsizetype quote2 = quote1 < 0 ? -1 : piece.indexOf('\'', quote1 + 1);
                    if (quote2 > quote1) {
                        charset = piece.first(quote1);
                        piece = piece.mid(quote2 + 1);
                    }
                }
                piece = percentDecoded(piece);
            }
            joined += piece;
            first = false;
        }
        result.parameters.insert(it.key(),
                                 anyEncoded ? decodeCharset(joined, charset.isEmpty() ? "UTF-8" : charset)
                                            : MessageReader::decodeText(joined));
    }
    return result;
}

QByteArray decodeQuotedPrintable(QByteArrayView body, bool headerForm)
{
    QByteArray result;
    result.reserve(body.size());
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body.at(i);
        if (headerForm && c == '_') {
            result += ' ';
        } else if (c == '=') {
            if (i + 1 < body.size() && (body.at(i + 1) == '\n' || body.at(i + 1) == '\r')) {
                // A soft line break.
                i += body.at(i + 1) == '\r' && i + 2 < body.size() && body.at(i + 2) == '\n' ? 2 : 1;
                continue;
            }
            if (i + 2 < body.size()) {
                bool ok = false;
                const int byte = body.sliced(i + 1, 2).toByteArray().toInt(&ok, 16);
                if (ok) {
                    result += char(byte);
                    i += 2;
                    continue;
                }
            }
            result += c;
        } else {
            result += c;
        }
    }
    return result;
}

QByteArray decodeTransfer(QByteArrayView body, QByteArrayView encoding)
{
    const QByteArray name = encoding.trimmed().toByteArray().toLower();
    if (name == "base64") {
        return QByteArray::fromBase64(body.toByteArray());
    }
    if (name == "quoted-printable") {
        return decodeQuotedPrintable(body, false);
    }
    return body.toByteArray();
}

// Splits a part at its first empty line.
void splitPart(QByteArrayView part, QByteArrayView *header, QByteArrayView *body)
{
    qsizetype lineStart = 0;
    while (lineStart < part.size()) {
        qsizetype end = part.indexOf('\n', lineStart);
        if (end < 0) {
            end = part.size();
        }
        const QByteArrayView line = part.sliced(lineStart, end - lineStart);
        if (line.isEmpty() || line == "\r") {
            *header = part.first(lineStart);
            *body = part.sliced(qMin(end + 1, part.size()));
            return;
        }
        lineStart = end + 1;
    }
    *header = part;
    *body = {};
}

} // namespace

QList<MessageReader::Field> MessageReader::parseFields(QByteArrayView header)
{
    QList<Field> fields;
    qsizetype lineStart = 0;
    while (lineStart < header.size()) {
        qsizetype end = header.indexOf('\n', lineStart);
        if (end < 0) {
            end = header.size();
        }
        QByteArrayView line = header.sliced(lineStart, end - lineStart);
        lineStart = end + 1;
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        if (line.isEmpty()) {
            break;
        }
        if ((line.front() == ' ' || line.front() == '\t')) {
            if (!fields.isEmpty()) {
                fields.last().value += line.toByteArray();
            }
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            continue; // not a field (an mbox "From " line, say)
        }
        fields.append({line.first(colon).trimmed().toByteArray(), line.sliced(colon + 1).trimmed().toByteArray()});
    }
    return fields;
}

QString MessageReader::decodeText(QByteArrayView value)
{
    QString result;
    qsizetype i = 0;
    bool lastWasWord = false;
    QString pendingSpace;
    while (i < value.size()) {
        const qsizetype start = value.indexOf("=?", i);
        if (start < 0) {
            result += pendingSpace + QString::fromUtf8(value.sliced(i));
            pendingSpace.clear();
            break;
        }
        // =?charset?X?text?=
        const qsizetype q1 = value.indexOf('?', start + 2);
        const qsizetype q2 = q1 < 0 ? -1 : value.indexOf('?', q1 + 1);
        const qsizetype endWord = q2 < 0 || q2 != q1 + 2 ? -1 : value.indexOf("?=", q2 + 1);
        if (endWord < 0) {
            result += pendingSpace + QString::fromUtf8(value.sliced(i));
            pendingSpace.clear();
            break;
        }
        const QByteArrayView between = value.sliced(i, start - i);
        const bool onlySpace = std::all_of(between.begin(), between.end(), isSpace);
        // Whitespace between two encoded words is not part of the text (RFC 2047 6.2).
        if (!(lastWasWord && onlySpace)) {
            result += QString::fromUtf8(between);
        }
        QByteArray charset = value.sliced(start + 2, q1 - start - 2).toByteArray();
        if (const qsizetype star = charset.indexOf('*'); star >= 0) {
            charset.truncate(star); // RFC 2231 language suffix
        }
        const char kind = char(QChar::toUpper(uint(value.at(q1 + 1))));
        const QByteArrayView encoded = value.sliced(q2 + 1, endWord - q2 - 1);
        const QByteArray bytes
            = kind == 'B' ? QByteArray::fromBase64(encoded.toByteArray()) : decodeQuotedPrintable(encoded, true);
        result += decodeCharset(bytes, charset);
        lastWasWord = true;
        i = endWord + 2;
    }
    return result;
}

MessageReader MessageReader::read(const QByteArray &message)
{
    MessageReader reader;
    QByteArrayView header;
    QByteArrayView body;
    splitPart(message, &header, &body);
    reader.m_fields = parseFields(header);
    reader.readPart(message, 0);
    return reader;
}

QByteArray MessageReader::rawField(QByteArrayView name) const
{
    for (const Field &field : m_fields) {
        if (field.name.compare(name, Qt::CaseInsensitive) == 0) {
            return field.value;
        }
    }
    return {};
}

QString MessageReader::field(QByteArrayView name) const
{
    return decodeText(rawField(name)).simplified();
}

void MessageReader::readPart(QByteArrayView part, int depth)
{
    if (depth > MaxDepth || ++m_parts > MaxParts) {
        return;
    }
    QByteArrayView header;
    QByteArrayView body;
    splitPart(part, &header, &body);
    QByteArray typeValue;
    QByteArray dispositionValue;
    QByteArray encoding;
    for (const Field &field : parseFields(header)) {
        if (field.name.compare("Content-Type", Qt::CaseInsensitive) == 0 && typeValue.isEmpty()) {
            typeValue = field.value;
        } else if (field.name.compare("Content-Disposition", Qt::CaseInsensitive) == 0 && dispositionValue.isEmpty()) {
            dispositionValue = field.value;
        } else if (field.name.compare("Content-Transfer-Encoding", Qt::CaseInsensitive) == 0 && encoding.isEmpty()) {
            encoding = field.value;
        }
    }
    const ContentType type = parseStructured(typeValue, "text/plain");
    const ContentType disposition = parseStructured(dispositionValue, "inline");
    if (type.type.startsWith("multipart/")) {
        const QByteArray boundary = type.parameters.value("boundary").toUtf8();
        if (boundary.isEmpty()) {
            return;
        }
        const QByteArray delimiter = "--" + boundary;
        // Parts lie between delimiter lines; text before the first and after the last is ignored.
        qsizetype partStart = -1;
        qsizetype lineStart = 0;
        while (lineStart < body.size()) {
            qsizetype end = body.indexOf('\n', lineStart);
            if (end < 0) {
                end = body.size();
            }
            QByteArrayView line = body.sliced(lineStart, end - lineStart);
            if (line.endsWith('\r')) {
                line.chop(1);
            }
            if (line.startsWith(delimiter)) {
                const QByteArrayView rest = line.sliced(delimiter.size()).trimmed();
                if (rest.isEmpty() || rest == "--") {
                    if (partStart >= 0) {
                        // The line end before a delimiter belongs to the delimiter.
                        qsizetype partEnd = lineStart;
                        if (partEnd > partStart && body.at(partEnd - 1) == '\n') {
                            --partEnd;
                        }
                        if (partEnd > partStart && body.at(partEnd - 1) == '\r') {
                            --partEnd;
                        }
                        readPart(body.sliced(partStart, partEnd - partStart), depth + 1);
                    }
                    if (rest == "--") {
                        return;
                    }
                    partStart = qMin(end + 1, body.size());
                }
            }
            lineStart = end + 1;
        }
        return;
    }
    QString fileName = disposition.parameters.value("filename");
    if (fileName.isEmpty()) {
        fileName = type.parameters.value("name");
    }
    const bool attachment = disposition.type == "attachment" || !fileName.isEmpty();
    const QByteArray data = decodeTransfer(body, encoding);
    if (!attachment && type.type == "text/plain" && !m_haveText) {
        QString text = decodeCharset(data, type.parameters.value("charset").toLatin1());
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        if (type.parameters.value("format").compare(QLatin1String("flowed"), Qt::CaseInsensitive) == 0) {
            text = FlowedText::decode(text);
        }
        m_plainText = text;
        m_haveText = true;
        return;
    }
    if (!attachment && type.type.startsWith("text/")) {
        return; // the richer alternative of the text (HTML), or a second inline text
    }
    m_files.append({fileName, type.type, data});
}

} // namespace Mime
