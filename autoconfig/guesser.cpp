// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoconfig/guesser.h"

namespace Autoconfig
{

namespace
{

QList<Authentication> authenticationsFrom(const QStringList &mechanisms)
{
    QList<Authentication> result;
    const auto offers = [&](std::initializer_list<const char *> names) {
        return std::any_of(names.begin(), names.end(),
                           [&](const char *name) { return mechanisms.contains(QLatin1String(name)); });
    };
    if (offers({"PLAIN", "LOGIN"})) {
        result.append(Authentication::PasswordCleartext);
    }
    if (offers({"CRAM-MD5", "SCRAM-SHA-1", "SCRAM-SHA-256"})) {
        result.append(Authentication::PasswordEncrypted);
    }
    if (offers({"XOAUTH2", "OAUTHBEARER"})) {
        result.append(Authentication::OAuth2);
    }
    // EHLO lists are unreliable (the draft says so); a password is still the likeliest way in.
    if (result.isEmpty()) {
        result.append(Authentication::PasswordCleartext);
    }
    return result;
}

} // namespace

Guesser::Guesser(const MailAddress &address, const LookupConfig &config, QObject *parent)
    : Source(SourceKind::Guess, parent)
    , m_address(address)
    , m_config(config)
{
}

QStringList Guesser::candidateHosts(const QString &domain)
{
    return {QStringLiteral("smtp.") + domain, QStringLiteral("mail.") + domain, domain};
}

void Guesser::start()
{
    const QStringList hosts = candidateHosts(m_address.aceDomain);
    for (const GuessPort &port : std::as_const(m_config.guessPorts)) {
        for (const QString &host : hosts) {
            m_probes.append(new SmtpProbe(host, port.port, port.security, m_config, this));
        }
    }
    m_results.resize(m_probes.size());
    for (qsizetype i = 0; i < m_probes.size(); ++i) {
        connect(m_probes[i], &SmtpProbe::finished, this, [this, i](const SmtpProbe::Result &result) {
            m_results[i] = result;
            decide();
        });
    }
    for (SmtpProbe *probe : std::as_const(m_probes)) {
        probe->start();
    }
}

void Guesser::abort()
{
    m_done = true;
    for (SmtpProbe *probe : std::as_const(m_probes)) {
        probe->abort();
    }
}

QList<SmtpProbe::Result> Guesser::results() const
{
    QList<SmtpProbe::Result> list;
    for (const std::optional<SmtpProbe::Result> &result : m_results) {
        if (result) {
            list.append(*result);
        }
    }
    return list;
}

void Guesser::decide()
{
    if (m_done) {
        return;
    }
    qsizetype winner = -1;
    for (qsizetype i = 0; i < m_results.size(); ++i) {
        if (!m_results[i]) {
            return; // a more preferred probe is still running
        }
        if (m_results[i]->outcome == SmtpProbe::Outcome::Ok) {
            winner = i;
            break;
        }
    }
    m_done = true;
    if (winner < 0) {
        // Say the most useful thing: a certificate for other names is what users can act on.
        for (const std::optional<SmtpProbe::Result> &result : std::as_const(m_results)) {
            if (result->outcome == SmtpProbe::Outcome::CertificateInvalid) {
                SourceReport report;
                report.state = SourceState::Failed;
                report.reason = Reason::CertificateInvalid;
                report.subject = result->host;
                report.certificateNames = result->certificateNames;
                report.technical = result->technical;
                finishWith(report, std::nullopt);
                return;
            }
        }
        QStringList ports;
        for (const GuessPort &port : std::as_const(m_config.guessPorts)) {
            ports.append(QString::number(port.port));
        }
        finishWith(SourceState::Nothing, Reason::NoProbeSucceeded,
                   candidateHosts(m_address.aceDomain).join(QStringLiteral(", ")) + QStringLiteral("; ")
                       + ports.join(QLatin1Char('/')));
        return;
    }
    for (SmtpProbe *probe : std::as_const(m_probes)) {
        probe->abort();
    }
    Candidate candidate;
    candidate.confirmations = {ConfirmationReason::Guessed};
    candidate.config.domains = {m_address.domain};
    for (qsizetype i = winner; i < m_results.size(); ++i) {
        if (!m_results[i] || m_results[i]->outcome != SmtpProbe::Outcome::Ok) {
            continue;
        }
        OutgoingServer server;
        server.hostname = m_results[i]->host;
        server.port = m_results[i]->port;
        server.security = m_results[i]->security;
        server.authentications = authenticationsFrom(m_results[i]->authMechanisms);
        server.username = m_address.address;
        candidate.config.outgoingServers.append(server);
    }
    const OutgoingServer &best = candidate.config.outgoingServers.first();
    finishWithCandidate(candidate, best.hostname + QLatin1Char(':') + QString::number(best.port));
}

} // namespace Autoconfig
