// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoconfig/clientconfigsource.h"

#include "autoconfig/configparser.h"
#include "autoconfig/httpfetcher.h"
#include "autoconfig/logging.h"
#include "autoconfig/registrabledomain.h"

namespace Autoconfig
{

ClientConfigSource::ClientConfigSource(SourceKind kind, const QUrl &url, const QString &homeDomain,
                                       const QList<ConfirmationReason> &baseConfirmations, const MailAddress &address,
                                       QNetworkAccessManager *network, const LookupConfig &config, QObject *parent)
    : Source(kind, parent)
    , m_url(url)
    , m_homeDomain(homeDomain)
    , m_baseConfirmations(baseConfirmations)
    , m_address(address)
    , m_config(config)
    , m_fetcher(new HttpFetcher(network, config, this))
{
    connect(m_fetcher, &HttpFetcher::finished, this, [this](const HttpFetcher::Result &result) {
        if (result.outcome != HttpFetcher::Outcome::Ok) {
            finishWith(HttpFetcher::failureReport(result), std::nullopt);
            return;
        }
        const QString where = result.finalUrl.host();
        ConfigParser::Limits limits;
        limits.maxBytes = m_config.maxDocumentBytes;
        const ConfigParser::Result parsed = ConfigParser::parse(result.body, limits);
        if (!parsed.config) {
            const bool nothingUsable = parsed.error == ConfigParser::Error::NoUsableOutgoingServer;
            finishWith(nothingUsable ? SourceState::Nothing : SourceState::Failed,
                       nothingUsable ? Reason::NoUsableServer : Reason::InvalidDocument, where, parsed.detail);
            return;
        }
        Candidate candidate;
        candidate.config = parsed.config->forAddress(m_address.address);
        candidate.origin = result.finalUrl;
        if (candidate.config.outgoingServers.isEmpty()) {
            finishWith(SourceState::Nothing, Reason::NoUsableServer, where);
            return;
        }
        candidate.confirmations = m_baseConfirmations;
        if (result.finalUrl.scheme() != QLatin1String("https")) {
            candidate.confirmations.append(ConfirmationReason::PlainHttp);
        }
        for (const QString &host : result.hosts) {
            if (!RegistrableDomain::isUnder(host, m_homeDomain) && !RegistrableDomain::same(host, m_homeDomain)) {
                candidate.confirmations.append(ConfirmationReason::OtherDomain);
                candidate.otherDomain = RegistrableDomain::of(result.finalUrl.host());
                if (candidate.otherDomain.isEmpty()) {
                    candidate.otherDomain = result.finalUrl.host();
                }
                break;
            }
        }
        qCInfo(lcAutoconfig) << "found" << candidate.config.outgoingServers.size() << "outgoing servers at"
                             << result.finalUrl.toDisplayString(QUrl::RemoveQuery);
        finishWithCandidate(candidate, result.finalUrl.toDisplayString(QUrl::RemoveQuery));
    });
}

void ClientConfigSource::start()
{
    m_fetcher->get(m_url);
}

void ClientConfigSource::abort()
{
    m_fetcher->abort();
}

} // namespace Autoconfig
