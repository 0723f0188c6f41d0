// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <chrono>
#include <optional>

namespace OAuth
{

// What one OAuth sign-in yields for one account: kept together as a single keychain secret
// (Secrets::SecretKind::OAuthTokens, "<account-id>/oauth2"), so the refresh token, the access
// token and its expiry can never get out of step. Never written to settings, logs or
// transcripts; the client id is stored with it because a refresh token only works with the
// client it was issued to.
struct TokenSet {
    static constexpr int Format = 1;
    // Refreshed this long before the provider's expiry, so a token never runs out mid-send.
    static constexpr std::chrono::seconds RefreshMargin{120};

    QString providerId;
    QString clientId;
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt; // UTC; invalid when the provider did not say
    QString scope; // as granted, when the provider said

    // The keychain form: a JSON object (access_token, refresh_token, expires_at, ...).
    QString toSecret() const;
    // Nothing when the secret is not a token set Kurier wrote (a bare token is not one).
    static std::optional<TokenSet> fromSecret(const QString &secret);

    // Whether the access token is missing, expired, or expires within RefreshMargin of now.
    bool needsRefresh(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    bool operator==(const TokenSet &other) const = default;
};

} // namespace OAuth

Q_DECLARE_METATYPE(OAuth::TokenSet)
