// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/smtp/sessionsettings.h"

namespace Smtp
{

SessionSettings SessionSettings::fromAccount(const Accounts::Account &account)
{
    SessionSettings settings;
    settings.host = account.host;
    settings.port = account.port;
    settings.security = account.security;
    settings.authMethod = account.authMethod;
    settings.userName = account.userName;
    settings.pinnedCertificateSha256 = account.pinnedCertificateSha256;
    return settings;
}

} // namespace Smtp
