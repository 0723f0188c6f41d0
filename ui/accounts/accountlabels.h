// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/accounts/account.h"

#include <QCoreApplication>

// The words the account screens use for settings, so that the form a user fills in and the
// details the main window shows describe a choice in exactly the same terms.
class AccountLabels
{
    Q_DECLARE_TR_FUNCTIONS(AccountLabels)
public:
    static QString security(Accounts::Security security);
    static QString authMethod(Accounts::AuthMethod method);
    // What the chosen port means with the chosen security, the port first: "465: TLS from the
    // first byte", "587: STARTTLS, encryption required", or a warning when they do not match.
    static QString port(quint16 port, Accounts::Security security);
};
