// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mime/composesources.h"

#include <QRandomGenerator>

#include <array>

namespace Mime
{

namespace
{

template<std::size_t N>
QByteArray randomBytes()
{
    std::array<quint32, (N + 3) / 4> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.data()), static_cast<qsizetype>(N));
}

// RFC 4648 base32, lower case, no padding: letters and digits only, fine in any msg-id.
QByteArray base32(const QByteArray &bytes)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : bytes) {
        buffer = (buffer << 8) | static_cast<unsigned char>(c);
        bits += 8;
        while (bits >= 5) {
            out += alphabet[(buffer >> (bits - 5)) & 0x1f];
            bits -= 5;
        }
    }
    if (bits > 0) {
        out += alphabet[(buffer << (5 - bits)) & 0x1f];
    }
    return out;
}

} // namespace

ComposeSources ComposeSources::system()
{
    ComposeSources sources;
    sources.clock = [] { return QDateTime::currentDateTime(); };
    sources.boundary = []() -> QByteArray {
        return QByteArray("=-")
            + randomBytes<18>().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    sources.messageId
        = [](const QByteArray &domain) -> QByteArray { return '<' + base32(randomBytes<20>()) + '@' + domain + '>'; };
    return sources;
}

} // namespace Mime
