// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoconfig/source.h"

namespace Autoconfig
{

Source::Source(SourceKind kind, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
{
}

void Source::finishWith(SourceState state, Reason reason, const QString &subject, const QString &technical)
{
    SourceReport report;
    report.kind = m_kind;
    report.state = state;
    report.reason = reason;
    report.subject = subject;
    report.technical = technical;
    finishWith(report, std::nullopt);
}

void Source::finishWith(const SourceReport &report, const std::optional<Candidate> &candidate)
{
    Outcome outcome{report, candidate};
    outcome.report.kind = m_kind;
    if (outcome.candidate) {
        outcome.candidate->source = m_kind;
    }
    Q_EMIT finished(outcome);
}

void Source::finishWithCandidate(const Candidate &candidate, const QString &subject)
{
    SourceReport report;
    report.state = SourceState::Found;
    report.reason = Reason::Found;
    report.subject = subject;
    finishWith(report, candidate);
}

} // namespace Autoconfig
