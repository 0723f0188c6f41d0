// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoconfig/hostresolver.h"

#include "autoconfig/dnsquery.h"

#include <QHostInfo>
#include <QTimer>

namespace Autoconfig
{

HostResolver::HostResolver(const QString &host, const QHostAddress &dnsServer, std::chrono::milliseconds timeout,
                           QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_dnsServer(dnsServer)
    , m_timeout(timeout)
{
}

HostResolver::~HostResolver()
{
    if (m_hostInfoId >= 0) {
        QHostInfo::abortHostLookup(m_hostInfoId);
    }
}

void HostResolver::start()
{
    const QHostAddress literal(m_host);
    if (!literal.isNull()) {
        QTimer::singleShot(0, this, [this, literal] { Q_EMIT finished({literal}, QString()); });
        return;
    }
    if (m_dnsServer.isNull()) {
        m_hostInfoId = QHostInfo::lookupHost(m_host, this, [this](const QHostInfo &info) {
            m_hostInfoId = -1;
            Q_EMIT finished(info.addresses(), info.error() == QHostInfo::NoError ? QString() : info.errorString());
        });
        return;
    }
    m_a = new DnsQuery(QDnsLookup::A, m_host, m_dnsServer, m_timeout, this);
    m_aaaa = new DnsQuery(QDnsLookup::AAAA, m_host, m_dnsServer, m_timeout, this);
    m_pending = 2;
    connect(m_a, &DnsQuery::finished, this, [this](const DnsQuery::Answer &answer) {
        m_v4 = answer.addresses;
        if (answer.outcome != DnsQuery::Outcome::Answered) {
            m_technical = answer.technical;
        }
        --m_pending;
        collect();
    });
    connect(m_aaaa, &DnsQuery::finished, this, [this](const DnsQuery::Answer &answer) {
        m_v6 = answer.addresses;
        --m_pending;
        collect();
    });
    m_a->start();
    m_aaaa->start();
}

void HostResolver::collect()
{
    // IPv4 answers are used as soon as they arrive; IPv6 only when there is no IPv4 address.
    if (m_done || (m_v4.isEmpty() && m_pending > 0)) {
        return;
    }
    m_done = true;
    m_a->abort();
    m_aaaa->abort();
    const QList<QHostAddress> addresses = m_v4 + m_v6;
    Q_EMIT finished(addresses, addresses.isEmpty() ? m_technical : QString());
}

} // namespace Autoconfig
