// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/smtp/sendrequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Outbox
{

// Where a message stands. Once the user pressed Send, a message is in exactly one of these
// until the user removes it:
//   Queued          waiting for its turn (new, or "Send now")
//   Sending         claimed by one Kurier process that is talking to the server
//   Sent            the server accepted it (its reply and the time are kept)
//   Retry           a temporary failure; sent again automatically at nextAttemptAt
//   NeedsAttention  a permanent failure; never sent again until the user says so
//   DeliveryUnknown the connection was lost after the final dot, so the server may have it:
//                   never sent again automatically (a duplicate is worse than asking)
enum class State { Queued, Sending, Sent, Retry, NeedsAttention, DeliveryUnknown };

// The ids of the command-line contract ("queued", "needs-attention", ...), also the values
// stored in the database; they never change.
QString stateId(State state);
std::optional<State> stateFromId(QStringView id);

// What a caller hands to Store::enqueue(): the exact bytes to transmit (the MIME composer's
// output, or a sendmail-style message as read) and the SMTP envelope, which may differ from
// the header fields (Bcc). Nothing here refers to a file that could change later.
struct NewMessage {
    QString accountId;
    QString reversePath; // MAIL FROM, bare address
    QStringList recipients; // RCPT TO, bare addresses, at least one
    QString subject; // for lists only; the bytes are what is sent
    QByteArray bytes;
    Smtp::MessageSource::Requirements requirements;
};

// One row of the outbox as stored, without its bytes (Store::messageBytes() reads them).
struct OutboxMessage {
    qint64 id = 0;
    QString accountId;
    QString reversePath;
    QStringList recipients;
    QString subject;
    qint64 size = 0;
    Smtp::MessageSource::Requirements requirements;
    State state = State::Queued;
    int attempts = 0; // transmissions started so far
    QDateTime createdAt;
    QDateTime nextAttemptAt; // Queued and Retry: not before this time
    QDateTime lastAttemptAt;
    QDateTime finalDotAt; // set durably just before the final dot is written
    QDateTime sentAt;
    QString serverReply; // the server's acceptance line(s) for Sent
    // The last failure: raw facts (reply code, enhanced code, server text or a technical
    // detail, untranslated) plus the explainer's category id and translated title.
    QString lastError;
    QString errorCategory;
    QString errorTitle;

    // The outbox list --json object of the command-line contract.
    QJsonObject toJson() const;
};

} // namespace Outbox

Q_DECLARE_METATYPE(Outbox::State)
Q_DECLARE_METATYPE(Outbox::OutboxMessage)
