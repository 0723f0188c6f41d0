// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace Mime
{

// How an addr-spec is written on the wire: ASCII only (IDN domains as A-labels), or with
// the UTF-8 local part RFC 6531/6532 allow when the server offers SMTPUTF8.
enum class AddressForm { Ascii, Utf8 };

// One mailbox: an optional display name and an addr-spec, all as the user typed them
// (Unicode). A plain value; AddressParser makes valid ones, and MessageComposer validates
// again whatever it is given. Domains stay in Unicode here and become A-labels only when
// written.
struct Mailbox {
    QString displayName;
    QString localPart; // unquoted value: "john doe" for "\"john doe\"@example.com"
    QString domain;

    bool operator==(const Mailbox &other) const = default;

    bool isEmpty() const { return localPart.isEmpty() && domain.isEmpty(); }
    // A non-ASCII local part can only travel through a server that offers SMTPUTF8.
    bool needsSmtpUtf8() const;
    // The local part as written in an addr-spec: a dot-atom as is, anything else quoted.
    QString quotedLocalPart() const;
    // local@domain in Unicode, as a person reads it.
    QString address() const;
    // The domain as it goes on the wire: A-labels (xn--...) for IDN, unchanged for ASCII.
    // Empty when the domain cannot be converted.
    QByteArray asciiDomain() const;
    // The addr-spec in wire form; with AddressForm::Ascii the caller must have checked
    // needsSmtpUtf8() first (the local part is written as UTF-8 either way).
    QByteArray wireAddress() const;
    // "Name <local@domain>" (name quoted where RFC 5322 needs it) or just the address: the
    // text a user would type, which AddressParser reads back to the same Mailbox.
    QString toDisplayString() const;
};

} // namespace Mime

Q_DECLARE_METATYPE(Mime::Mailbox)
