// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Accounts
{

// Checks a bare addr-spec (local@domain, RFC 5321/5322) as typed into an account form.
// Display names and groups are the MIME address parser's business; this answers only
// "can this be an account's own address", and if not, says precisely why.
class EmailAddressCheck
{
    Q_DECLARE_TR_FUNCTIONS(Accounts::EmailAddressCheck)
public:
    // Empty when valid, otherwise one translated sentence naming the problem.
    static QString problem(const QString &address);
    static bool isValid(const QString &address) { return problem(address).isEmpty(); }
    // The part after the last '@', or an empty string.
    static QString domainOf(const QString &address);
};

} // namespace Accounts
