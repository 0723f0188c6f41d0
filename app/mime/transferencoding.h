// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Mime
{

// Content-Transfer-Encoding of one leaf part (RFC 2045 6). EightBit is used only when
// the caller says the server offers 8BITMIME.
enum class TransferEncoding { SevenBit, EightBit, QuotedPrintable, Base64 };

inline QByteArray transferEncodingName(TransferEncoding encoding)
{
    switch (encoding) {
    case TransferEncoding::SevenBit:
        return QByteArrayLiteral("7bit");
    case TransferEncoding::EightBit:
        return QByteArrayLiteral("8bit");
    case TransferEncoding::QuotedPrintable:
        return QByteArrayLiteral("quoted-printable");
    case TransferEncoding::Base64:
        return QByteArrayLiteral("base64");
    }
    return {};
}

} // namespace Mime
