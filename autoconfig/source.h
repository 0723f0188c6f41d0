// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "autoconfig/sourcereport.h"

#include <QObject>

#include <optional>

namespace Autoconfig
{

// One place discovery looks. Started once, it emits finished() exactly once (unless aborted,
// after which it stays silent) with its report and, when it found something, a candidate.
// Lookup decides between sources; a source never knows about the others.
class Source : public QObject
{
    Q_OBJECT
public:
    struct Outcome {
        SourceReport report;
        std::optional<Candidate> candidate;
    };

    Source(SourceKind kind, QObject *parent);
    SourceKind kind() const { return m_kind; }

    virtual void start() = 0;
    virtual void abort() = 0;

Q_SIGNALS:
    void finished(const Autoconfig::Source::Outcome &outcome);

protected:
    void finishWith(SourceState state, Reason reason, const QString &subject, const QString &technical = {});
    void finishWith(const SourceReport &report, const std::optional<Candidate> &candidate);
    void finishWithCandidate(const Candidate &candidate, const QString &subject);

private:
    SourceKind m_kind;
};

} // namespace Autoconfig
