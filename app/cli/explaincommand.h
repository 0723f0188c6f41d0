// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/accountcommands.h"

namespace Diagnostics
{
struct Explanation;
}

namespace Cli
{

// kurier explain [--json] [REPLY...]: explains an SMTP reply given as arguments or on
// standard input (several lines allowed), in the user's language or as the JSON object the
// command-line contract fixes. Explaining is a success (exit 0) whatever the reply says.
class ExplainCommand : public ParsedCommand
{
    Q_OBJECT
public:
    using ParsedCommand::ParsedCommand;
    void start() override;

    // The explanation as text for a terminal; also used where other commands report a failure.
    static QString render(const Diagnostics::Explanation &explanation);
};

} // namespace Cli
