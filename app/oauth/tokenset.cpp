// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/oauth/tokenset.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace OAuth
{

namespace
{

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

QString TokenSet::toSecret() const
{
    QJsonObject object{
        {QStringLiteral("format"), Format},
        {QStringLiteral("provider"), providerId},
        {QStringLiteral("client_id"), clientId},
        {QStringLiteral("access_token"), accessToken},
        {QStringLiteral("refresh_token"), refreshToken},
    };
    if (expiresAt.isValid()) {
        object.insert(QStringLiteral("expires_at"), expiresAt.toUTC().toString(Qt::ISODateWithMs));
    }
    if (!scope.isEmpty()) {
        object.insert(QStringLiteral("scope"), scope);
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<TokenSet> TokenSet::fromSecret(const QString &secret)
{
    const QJsonDocument document = QJsonDocument::fromJson(secret.toUtf8());
    if (!document.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    if (object.value(QLatin1String("format")).toInt() != Format) {
        return std::nullopt;
    }
    TokenSet tokens;
    tokens.providerId = text(object, "provider");
    tokens.clientId = text(object, "client_id");
    tokens.accessToken = text(object, "access_token");
    tokens.refreshToken = text(object, "refresh_token");
    tokens.scope = text(object, "scope");
    const QString expires = text(object, "expires_at");
    if (!expires.isEmpty()) {
        tokens.expiresAt = QDateTime::fromString(expires, Qt::ISODateWithMs).toUTC();
    }
    if (tokens.providerId.isEmpty() || (tokens.accessToken.isEmpty() && tokens.refreshToken.isEmpty())) {
        return std::nullopt;
    }
    return tokens;
}

bool TokenSet::needsRefresh(const QDateTime &now) const
{
    if (accessToken.isEmpty()) {
        return true;
    }
    if (!expiresAt.isValid()) {
        // No expiry given: use the token until the server refuses it (then one refresh).
        return false;
    }
    return now.secsTo(expiresAt) <= RefreshMargin.count();
}

} // namespace OAuth
