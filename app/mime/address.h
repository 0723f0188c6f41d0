// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/mime/mailbox.h"

#include <QList>

namespace Mime
{

// One entry of an address list (RFC 5322 "address"): a single mailbox, or a named group
// of mailboxes such as "Team: a@example.com, b@example.com;" (possibly empty, as in
// "undisclosed-recipients:;").
struct Address {
    enum class Kind { Mailbox, Group };

    Kind kind = Kind::Mailbox;
    Mime::Mailbox mailbox; // Kind::Mailbox
    QString groupName; // Kind::Group
    QList<Mime::Mailbox> members; // Kind::Group

    bool operator==(const Address &other) const = default;

    static Address fromMailbox(const Mime::Mailbox &mailbox);
    static Address group(const QString &name, const QList<Mime::Mailbox> &members);

    // The mailboxes this entry stands for (the members of a group).
    QList<Mime::Mailbox> mailboxes() const;
    // The text a user would type for this entry; AddressParser reads it back unchanged.
    QString toDisplayString() const;
};

// All mailboxes of a list, groups flattened, in order.
QList<Mailbox> mailboxesOf(const QList<Address> &addresses);

} // namespace Mime

Q_DECLARE_METATYPE(Mime::Address)
