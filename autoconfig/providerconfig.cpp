// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoconfig/providerconfig.h"

#include <QRegularExpression>

namespace Autoconfig
{

bool isUsable(Authentication method)
{
    switch (method) {
    case Authentication::PasswordCleartext:
    case Authentication::PasswordEncrypted:
    case Authentication::OAuth2:
    case Authentication::ClientIpAddress:
    case Authentication::SmtpAfterPop:
    case Authentication::None:
        return true;
    case Authentication::Ntlm:
    case Authentication::Gssapi:
    case Authentication::TlsClientCertificate:
        return false;
    }
    return false;
}

bool needsPassword(Authentication method)
{
    return method == Authentication::PasswordCleartext || method == Authentication::PasswordEncrypted;
}

QString clientConfigName(Security security)
{
    switch (security) {
    case Security::ImplicitTls:
        return QStringLiteral("SSL");
    case Security::StartTls:
        return QStringLiteral("STARTTLS");
    case Security::Plain:
        return QStringLiteral("plain");
    }
    return {};
}

QString clientConfigName(Authentication method)
{
    switch (method) {
    case Authentication::PasswordCleartext:
        return QStringLiteral("password-cleartext");
    case Authentication::PasswordEncrypted:
        return QStringLiteral("password-encrypted");
    case Authentication::OAuth2:
        return QStringLiteral("OAuth2");
    case Authentication::Ntlm:
        return QStringLiteral("NTLM");
    case Authentication::Gssapi:
        return QStringLiteral("GSSAPI");
    case Authentication::TlsClientCertificate:
        return QStringLiteral("TLS-client-cert");
    case Authentication::ClientIpAddress:
        return QStringLiteral("client-IP-address");
    case Authentication::SmtpAfterPop:
        return QStringLiteral("smtp-after-pop");
    case Authentication::None:
        return QStringLiteral("none");
    }
    return {};
}

QString pickText(const QList<LocalizedText> &texts, const QString &language)
{
    for (const LocalizedText &text : texts) {
        if (text.language.compare(language, Qt::CaseInsensitive) == 0) {
            return text.text;
        }
    }
    for (const LocalizedText &text : texts) {
        if (text.language.isEmpty() || text.language.compare(QLatin1String("en"), Qt::CaseInsensitive) == 0) {
            return text.text;
        }
    }
    return texts.isEmpty() ? QString() : texts.first().text;
}

Authentication OutgoingServer::preferredAuthentication() const
{
    for (const Authentication method : authentications) {
        if (isUsable(method)) {
            return method;
        }
    }
    return Authentication::PasswordCleartext;
}

bool OutgoingServer::sameEndpoint(const OutgoingServer &other) const
{
    return hostname.compare(other.hostname, Qt::CaseInsensitive) == 0 && port == other.port
        && security == other.security;
}

namespace
{

QString replacePlaceholders(QString text, const QString &address, const QString &localPart, const QString &domain)
{
    text.replace(QLatin1String("%EMAILADDRESS%"), address, Qt::CaseInsensitive);
    text.replace(QLatin1String("%EMAILLOCALPART%"), localPart, Qt::CaseInsensitive);
    text.replace(QLatin1String("%EMAILDOMAIN%"), domain, Qt::CaseInsensitive);
    return text;
}

} // namespace

ProviderConfig ProviderConfig::forAddress(const QString &emailAddress) const
{
    const qsizetype at = emailAddress.lastIndexOf(QLatin1Char('@'));
    const QString localPart = emailAddress.left(at);
    const QString domain = emailAddress.mid(at + 1).toLower();
    // Host names go on the wire in their A-label form; user names keep what the user typed.
    const QString aceDomain = QString::fromLatin1(QUrl::toAce(domain));

    ProviderConfig result = *this;
    result.outgoingServers.clear();
    for (OutgoingServer server : outgoingServers) {
        server.hostname = replacePlaceholders(server.hostname, emailAddress, localPart, aceDomain).toLower();
        if (!isValidHostname(server.hostname)) {
            continue;
        }
        server.username = server.username.isEmpty()
            ? emailAddress
            : replacePlaceholders(server.username, emailAddress, localPart, domain);
        result.outgoingServers.append(server);
    }
    result.displayName = replacePlaceholders(displayName, emailAddress, localPart, domain);
    return result;
}

bool ProviderConfig::offersOAuth2() const
{
    for (const OutgoingServer &server : outgoingServers) {
        if (server.authentications.contains(Authentication::OAuth2)) {
            return true;
        }
    }
    return false;
}

bool isValidHostname(const QString &text, Placeholders placeholders)
{
    if (text.isEmpty() || text.size() > 253) {
        return false;
    }
    static const QRegularExpression plainName(QStringLiteral(
        "^([A-Za-z0-9]([A-Za-z0-9_-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9_-]{0,61}[A-Za-z0-9])?)*\\.?$"));
    if (placeholders == Placeholders::Allowed) {
        QString withoutPlaceholders = text;
        static const QRegularExpression placeholder(QStringLiteral("%[A-Za-z]+%"));
        withoutPlaceholders.replace(placeholder, QStringLiteral("x"));
        return plainName.match(withoutPlaceholders).hasMatch();
    }
    return plainName.match(text).hasMatch();
}

} // namespace Autoconfig
