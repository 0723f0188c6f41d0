// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoconfig/dnsquery.h"

#include <algorithm>

namespace Autoconfig
{

DnsQuery::DnsQuery(QDnsLookup::Type type, const QString &name, const QHostAddress &server,
                   std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_lookup(new QDnsLookup(type, name, this))
{
    if (!server.isNull()) {
        m_lookup->setNameserver(server);
    }
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeout);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_lookup->abort();
        Answer answer;
        answer.outcome = Outcome::Timeout;
        answer.technical = QStringLiteral("no DNS answer within %1 ms").arg(m_timer.interval());
        finish(answer);
    });
    connect(m_lookup, &QDnsLookup::finished, this, &DnsQuery::onLookupFinished);
}

void DnsQuery::start()
{
    m_timer.start();
    m_lookup->lookup();
}

void DnsQuery::abort()
{
    m_done = true;
    m_timer.stop();
    m_lookup->abort();
}

void DnsQuery::onLookupFinished()
{
    Answer answer;
    switch (m_lookup->error()) {
    case QDnsLookup::NoError:
        break;
    case QDnsLookup::NotFoundError:
    // glibc's res_nquery() fails on an answer without records of the type (NODATA, e.g. a
    // domain without MX), which Qt 6.4 reports as an invalid reply: for us it is "no records".
    case QDnsLookup::InvalidReplyError:
        answer.outcome = Outcome::NoRecords;
        answer.technical = m_lookup->errorString();
        finish(answer);
        return;
    case QDnsLookup::OperationCancelledError:
        return; // our own abort(); the timeout path has already answered
    default:
        answer.outcome = Outcome::Failed;
        answer.technical = m_lookup->errorString();
        finish(answer);
        return;
    }
    const auto records = m_lookup->mailExchangeRecords();
    for (const QDnsMailExchangeRecord &record : records) {
        answer.mx.append({record.exchange(), record.preference()});
    }
    std::stable_sort(answer.mx.begin(), answer.mx.end(),
                     [](const Mx &a, const Mx &b) { return a.preference < b.preference; });
    const auto services = m_lookup->serviceRecords();
    for (const QDnsServiceRecord &record : services) {
        answer.srv.append({record.target(), record.port(), record.priority(), record.weight()});
    }
    std::stable_sort(answer.srv.begin(), answer.srv.end(), [](const Srv &a, const Srv &b) {
        return a.priority != b.priority ? a.priority < b.priority : a.weight > b.weight;
    });
    const auto hosts = m_lookup->hostAddressRecords();
    for (const QDnsHostAddressRecord &record : hosts) {
        answer.addresses.append(record.value());
    }
    answer.outcome = answer.mx.isEmpty() && answer.srv.isEmpty() && answer.addresses.isEmpty() ? Outcome::NoRecords
                                                                                               : Outcome::Answered;
    finish(answer);
}

void DnsQuery::finish(const Answer &answer)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_timer.stop();
    Q_EMIT finished(answer);
}

} // namespace Autoconfig
