// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <functional>

namespace Mime
{

// Where the composer gets the values that differ between two compositions of the same
// draft: the time, multipart boundaries and the Message-ID. system() is what Kurier uses;
// tests inject fixed ones to pin golden output.
struct ComposeSources {
    std::function<QDateTime()> clock;
    // A fresh boundary (1-70 RFC 2046 bchars); asked again when one occurs in the content.
    std::function<QByteArray()> boundary;
    // A complete "<left@domain>" for the given (A-label) domain of From.
    std::function<QByteArray(const QByteArray &domain)> messageId;

    // Local time; boundaries "=-" + 144 random bits (the "=-" cannot occur in QP or base64
    // text); Message-IDs of 160 random bits from the system CSPRNG at the From domain, so
    // that the host name never leaks.
    static ComposeSources system();
};

} // namespace Mime
