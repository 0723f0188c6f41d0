// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace Smtp
{

// The secret for one login, supplied by the caller (the keychain or the OAuth flow); the
// session never fetches it itself and never writes it anywhere but into the AUTH exchange.
struct Credentials {
    enum class Kind { None, Password, OAuthToken };

    Kind kind = Kind::None;
    QString secret;

    static Credentials password(const QString &password) { return {Kind::Password, password}; }
    static Credentials oauthToken(const QString &accessToken) { return {Kind::OAuthToken, accessToken}; }

    bool operator==(const Credentials &other) const = default;
};

} // namespace Smtp

Q_DECLARE_METATYPE(Smtp::Credentials)
