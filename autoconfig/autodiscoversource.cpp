// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoconfig/autodiscoversource.h"

#include "autoconfig/autodiscoverparser.h"
#include "autoconfig/httpfetcher.h"
#include "autoconfig/lookupurls.h"
#include "autoconfig/registrabledomain.h"

namespace Autoconfig
{

namespace
{

constexpr int MaxRedirects = 2;

QByteArray requestBody(const QString &address)
{
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                             "<Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/outlook/"
                             "requestschema/2006\">\n<Request>\n<EMailAddress>")
        + address.toHtmlEscaped().toUtf8()
        + QByteArrayLiteral("</EMailAddress>\n<AcceptableResponseSchema>http://schemas.microsoft.com/exchange/"
                            "autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema>\n"
                            "</Request>\n</Autodiscover>\n");
}

} // namespace

AutodiscoverSource::AutodiscoverSource(const MailAddress &address, QNetworkAccessManager *network,
                                       const LookupConfig &config, QObject *parent)
    : Source(SourceKind::Autodiscover, parent)
    , m_original(address)
    , m_address(address)
    , m_network(network)
    , m_config(config)
{
}

void AutodiscoverSource::start()
{
    m_urls = LookupUrls::autodiscover(m_address.aceDomain);
    fetchNext();
}

void AutodiscoverSource::abort()
{
    m_aborted = true;
    if (m_fetcher) {
        m_fetcher->abort();
    }
}

void AutodiscoverSource::fetchNext()
{
    if (m_aborted) {
        return;
    }
    if (m_urls.isEmpty()) {
        finishWith(m_firstFailure ? *m_firstFailure : SourceReport{}, std::nullopt);
        return;
    }
    const QUrl url = m_urls.takeFirst();
    if (m_fetcher) {
        m_fetcher->deleteLater();
    }
    m_fetcher = new HttpFetcher(m_network, m_config, this);
    connect(m_fetcher, &HttpFetcher::finished, this, [this, url](const HttpFetcher::Result &result) {
        if (m_aborted) {
            return;
        }
        if (result.outcome == HttpFetcher::Outcome::HttpStatus && result.httpStatus == 401) {
            finishWith(SourceState::Nothing, Reason::AuthenticationRequired, result.finalUrl.host());
            return;
        }
        if (result.outcome != HttpFetcher::Outcome::Ok) {
            if (!m_firstFailure) {
                m_firstFailure = HttpFetcher::failureReport(result);
            }
            fetchNext();
            return;
        }
        const AutodiscoverParser::Result parsed = AutodiscoverParser::parse(result.body, m_address.address);
        if (!parsed.response) {
            if (!m_firstFailure) {
                SourceReport report;
                report.state = parsed.error == AutodiscoverParser::Error::NoSmtpSettings ? SourceState::Nothing
                                                                                         : SourceState::Failed;
                report.reason = parsed.error == AutodiscoverParser::Error::NoSmtpSettings ? Reason::NoUsableServer
                                                                                          : Reason::InvalidDocument;
                report.subject = result.finalUrl.host();
                report.technical = parsed.detail;
                m_firstFailure = report;
            }
            fetchNext();
            return;
        }
        const AutodiscoverParser::Response &response = *parsed.response;
        using Action = AutodiscoverParser::Response::Action;
        if (response.action != Action::Settings) {
            const QString target = response.action == Action::RedirectAddress
                ? MailAddress::parse(response.redirectAddress).value_or(MailAddress{}).aceDomain
                : response.redirectUrl.host();
            if (++m_redirects > MaxRedirects) {
                finishWith(SourceState::Failed, Reason::TooManyRedirects, target);
                return;
            }
            if (target.isEmpty() || !RegistrableDomain::same(target, m_original.aceDomain)) {
                const QString shown = RegistrableDomain::of(target);
                finishWith(SourceState::Nothing, Reason::ConsentRequired, shown.isEmpty() ? target : shown);
                return;
            }
            if (response.action == Action::RedirectAddress) {
                m_address = *MailAddress::parse(response.redirectAddress);
                m_urls = LookupUrls::autodiscover(m_address.aceDomain);
            } else {
                m_urls = {response.redirectUrl};
            }
            fetchNext();
            return;
        }
        Candidate candidate;
        candidate.origin = result.finalUrl;
        candidate.config.displayName = response.displayName;
        candidate.config.domains = {m_original.domain};
        candidate.config.outgoingServers = response.smtpServers;
        for (const QString &host : result.hosts) {
            if (!RegistrableDomain::same(host, m_original.aceDomain)) {
                candidate.confirmations.append(ConfirmationReason::OtherDomain);
                candidate.otherDomain = RegistrableDomain::of(host);
                break;
            }
        }
        finishWithCandidate(candidate, result.finalUrl.toDisplayString(QUrl::RemoveQuery));
    });
    m_fetcher->post(url, requestBody(m_address.address), QByteArrayLiteral("text/xml; charset=utf-8"));
}

} // namespace Autoconfig
