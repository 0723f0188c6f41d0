// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/smtp/composedmessagesource.h"

#include "app/mime/messagestream.h"

namespace Smtp
{

MessageSource messageSourceFor(const Mime::ComposedMessage &message)
{
    MessageSource source;
    source.size = message.size();
    const Mime::Envelope &envelope = message.envelope();
    if (envelope.body == Mime::Envelope::Body::EightBitMime) {
        source.requirements |= MessageSource::Requirement::EightBitMime;
    }
    if (envelope.addresses == Mime::Envelope::Addresses::SmtpUtf8) {
        source.requirements |= MessageSource::Requirement::SmtpUtf8;
    }
    source.open = [message]() -> std::unique_ptr<QIODevice> {
        std::unique_ptr<Mime::MessageStream> stream = message.createStream();
        if (!stream || !stream->open(QIODevice::ReadOnly)) {
            return nullptr;
        }
        return stream;
    };
    return source;
}

SendRequest sendRequestFor(quint64 id, const Mime::ComposedMessage &message)
{
    SendRequest request;
    request.id = id;
    request.reversePath = QString::fromUtf8(message.envelope().sender);
    for (const QByteArray &recipient : message.envelope().recipients) {
        request.recipients.append(QString::fromUtf8(recipient));
    }
    request.message = messageSourceFor(message);
    return request;
}

} // namespace Smtp
