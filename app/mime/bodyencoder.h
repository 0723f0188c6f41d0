// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/mime/transferencoding.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Mime
{

// Body encodings: canonical CRLF text, the choice of Content-Transfer-Encoding by content
// analysis (MIME.md 0.5), quoted-printable and line-wrapped base64. Encoded bodies never
// end in a line break of their own: the CRLF before a boundary (or the end of the message)
// belongs to the delimiter, so the decoded content is exactly the input. Every output line
// is ≤ 76 octets for QP/base64 and ≤ 998 for 7bit/8bit.
class BodyEncoder
{
public:
    enum class EightBit { NotAllowed, Allowed };

    static constexpr int Base64LineInput = 57; // octets per 76-character line
    static constexpr int Base64LineLength = 76;
    static constexpr int MaxLineLength = 998;

    // UTF-8 with every \r\n, \r and \n turned into CRLF.
    static QByteArray canonicalText(const QString &text);
    static QByteArray canonicalLineEnds(QByteArrayView data);

    // For text parts: 7bit when it is plain short-lined ASCII; 8bit only when allowed;
    // otherwise quoted-printable for mostly-ASCII text and base64 for text with control
    // characters or mostly non-ASCII. Lines starting "From " or ending in white space
    // always go through QP so that transports cannot alter them.
    static TransferEncoding chooseForText(QByteArrayView canonical, EightBit eightBit);
    // For an embedded message (message/rfc822 allows only 7bit/8bit/binary): whether the
    // canonical bytes can travel as 7bit, or as 8bit (no NUL, no bare CR/LF, lines ≤ 998).
    static bool fitsSevenBit(QByteArrayView canonical);
    static bool fitsEightBit(QByteArrayView canonical);

    static QByteArray encode(QByteArrayView data, TransferEncoding encoding);
    static QByteArray quotedPrintable(QByteArrayView canonical);
    static QByteArray base64Lines(QByteArrayView data);
    // Exact size of base64Lines() for an input of inputSize octets.
    static qint64 base64LinesSize(qint64 inputSize);

    enum class Ending { MoreFollows, EndOfBody };
    // Streaming form of base64Lines(): encodes `size` octets (a multiple of 57 unless
    // ending is EndOfBody) into `out`, each line followed by CRLF except the body's very
    // last one. Returns the number of bytes written (base64LinesSize-compatible).
    static qsizetype encodeBase64Lines(const char *in, qsizetype size, char *out, Ending ending);
};

} // namespace Mime
