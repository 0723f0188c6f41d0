// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "autoconfig/lookupconfig.h"
#include "autoconfig/mailaddress.h"
#include "autoconfig/source.h"

class QNetworkAccessManager;

namespace Autoconfig
{

class ClientConfigSource;
class DnsQuery;

// The draft's step 3: a custom domain whose mail is hosted by a big provider. Looks up the MX
// record (lowest preference wins), then asks, in this priority, the provider autoconfig and
// the ISPDB for the MX host minus its first label ("mx1.mail.example.com" -> "mail.example.com",
// which tells Office 365 from Outlook.com), then the same two for the MX host's registrable
// domain (Public Suffix List). DNS can be forged, so whatever it finds needs confirmation.
class MxSource : public Source
{
    Q_OBJECT
public:
    MxSource(const MailAddress &address, QNetworkAccessManager *network, const LookupConfig &config, QObject *parent);

    void start() override;
    void abort() override;

private:
    void onMx(const QString &exchange);
    void decide();

    MailAddress m_address;
    QNetworkAccessManager *m_network;
    LookupConfig m_config;
    DnsQuery *m_query;
    QString m_exchange;
    QList<ClientConfigSource *> m_children;
    QList<std::optional<Source::Outcome>> m_outcomes;
    bool m_done = false;
};

} // namespace Autoconfig
