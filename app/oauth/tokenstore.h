// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/oauth/provider.h"
#include "app/oauth/tokenresult.h"

#include <QNetworkAccessManager>
#include <QObject>

namespace Secrets
{
class SecretStore;
}

namespace OAuth
{

// One token operation of TokenStore. Reports exactly one finished() (always from the event
// loop) and then deletes itself.
class TokenJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    void finish(const TokenResult &result);

Q_SIGNALS:
    void finished(const OAuth::TokenResult &result);
};

// An account's OAuth tokens in the keychain (one secret, "<account-id>/oauth2", see
// TokenSet), and fresh access tokens from them: the stored one while it has more than
// TokenSet::RefreshMargin left, otherwise a refreshed one, which is saved before it is handed
// out. After the SMTP server refused a token (see isTokenRejection()) the caller asks once
// more with Freshness::ForceRefresh. A refresh token the provider no longer accepts ends in
// Error::Kind::InvalidGrant: only a new sign-in (AuthorizationFlow) helps then.
class TokenStore : public QObject
{
    Q_OBJECT
public:
    enum class Freshness { UseStored, ForceRefresh };

    // The provider table supplies endpoints and the client configuration for refreshes.
    TokenStore(Secrets::SecretStore *secrets, ProviderTable providers, QObject *parent = nullptr);

    TokenJob *save(const QString &accountId, const TokenSet &tokens);
    TokenJob *load(const QString &accountId);
    TokenJob *accessToken(const QString &accountId, Freshness freshness = Freshness::UseStored);

    const ProviderTable &providers() const { return m_providers; }

private:
    void refreshAndSave(TokenJob *job, const QString &accountId, const TokenSet &tokens);

    Secrets::SecretStore *m_secrets;
    ProviderTable m_providers;
    QNetworkAccessManager m_network;
};

} // namespace OAuth
