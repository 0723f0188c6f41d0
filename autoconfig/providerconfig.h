// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Autoconfig
{
Q_NAMESPACE

// How the connection to the submission server is protected (clientConfig <socketType>).
enum class Security { ImplicitTls, StartTls, Plain };
Q_ENUM_NS(Security)

// clientConfig <authentication> values, aliases folded ("plain" -> cleartext, "secure" -> encrypted).
enum class Authentication {
    PasswordCleartext,
    PasswordEncrypted,
    OAuth2,
    Ntlm,
    Gssapi,
    TlsClientCertificate,
    ClientIpAddress,
    SmtpAfterPop,
    None,
};
Q_ENUM_NS(Authentication)

// Kurier can log in with passwords (any SASL password mechanism), OAuth2 tokens, or not at all;
// NTLM, Kerberos and client certificates are out of reach, so sections offering only those are useless.
bool isUsable(Authentication method);
bool needsPassword(Authentication method);

// Stable names as they appear in clientConfig files ("SSL", "password-cleartext", ...).
QString clientConfigName(Security security);
QString clientConfigName(Authentication method);

// Text in one language, as <descr lang="pl"> and <instruction lang="en"> carry it.
struct LocalizedText {
    QString language; // may be empty: "the provider did not say"
    QString text;
    bool operator==(const LocalizedText &other) const = default;
};
// The text for the wanted language, else English, else the first one.
QString pickText(const QList<LocalizedText> &texts, const QString &language);

// One <outgoingServer type="smtp"> that passed validation. Host name and user name may still
// contain %EMAILADDRESS%-style placeholders until ProviderConfig::forAddress() replaces them.
struct OutgoingServer {
    QString hostname;
    quint16 port = 0;
    Security security = Security::ImplicitTls;
    QList<Authentication> authentications; // in the provider's order of preference, never empty
    QString username; // empty when the file gave none

    // The first method Kurier can use.
    Authentication preferredAuthentication() const;
    // Same host, port and security: the user name and methods do not make it another server.
    bool sameEndpoint(const OutgoingServer &other) const;
    bool operator==(const OutgoingServer &other) const = default;
};

// <enable visiturl="..."><instruction>: something the user must switch on before logging in.
struct EnableHint {
    QUrl visitUrl;
    QList<LocalizedText> instructions;
    bool operator==(const EnableHint &other) const = default;
};

// <documentation url="..."><descr>: the provider's own help page.
struct DocumentationLink {
    QUrl url;
    QList<LocalizedText> descriptions;
    bool operator==(const DocumentationLink &other) const = default;
};

// The <oAuth2> block. Kurier registers its own OAuth clients; this only tells which issuer applies.
struct OAuth2Settings {
    QString issuer;
    QString scope;
    QUrl authUrl;
    QUrl tokenUrl;
    bool operator==(const OAuth2Settings &other) const = default;
};

// What one clientConfig document says about sending mail, already validated.
struct ProviderConfig {
    QString id;
    QStringList domains;
    QString displayName;
    QString displayShortName;
    QList<OutgoingServer> outgoingServers; // first = preferred
    QList<EnableHint> enableHints;
    QList<DocumentationLink> documentation;
    std::optional<OAuth2Settings> oauth2;

    // A copy with %EMAILADDRESS%, %EMAILLOCALPART% and %EMAILDOMAIN% replaced (every occurrence)
    // in host names and user names. Servers whose host name is not a valid name afterwards are
    // dropped. A missing user name becomes the full address, the RFC 6186 first choice.
    ProviderConfig forAddress(const QString &emailAddress) const;
    bool offersOAuth2() const;
    bool operator==(const ProviderConfig &other) const = default;
};

// Whether text is a plausible DNS host name (letters, digits, hyphens, dots; 253 octets at most).
// Placeholders are allowed when allowPlaceholders is set, since files carry %EMAILDOMAIN% hosts.
enum class Placeholders { Rejected, Allowed };
bool isValidHostname(const QString &text, Placeholders placeholders = Placeholders::Rejected);

} // namespace Autoconfig

Q_DECLARE_METATYPE(Autoconfig::ProviderConfig)
