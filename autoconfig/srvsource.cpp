// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoconfig/srvsource.h"

#include "autoconfig/registrabledomain.h"

namespace Autoconfig
{

SrvSource::SrvSource(const MailAddress &address, const LookupConfig &config, QObject *parent)
    : Source(SourceKind::Srv, parent)
    , m_address(address)
    , m_implicitTls(new DnsQuery(QDnsLookup::SRV, QStringLiteral("_submissions._tcp.") + address.aceDomain,
                                 config.dnsServer, config.sourceTimeout, this))
    , m_startTls(new DnsQuery(QDnsLookup::SRV, QStringLiteral("_submission._tcp.") + address.aceDomain,
                              config.dnsServer, config.sourceTimeout, this))
{
    connect(m_implicitTls, &DnsQuery::finished, this, [this](const DnsQuery::Answer &answer) {
        m_implicitAnswer = answer;
        onAnswer();
    });
    connect(m_startTls, &DnsQuery::finished, this, [this](const DnsQuery::Answer &answer) {
        m_startTlsAnswer = answer;
        onAnswer();
    });
}

void SrvSource::start()
{
    m_implicitTls->start();
    m_startTls->start();
}

void SrvSource::abort()
{
    m_implicitTls->abort();
    m_startTls->abort();
}

void SrvSource::onAnswer()
{
    if (!m_implicitAnswer || !m_startTlsAnswer) {
        return;
    }
    Candidate candidate;
    candidate.confirmations = {ConfirmationReason::DnsDerived};
    bool refused = false;
    const auto add = [&](const DnsQuery::Answer &answer, Security security) {
        for (const DnsQuery::Srv &record : answer.srv) {
            const QString target = record.target.toLower();
            if (target.isEmpty() || target == QLatin1String(".")) {
                refused = true;
                continue;
            }
            OutgoingServer server;
            server.hostname = target.endsWith(QLatin1Char('.')) ? target.chopped(1) : target;
            server.port = record.port;
            server.security = security;
            server.authentications = {Authentication::PasswordCleartext};
            server.username = m_address.address;
            if (isValidHostname(server.hostname) && server.port != 0) {
                candidate.config.outgoingServers.append(server);
            }
        }
    };
    add(*m_implicitAnswer, Security::ImplicitTls);
    add(*m_startTlsAnswer, Security::StartTls);
    if (candidate.config.outgoingServers.isEmpty()) {
        const bool timedOut = m_implicitAnswer->outcome == DnsQuery::Outcome::Timeout
            || m_startTlsAnswer->outcome == DnsQuery::Outcome::Timeout;
        if (refused) {
            finishWith(SourceState::Nothing, Reason::ServiceNotOffered, m_address.aceDomain);
        } else if (timedOut) {
            finishWith(SourceState::Failed, Reason::Timeout, m_address.aceDomain, m_implicitAnswer->technical);
        } else {
            finishWith(SourceState::Nothing, Reason::NoSrvRecord, m_address.aceDomain);
        }
        return;
    }
    // RFC 6186 §6: a target outside the queried domain deserves the user's attention.
    const QString firstHost = candidate.config.outgoingServers.first().hostname;
    if (!RegistrableDomain::same(firstHost, m_address.aceDomain)) {
        candidate.confirmations.append(ConfirmationReason::OtherDomain);
        candidate.otherDomain = RegistrableDomain::of(firstHost);
    }
    candidate.config.domains = {m_address.domain};
    finishWithCandidate(candidate, firstHost);
}

} // namespace Autoconfig
