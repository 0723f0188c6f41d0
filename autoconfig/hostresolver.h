// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>

#include <chrono>

namespace Autoconfig
{

class DnsQuery;

// Turns a host name into addresses through the same DNS server the rest of discovery uses:
// the configured one (A and AAAA through QDnsLookup) or, when none is configured, the system's
// resolver (QHostInfo). Callers then connect to an address and verify TLS against the name,
// so a configured server really decides where every connection of a discovery run goes.
// Emits finished() exactly once; an empty list means the name did not resolve.
class HostResolver : public QObject
{
    Q_OBJECT
public:
    HostResolver(const QString &host, const QHostAddress &dnsServer, std::chrono::milliseconds timeout,
                 QObject *parent = nullptr);
    ~HostResolver() override;

    void start();

Q_SIGNALS:
    void finished(const QList<QHostAddress> &addresses, const QString &technical);

private:
    void collect();

    QString m_host;
    QHostAddress m_dnsServer;
    std::chrono::milliseconds m_timeout;
    int m_hostInfoId = -1;
    DnsQuery *m_a = nullptr;
    DnsQuery *m_aaaa = nullptr;
    QList<QHostAddress> m_v4;
    QList<QHostAddress> m_v6;
    QString m_technical;
    int m_pending = 0;
    bool m_done = false;
};

} // namespace Autoconfig
