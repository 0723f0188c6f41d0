// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Diagnostics
{

// One SPF policy (RFC 7208) as published in a domain's TXT record, read term by term. It
// only describes the record; evaluating it for a sender is the receiving server's job.
struct SpfRecord {
    enum class Qualifier { Pass, Fail, SoftFail, Neutral };
    struct Mechanism {
        Qualifier qualifier = Qualifier::Pass;
        QString name; // all, include, a, mx, ptr, ip4, ip6, exists (lower case)
        QString value; // what follows ':' (or '/' for a and mx), as written
    };

    QList<Mechanism> mechanisms;
    QString redirect; // the redirect= modifier's domain, if any
    QStringList errors; // terms that break RFC 7208's grammar (each makes the record a permerror)

    // "v=spf1" followed by a space or nothing (RFC 7208 §4.5), case-insensitive.
    static bool isSpf(const QString &txt);
    static SpfRecord parse(const QString &txt);

    // Terms that cost a DNS look-up under RFC 7208 §4.6.4 (include, a, mx, ptr, exists, redirect),
    // counted in this record only.
    int lookupTerms() const;
    // The qualifier of the "all" mechanism, if there is one.
    std::optional<Qualifier> allQualifier() const;
    // Domains this record pulls in (include: and redirect=), except ones built from macros.
    QStringList referencedDomains() const;
};

} // namespace Diagnostics
