// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "autoconfig/discovery.h"
#include "autoconfig/lookupconfig.h"
#include "autoconfig/mailaddress.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QNetworkAccessManager;

namespace Autoconfig
{

class ProviderTable;
class Source;

// Discovery for one address: from "ola@wp.pl" to SMTP settings, where they came from and how
// far to trust them.
//
// All sources start at once; the result is decided by priority, not arrival (the autoconfig
// draft's rule): a lower-priority answer waits until every higher-priority source has said
// "nothing" or run out of time, then wins at once, and everything below it is cancelled. Only
// when every source came back empty does the guesser probe common host names. Progress is
// reported per source through sourceChanged() for a live view; finished() comes exactly once.
// No blocking, no nested event loops: everything runs on the caller's thread as signals.
class Lookup : public QObject
{
    Q_OBJECT
public:
    explicit Lookup(const LookupConfig &config, QObject *parent = nullptr);
    ~Lookup() override;

    // The bundled table unless a test gives another one; must outlive the look-up.
    void setProviderTable(const ProviderTable *table);

    void start(const QString &emailAddress);
    void abort();
    bool isRunning() const { return m_running; }

    // Every source's current report, in priority order.
    QList<SourceReport> reports() const;

Q_SIGNALS:
    void sourceChanged(const Autoconfig::SourceReport &report);
    void finished(const Autoconfig::Discovery &discovery);

private:
    struct Entry {
        SourceKind kind;
        Source *source = nullptr;
        SourceReport report;
        std::optional<Candidate> candidate;
    };

    void addEntry(SourceKind kind, Source *source);
    void skip(SourceKind kind, Reason reason);
    Entry *entry(SourceKind kind);
    void onSourceFinished(SourceKind kind, const SourceReport &report, const std::optional<Candidate> &candidate);
    void setReport(Entry &entry, SourceState state, Reason reason, const QString &subject = {});
    void onSourceDeadline();
    void onOverallDeadline();
    void decide();
    void startGuessing();
    void finishWith(const Entry *winner);

    LookupConfig m_config;
    const ProviderTable *m_table;
    QNetworkAccessManager *m_network;
    std::optional<MailAddress> m_address;
    QList<Entry> m_entries; // priority order, the guesser last
    QElapsedTimer m_clock;
    QTimer m_sourceDeadline;
    QTimer m_overallDeadline;
    bool m_running = false;
    bool m_guessStarted = false;
};

} // namespace Autoconfig
