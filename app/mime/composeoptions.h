// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFlags>

namespace Mime
{

// The SMTP extensions (from the server's EHLO reply) that change how a message may be
// written. Compose after EHLO, so the body uses 8bit only where the server takes it.
enum class ServerExtension {
    EightBitMime = 0x1, // RFC 6152: 8bit bodies, sent with BODY=8BITMIME
    SmtpUtf8 = 0x2, // RFC 6531: UTF-8 local parts in addresses and headers
};
Q_DECLARE_FLAGS(ServerExtensions, ServerExtension)

// How MessageComposer writes a message.
struct ComposeOptions {
    // Whether attachments also carry the non-standard RFC 2047 name= that Outlook and
    // Gmail's web view read (Thunderbird's default); RFC 2231 filename* is always written.
    enum class LegacyFileNames { Include, Omit };

    ServerExtensions extensions;
    LegacyFileNames legacyFileNames = LegacyFileNames::Include;
};

} // namespace Mime

Q_DECLARE_OPERATORS_FOR_FLAGS(Mime::ServerExtensions)
