// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/oauth/accountsignin.h"

#include "app/oauth/authorizationflow.h"
#include "app/oauth/tokenstore.h"

namespace OAuth
{

AccountSignIn::AccountSignIn(TokenStore *tokens, const Provider &provider, const QString &accountId,
                             const QString &email, QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
    , m_provider(provider)
    , m_accountId(accountId)
    , m_email(email)
{
}

void AccountSignIn::start()
{
    m_flow = new AuthorizationFlow(m_provider, m_email, this);
    connect(m_flow, &AuthorizationFlow::authorizationUrlReady, this, &AccountSignIn::authorizationUrlReady);
    connect(m_flow, &AuthorizationFlow::finished, this, [this](const TokenResult &result) {
        m_flow->deleteLater();
        if (!result.ok()) {
            Q_EMIT finished(result);
            return;
        }
        TokenJob *saved = m_tokens->save(m_accountId, *result.tokens);
        connect(saved, &TokenJob::finished, this, &AccountSignIn::finished);
    });
    m_flow->start();
}

void AccountSignIn::cancel()
{
    if (m_flow) {
        m_flow->cancel();
    }
}

} // namespace OAuth
