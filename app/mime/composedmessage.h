// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/mime/composeerror.h"
#include "app/mime/envelope.h"
#include "app/mime/messagesegment.h"

#include <QByteArray>
#include <QList>

#include <memory>
#include <optional>

class QObject;

namespace Mime
{

class MessageStream;

// A message ready to be sent: its exact size, envelope and Message-ID, and a plan of its
// bytes from which any number of MessageStreams produce the same bytes on demand (file
// attachments are read and encoded while streaming, never held in memory). Immutable and
// cheap to copy; may be handed to another thread. Everything that differs between
// compositions (date, boundaries, Message-ID) is fixed in here, so reading it twice —
// once for SIZE=, once for DATA — gives identical bytes.
class ComposedMessage
{
public:
    ComposedMessage();
    ComposedMessage(QList<MessageSegment> segments, Envelope envelope, QByteArray messageId);

    bool isNull() const;
    // Exact length in bytes (for SMTP SIZE= and progress), known before any byte is produced.
    qint64 size() const;
    const Envelope &envelope() const;
    QByteArray messageId() const;
    const QList<MessageSegment> &segments() const;

    // A new reader positioned at the start; open it with QIODevice::ReadOnly.
    std::unique_ptr<MessageStream> createStream(QObject *parent = nullptr) const;
    // All bytes at once (small messages, saving to a file in one go, tests); nullopt with
    // *error set when an attachment cannot be read.
    std::optional<QByteArray> toByteArray(ComposeError *error = nullptr) const;

private:
    struct Data {
        QList<MessageSegment> segments;
        Envelope envelope;
        QByteArray messageId;
        qint64 size = 0;
    };
    std::shared_ptr<const Data> d;
};

} // namespace Mime
