// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/oauth/provider.h"

#include "app/oauth/oauthlogging.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace OAuth
{

namespace
{

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        list.append(item.toString());
    }
    return list;
}

bool matchesHost(const QStringList &hosts, const QString &host)
{
    const QString wanted = host.trimmed().toLower();
    return !wanted.isEmpty() && hosts.contains(wanted, Qt::CaseInsensitive);
}

// The client registrations given at build time; empty unless a packager registered their own.
struct BuildClient {
    const char *provider;
    const char *clientId;
    const char *clientSecret;
};

constexpr BuildClient buildClients[] = {
    {"google", KURIER_OAUTH_GOOGLE_CLIENT_ID, KURIER_OAUTH_GOOGLE_CLIENT_SECRET},
    {"microsoft", KURIER_OAUTH_MICROSOFT_CLIENT_ID, KURIER_OAUTH_MICROSOFT_CLIENT_SECRET},
    {"yahoo", KURIER_OAUTH_YAHOO_CLIENT_ID, KURIER_OAUTH_YAHOO_CLIENT_SECRET},
    {"aol", KURIER_OAUTH_AOL_CLIENT_ID, KURIER_OAUTH_AOL_CLIENT_SECRET},
    {"fastmail", KURIER_OAUTH_FASTMAIL_CLIENT_ID, KURIER_OAUTH_FASTMAIL_CLIENT_SECRET},
};

const QString group = QStringLiteral("oauth/");

} // namespace

Accounts::Account Provider::accountFor(const QString &email) const
{
    Accounts::Account account;
    account.email = email;
    account.host = smtpHost;
    account.port = smtpPort;
    account.security = smtpSecurity;
    account.authMethod = mechanism;
    account.userName = email;
    return account;
}

bool isAcceptableEndpoint(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return false;
    }
    if (url.scheme() == QLatin1String("https")) {
        return true;
    }
    return url.scheme() == QLatin1String("http") && QHostAddress(url.host()).isLoopback();
}

ProviderTable ProviderTable::fromJson(const QByteArray &json, QStringList *problems)
{
    ProviderTable table;
    const QJsonArray rows = QJsonDocument::fromJson(json).object().value(QLatin1String("providers")).toArray();
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        Provider provider;
        provider.id = row.value(QLatin1String("id")).toString();
        provider.name = row.value(QLatin1String("name")).toString();
        provider.authorizationUrl = QUrl(row.value(QLatin1String("authorization_url")).toString());
        provider.tokenUrl = QUrl(row.value(QLatin1String("token_url")).toString());
        provider.scopes = strings(row.value(QLatin1String("scopes")));
        provider.loginHintParameter = row.value(QLatin1String("login_hint")).toString();
        provider.issuers = strings(row.value(QLatin1String("issuers")));
        provider.smtpHosts = strings(row.value(QLatin1String("smtp_hosts")));
        provider.domains = strings(row.value(QLatin1String("domains")));
        const QJsonObject smtp = row.value(QLatin1String("smtp")).toObject();
        provider.smtpHost = smtp.value(QLatin1String("host")).toString();
        provider.smtpPort = static_cast<quint16>(smtp.value(QLatin1String("port")).toInt());
        const auto security = Accounts::securityFromString(smtp.value(QLatin1String("security")).toString());
        const auto mechanism = Accounts::authMethodFromString(row.value(QLatin1String("mechanism")).toString());
        provider.registrationUrl = QUrl(row.value(QLatin1String("registration")).toString());
        provider.sources = strings(row.value(QLatin1String("sources")));
        const QJsonObject device = row.value(QLatin1String("device_authorization")).toObject();
        provider.deviceAuthorizationUrl = QUrl(device.value(QLatin1String("url")).toString());
        provider.deviceFlowUnsupported = device.value(QLatin1String("unsupported")).toString();
        provider.deviceFlowSources = strings(device.value(QLatin1String("sources")));
        QStringList wrong;
        if (provider.id.isEmpty() || provider.name.isEmpty()) {
            wrong.append(QStringLiteral("no id or name"));
        }
        if (!isAcceptableEndpoint(provider.authorizationUrl) || !isAcceptableEndpoint(provider.tokenUrl)) {
            wrong.append(QStringLiteral("endpoints must be https"));
        }
        if (provider.scopes.isEmpty() || provider.smtpHost.isEmpty() || provider.smtpPort == 0 || !security
            || !mechanism) {
            wrong.append(QStringLiteral("incomplete SMTP settings or scopes"));
        }
        if (provider.sources.isEmpty()) {
            wrong.append(QStringLiteral("no source"));
        }
        if (!device.isEmpty()) {
            // A row says either where the device grant is or why there is none, and where that is written.
            const bool hasUrl = !provider.deviceAuthorizationUrl.isEmpty();
            if (hasUrl == !provider.deviceFlowUnsupported.isEmpty() || provider.deviceFlowSources.isEmpty()
                || (hasUrl && !isAcceptableEndpoint(provider.deviceAuthorizationUrl))) {
                wrong.append(QStringLiteral("device_authorization needs an https url or a reason, and sources"));
            }
        }
        if (!wrong.isEmpty()) {
            if (problems) {
                problems->append(QStringLiteral("provider %1: %2").arg(provider.id, wrong.join(QStringLiteral(", "))));
            }
            continue;
        }
        provider.smtpSecurity = *security;
        provider.mechanism = *mechanism;
        table.m_providers.append(provider);
    }
    return table;
}

ProviderTable ProviderTable::bundled()
{
    static const ProviderTable table = [] {
        QFile file(QStringLiteral(":/oauth/providers.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcOAuth) << "the bundled OAuth provider table is missing";
            return ProviderTable();
        }
        QStringList problems;
        ProviderTable parsed = fromJson(file.readAll(), &problems);
        for (const QString &problem : std::as_const(problems)) {
            qCWarning(lcOAuth) << "OAuth provider table:" << problem;
        }
        for (Provider &provider : parsed.m_providers) {
            for (const BuildClient &client : buildClients) {
                if (provider.id == QLatin1String(client.provider)) {
                    provider.clientId = QString::fromUtf8(client.clientId);
                    provider.clientSecret = QString::fromUtf8(client.clientSecret);
                }
            }
        }
        return parsed;
    }();
    return table;
}

ProviderTable ProviderTable::configured(const QSettings &settings)
{
    ProviderTable table = bundled();
    table.applySettings(settings);
    return table;
}

ProviderTable ProviderTable::configured(const QString &settingsPath)
{
    const QSettings settings(settingsPath, QSettings::IniFormat);
    return configured(settings);
}

void ProviderTable::applySettings(const QSettings &settings)
{
    for (Provider &provider : m_providers) {
        if (const QString id = settings.value(clientIdKey(provider.id)).toString().trimmed(); !id.isEmpty()) {
            provider.clientId = id;
            // A secret belongs to the id it was issued with; never pair a configured id with a built-in secret.
            provider.clientSecret = settings.value(clientSecretKey(provider.id)).toString().trimmed();
        }
        for (const auto &[key, url] :
             {std::pair{authorizationUrlKey(provider.id), &provider.authorizationUrl},
              std::pair{tokenUrlKey(provider.id), &provider.tokenUrl},
              std::pair{deviceAuthorizationUrlKey(provider.id), &provider.deviceAuthorizationUrl}}) {
            const QString text = settings.value(key).toString().trimmed();
            if (text.isEmpty()) {
                continue;
            }
            const QUrl configured(text);
            if (isAcceptableEndpoint(configured)) {
                *url = configured;
                if (url == &provider.deviceAuthorizationUrl) {
                    // An organisation's own endpoint (a proxy, a gateway) is its word that the grant works.
                    provider.deviceFlowUnsupported.clear();
                }
            } else {
                qCWarning(lcOAuth) << "ignoring" << key << "- endpoints must be https (or http on loopback)";
            }
        }
    }
}

std::optional<Provider> ProviderTable::provider(const QString &id) const
{
    for (const Provider &provider : m_providers) {
        if (provider.id == id) {
            return provider;
        }
    }
    return std::nullopt;
}

std::optional<Provider> ProviderTable::forSmtpHost(const QString &host) const
{
    for (const Provider &provider : m_providers) {
        if (matchesHost(provider.smtpHosts, host)) {
            return provider;
        }
    }
    return std::nullopt;
}

std::optional<Provider> ProviderTable::forEmailAddress(const QString &email) const
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at < 0) {
        return std::nullopt;
    }
    const QString domain = email.mid(at + 1);
    for (const Provider &provider : m_providers) {
        if (matchesHost(provider.domains, domain)) {
            return provider;
        }
    }
    return std::nullopt;
}

std::optional<Provider> ProviderTable::forIssuer(const QString &issuer) const
{
    for (const Provider &provider : m_providers) {
        if (matchesHost(provider.issuers, issuer)) {
            return provider;
        }
    }
    return std::nullopt;
}

std::optional<Provider> ProviderTable::forAccount(const Accounts::Account &account) const
{
    if (std::optional<Provider> byHost = forSmtpHost(account.host)) {
        return byHost;
    }
    return forEmailAddress(account.email);
}

QString ProviderTable::clientIdKey(const QString &providerId)
{
    return group + providerId + QStringLiteral("/clientId");
}

QString ProviderTable::clientSecretKey(const QString &providerId)
{
    return group + providerId + QStringLiteral("/clientSecret");
}

QString ProviderTable::authorizationUrlKey(const QString &providerId)
{
    return group + providerId + QStringLiteral("/authorizationUrl");
}

QString ProviderTable::tokenUrlKey(const QString &providerId)
{
    return group + providerId + QStringLiteral("/tokenUrl");
}

QString ProviderTable::deviceAuthorizationUrlKey(const QString &providerId)
{
    return group + providerId + QStringLiteral("/deviceAuthorizationUrl");
}

} // namespace OAuth
