// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/diagnostics/spfrecord.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace Diagnostics
{

namespace
{

const QStringList &knownMechanisms()
{
    static const QStringList names{QStringLiteral("all"), QStringLiteral("include"), QStringLiteral("a"),
                                   QStringLiteral("mx"),  QStringLiteral("ptr"),     QStringLiteral("ip4"),
                                   QStringLiteral("ip6"), QStringLiteral("exists")};
    return names;
}

bool validNetwork(const QString &value, QAbstractSocket::NetworkLayerProtocol protocol)
{
    const qsizetype slash = value.indexOf(QLatin1Char('/'));
    const QHostAddress address(slash < 0 ? value : value.left(slash));
    if (address.isNull() || address.protocol() != protocol) {
        return false;
    }
    if (slash < 0) {
        return true;
    }
    bool ok = false;
    const int prefix = value.mid(slash + 1).toInt(&ok);
    return ok && prefix >= 0 && prefix <= (protocol == QAbstractSocket::IPv4Protocol ? 32 : 128);
}

} // namespace

bool SpfRecord::isSpf(const QString &txt)
{
    static const QRegularExpression pattern(QStringLiteral("^v=spf1( |$)"), QRegularExpression::CaseInsensitiveOption);
    return pattern.match(txt).hasMatch();
}

SpfRecord SpfRecord::parse(const QString &txt)
{
    SpfRecord record;
    const QStringList terms = txt.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < terms.size(); ++i) {
        QString term = terms.at(i);
        // A modifier: name=value (RFC 7208 §6); unknown modifiers are ignored by design.
        if (const qsizetype equals = term.indexOf(QLatin1Char('='));
            equals > 0 && !term.left(equals).contains(QLatin1Char(':'))) {
            const QString name = term.left(equals).toLower();
            if (name == QLatin1String("redirect")) {
                if (!record.redirect.isEmpty()) {
                    record.errors.append(term);
                }
                record.redirect = term.mid(equals + 1);
            }
            continue;
        }
        Mechanism mechanism;
        switch (term.front().unicode()) {
        case '+':
            term.remove(0, 1);
            break;
        case '-':
            mechanism.qualifier = Qualifier::Fail;
            term.remove(0, 1);
            break;
        case '~':
            mechanism.qualifier = Qualifier::SoftFail;
            term.remove(0, 1);
            break;
        case '?':
            mechanism.qualifier = Qualifier::Neutral;
            term.remove(0, 1);
            break;
        default:
            break;
        }
        const qsizetype separator = term.indexOf(QRegularExpression(QStringLiteral("[:/]")));
        mechanism.name = (separator < 0 ? term : term.left(separator)).toLower();
        if (separator >= 0) {
            mechanism.value = term.mid(term.at(separator) == QLatin1Char(':') ? separator + 1 : separator);
        }
        bool valid = knownMechanisms().contains(mechanism.name);
        if (valid) {
            const bool needsValue = mechanism.name == QLatin1String("include")
                || mechanism.name == QLatin1String("exists") || mechanism.name == QLatin1String("ip4")
                || mechanism.name == QLatin1String("ip6");
            if (needsValue && mechanism.value.isEmpty()) {
                valid = false;
            } else if (mechanism.name == QLatin1String("all") && separator >= 0) {
                valid = false;
            } else if (mechanism.name == QLatin1String("ip4")) {
                valid = validNetwork(mechanism.value, QAbstractSocket::IPv4Protocol);
            } else if (mechanism.name == QLatin1String("ip6")) {
                valid = validNetwork(mechanism.value, QAbstractSocket::IPv6Protocol);
            }
        }
        if (!valid) {
            record.errors.append(terms.at(i));
            continue;
        }
        record.mechanisms.append(mechanism);
    }
    return record;
}

int SpfRecord::lookupTerms() const
{
    int count = redirect.isEmpty() ? 0 : 1;
    for (const Mechanism &mechanism : mechanisms) {
        if (mechanism.name == QLatin1String("include") || mechanism.name == QLatin1String("a")
            || mechanism.name == QLatin1String("mx") || mechanism.name == QLatin1String("ptr")
            || mechanism.name == QLatin1String("exists")) {
            ++count;
        }
    }
    return count;
}

std::optional<SpfRecord::Qualifier> SpfRecord::allQualifier() const
{
    for (const Mechanism &mechanism : mechanisms) {
        if (mechanism.name == QLatin1String("all")) {
            return mechanism.qualifier;
        }
    }
    return std::nullopt;
}

QStringList SpfRecord::referencedDomains() const
{
    QStringList domains;
    for (const Mechanism &mechanism : mechanisms) {
        if (mechanism.name == QLatin1String("include") && !mechanism.value.contains(QLatin1Char('%'))) {
            domains.append(mechanism.value.toLower());
        }
    }
    if (!redirect.isEmpty() && !redirect.contains(QLatin1Char('%'))) {
        domains.append(redirect.toLower());
    }
    return domains;
}

} // namespace Diagnostics
