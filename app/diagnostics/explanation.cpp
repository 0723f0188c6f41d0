// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/diagnostics/explanation.h"

#include <QJsonArray>

namespace Diagnostics
{

QJsonObject Explanation::toJson() const
{
    QJsonArray actionArray;
    for (const SuggestedAction &action : actions) {
        QJsonObject object{{QStringLiteral("id"), SuggestedAction::id(action.kind)},
                           {QStringLiteral("text"), action.text}};
        if (action.url.isValid()) {
            object.insert(QStringLiteral("url"), action.url.toString());
        }
        if (!action.adminText.isEmpty()) {
            object.insert(QStringLiteral("admin_text"), action.adminText);
        }
        actionArray.append(object);
    }
    QJsonObject object{
        {QStringLiteral("category"), categoryId(category)},
        {QStringLiteral("retryable"), retryable()},
        {QStringLiteral("title"), title},
        {QStringLiteral("explanation"), text},
        {QStringLiteral("details"), QJsonArray::fromStringList(details)},
        {QStringLiteral("actions"), actionArray},
        {QStringLiteral("reply_code"), replyCode > 0 ? QJsonValue(replyCode) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("enhanced_code"),
         enhancedCode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(enhancedCode)},
        {QStringLiteral("server_text"), serverText},
        {QStringLiteral("provider"), providerId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(providerId)},
        {QStringLiteral("rule"), ruleId},
    };
    if (source.isValid()) {
        object.insert(QStringLiteral("source"), source.toString());
    }
    return object;
}

} // namespace Diagnostics
