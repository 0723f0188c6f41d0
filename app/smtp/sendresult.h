// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/smtp/error.h"
#include "app/smtp/transcript.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Smtp
{

// What happened to one envelope recipient.
struct RecipientResult {
    enum class Status {
        NotAttempted, // the send stopped before this recipient's RCPT
        Rejected, // RCPT refused (see the reply fields)
        Accepted, // RCPT accepted, but the message was not sent (other recipients refused)
        Delivered, // RCPT accepted and the server took responsibility for the message
        Failed, // RCPT accepted, but the message itself was refused
        Unknown, // RCPT accepted; the connection was lost after the final dot
    };

    QString address;
    Status status = Status::NotAttempted;
    int replyCode = 0;
    QString enhancedCode;
    QString serverText;

    bool operator==(const RecipientResult &other) const = default;
};

// The one result of one SendRequest: success with the server's queue-id line, or an error
// value; either way with each recipient's fate and the redacted transcript.
struct SendResult {
    enum class Outcome {
        Sent, // every recipient delivered
        PartiallySent, // some delivered, the rest refused (only when the request allowed it)
        Failed, // nothing delivered; `error` says why
        DeliveryUnknown, // the final reply never came: the message may have been sent
    };

    quint64 requestId = 0;
    Outcome outcome = Outcome::Failed;
    QStringList queueIdLines; // final 250 text of each transaction ("2.0.0 Ok: queued as 4Xyz")
    QList<RecipientResult> recipients;
    std::optional<Error> error; // set unless outcome is Sent
    QList<TranscriptLine> transcript;
    qint64 messageBytes = 0; // octets of the message handed to the server
    // The SIZE limit the server announced on the connection used (0: none announced, or the
    // send ended before EHLO), so that callers can warn about the next message before sending.
    qint64 serverSizeLimit = 0;
    bool connectionReused = false;

    bool delivered() const { return outcome == Outcome::Sent || outcome == Outcome::PartiallySent; }
};

} // namespace Smtp

Q_DECLARE_METATYPE(Smtp::RecipientResult)
Q_DECLARE_METATYPE(Smtp::SendResult)
