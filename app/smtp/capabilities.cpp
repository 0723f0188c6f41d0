// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/smtp/capabilities.h"

#include <array>
#include <utility>

namespace Smtp
{

namespace
{

constexpr std::array keywords{
    std::pair{"STARTTLS", Capabilities::Extension::StartTls},
    std::pair{"SIZE", Capabilities::Extension::Size},
    std::pair{"8BITMIME", Capabilities::Extension::EightBitMime},
    std::pair{"SMTPUTF8", Capabilities::Extension::SmtpUtf8},
    std::pair{"PIPELINING", Capabilities::Extension::Pipelining},
    std::pair{"ENHANCEDSTATUSCODES", Capabilities::Extension::EnhancedStatusCodes},
    std::pair{"AUTH", Capabilities::Extension::Auth},
    std::pair{"CHUNKING", Capabilities::Extension::Chunking},
    std::pair{"DSN", Capabilities::Extension::Dsn},
};

bool isMechanismName(const QString &name)
{
    // RFC 4422 §3.1: 1-20 characters of upper-case letters, digits, hyphen and underscore.
    if (name.isEmpty() || name.size() > 20) {
        return false;
    }
    for (const QChar c : name) {
        const bool allowed = (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') || c == QLatin1Char('_');
        if (!allowed) {
            return false;
        }
    }
    return true;
}

} // namespace

Capabilities Capabilities::fromEhloReply(const Reply &reply)
{
    Capabilities result;
    const QStringList lines = reply.textLines();
    if (lines.isEmpty()) {
        return result;
    }
    result.m_serverName = lines.first().section(QLatin1Char(' '), 0, 0);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        // "AUTH=LOGIN PLAIN" is the pre-standard form some old servers still send.
        qsizetype end = 0;
        while (end < line.size() && line.at(end) != QLatin1Char(' ') && line.at(end) != QLatin1Char('=')) {
            ++end;
        }
        if (end == line.size()) {
            end = -1;
        }
        const QString keyword = (end < 0 ? line : line.left(end)).toUpper();
        const QStringList params
            = end < 0 ? QStringList{} : line.mid(end + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const auto &[name, extension] : keywords) {
            if (keyword == QLatin1String(name)) {
                result.m_extensions |= extension;
            }
        }
        if (keyword == QLatin1String("SIZE") && !params.isEmpty()) {
            bool ok = false;
            const qint64 limit = params.first().toLongLong(&ok);
            if (ok && limit > 0) {
                result.m_sizeLimit = limit;
            }
        } else if (keyword == QLatin1String("AUTH")) {
            for (const QString &param : params) {
                const QString mechanism = param.toUpper();
                if (result.m_authMechanisms.size() < MaxAuthMechanisms && isMechanismName(mechanism)
                    && !result.m_authMechanisms.contains(mechanism)) {
                    result.m_authMechanisms.append(mechanism);
                }
            }
        }
    }
    return result;
}

bool Capabilities::offersAuthMechanism(const QString &mechanism) const
{
    return m_authMechanisms.contains(mechanism.toUpper());
}

} // namespace Smtp
