// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/mime/addresserror.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Mime
{

// Why a draft could not be turned into a message, or why its bytes could not be read
// while streaming, as data; message() is the one place with the translated sentence.
struct ComposeError {
    Q_DECLARE_TR_FUNCTIONS(Mime::ComposeError)
public:
    enum class Kind {
        InvalidAddress, // `address` says which and why; `field` says where
        NeedsSmtpUtf8, // a non-ASCII local part and a server without SMTPUTF8
        NoRecipients,
        InvalidHeaderName, // `detail`: the name
        ReservedHeaderName, // a header the composer writes itself (From, Content-Type, ...)
        InvalidMessageId, // In-Reply-To/References entry, or a bad generated one
        InvalidContentId, // an inline image without a usable Content-ID
        UnresolvedContentId, // the HTML refers to cid:`detail` but no inline image has it
        InvalidMimeType,
        AttachmentUnreadable, // `detail`: the path
        AttachmentChanged, // the file's size changed between composing and sending
        NoUniqueBoundary,
    };
    enum class Field { None, From, To, Cc, Bcc, ReplyTo };

    Kind kind = Kind::InvalidAddress;
    Field field = Field::None;
    QString detail;
    std::optional<AddressError> address;

    QString message() const;
};

} // namespace Mime
