// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Diagnostics
{

// What a sender domain's DNS says about its mail: MX, SPF, DMARC and DKIM, each with a
// verdict, a one-line finding and why it matters for delivery (texts in the user's language,
// written by DomainHealthCheck). The JSON form is the `kurier check-domain --json` contract.
struct DomainHealthReport {
    enum class Verdict { Ok, Warning, Problem, NotChecked, LookupFailed };

    struct Mx {
        QString exchange;
        quint16 preference = 0;
    };

    struct Finding {
        Verdict verdict = Verdict::NotChecked;
        QString record; // the record as published (for DKIM: of the selector below)
        QString detail; // the one-line verdict
        QString why; // why it matters for deliverability
    };

    QString domain;
    bool domainExists = true;
    QList<Mx> mx;
    Finding mxFinding;
    Finding spf;
    int spfLookups = 0; // DNS look-ups the SPF policy needs, includes followed (limit 10)
    Finding dmarc;
    QString dmarcFrom; // the domain whose _dmarc record applies (the domain or its organisational domain)
    Finding dkim;
    QString dkimSelector;
    QString summary; // one line over all findings

    // The worst verdict of all findings (lookup failures and unchecked parts do not count as problems).
    Verdict overall() const;
    QJsonObject toJson() const;
    static QString verdictId(Verdict verdict); // "ok", "warning", "problem", "not-checked", "lookup-failed"
};

} // namespace Diagnostics
