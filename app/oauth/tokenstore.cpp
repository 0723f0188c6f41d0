// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/oauth/tokenstore.h"

#include "app/oauth/oauthlogging.h"
#include "app/oauth/tokenendpoint.h"
#include "app/secrets/secretstore.h"

#include <QTimer>

namespace OAuth
{

using Secrets::SecretKind;
using Secrets::SecretResult;

namespace
{

Error keychainError(const SecretResult &result)
{
    if (result.status == SecretResult::Status::NotFound) {
        return Error::make(Error::Kind::NotSignedIn);
    }
    return Error::make(Error::Kind::KeychainFailed, result.message);
}

} // namespace

void TokenJob::finish(const TokenResult &result)
{
    QTimer::singleShot(0, this, [this, result] {
        Q_EMIT finished(result);
        deleteLater();
    });
}

TokenStore::TokenStore(Secrets::SecretStore *secrets, ProviderTable providers, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_providers(std::move(providers))
{
    m_network.setTransferTimeout(TokenEndpoint::TransferTimeoutMs);
}

TokenJob *TokenStore::save(const QString &accountId, const TokenSet &tokens)
{
    auto *job = new TokenJob(this);
    Secrets::SecretJob *write = m_secrets->write(accountId, SecretKind::OAuthTokens, tokens.toSecret());
    connect(write, &Secrets::SecretJob::finished, job, [job, tokens](const SecretResult &result) {
        job->finish(result.ok() ? TokenResult::success(tokens) : TokenResult::failure(keychainError(result)));
    });
    return job;
}

TokenJob *TokenStore::load(const QString &accountId)
{
    auto *job = new TokenJob(this);
    Secrets::SecretJob *read = m_secrets->read(accountId, SecretKind::OAuthTokens);
    connect(read, &Secrets::SecretJob::finished, job, [job](const SecretResult &result) {
        if (!result.ok()) {
            job->finish(TokenResult::failure(keychainError(result)));
            return;
        }
        const std::optional<TokenSet> tokens = TokenSet::fromSecret(result.secret);
        job->finish(tokens ? TokenResult::success(*tokens)
                           : TokenResult::failure(Error::make(
                               Error::Kind::NotSignedIn, QStringLiteral("the keychain entry is not a token set"))));
    });
    return job;
}

TokenJob *TokenStore::accessToken(const QString &accountId, Freshness freshness)
{
    auto *job = new TokenJob(this);
    TokenJob *stored = load(accountId);
    connect(stored, &TokenJob::finished, job, [this, job, accountId, freshness](const TokenResult &result) {
        if (!result.ok()) {
            job->finish(result);
            return;
        }
        const TokenSet &tokens = *result.tokens;
        if (freshness == Freshness::UseStored && !tokens.needsRefresh()) {
            job->finish(result);
            return;
        }
        refreshAndSave(job, accountId, tokens);
    });
    return job;
}

void TokenStore::refreshAndSave(TokenJob *job, const QString &accountId, const TokenSet &tokens)
{
    const std::optional<Provider> provider = m_providers.provider(tokens.providerId);
    if (!provider) {
        Error unknown = Error::make(Error::Kind::NotSignedIn,
                                    QStringLiteral("the provider \"%1\" is not in the table").arg(tokens.providerId));
        job->finish(TokenResult::failure(unknown));
        return;
    }
    auto *refresh = new TokenRefresh(&m_network, *provider, tokens, job);
    connect(refresh, &TokenRefresh::finished, job, [this, job, accountId](const TokenResult &refreshed) {
        if (!refreshed.ok()) {
            job->finish(refreshed);
            return;
        }
        // Saved before use: the provider may have rotated the refresh token, and the old one is gone.
        TokenJob *saved = save(accountId, *refreshed.tokens);
        connect(saved, &TokenJob::finished, job, [job](const TokenResult &result) { job->finish(result); });
    });
    refresh->start();
}

} // namespace OAuth
