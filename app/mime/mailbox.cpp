// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mime/mailbox.h"

#include "app/mime/addressparser.h"

#include <QUrl>

namespace Mime
{

namespace
{

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7f) {
            return false;
        }
    }
    return true;
}

} // namespace

bool Mailbox::needsSmtpUtf8() const
{
    return !isAscii(localPart);
}

QString Mailbox::quotedLocalPart() const
{
    return AddressParser::isDotAtom(localPart) ? localPart : AddressParser::quoted(localPart);
}

QString Mailbox::address() const
{
    return quotedLocalPart() + QLatin1Char('@') + domain;
}

QByteArray Mailbox::asciiDomain() const
{
    if (isAscii(domain)) {
        return domain.toLatin1();
    }
    return QUrl::toAce(domain, QUrl::AceProcessingOption::IgnoreIDNWhitelist);
}

QByteArray Mailbox::wireAddress() const
{
    return quotedLocalPart().toUtf8() + '@' + asciiDomain();
}

QString Mailbox::toDisplayString() const
{
    if (displayName.isEmpty()) {
        return address();
    }
    const QString name = AddressParser::isPhraseOfAtoms(displayName) ? displayName : AddressParser::quoted(displayName);
    return name + QStringLiteral(" <") + address() + QLatin1Char('>');
}

} // namespace Mime
