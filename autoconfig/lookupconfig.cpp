// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoconfig/lookupconfig.h"

#include "autoconfig/messages.h"

namespace Autoconfig
{

LookupConfig LookupConfig::fromEnvironment(const QProcessEnvironment &environment, QStringList *problems)
{
    LookupConfig config;
    const QString ispdb = environment.value(QStringLiteral("KURIER_ISPDB_URL")).trimmed();
    if (!ispdb.isEmpty()) {
        const QUrl url(ispdb, QUrl::StrictMode);
        if (url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty()) {
            config.ispdbBaseUrl = url;
        } else if (problems) {
            problems->append(
                Messages::tr("KURIER_ISPDB_URL \"%1\" is not an https URL; the default ISP database is used.")
                    .arg(ispdb));
        }
    }
    const QString dns = environment.value(QStringLiteral("KURIER_DNS_SERVER")).trimmed();
    if (!dns.isEmpty()) {
        const QHostAddress address(dns);
        if (!address.isNull()) {
            config.dnsServer = address;
        } else if (problems) {
            problems->append(
                Messages::tr("KURIER_DNS_SERVER \"%1\" is not an IP address; the system's DNS server is used.")
                    .arg(dns));
        }
    }
    return config;
}

} // namespace Autoconfig
