// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mime/address.h"

#include "app/mime/addressparser.h"

#include <QStringList>

namespace Mime
{

Address Address::fromMailbox(const Mime::Mailbox &mailbox)
{
    Address address;
    address.kind = Kind::Mailbox;
    address.mailbox = mailbox;
    return address;
}

Address Address::group(const QString &name, const QList<Mime::Mailbox> &members)
{
    Address address;
    address.kind = Kind::Group;
    address.groupName = name;
    address.members = members;
    return address;
}

QList<Mailbox> Address::mailboxes() const
{
    return kind == Kind::Mailbox ? QList<Mime::Mailbox>{mailbox} : members;
}

QString Address::toDisplayString() const
{
    if (kind == Kind::Mailbox) {
        return mailbox.toDisplayString();
    }
    QStringList parts;
    for (const Mime::Mailbox &member : members) {
        parts += member.toDisplayString();
    }
    const QString name = AddressParser::isPhraseOfAtoms(groupName) ? groupName : AddressParser::quoted(groupName);
    return name + QStringLiteral(": ") + parts.join(QStringLiteral(", ")) + QLatin1Char(';');
}

QList<Mailbox> mailboxesOf(const QList<Address> &addresses)
{
    QList<Mailbox> out;
    for (const Address &address : addresses) {
        out += address.mailboxes();
    }
    return out;
}

} // namespace Mime
