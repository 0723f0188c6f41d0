// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/smtp/error.h"

#include <QMetaEnum>

namespace Smtp
{

namespace
{

Error::Permanence defaultPermanence(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::NetworkError:
    case Error::Kind::ConnectionLost:
    case Error::Kind::Timeout:
    case Error::Kind::ServiceUnavailable:
        return Error::Permanence::Temporary;
    default:
        return Error::Permanence::Permanent;
    }
}

} // namespace

Error Error::fromReply(Kind kind, Phase phase, const Reply &reply)
{
    Error error;
    error.kind = kind;
    error.phase = phase;
    error.replyCode = reply.code;
    error.enhancedCode = reply.enhancedCode;
    error.serverText = reply.text();
    error.permanence = reply.isTransientFailure() ? Permanence::Temporary : Permanence::Permanent;
    return error;
}

Error Error::local(Kind kind, Phase phase, const QString &detail)
{
    Error error;
    error.kind = kind;
    error.phase = phase;
    error.detail = detail;
    error.permanence = defaultPermanence(kind);
    return error;
}

QString Error::kindName(Kind kind)
{
    return QString::fromLatin1(QMetaEnum::fromType<Kind>().valueToKey(static_cast<int>(kind)));
}

} // namespace Smtp
