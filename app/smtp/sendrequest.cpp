// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/smtp/sendrequest.h"

#include <QBuffer>

namespace Smtp
{

MessageSource MessageSource::fromBytes(const QByteArray &bytes, Requirements requirements)
{
    MessageSource source;
    source.size = bytes.size();
    source.requirements = requirements;
    source.open = [bytes]() -> std::unique_ptr<QIODevice> {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(bytes);
        buffer->open(QIODevice::ReadOnly);
        return buffer;
    };
    return source;
}

} // namespace Smtp
