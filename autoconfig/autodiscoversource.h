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

// Microsoft Autodiscover (POX), asked the way that cannot leak a password: https only, no
// credentials at all, only autodiscover.<domain> and <domain> (never walking up the tree to
// autodiscover.<tld>), at most two redirects, and a redirect to another registrable domain is
// reported as needing the user's consent instead of followed. A 401 means the server wants a
// signed-in request; that is reported, not answered.
class AutodiscoverSource : public Source
{
    Q_OBJECT
public:
    AutodiscoverSource(const MailAddress &address, QNetworkAccessManager *network, const LookupConfig &config,
                       QObject *parent);

    void start() override;
    void abort() override;

private:
    void fetchNext();
    void onFetched(const QUrl &url);

    MailAddress m_original;
    MailAddress m_address;
    QNetworkAccessManager *m_network;
    LookupConfig m_config;
    QList<QUrl> m_urls;
    HttpFetcher *m_fetcher = nullptr;
    std::optional<SourceReport> m_firstFailure;
    int m_redirects = 0;
    bool m_aborted = false;
};

} // namespace Autoconfig
