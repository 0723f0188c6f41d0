// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Mime
{

// RFC 2047 encoded-words, always in UTF-8 (one charset for every word of a header, since
// Thunderbird and Outlook read all words in the first word's charset). Each word holds
// whole code points only, so it decodes on its own, and is at most 75 characters long;
// B or Q is chosen per word, whichever is shorter (Q on a tie). The Q alphabet is the
// restricted one of RFC 2047 5(3), so the same words are valid in unstructured text,
// phrases and comments.
class EncodedWord
{
public:
    static constexpr int MaxLength = 75;
    static constexpr int Overhead = 12; // "=?UTF-8?B?" and "?="

    // Encodes as many whole code points of utf8, starting at `from`, as fit into a word of
    // at most maxLength characters, and advances `from` past them. Returns an empty array
    // (and leaves `from`) when not even the next code point fits.
    static QByteArray take(QByteArrayView utf8, qsizetype &from, int maxLength = MaxLength);
    // The length of the shortest word for utf8 (no length limit applied).
    static int encodedLength(QByteArrayView utf8);
    // Length in bytes of the UTF-8 sequence that starts with this lead byte.
    static int sequenceLength(char lead);
};

} // namespace Mime
