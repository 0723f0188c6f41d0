// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/outbox/outboxmessage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace Outbox
{

namespace
{

struct StateName {
    State state;
    QLatin1String id;
};

constexpr StateName StateNames[] = {
    {State::Queued, QLatin1String("queued")},
    {State::Sending, QLatin1String("sending")},
    {State::Sent, QLatin1String("sent")},
    {State::Retry, QLatin1String("retry")},
    {State::NeedsAttention, QLatin1String("needs-attention")},
    {State::DeliveryUnknown, QLatin1String("delivery-unknown")},
};

} // namespace

QString stateId(State state)
{
    for (const StateName &name : StateNames) {
        if (name.state == state) {
            return name.id;
        }
    }
    return {};
}

std::optional<State> stateFromId(QStringView id)
{
    for (const StateName &name : StateNames) {
        if (id == name.id) {
            return name.state;
        }
    }
    return std::nullopt;
}

QJsonObject OutboxMessage::toJson() const
{
    QJsonObject object;
    object.insert(QLatin1String("id"), id);
    object.insert(QLatin1String("account"), accountId);
    object.insert(QLatin1String("subject"), subject);
    object.insert(QLatin1String("recipients"), QJsonArray::fromStringList(recipients));
    object.insert(QLatin1String("state"), stateId(state));
    object.insert(QLatin1String("attempts"), attempts);
    object.insert(QLatin1String("next_attempt"),
                  nextAttemptAt.isValid() && (state == State::Queued || state == State::Retry)
                      ? QJsonValue(nextAttemptAt.toUTC().toString(Qt::ISODate))
                      : QJsonValue());
    object.insert(QLatin1String("last_error"), lastError.isEmpty() ? QJsonValue() : QJsonValue(lastError));
    object.insert(QLatin1String("from"), reversePath);
    object.insert(QLatin1String("size"), size);
    object.insert(QLatin1String("created"), createdAt.toUTC().toString(Qt::ISODate));
    object.insert(QLatin1String("error_category"), errorCategory.isEmpty() ? QJsonValue() : QJsonValue(errorCategory));
    object.insert(QLatin1String("sent"),
                  sentAt.isValid() ? QJsonValue(sentAt.toUTC().toString(Qt::ISODate)) : QJsonValue());
    object.insert(QLatin1String("server_reply"), serverReply.isEmpty() ? QJsonValue() : QJsonValue(serverReply));
    return object;
}

} // namespace Outbox
