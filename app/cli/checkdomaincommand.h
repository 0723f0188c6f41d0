// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/accountcommands.h"

namespace Diagnostics
{
struct DomainHealthReport;
}

namespace Cli
{

// kurier check-domain DOMAIN [--json] [--dkim-selector SELECTOR]...: the sender-domain health
// report (MX, SPF, DMARC, DKIM). KURIER_DNS_SERVER picks the DNS server. Exit 0 when the report
// was made (whatever it found), 68 when the domain does not exist, 75 when DNS did not answer.
class CheckDomainCommand : public ParsedCommand
{
    Q_OBJECT
public:
    using ParsedCommand::ParsedCommand;
    void start() override;

private:
    void report(const Diagnostics::DomainHealthReport &report, bool json);
    static QString render(const Diagnostics::DomainHealthReport &report);
};

} // namespace Cli
