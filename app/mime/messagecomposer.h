// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/mime/composedmessage.h"
#include "app/mime/composeerror.h"
#include "app/mime/composeoptions.h"
#include "app/mime/composesources.h"
#include "app/mime/messagedraft.h"

#include <optional>

namespace Mime
{

// Turns a MessageDraft into the bytes that go on the wire, exactly per the project's MIME
// rules (MIME.md 0): CRLF only; headers folded at 78 with RFC 2047 words only in text and
// phrases; RFC 2231 file names (plus the legacy name= unless switched off); per-part
// transfer encoding by content analysis, 8bit only when the server offers 8BITMIME; the
// tree mixed(alternative(plain, related(html, images)), attachments) with one-child levels
// dropped (a message with no text and one attachment is that attachment alone);
// boundaries that occur in no part; Message-ID at the From domain; Date with a numeric
// zone; MIME-Version; Bcc only in the envelope. Every address is validated again, and a
// non-ASCII local part is refused unless SMTPUTF8 is offered.
//
// Composing is cheap: attachments on disk are only checked (size, readability, and for
// text files the charset), then read again while the message streams. Thread-safe.
class MessageComposer
{
public:
    struct Result {
        ComposedMessage message;
        std::optional<ComposeError> error;
        bool ok() const { return !error.has_value(); }
    };

    explicit MessageComposer(ComposeSources sources = ComposeSources::system());

    Result compose(const MessageDraft &draft, const ComposeOptions &options = {}) const;

private:
    ComposeSources m_sources;
};

} // namespace Mime
