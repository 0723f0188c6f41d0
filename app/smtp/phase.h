// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Smtp
{
Q_NAMESPACE

// The step of the conversation a timeout or an error belongs to. Each phase has its own
// timeout (RFC 5321 §4.5.3.2 asks for per-command timeouts, not one for the whole session).
enum class Phase {
    Preparing, // checks made before anything is sent
    Connecting,
    TlsHandshake,
    Greeting,
    Ehlo,
    StartTls,
    Authentication,
    Reset,
    MailFrom,
    RcptTo,
    Data, // waiting for 354 after DATA
    DataTransfer, // sending the message itself
    DataTermination, // waiting for the reply to the final dot
    Quit,
};
Q_ENUM_NS(Phase)

// Stable English name ("MailFrom"), for logs, JSON and the transcript; never translated.
QString phaseName(Phase phase);

} // namespace Smtp
