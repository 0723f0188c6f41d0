// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoconfig/mxsource.h"

#include "autoconfig/clientconfigsource.h"
#include "autoconfig/dnsquery.h"
#include "autoconfig/lookupurls.h"
#include "autoconfig/registrabledomain.h"

namespace Autoconfig
{

MxSource::MxSource(const MailAddress &address, QNetworkAccessManager *network, const LookupConfig &config,
                   QObject *parent)
    : Source(SourceKind::Mx, parent)
    , m_address(address)
    , m_network(network)
    , m_config(config)
    , m_query(new DnsQuery(QDnsLookup::MX, address.aceDomain, config.dnsServer, config.sourceTimeout, this))
{
    connect(m_query, &DnsQuery::finished, this, [this](const DnsQuery::Answer &answer) {
        if (answer.outcome == DnsQuery::Outcome::Answered && !answer.mx.isEmpty()) {
            onMx(answer.mx.first().exchange);
            return;
        }
        if (answer.outcome == DnsQuery::Outcome::NoRecords) {
            finishWith(SourceState::Nothing, Reason::NoMxRecord, m_address.aceDomain, answer.technical);
        } else {
            finishWith(SourceState::Failed,
                       answer.outcome == DnsQuery::Outcome::Timeout ? Reason::Timeout : Reason::ConnectionFailed,
                       m_config.dnsServer.isNull() ? m_address.aceDomain : m_config.dnsServer.toString(),
                       answer.technical);
        }
    });
}

void MxSource::start()
{
    m_query->start();
}

void MxSource::abort()
{
    m_done = true;
    m_query->abort();
    for (ClientConfigSource *child : std::as_const(m_children)) {
        child->abort();
    }
}

void MxSource::onMx(const QString &exchange)
{
    m_exchange = exchange.toLower();
    const QString baseDomain = RegistrableDomain::of(m_exchange);
    if (baseDomain.isEmpty() || RegistrableDomain::same(m_exchange, m_address.aceDomain)) {
        finishWith(SourceState::Nothing, Reason::MxInOwnDomain, m_exchange);
        return;
    }
    QStringList domains;
    const QString parent = RegistrableDomain::parentOf(m_exchange);
    if (!parent.isEmpty()) {
        domains.append(parent);
    }
    if (!domains.contains(baseDomain)) {
        domains.append(baseDomain);
    }
    const QList<ConfirmationReason> dns{ConfirmationReason::DnsDerived};
    for (const QString &domain : std::as_const(domains)) {
        m_children.append(new ClientConfigSource(SourceKind::Mx, LookupUrls::provider(domain, m_address, m_config),
                                                 domain, dns, m_address, m_network, m_config, this));
        m_children.append(new ClientConfigSource(SourceKind::Mx, LookupUrls::ispdb(domain, m_config),
                                                 m_config.ispdbBaseUrl.host(), dns, m_address, m_network, m_config,
                                                 this));
    }
    m_outcomes.resize(m_children.size());
    for (qsizetype i = 0; i < m_children.size(); ++i) {
        connect(m_children[i], &Source::finished, this, [this, i](const Source::Outcome &outcome) {
            m_outcomes[i] = outcome;
            decide();
        });
    }
    for (ClientConfigSource *child : std::as_const(m_children)) {
        child->start();
    }
}

void MxSource::decide()
{
    if (m_done) {
        return;
    }
    // Priority, not arrival: the first child still running blocks everything after it.
    for (qsizetype i = 0; i < m_outcomes.size(); ++i) {
        if (!m_outcomes[i]) {
            return;
        }
        if (m_outcomes[i]->candidate) {
            m_done = true;
            for (ClientConfigSource *child : std::as_const(m_children)) {
                child->abort();
            }
            Candidate candidate = *m_outcomes[i]->candidate;
            finishWithCandidate(candidate, m_exchange + QStringLiteral(" → ") + m_outcomes[i]->report.subject);
            return;
        }
    }
    m_done = true;
    // Nothing anywhere: report the most telling failure (a broken certificate beats "no document").
    for (const std::optional<Source::Outcome> &outcome : std::as_const(m_outcomes)) {
        if (outcome->report.state == SourceState::Failed && outcome->report.reason == Reason::CertificateInvalid) {
            finishWith(outcome->report, std::nullopt);
            return;
        }
    }
    finishWith(SourceState::Nothing, Reason::NoDocument, m_exchange);
}

} // namespace Autoconfig
