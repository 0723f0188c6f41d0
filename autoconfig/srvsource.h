// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "autoconfig/dnsquery.h"
#include "autoconfig/lookupconfig.h"
#include "autoconfig/mailaddress.h"
#include "autoconfig/source.h"

namespace Autoconfig
{

// RFC 6186 with RFC 8314 §5.1: _submissions._tcp (implicit TLS) before _submission._tcp
// (STARTTLS), each by SRV priority and weight. A target of "." means the domain says it has no
// such service. SRV records say nothing about the user name, so the full address comes first
// (RFC 6186 §4); being DNS, the result always needs confirmation.
class SrvSource : public Source
{
    Q_OBJECT
public:
    SrvSource(const MailAddress &address, const LookupConfig &config, QObject *parent);

    void start() override;
    void abort() override;

private:
    void onAnswer();

    MailAddress m_address;
    DnsQuery *m_implicitTls;
    DnsQuery *m_startTls;
    std::optional<DnsQuery::Answer> m_implicitAnswer;
    std::optional<DnsQuery::Answer> m_startTlsAnswer;
};

} // namespace Autoconfig
