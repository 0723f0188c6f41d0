// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/accounts/account.h"
#include "app/cli/accountcommands.h"
#include "app/smtp/credentials.h"

#include <optional>

namespace Diagnostics
{
struct ConnectionTestReport;
}

namespace Cli
{

// kurier account test ID [--json]
// The step-by-step connection test for a saved account (resolve, connect, TLS, EHLO, AUTH,
// sending no mail), with the password or token from the keychain. Prints each step with its
// outcome and, on failure, the explanation; --json prints the document of the CLI contract.
// Exit status as for sending: 0 ok, 77 login refused, 68 host unknown, 75 temporary, 76 TLS or
// protocol problem, 78 configuration (no password stored, login without encryption), 64 usage.
class AccountTestCommand : public ParsedCommand
{
    Q_OBJECT
public:
    using ParsedCommand::ParsedCommand;
    void start() override;

    static int exitCode(const Diagnostics::ConnectionTestReport &report);
    static QString render(const Diagnostics::ConnectionTestReport &report);

private:
    void readSecret(const Accounts::Account &account);
    void runTest(const Accounts::Account &account, std::optional<Smtp::Credentials> credentials);
    void report(const Diagnostics::ConnectionTestReport &result);

    bool m_json = false;
};

} // namespace Cli
