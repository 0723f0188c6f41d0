// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mime/composeerror.h"

namespace Mime
{

QString ComposeError::message() const
{
    switch (kind) {
    case Kind::InvalidAddress:
    case Kind::NeedsSmtpUtf8:
        if (address) {
            return address->message();
        }
        return tr("An address of the message is not valid.");
    case Kind::NoRecipients:
        return tr("The message has no recipients; add at least one address to To, Cc or Bcc.");
    case Kind::InvalidHeaderName:
        return tr("\"%1\" cannot be used as a header name: use letters, digits and hyphens, without a colon.")
            .arg(detail);
    case Kind::ReservedHeaderName:
        return tr("The header \"%1\" is written by Kurier itself and cannot be added by hand.").arg(detail);
    case Kind::InvalidMessageId:
        return tr("\"%1\" is not a valid message ID (it should look like <id@example.com>).").arg(detail);
    case Kind::InvalidContentId:
        return tr("The inline image \"%1\" needs a content ID of the form id@example.com.").arg(detail);
    case Kind::UnresolvedContentId:
        return tr("The HTML text shows the image cid:%1, but no inline image has that content ID.").arg(detail);
    case Kind::InvalidMimeType:
        return tr("\"%1\" is not a valid MIME type (it should look like application/pdf).").arg(detail);
    case Kind::AttachmentUnreadable:
        return tr("The attachment %1 cannot be read.").arg(detail);
    case Kind::AttachmentChanged:
        return tr("The attachment %1 changed while the message was being sent; send the message again.").arg(detail);
    case Kind::NoUniqueBoundary:
        return tr("No MIME boundary could be found that does not occur in the message text.");
    }
    return {};
}

} // namespace Mime
