// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/diagnostics/dkimrecord.h"
#include "app/diagnostics/dmarcrecord.h"
#include "app/diagnostics/domainhealthreport.h"
#include "app/diagnostics/spfrecord.h"

#include <QDnsLookup>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <optional>

namespace Diagnostics
{

// Checks a sender domain's DNS for what decides whether its mail is trusted: MX, SPF (with
// its includes followed to count DNS look-ups), DMARC (falling back to the organisational
// domain, RFC 7489 §6.6.3) and DKIM for the given selectors (or ones known from the MX
// provider). All look-ups run in parallel under one deadline; finished() comes exactly once
// with every finding worded in the user's language.
class DomainHealthCheck : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QHostAddress nameserver; // null: the system's resolver (QDnsLookup always uses port 53)
        QStringList dkimSelectors;
        std::chrono::milliseconds timeout{15000};
    };

    DomainHealthCheck(const QString &domain, Options options, QObject *parent = nullptr);

    void start();
    // Selectors Kurier knows for a provider's mail servers, e.g. "google" for Google's MX.
    static QStringList knownDkimSelectors(const QList<DomainHealthReport::Mx> &mx);

Q_SIGNALS:
    void finished(const Diagnostics::DomainHealthReport &report);

private:
    enum class Purpose { Mx, Spf, SpfReferenced, Dmarc, DmarcOrganisational, Dkim };
    struct Answer {
        QDnsLookup::Error error = QDnsLookup::NoError;
        QString errorString;
        QStringList texts;
    };

    void query(QDnsLookup::Type type, const QString &name, Purpose purpose, const QString &tag = QString());
    void onLookupFinished(QDnsLookup *lookup, Purpose purpose, const QString &tag);
    void handleSpfReferenced(const QString &domain, const Answer &answer);
    void startDkim(const QStringList &selectors);
    void finishIfDone();
    void finish();

    void describeMx();
    void describeSpf();
    void describeDmarc();
    void describeDkim();
    QString summary() const;

    QString m_domain;
    Options m_options;
    QTimer m_deadline;
    int m_pending = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_serverAnswered = false; // at least one look-up got a definite answer
    DomainHealthReport m_report;

    std::optional<Answer> m_mxAnswer;
    std::optional<Answer> m_spfAnswer;
    std::optional<Answer> m_dmarcAnswer;
    std::optional<Answer> m_dmarcOrganisationalAnswer;
    QString m_organisationalDomain;
    QSet<QString> m_spfVisited;
    QStringList m_spfBrokenReferences;
    bool m_spfLookupIncomplete = false;
    QStringList m_dkimSelectors;
    QList<std::pair<QString, Answer>> m_dkimAnswers;
};

} // namespace Diagnostics
