// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mime/addresserror.h"

namespace Mime
{

QString AddressError::message() const
{
    switch (kind) {
    case Kind::Empty:
        return tr("No email address was given.");
    case Kind::MissingAt:
        return tr("\"%1\" is not an email address: it has no @.").arg(address);
    case Kind::ContainsSpace:
        return tr("The email address \"%1\" contains spaces.").arg(address);
    case Kind::ControlCharacter:
        return tr("\"%1\" contains a control character, which an email address cannot hold.").arg(address);
    case Kind::EmptyLocalPart:
        return tr("The email address \"%1\" has nothing before the @.").arg(address);
    case Kind::LocalPartTooLong:
        return tr("In \"%1\", the part before the @ is longer than 64 characters.").arg(address);
    case Kind::LocalPartDots:
        return tr("In \"%1\", the part before the @ cannot start or end with a dot or contain two dots in a row.")
            .arg(address);
    case Kind::InvalidLocalPartCharacter:
        return tr("In \"%1\", the character \"%2\" is not allowed before the @.").arg(address, character);
    case Kind::EmptyDomain:
        return tr("The email address \"%1\" has no domain after the @.").arg(address);
    case Kind::InvalidDomain:
        return tr("The domain of \"%1\" is not a valid domain name.").arg(address);
    case Kind::DomainTooLong:
        return tr("The domain of \"%1\" is too long.").arg(address);
    case Kind::DomainWithoutDot:
        return tr("The domain of \"%1\" has no dot; a full domain such as example.com is needed.").arg(address);
    case Kind::DomainLiteral:
        return tr("\"%1\" gives an IP address instead of a domain name; Kurier needs a domain name.").arg(address);
    case Kind::UnterminatedQuote:
        return tr("\"%1\" opens a quotation mark (\") that is never closed.").arg(address);
    case Kind::UnterminatedComment:
        return tr("\"%1\" opens a parenthesis that is never closed.").arg(address);
    case Kind::UnterminatedAngle:
        return tr("\"%1\" has a < without the matching >.").arg(address);
    case Kind::EmptyAngle:
        return tr("\"%1\" has nothing between < and >.").arg(address);
    case Kind::UnexpectedCharacter:
        return tr("The character \"%2\" does not belong where it is in \"%1\".").arg(address, character);
    case Kind::TrailingText:
        return tr("\"%1\" has text after the address; separate several addresses with commas.").arg(address);
    case Kind::UnterminatedGroup:
        return tr("The group \"%1\" must end with a semicolon (;).").arg(address);
    case Kind::NestedGroup:
        return tr("The group \"%1\" contains another group, which is not allowed.").arg(address);
    case Kind::GroupNotAllowed:
        return tr("\"%1\" is a group of addresses; a single address is needed here.").arg(address);
    case Kind::MultipleAddresses:
        return tr("\"%1\" holds several addresses; only one is allowed here.").arg(address);
    case Kind::AddressTooLong:
        return tr("The email address \"%1\" is longer than 254 characters.").arg(address);
    case Kind::NeedsSmtpUtf8:
        return tr("The address \"%1\" has non-ASCII characters before the @; it can only be sent through a server "
                  "that supports international addresses (SMTPUTF8), and this one does not.")
            .arg(address);
    }
    return {};
}

} // namespace Mime
