// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Autoconfig
{

// An address split for discovery: the local part as typed, the domain lower-cased, and the
// domain's A-label form for DNS and URLs. Full validation is the account layer's job; this
// only refuses what no look-up could use.
struct MailAddress {
    QString address;
    QString localPart;
    QString domain; // lower case, as typed (may be an IDN)
    QString aceDomain; // "xn--..." form, what goes on the wire

    static std::optional<MailAddress> parse(const QString &text);
};

} // namespace Autoconfig
