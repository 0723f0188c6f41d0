// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/accounts/emailaddress.h"

#include "app/mime/addressparser.h"

#include <QRegularExpression>

namespace Accounts
{

namespace
{

using Kind = Mime::AddressError::Kind;

// The sentence after "is not valid:", in this class's own wording.
QString detail(const Mime::AddressError &error, const QString &address)
{
    const QString domain = EmailAddressCheck::domainOf(address);
    switch (error.kind) {
    case Kind::EmptyLocalPart:
        return EmailAddressCheck::tr("The part before the @ is empty.");
    case Kind::LocalPartTooLong:
        return EmailAddressCheck::tr("The part before the @ is longer than 64 characters.");
    case Kind::LocalPartDots:
        return EmailAddressCheck::tr(
            "The part before the @ cannot start or end with a dot or contain two dots in a row.");
    case Kind::EmptyDomain:
        return EmailAddressCheck::tr("The domain after the @ is empty.");
    case Kind::DomainTooLong:
        return EmailAddressCheck::tr("The domain \"%1\" is too long.").arg(domain);
    case Kind::DomainWithoutDot:
        return EmailAddressCheck::tr("The domain \"%1\" has no dot; a full domain such as example.com is needed.")
            .arg(domain);
    case Kind::InvalidDomain:
    case Kind::DomainLiteral:
        return EmailAddressCheck::tr("\"%1\" is not a valid domain name.").arg(domain);
    case Kind::UnterminatedQuote:
        return EmailAddressCheck::tr("The character \"%1\" is not allowed before the @.").arg(QStringLiteral("\""));
    case Kind::UnterminatedComment:
        return EmailAddressCheck::tr("The character \"%1\" is not allowed before the @.").arg(QStringLiteral("("));
    default:
        break;
    }
    if (!error.character.isEmpty() && error.position < address.lastIndexOf(QLatin1Char('@'))) {
        return EmailAddressCheck::tr("The character \"%1\" is not allowed before the @.").arg(error.character);
    }
    return EmailAddressCheck::tr("\"%1\" is not a valid domain name.").arg(domain);
}

} // namespace

QString EmailAddressCheck::problem(const QString &address)
{
    if (address.trimmed().isEmpty()) {
        return tr("The email address is empty.");
    }
    // An account's own address is typed bare; RFC 5322 would allow folding white space
    // around its parts, but here a space is always a typing mistake.
    if (address != address.trimmed() || address.contains(QRegularExpression(QStringLiteral("\\s")))) {
        return tr("The email address \"%1\" contains a space or a line break.").arg(address.trimmed());
    }
    const Mime::AddressParser::MailboxResult parsed = Mime::AddressParser::parseAddrSpec(address);
    if (parsed.ok()) {
        // RFC 5322 allows a quoted local part, but providers do not hand out such
        // addresses; here a quote is a typing mistake.
        if (address.left(address.lastIndexOf(QLatin1Char('@'))).contains(QLatin1Char('"'))) {
            return tr("The email address \"%1\" is not valid: %2")
                .arg(address, tr("The character \"%1\" is not allowed before the @.").arg(QStringLiteral("\"")));
        }
        return {};
    }
    switch (parsed.error->kind) {
    case Kind::Empty:
        return tr("The email address is empty.");
    case Kind::ContainsSpace:
        return tr("The email address \"%1\" contains a space or a line break.").arg(address);
    case Kind::MissingAt:
        return tr("The email address \"%1\" has no @.").arg(address);
    case Kind::AddressTooLong:
        return tr("The email address \"%1\" is longer than 254 characters.").arg(address);
    default:
        return tr("The email address \"%1\" is not valid: %2").arg(address, detail(*parsed.error, address));
    }
}

QString EmailAddressCheck::domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : address.mid(at + 1);
}

} // namespace Accounts
