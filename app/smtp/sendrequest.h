// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFlags>
#include <QIODevice>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Smtp
{

// Where the message bytes come from. open() is called in the session's thread each time
// the message is about to be transmitted and must return a fresh device positioned at the
// start, producing exactly `size` octets (the MIME composer knows this in advance; it is
// announced with SIZE= and checked against the server's limit before anything is sent).
struct MessageSource {
    enum class Requirement {
        None = 0x0,
        EightBitMime = 0x1, // the body has octets above 127: BODY=8BITMIME is needed
        SmtpUtf8 = 0x2, // header fields carry UTF-8 (RFC 6532): SMTPUTF8 is needed
    };
    Q_DECLARE_FLAGS(Requirements, Requirement)

    std::function<std::unique_ptr<QIODevice>()> open;
    qint64 size = -1;
    Requirements requirements;

    // A source over bytes already in memory (the sendmail form reads its message this way).
    static MessageSource fromBytes(const QByteArray &bytes, Requirements requirements);
};

// Whether a message may go to the accepted recipients when the server refused others.
enum class PartialDelivery { Refuse, Allow };

// One message to submit: the SMTP envelope (which may differ from the header fields, e.g.
// Bcc recipients) plus its bytes.
struct SendRequest {
    quint64 id = 0; // chosen by the caller; echoed in the result and in progress signals
    QString reversePath; // MAIL FROM address, bare (no display name, no angle brackets)
    QStringList recipients; // RCPT TO addresses, bare
    MessageSource message;
    PartialDelivery partialDelivery = PartialDelivery::Refuse;
    // Called in the session's thread after the whole message and just before the final dot
    // is written: the durable outbox records there that the server may have the message from
    // now on. Returning false abandons the transaction without the dot (nothing is delivered;
    // the send fails with MessageSourceFailed).
    std::function<bool()> beforeFinalDot;
};

} // namespace Smtp

Q_DECLARE_OPERATORS_FOR_FLAGS(Smtp::MessageSource::Requirements)
Q_DECLARE_METATYPE(Smtp::SendRequest)
