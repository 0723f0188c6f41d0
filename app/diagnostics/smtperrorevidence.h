// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/diagnostics/failureevidence.h"

namespace Smtp
{
struct Error;
}

namespace Diagnostics
{

// The SMTP engine's error value as evidence for the explainer. The engine's error does not
// carry the server's address, so the caller (who opened the connection) adds it.
FailureEvidence evidenceFromSmtpError(const Smtp::Error &error, const QString &host = QString(), quint16 port = 0);

} // namespace Diagnostics
