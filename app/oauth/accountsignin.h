// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/oauth/provider.h"
#include "app/oauth/tokenresult.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace OAuth
{

class AuthorizationFlow;
class TokenStore;

// The entry point for a front end that signs an account in (the wizard's "Sign in with
// Google", the troubleshooting dialog's "Sign in again"): runs AuthorizationFlow for the
// account's address and stores the resulting tokens under the account's id through the
// TokenStore, so nothing but the keychain ever holds them. The caller opens
// authorizationUrlReady()'s page in the browser (QDesktopServices::openUrl in the GUI) and
// may show provider().signInDomain() beside it. Exactly one finished(), from the event loop,
// after the tokens are saved (or with the error); then the caller saves the account itself.
class AccountSignIn : public QObject
{
    Q_OBJECT
public:
    AccountSignIn(TokenStore *tokens, const Provider &provider, const QString &accountId, const QString &email,
                  QObject *parent = nullptr);

    void start();
    void cancel();
    const Provider &provider() const { return m_provider; }

Q_SIGNALS:
    void authorizationUrlReady(const QUrl &url);
    void finished(const OAuth::TokenResult &result);

private:
    TokenStore *m_tokens;
    Provider m_provider;
    QString m_accountId;
    QString m_email;
    QPointer<AuthorizationFlow> m_flow;
};

} // namespace OAuth
