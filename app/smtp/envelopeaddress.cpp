// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/smtp/envelopeaddress.h"

#include <QUrl>

namespace Smtp
{

namespace
{

bool isAtext(char16_t c)
{
    // RFC 5322 atext; anything above ASCII is allowed here and decided by SMTPUTF8 later.
    if (c >= 0x80) {
        return true;
    }
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')) {
        return true;
    }
    return QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(QChar(c));
}

bool validDotAtom(const QString &text)
{
    if (text.isEmpty() || text.startsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char('.'))
        || text.contains(QStringLiteral(".."))) {
        return false;
    }
    for (const QChar c : text) {
        if (c != QLatin1Char('.') && !isAtext(c.unicode())) {
            return false;
        }
    }
    return true;
}

bool validQuotedString(const QString &text)
{
    if (text.size() < 2 || !text.startsWith(QLatin1Char('"')) || !text.endsWith(QLatin1Char('"'))) {
        return false;
    }
    for (qsizetype i = 1; i < text.size() - 1; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\\') {
            ++i; // quoted-pair: the next character is literal, but still must not be a control
            if (i >= text.size() - 1) {
                return false;
            }
            const char16_t escaped = text.at(i).unicode();
            if (escaped < 0x20 || escaped == 0x7f) {
                return false;
            }
            continue;
        }
        if (c == u'"') {
            return false;
        }
    }
    return true;
}

bool validAddressLiteral(const QString &domain)
{
    if (domain.size() < 3 || !domain.startsWith(QLatin1Char('[')) || !domain.endsWith(QLatin1Char(']'))) {
        return false;
    }
    for (qsizetype i = 1; i < domain.size() - 1; ++i) {
        const QChar c = domain.at(i);
        const bool asciiAlphanumeric = c.unicode() < 0x80 && c.isLetterOrNumber();
        if (!asciiAlphanumeric && c != QLatin1Char('.') && c != QLatin1Char(':')) {
            return false;
        }
    }
    return true;
}

} // namespace

std::optional<EnvelopeAddress> EnvelopeAddress::parse(const QString &address, QString *problem)
{
    const auto refuse = [problem](const QString &why) -> std::optional<EnvelopeAddress> {
        if (problem) {
            *problem = why;
        }
        return std::nullopt;
    };
    for (const QChar c : address) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || (c.unicode() >= 0x80 && c.unicode() < 0xa0)) {
            return refuse(
                QStringLiteral("contains a control character (U+%1)").arg(c.unicode(), 4, 16, QLatin1Char('0')));
        }
        if (c == QLatin1Char('<') || c == QLatin1Char('>')) {
            return refuse(QStringLiteral("contains an angle bracket; give the bare address"));
        }
    }
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == address.size() - 1) {
        return refuse(QStringLiteral("is not of the form local-part@domain"));
    }
    const QString localPart = address.left(at);
    const QString domain = address.mid(at + 1);
    if (!validDotAtom(localPart) && !validQuotedString(localPart)) {
        return refuse(QStringLiteral("has a local part that is neither a dot-atom nor a quoted string"));
    }
    QByteArray wireDomain;
    if (domain.startsWith(QLatin1Char('['))) {
        if (!validAddressLiteral(domain)) {
            return refuse(QStringLiteral("has an invalid address literal"));
        }
        wireDomain = domain.toLatin1();
    } else {
        for (const QChar c : domain) {
            if (c.isSpace() || c == QLatin1Char('"') || c == QLatin1Char('\\') || c == QLatin1Char('@')) {
                return refuse(QStringLiteral("has an invalid domain"));
            }
        }
        wireDomain = QUrl::toAce(domain, QUrl::AceProcessingOption::IgnoreIDNWhitelist);
        if (wireDomain.isEmpty() || !validDotAtom(QString::fromLatin1(wireDomain))) {
            return refuse(QStringLiteral("has an invalid domain"));
        }
    }
    const QByteArray wireLocal = localPart.toUtf8();
    if (wireLocal.size() > MaxLocalPart) {
        return refuse(QStringLiteral("has a local part longer than %1 octets").arg(MaxLocalPart));
    }
    if (wireDomain.size() > MaxDomain) {
        return refuse(QStringLiteral("has a domain longer than %1 octets").arg(MaxDomain));
    }
    EnvelopeAddress result;
    result.wire = wireLocal + '@' + wireDomain;
    if (result.wire.size() + 2 > MaxPath) {
        return refuse(QStringLiteral("is longer than %1 octets").arg(MaxPath - 2));
    }
    for (const char c : wireLocal) {
        if (static_cast<unsigned char>(c) > 127) {
            result.needsSmtpUtf8 = true;
            break;
        }
    }
    return result;
}

std::optional<EnvelopeAddress> EnvelopeAddress::parseReversePath(const QString &address, QString *problem)
{
    if (address.isEmpty()) {
        return EnvelopeAddress{};
    }
    return parse(address, problem);
}

} // namespace Smtp
