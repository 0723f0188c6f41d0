// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace Mime
{

// What the SMTP conversation needs besides the message bytes: MAIL FROM and RCPT TO
// addresses (To, Cc and Bcc, each once; Bcc appears only here) and the parameters the
// message requires.
struct Envelope {
    enum class Body { SevenBit, EightBitMime }; // EightBitMime: send BODY=8BITMIME
    enum class Addresses { Ascii, SmtpUtf8 }; // SmtpUtf8: send SMTPUTF8 with MAIL FROM

    QByteArray sender; // addr-spec of From, wire form
    QList<QByteArray> recipients; // addr-specs, wire form, in To, Cc, Bcc order
    Body body = Body::SevenBit;
    Addresses addresses = Addresses::Ascii;

    bool operator==(const Envelope &other) const = default;
};

} // namespace Mime
