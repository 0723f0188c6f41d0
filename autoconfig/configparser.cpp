// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoconfig/configparser.h"

#include "autoconfig/xmlguard.h"

namespace Autoconfig
{

namespace
{

std::optional<Security> securityFromText(const QString &text)
{
    if (text.compare(QLatin1String("SSL"), Qt::CaseInsensitive) == 0
        || text.compare(QLatin1String("TLS"), Qt::CaseInsensitive) == 0) {
        return Security::ImplicitTls;
    }
    if (text.compare(QLatin1String("STARTTLS"), Qt::CaseInsensitive) == 0) {
        return Security::StartTls;
    }
    if (text.compare(QLatin1String("plain"), Qt::CaseInsensitive) == 0) {
        return Security::Plain;
    }
    return std::nullopt;
}

// The clientConfig names and, for <authentication system="sasl">, SASL mechanism names.
std::optional<Authentication> authenticationFromText(const QString &text, bool sasl)
{
    const QString value = text.toLower();
    if (sasl) {
        if (value == QLatin1String("plain") || value == QLatin1String("login")) {
            return Authentication::PasswordCleartext;
        }
        if (value == QLatin1String("cram-md5") || value == QLatin1String("digest-md5")
            || value.startsWith(QLatin1String("scram-"))) {
            return Authentication::PasswordEncrypted;
        }
        if (value == QLatin1String("xoauth2") || value == QLatin1String("oauthbearer")) {
            return Authentication::OAuth2;
        }
        if (value == QLatin1String("gssapi")) {
            return Authentication::Gssapi;
        }
        if (value == QLatin1String("ntlm")) {
            return Authentication::Ntlm;
        }
        return std::nullopt;
    }
    if (value == QLatin1String("password-cleartext") || value == QLatin1String("plain")) {
        return Authentication::PasswordCleartext;
    }
    if (value == QLatin1String("password-encrypted") || value == QLatin1String("secure")) {
        return Authentication::PasswordEncrypted;
    }
    if (value == QLatin1String("oauth2")) {
        return Authentication::OAuth2;
    }
    if (value == QLatin1String("ntlm")) {
        return Authentication::Ntlm;
    }
    if (value == QLatin1String("gssapi")) {
        return Authentication::Gssapi;
    }
    if (value == QLatin1String("tls-client-cert")) {
        return Authentication::TlsClientCertificate;
    }
    if (value == QLatin1String("client-ip-address")) {
        return Authentication::ClientIpAddress;
    }
    if (value == QLatin1String("smtp-after-pop")) {
        return Authentication::SmtpAfterPop;
    }
    if (value == QLatin1String("none")) {
        return Authentication::None;
    }
    return std::nullopt;
}

// Only web links are worth showing; javascript:, file: and friends are dropped.
QUrl webUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        && !url.host().isEmpty()) {
        return url;
    }
    return {};
}

class ClientConfigReader
{
public:
    ClientConfigReader(const QByteArray &document, const ConfigParser::Limits &limits)
        : m_xml(document, limits.maxDepth, limits.maxElements)
    {
    }

    ConfigParser::Result read()
    {
        ConfigParser::Result result;
        if (!m_xml.readRootElement()) {
            return failure(m_xml.error() == XmlGuard::Error::None ? ConfigParser::Error::NotClientConfig
                                                                  : translate(m_xml.error()));
        }
        if (m_xml.name() != QLatin1String("clientConfig")) {
            return failure(ConfigParser::Error::NotClientConfig);
        }
        std::optional<ProviderConfig> provider;
        std::optional<OAuth2Settings> oauth2;
        const bool complete = m_xml.readChildren([&](QStringView name) {
            if (name == QLatin1String("emailProvider") && !provider) {
                provider = readEmailProvider();
            } else if (name == QLatin1String("oAuth2") && !oauth2) {
                oauth2 = readOAuth2();
            } else {
                m_xml.skipElement();
            }
        });
        if (!complete || !m_xml.finish()) {
            return failure(translate(m_xml.error()));
        }
        if (!provider) {
            return failure(ConfigParser::Error::NoEmailProvider);
        }
        if (provider->domains.isEmpty()) {
            return failure(ConfigParser::Error::NoValidDomain);
        }
        if (provider->outgoingServers.isEmpty()) {
            return failure(ConfigParser::Error::NoUsableOutgoingServer);
        }
        provider->oauth2 = oauth2;
        result.config = provider;
        result.ignored = m_ignored;
        return result;
    }

private:
    static ConfigParser::Error translate(XmlGuard::Error error)
    {
        switch (error) {
        case XmlGuard::Error::None:
        case XmlGuard::Error::NotWellFormed:
            return ConfigParser::Error::NotWellFormed;
        case XmlGuard::Error::DocumentTypeDeclaration:
            return ConfigParser::Error::DocumentTypeDeclaration;
        case XmlGuard::Error::EntityReference:
            return ConfigParser::Error::EntityReference;
        case XmlGuard::Error::TooDeep:
            return ConfigParser::Error::TooDeep;
        case XmlGuard::Error::TooManyElements:
            return ConfigParser::Error::TooManyElements;
        }
        return ConfigParser::Error::NotWellFormed;
    }

    ConfigParser::Result failure(ConfigParser::Error error) const
    {
        ConfigParser::Result result;
        result.error = error;
        result.detail = m_xml.detail();
        result.ignored = m_ignored;
        return result;
    }

    ProviderConfig readEmailProvider()
    {
        ProviderConfig provider;
        provider.id = m_xml.attribute(QStringLiteral("id")).trimmed();
        m_xml.readChildren([&](QStringView name) {
            if (name == QLatin1String("domain")) {
                const QString domain = m_xml.readText().toLower();
                if (isValidHostname(domain) && !provider.domains.contains(domain)) {
                    provider.domains.append(domain);
                } else if (!isValidHostname(domain)) {
                    m_ignored.append(QStringLiteral("domain \"%1\": not a host name").arg(domain.left(80)));
                }
            } else if (name == QLatin1String("displayName")) {
                provider.displayName = m_xml.readText();
            } else if (name == QLatin1String("displayShortName")) {
                provider.displayShortName = m_xml.readText();
            } else if (name == QLatin1String("outgoingServer")) {
                if (std::optional<OutgoingServer> server = readOutgoingServer()) {
                    provider.outgoingServers.append(*server);
                }
            } else if (name == QLatin1String("enable")) {
                EnableHint hint;
                hint.visitUrl = webUrl(m_xml.attribute(QStringLiteral("visiturl")));
                hint.instructions = readLocalizedTexts(QLatin1String("instruction"));
                if (!hint.visitUrl.isEmpty() || !hint.instructions.isEmpty()) {
                    provider.enableHints.append(hint);
                }
            } else if (name == QLatin1String("documentation")) {
                DocumentationLink link;
                link.url = webUrl(m_xml.attribute(QStringLiteral("url")));
                link.descriptions = readLocalizedTexts(QLatin1String("descr"));
                if (!link.url.isEmpty()) {
                    provider.documentation.append(link);
                }
            } else {
                m_xml.skipElement();
            }
        });
        return provider;
    }

    std::optional<OutgoingServer> readOutgoingServer()
    {
        const QString type = m_xml.attribute(QStringLiteral("type"));
        if (type.compare(QLatin1String("smtp"), Qt::CaseInsensitive) != 0) {
            m_ignored.append(QStringLiteral("outgoingServer of type \"%1\"").arg(type.left(40)));
            m_xml.skipElement();
            return std::nullopt;
        }
        OutgoingServer server;
        QString hostname;
        QString portText;
        std::optional<Security> security;
        m_xml.readChildren([&](QStringView name) {
            if (name == QLatin1String("hostname")) {
                hostname = m_xml.readText();
            } else if (name == QLatin1String("port")) {
                portText = m_xml.readText();
            } else if (name == QLatin1String("socketType")) {
                // Repeated socketTypes: the first one we understand wins.
                const std::optional<Security> value = securityFromText(m_xml.readText());
                if (!security) {
                    security = value;
                }
            } else if (name == QLatin1String("authentication")) {
                const bool sasl
                    = m_xml.attribute(QStringLiteral("system")).compare(QLatin1String("sasl"), Qt::CaseInsensitive)
                    == 0;
                const std::optional<Authentication> method = authenticationFromText(m_xml.readText(), sasl);
                if (method && !server.authentications.contains(*method)) {
                    server.authentications.append(*method);
                }
            } else if (name == QLatin1String("username")) {
                server.username = m_xml.readText();
            } else {
                m_xml.skipElement();
            }
        });
        bool portOk = false;
        const uint port = portText.toUInt(&portOk);
        const QString where = QStringLiteral("outgoingServer \"%1\"").arg(hostname.left(80));
        if (!isValidHostname(hostname, Placeholders::Allowed)) {
            m_ignored.append(where + QStringLiteral(": invalid host name"));
            return std::nullopt;
        }
        if (!portOk || port == 0 || port > 65535) {
            m_ignored.append(where + QStringLiteral(": invalid port \"%1\"").arg(portText.left(20)));
            return std::nullopt;
        }
        if (!security) {
            m_ignored.append(where + QStringLiteral(": no known socketType"));
            return std::nullopt;
        }
        if (std::none_of(server.authentications.cbegin(), server.authentications.cend(), isUsable)) {
            m_ignored.append(where + QStringLiteral(": no authentication method Kurier can use"));
            return std::nullopt;
        }
        server.hostname = hostname.toLower();
        server.port = static_cast<quint16>(port);
        server.security = *security;
        return server;
    }

    QList<LocalizedText> readLocalizedTexts(QLatin1String childName)
    {
        QList<LocalizedText> texts;
        m_xml.readChildren([&](QStringView name) {
            if (name == childName) {
                const QString language = m_xml.attribute(QStringLiteral("lang")).trimmed();
                const QString text = m_xml.readText().simplified();
                if (!text.isEmpty()) {
                    texts.append({language, text});
                }
            } else {
                m_xml.skipElement();
            }
        });
        return texts;
    }

    std::optional<OAuth2Settings> readOAuth2()
    {
        OAuth2Settings settings;
        m_xml.readChildren([&](QStringView name) {
            if (name == QLatin1String("issuer")) {
                settings.issuer = m_xml.readText();
            } else if (name == QLatin1String("scope")) {
                settings.scope = m_xml.readText();
            } else if (name == QLatin1String("authURL")) {
                settings.authUrl = webUrl(m_xml.readText());
            } else if (name == QLatin1String("tokenURL")) {
                settings.tokenUrl = webUrl(m_xml.readText());
            } else {
                m_xml.skipElement();
            }
        });
        if (settings.issuer.isEmpty() || settings.authUrl.scheme() != QLatin1String("https")
            || settings.tokenUrl.scheme() != QLatin1String("https")) {
            m_ignored.append(QStringLiteral("oAuth2: incomplete or not https"));
            return std::nullopt;
        }
        return settings;
    }

    XmlGuard m_xml;
    QStringList m_ignored;
};

} // namespace

ConfigParser::Result ConfigParser::parse(const QByteArray &document, const Limits &limits)
{
    if (document.size() > limits.maxBytes) {
        Result result;
        result.error = Error::TooLarge;
        result.detail = QStringLiteral("%1 bytes, limit %2").arg(document.size()).arg(limits.maxBytes);
        return result;
    }
    return ClientConfigReader(document, limits).read();
}

} // namespace Autoconfig
