// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoconfig/lookupurls.h"

#include <QUrlQuery>

namespace Autoconfig::LookupUrls
{

namespace
{

QUrl build(Scheme scheme, const QString &host, const QString &path, const MailAddress &address,
           const LookupConfig &config)
{
    QUrl url;
    url.setScheme(scheme == Scheme::Https ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(host);
    url.setPath(path);
    if (scheme == Scheme::Https && config.addressInQuery == AddressInQuery::HttpsOnly) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("emailaddress"), QString::fromUtf8(QUrl::toPercentEncoding(address.address)));
        url.setQuery(query);
    }
    return url;
}

} // namespace

QUrl provider(const QString &domain, const MailAddress &address, const LookupConfig &config, Scheme scheme)
{
    return build(scheme, QStringLiteral("autoconfig.") + domain, QStringLiteral("/mail/config-v1.1.xml"), address,
                 config);
}

QUrl wellKnown(const QString &domain, const MailAddress &address, const LookupConfig &config, Scheme scheme)
{
    return build(scheme, domain, QStringLiteral("/.well-known/autoconfig/mail/config-v1.1.xml"), address, config);
}

QUrl ispdb(const QString &domain, const LookupConfig &config)
{
    // QUrl percent-encodes the braces of a "{{domain}}" template in the path.
    const QString path = config.ispdbBaseUrl.path(QUrl::FullyDecoded);
    if (path.contains(QLatin1String("{{domain}}"))) {
        QUrl url = config.ispdbBaseUrl;
        url.setPath(QString(path).replace(QLatin1String("{{domain}}"), domain), QUrl::DecodedMode);
        return url;
    }
    QString base = config.ispdbBaseUrl.toString();
    if (!base.endsWith(QLatin1Char('/'))) {
        base += QLatin1Char('/');
    }
    return QUrl(base + domain);
}

QList<QUrl> autodiscover(const QString &domain)
{
    const QString path = QStringLiteral("/autodiscover/autodiscover.xml");
    QUrl first;
    first.setScheme(QStringLiteral("https"));
    first.setHost(QStringLiteral("autodiscover.") + domain);
    first.setPath(path);
    QUrl second = first;
    second.setHost(domain);
    return {first, second};
}

} // namespace Autoconfig::LookupUrls
