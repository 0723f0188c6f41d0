// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "autoconfig/lookupconfig.h"
#include "autoconfig/mailaddress.h"
#include "autoconfig/source.h"

class QNetworkAccessManager;

namespace Autoconfig
{

class HttpFetcher;

// Fetches one clientConfig URL (provider autoconfig, .well-known, ISPDB, or one of the MX
// steps) and turns it into a candidate. Trust follows where the bytes came from: https from
// homeDomain (or a name under it) keeps the base confirmations, plain http adds PlainHttp, a
// redirect that left homeDomain's registrable domain adds OtherDomain.
class ClientConfigSource : public Source
{
    Q_OBJECT
public:
    ClientConfigSource(SourceKind kind, const QUrl &url, const QString &homeDomain,
                       const QList<ConfirmationReason> &baseConfirmations, const MailAddress &address,
                       QNetworkAccessManager *network, const LookupConfig &config, QObject *parent);

    void start() override;
    void abort() override;
    QUrl url() const { return m_url; }

private:
    QUrl m_url;
    QString m_homeDomain;
    QList<ConfirmationReason> m_baseConfirmations;
    MailAddress m_address;
    LookupConfig m_config;
    HttpFetcher *m_fetcher;
};

} // namespace Autoconfig
