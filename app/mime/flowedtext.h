// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Mime
{

// RFC 3676 format=flowed (DelSp=no): long lines are wrapped at 78 columns with a space
// before each soft break, so readers can re-flow paragraphs; quoted lines ("> ...") keep
// their quote depth on every wrapped line; lines starting with a space, "From " or an
// unquoted ">" are space-stuffed; the signature separator "-- " is kept as it is;
// spaces before hard breaks are trimmed (they would read as soft breaks).
class FlowedText
{
public:
    static constexpr int LineLength = 78;

    // Plain text with \n line ends in, flowed text with \n line ends out.
    static QString encode(const QString &text);
    // The reader's side (unflow): soft breaks removed, stuffing and quote marks resolved
    // back to "> " prefixes; what encode() was given, minus trailing spaces.
    static QString decode(const QString &flowed);
};

} // namespace Mime
