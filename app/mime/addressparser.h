// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/mime/address.h"
#include "app/mime/addresserror.h"

#include <QList>
#include <QString>

#include <optional>

namespace Mime
{

// Reads what people type into To/Cc/Bcc/From fields as RFC 5322 addresses: mailboxes with
// or without display names ("Doe, John" <j@example.com>, Zoë <z@bücher.example>), bare
// addresses, groups ("Team: a@x.org, b@x.org;"), comments. Line breaks and any Unicode
// space count as white space, so pasted lists work; empty entries between commas are
// skipped. Domains are checked in their A-label form (the form that goes on the wire);
// a non-ASCII local part is accepted (Mailbox::needsSmtpUtf8() says so). The first
// problem found is returned as an AddressError naming the offending entry.
// Stateless and thread-safe.
class AddressParser
{
public:
    struct ListResult {
        QList<Address> addresses;
        std::optional<AddressError> error;
        bool ok() const { return !error.has_value(); }
    };
    struct MailboxResult {
        Mailbox mailbox;
        std::optional<AddressError> error;
        bool ok() const { return !error.has_value(); }
    };

    // A comma-separated address list; an empty or blank text is an empty list.
    static ListResult parseList(const QString &text);
    // Exactly one mailbox (a From field): groups and several addresses are errors.
    static MailboxResult parseMailbox(const QString &text);
    // A bare addr-spec, local@domain, nothing else (account forms).
    static MailboxResult parseAddrSpec(const QString &text);
    // Checks a Mailbox that was built in code rather than parsed.
    static std::optional<AddressError> check(const Mailbox &mailbox);

    // RFC 5322 dot-atom (UTF-8 atext allowed, RFC 6532): atext runs joined by single dots.
    static bool isDotAtom(const QString &text);
    // Words of atext separated by single spaces: a phrase that needs no quoting.
    static bool isPhraseOfAtoms(const QString &text);
    // text as an RFC 5322 quoted-string, with '"' and '\' escaped.
    static QString quoted(const QString &text);
};

} // namespace Mime
