// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/mime/messagedraft.h"

#include <QByteArray>
#include <QStringList>

namespace Compose
{

// What a composer needs to edit a message that waits in the outbox, read back from its stored
// bytes (Mime::MessageReader): From, To, Cc, Subject, the reply fields, the plain text and the
// attached files (as bytes: the originals may have changed or gone since). Bcc is never written
// into a message, so the envelope's recipients that neither To nor Cc names become Bcc.
Mime::MessageDraft draftFromQueuedMessage(const QByteArray &bytes, const QStringList &envelopeRecipients);

} // namespace Compose
