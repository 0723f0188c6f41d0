// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Diagnostics
{

// A DMARC policy record (RFC 7489 §6.3) from _dmarc.<domain>: what receivers are asked to do
// with mail that fails SPF/DKIM alignment.
struct DmarcRecord {
    enum class Policy { None, Quarantine, Reject };

    std::optional<Policy> policy; // p=; missing or unknown makes the record invalid
    std::optional<Policy> subdomainPolicy; // sp=
    int percent = 100; // pct=
    QStringList aggregateReports; // rua= URIs
    QStringList errors;

    // "v=DMARC1" must be the first tag (RFC 7489 §6.4).
    static bool isDmarc(const QString &txt);
    static DmarcRecord parse(const QString &txt);
    static QString policyName(Policy policy); // "none", "quarantine", "reject"
};

} // namespace Diagnostics
