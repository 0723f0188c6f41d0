// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/accounts/storedcredentials.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Accounts
{

Secrets::SecretKind secretKindFor(Smtp::Credentials::Kind kind)
{
    return kind == Smtp::Credentials::Kind::OAuthToken ? Secrets::SecretKind::OAuthTokens
                                                       : Secrets::SecretKind::SmtpPassword;
}

Smtp::Credentials credentialsFromSecret(Smtp::Credentials::Kind kind, const QString &secret)
{
    if (kind == Smtp::Credentials::Kind::OAuthToken) {
        // OAuth::TokenSet's keychain form is a JSON object with an "access_token" member.
        const QJsonDocument document = QJsonDocument::fromJson(secret.toUtf8());
        const QJsonValue accessToken = document.object().value(QLatin1String("access_token"));
        if (document.isObject() && accessToken.isString()) {
            return {kind, accessToken.toString()};
        }
    }
    return {kind, secret};
}

} // namespace Accounts
