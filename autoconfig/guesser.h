// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "autoconfig/lookupconfig.h"
#include "autoconfig/mailaddress.h"
#include "autoconfig/smtpprobe.h"
#include "autoconfig/source.h"

namespace Autoconfig
{

// The last resort: probes smtp.<domain>, mail.<domain> and <domain> on every configured port
// (465 implicit TLS, 587 and 25 STARTTLS by default), all at once, each with a short deadline.
// Preference is port first (implicit TLS before STARTTLS, RFC 8314), then host in that order;
// the first success for which every more preferred probe has failed wins, so a slow but better
// server is not beaten by a fast worse one. Other successes become alternatives. Whatever it
// finds is a guess and needs confirmation.
class Guesser : public Source
{
    Q_OBJECT
public:
    Guesser(const MailAddress &address, const LookupConfig &config, QObject *parent);

    void start() override;
    void abort() override;

    // Every probe so far, in preference order (unfinished ones have no entry yet).
    QList<SmtpProbe::Result> results() const;

    static QStringList candidateHosts(const QString &domain);

private:
    void decide();

    MailAddress m_address;
    LookupConfig m_config;
    QList<SmtpProbe *> m_probes;
    QList<std::optional<SmtpProbe::Result>> m_results;
    bool m_done = false;
};

} // namespace Autoconfig
