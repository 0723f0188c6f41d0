// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Cli
{

// Exit statuses from sysexits.h, as sendmail and msmtp use them, so scripts written for
// those tools read Kurier's results the same way (see docs/CLI.md of the project notes).
enum ExitCode : int {
    Ok = 0,
    Usage = 64,
    DataError = 65,
    RecipientRejected = 67,
    HostUnknown = 68,
    Unavailable = 69,
    InternalError = 70,
    IoError = 74,
    TemporaryFailure = 75,
    ProtocolError = 76,
    PermissionDenied = 77,
    ConfigurationError = 78,
};

} // namespace Cli
