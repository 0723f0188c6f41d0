// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoconfig/autodiscoverparser.h"

#include "autoconfig/xmlguard.h"

namespace Autoconfig
{

namespace
{

constexpr int MaxDepth = 12;
constexpr int MaxElements = 5000;

bool isOn(const QString &text)
{
    return text.compare(QLatin1String("on"), Qt::CaseInsensitive) == 0
        || text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

struct ProtocolBlock {
    QString type;
    QString server;
    QString port;
    QString loginName;
    QString ssl;
    QString encryption;
    QString spa;
    QString authRequired;
};

std::optional<OutgoingServer> smtpServerFrom(const ProtocolBlock &block, const QString &emailAddress)
{
    if (block.type.compare(QLatin1String("SMTP"), Qt::CaseInsensitive) != 0 || !isValidHostname(block.server)) {
        return std::nullopt;
    }
    bool ok = false;
    const uint port = block.port.toUInt(&ok);
    if (!ok || port == 0 || port > 65535) {
        return std::nullopt;
    }
    OutgoingServer server;
    server.hostname = block.server.toLower();
    server.port = static_cast<quint16>(port);
    // <Encryption> overrides <SSL> when present (per the POX schema); "Auto" and the bare
    // <SSL>on</SSL> mean TLS of the kind the port implies.
    const QString encryption = block.encryption.toLower();
    if (encryption == QLatin1String("ssl")) {
        server.security = Security::ImplicitTls;
    } else if (encryption == QLatin1String("tls")) {
        server.security = Security::StartTls;
    } else if (encryption == QLatin1String("none")) {
        server.security = Security::Plain;
    } else if (encryption == QLatin1String("auto") || block.ssl.isEmpty() || isOn(block.ssl)) {
        server.security = port == 465 ? Security::ImplicitTls : Security::StartTls;
    } else {
        server.security = Security::Plain;
    }
    if (!block.authRequired.isEmpty() && !isOn(block.authRequired)) {
        server.authentications = {Authentication::None};
    } else if (isOn(block.spa)) {
        // Secure Password Authentication is NTLM, which Kurier does not speak.
        return std::nullopt;
    } else {
        server.authentications = {Authentication::PasswordCleartext};
    }
    server.username = block.loginName.isEmpty() ? emailAddress : block.loginName;
    return server;
}

} // namespace

AutodiscoverParser::Result AutodiscoverParser::parse(const QByteArray &document, const QString &emailAddress)
{
    Result result;
    if (document.size() > MaxBytes) {
        result.error = Error::TooLarge;
        result.detail = QStringLiteral("%1 bytes, limit %2").arg(document.size()).arg(MaxBytes);
        return result;
    }
    XmlGuard xml(document, MaxDepth, MaxElements);
    if (!xml.readRootElement() || xml.name() != QLatin1String("Autodiscover")) {
        result.error = xml.error() == XmlGuard::Error::None ? Error::NotAutodiscover
            : xml.error() == XmlGuard::Error::NotWellFormed ? Error::NotWellFormed
                                                            : Error::Refused;
        result.detail = xml.detail();
        return result;
    }

    Response response;
    QString action;
    QString errorCode;
    QString errorMessage;
    QList<ProtocolBlock> blocks;
    const auto readError = [&] {
        xml.readChildren([&](QStringView name) {
            if (name == QLatin1String("ErrorCode")) {
                errorCode = xml.readText();
            } else if (name == QLatin1String("Message")) {
                errorMessage = xml.readText();
            }
        });
    };
    const auto readAccount = [&] {
        xml.readChildren([&](QStringView name) {
            if (name == QLatin1String("Action")) {
                action = xml.readText();
            } else if (name == QLatin1String("RedirectAddr")) {
                response.redirectAddress = xml.readText();
            } else if (name == QLatin1String("RedirectUrl")) {
                response.redirectUrl = QUrl(xml.readText(), QUrl::StrictMode);
            } else if (name == QLatin1String("Protocol")) {
                ProtocolBlock block;
                xml.readChildren([&](QStringView field) {
                    QString *target = field == QLatin1String("Type") ? &block.type
                        : field == QLatin1String("Server")           ? &block.server
                        : field == QLatin1String("Port")             ? &block.port
                        : field == QLatin1String("LoginName")        ? &block.loginName
                        : field == QLatin1String("SSL")              ? &block.ssl
                        : field == QLatin1String("Encryption")       ? &block.encryption
                        : field == QLatin1String("SPA")              ? &block.spa
                        : field == QLatin1String("AuthRequired")     ? &block.authRequired
                                                                     : nullptr;
                    if (target) {
                        *target = xml.readText();
                    }
                });
                blocks.append(block);
            } else if (name == QLatin1String("Error")) {
                readError();
            }
        });
    };
    const bool complete = xml.readChildren([&](QStringView name) {
        if (name != QLatin1String("Response")) {
            return;
        }
        xml.readChildren([&](QStringView part) {
            if (part == QLatin1String("Account")) {
                readAccount();
            } else if (part == QLatin1String("Error")) {
                readError();
            } else if (part == QLatin1String("User")) {
                xml.readChildren([&](QStringView field) {
                    if (field == QLatin1String("DisplayName")) {
                        response.displayName = xml.readText();
                    }
                });
            }
        });
    });
    if (!complete || !xml.finish()) {
        result.error = xml.error() == XmlGuard::Error::NotWellFormed ? Error::NotWellFormed : Error::Refused;
        result.detail = xml.detail();
        return result;
    }
    if (!errorCode.isEmpty() || !errorMessage.isEmpty()) {
        result.error = Error::ServerError;
        result.detail = QString(errorCode + QLatin1Char(' ') + errorMessage).trimmed();
        return result;
    }
    if (action.compare(QLatin1String("redirectAddr"), Qt::CaseInsensitive) == 0) {
        if (response.redirectAddress.count(QLatin1Char('@')) != 1) {
            result.error = Error::NoSmtpSettings;
            result.detail = QStringLiteral("redirectAddr without a valid address");
            return result;
        }
        response.action = Response::Action::RedirectAddress;
        result.response = response;
        return result;
    }
    if (action.compare(QLatin1String("redirectUrl"), Qt::CaseInsensitive) == 0) {
        if (!response.redirectUrl.isValid() || response.redirectUrl.scheme() != QLatin1String("https")
            || response.redirectUrl.host().isEmpty()) {
            result.error = Error::Refused;
            result.detail = QStringLiteral("redirectUrl is not an https URL");
            return result;
        }
        response.action = Response::Action::RedirectUrl;
        result.response = response;
        return result;
    }
    for (const ProtocolBlock &block : std::as_const(blocks)) {
        if (std::optional<OutgoingServer> server = smtpServerFrom(block, emailAddress)) {
            response.smtpServers.append(*server);
        }
    }
    if (response.smtpServers.isEmpty()) {
        result.error = Error::NoSmtpSettings;
        return result;
    }
    result.response = response;
    return result;
}

} // namespace Autoconfig
