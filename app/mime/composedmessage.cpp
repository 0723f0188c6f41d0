// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mime/composedmessage.h"

#include "app/mime/messagestream.h"

namespace Mime
{

ComposedMessage::ComposedMessage()
    : d(std::make_shared<const Data>())
{
}

ComposedMessage::ComposedMessage(QList<MessageSegment> segments, Envelope envelope, QByteArray messageId)
{
    auto data = std::make_shared<Data>();
    qint64 offset = 0;
    for (MessageSegment &segment : segments) {
        segment.offset = offset;
        offset += segment.size;
    }
    data->segments = std::move(segments);
    data->envelope = std::move(envelope);
    data->messageId = std::move(messageId);
    data->size = offset;
    d = std::move(data);
}

bool ComposedMessage::isNull() const
{
    return d->segments.isEmpty();
}

qint64 ComposedMessage::size() const
{
    return d->size;
}

const Envelope &ComposedMessage::envelope() const
{
    return d->envelope;
}

QByteArray ComposedMessage::messageId() const
{
    return d->messageId;
}

const QList<MessageSegment> &ComposedMessage::segments() const
{
    return d->segments;
}

std::unique_ptr<MessageStream> ComposedMessage::createStream(QObject *parent) const
{
    return std::make_unique<MessageStream>(*this, parent);
}

std::optional<QByteArray> ComposedMessage::toByteArray(ComposeError *error) const
{
    MessageStream stream(*this);
    stream.open(QIODevice::ReadOnly);
    QByteArray bytes(size(), Qt::Uninitialized);
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 n = stream.read(bytes.data() + done, bytes.size() - done);
        if (n <= 0) {
            if (error) {
                ComposeError unknown;
                unknown.kind = ComposeError::Kind::AttachmentUnreadable;
                *error = stream.streamError().value_or(unknown);
            }
            return std::nullopt;
        }
        done += n;
    }
    return bytes;
}

} // namespace Mime
