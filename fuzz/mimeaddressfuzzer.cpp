// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Fuzzes Mime::AddressParser with whatever a user could type or paste into an address
// field. Beyond surviving, it asserts the parser's promises: a parsed list reads back
// unchanged from its display form, every parsed mailbox passes check(), an error names a
// piece of the input, and the addresses written as a header never break a header line.

#include "app/mime/addressparser.h"
#include "app/mime/headerfieldwriter.h"

#include <cstdint>
#include <cstdlib>

namespace
{

void check(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

// A folded header field: CRLF only before white space, ending in CRLF, lines ≤ 998.
void checkHeader(const QByteArray &field)
{
    check(field.endsWith("\r\n"));
    check(!field.contains('\0'));
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < field.size(); ++i) {
        const char c = field.at(i);
        if (c == '\r') {
            check(i + 1 < field.size() && field.at(i + 1) == '\n');
            check(i - lineStart <= 998);
            check(i + 2 == field.size() || field.at(i + 2) == ' ' || field.at(i + 2) == '\t');
            lineStart = i + 2;
            ++i;
        } else {
            check(c != '\n');
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    const Mime::AddressParser::ListResult list = Mime::AddressParser::parseList(input);
    if (list.ok()) {
        QStringList shown;
        for (const Mime::Address &address : list.addresses) {
            for (const Mime::Mailbox &mailbox : address.mailboxes()) {
                check(!Mime::AddressParser::check(mailbox).has_value());
                check(!mailbox.wireAddress().contains('\r') && !mailbox.wireAddress().contains('\n'));
            }
            shown += address.toDisplayString();
        }
        const Mime::AddressParser::ListResult again = Mime::AddressParser::parseList(shown.join(QStringLiteral(", ")));
        check(again.ok() && again.addresses == list.addresses);
        Mime::HeaderFieldWriter writer("To");
        writer.appendAddressList(list.addresses, Mime::AddressForm::Utf8);
        checkHeader(writer.toByteArray());
    } else {
        check(list.addresses.isEmpty());
        check(input.contains(list.error->address));
        check(!list.error->message().isEmpty());
    }

    const Mime::AddressParser::MailboxResult single = Mime::AddressParser::parseMailbox(input);
    if (single.ok()) {
        check(list.ok() && list.addresses.size() == 1 && list.addresses.first().mailbox == single.mailbox);
    } else {
        check(!single.error->message().isEmpty());
    }
    const Mime::AddressParser::MailboxResult bare = Mime::AddressParser::parseAddrSpec(input);
    if (bare.ok()) {
        check(single.ok() && single.mailbox.address() == bare.mailbox.address());
    }
    return 0;
}
