// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/mime/composedmessage.h"
#include "app/smtp/sendrequest.h"

namespace Smtp
{

// The bridge from the MIME composer to the session: the composed message's exact size and
// requirements, and a fresh MessageStream for every transmission (streams are created in
// the session's thread; the ComposedMessage itself is immutable and thread-safe).
MessageSource messageSourceFor(const Mime::ComposedMessage &message);
// A request for the composed message's own envelope (From, and To/Cc/Bcc each once).
SendRequest sendRequestFor(quint64 id, const Mime::ComposedMessage &message);

} // namespace Smtp
