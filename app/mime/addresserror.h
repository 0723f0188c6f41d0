// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Mime
{

// Why an address could not be read, as data: which address (as the user typed it), what
// is wrong, and where. message() is the one place that turns it into a translated
// sentence, which always names the offending address so a form can show it at the field.
struct AddressError {
    Q_DECLARE_TR_FUNCTIONS(Mime::AddressError)
public:
    enum class Kind {
        Empty, // nothing given where an address is required
        MissingAt,
        ContainsSpace,
        ControlCharacter,
        EmptyLocalPart,
        LocalPartTooLong,
        LocalPartDots,
        InvalidLocalPartCharacter,
        EmptyDomain,
        InvalidDomain,
        DomainTooLong,
        DomainWithoutDot,
        DomainLiteral,
        UnterminatedQuote,
        UnterminatedComment,
        UnterminatedAngle,
        EmptyAngle,
        UnexpectedCharacter,
        TrailingText,
        UnterminatedGroup,
        NestedGroup,
        GroupNotAllowed,
        MultipleAddresses,
        AddressTooLong,
        NeedsSmtpUtf8, // valid, but the local part cannot be sent without SMTPUTF8
    };

    Kind kind = Kind::Empty;
    QString address; // the offending entry as typed (trimmed)
    QString character; // the character at fault, for the *Character kinds
    qsizetype position = 0; // index in the parsed text where the problem was seen

    bool operator==(const AddressError &other) const = default;

    // One translated sentence naming the address.
    QString message() const;
};

} // namespace Mime
