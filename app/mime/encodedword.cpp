// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mime/encodedword.h"

#include <QStringBuilder>

namespace Mime
{

namespace
{

// RFC 2047 5(3): the only characters a Q-encoded word in a phrase may hold literally.
bool isQLiteral(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '!' || c == '*'
        || c == '+' || c == '-' || c == '/';
}

int qCost(unsigned char c)
{
    return isQLiteral(c) || c == ' ' ? 1 : 3;
}

int bLength(qsizetype bytes)
{
    return static_cast<int>((bytes + 2) / 3 * 4);
}

QByteArray encodeQ(QByteArrayView bytes)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out("=?UTF-8?Q?");
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (isQLiteral(c)) {
            out += static_cast<char>(c);
        } else if (c == ' ') {
            out += '_';
        } else {
            out += '=';
            out += hex[c >> 4];
            out += hex[c & 0x0f];
        }
    }
    out += "?=";
    return out;
}

QByteArray encodeB(QByteArrayView bytes)
{
    return QByteArray("=?UTF-8?B?") + bytes.toByteArray().toBase64() + "?=";
}

} // namespace

int EncodedWord::sequenceLength(char lead)
{
    const auto c = static_cast<unsigned char>(lead);
    if (c < 0x80) {
        return 1;
    }
    if ((c & 0xe0) == 0xc0) {
        return 2;
    }
    if ((c & 0xf0) == 0xe0) {
        return 3;
    }
    if ((c & 0xf8) == 0xf0) {
        return 4;
    }
    return 1; // a stray continuation byte stands alone (never produced by QString::toUtf8)
}

QByteArray EncodedWord::take(QByteArrayView utf8, qsizetype &from, int maxLength)
{
    qsizetype end = from;
    int qLength = 0;
    while (end < utf8.size()) {
        const qsizetype next = qMin<qsizetype>(end + sequenceLength(utf8.at(end)), utf8.size());
        int q = qLength;
        for (qsizetype i = end; i < next; ++i) {
            q += qCost(static_cast<unsigned char>(utf8.at(i)));
        }
        if (qMin(q, bLength(next - from)) + Overhead > maxLength) {
            break;
        }
        qLength = q;
        end = next;
    }
    if (end == from) {
        return {};
    }
    const QByteArrayView chunk = utf8.sliced(from, end - from);
    from = end;
    return qLength <= bLength(chunk.size()) ? encodeQ(chunk) : encodeB(chunk);
}

int EncodedWord::encodedLength(QByteArrayView utf8)
{
    int q = 0;
    for (const char c : utf8) {
        q += qCost(static_cast<unsigned char>(c));
    }
    return qMin(q, bLength(utf8.size())) + Overhead;
}

} // namespace Mime
