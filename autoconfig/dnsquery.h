// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDnsLookup>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace Autoconfig
{

// One DNS question (MX, SRV, A or AAAA) to the configured server or the system's, with a
// deadline QDnsLookup lacks. Answers come back sorted the way RFC 5321/2782 use them:
// MX by preference, SRV by priority then weight (heaviest first), numerically.
// Emits finished() exactly once.
class DnsQuery : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Answered, NoRecords, Timeout, Failed };
    Q_ENUM(Outcome)

    struct Mx {
        QString exchange;
        quint16 preference = 0;
    };
    struct Srv {
        QString target;
        quint16 port = 0;
        quint16 priority = 0;
        quint16 weight = 0;
    };
    struct Answer {
        Outcome outcome = Outcome::Failed;
        QList<Mx> mx;
        QList<Srv> srv;
        QList<QHostAddress> addresses;
        QString technical; // the resolver's message
    };

    DnsQuery(QDnsLookup::Type type, const QString &name, const QHostAddress &server, std::chrono::milliseconds timeout,
             QObject *parent = nullptr);

    void start();
    void abort();

Q_SIGNALS:
    void finished(const Autoconfig::DnsQuery::Answer &answer);

private:
    void onLookupFinished();
    void finish(const Answer &answer);

    QDnsLookup *m_lookup;
    QTimer m_timer;
    bool m_done = false;
};

} // namespace Autoconfig
