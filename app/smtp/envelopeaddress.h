// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Smtp
{

// An address as it goes between the angle brackets of MAIL FROM / RCPT TO. Parsing refuses
// rather than repairs: CR, LF, NUL and every other control character, angle brackets,
// spaces outside a quoted local part and over-long parts are errors, so nothing a caller
// passes in can become a second command on the wire (SMTP.md §2.4). International domains
// are sent as A-labels; only a non-ASCII local part needs SMTPUTF8.
struct EnvelopeAddress {
    // RFC 5321 §4.5.3.1: local part 64 octets, domain 255, whole path 256 (with brackets).
    static constexpr qsizetype MaxLocalPart = 64;
    static constexpr qsizetype MaxDomain = 255;
    static constexpr qsizetype MaxPath = 256;

    QByteArray wire; // empty for the null reverse path "<>"
    bool needsSmtpUtf8 = false;

    // problem receives an untranslated description when the result is empty.
    static std::optional<EnvelopeAddress> parse(const QString &address, QString *problem);
    // Like parse(), but an empty string is the null reverse path (bounces).
    static std::optional<EnvelopeAddress> parseReversePath(const QString &address, QString *problem);
};

} // namespace Smtp
