// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/oauth/pkce.h"
#include "app/oauth/provider.h"
#include "app/oauth/tokenresult.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;
class QNetworkReply;

namespace OAuth
{

// One browser sign-in (RFC 6749 authorization-code grant with PKCE S256, RFC 8252 loopback
// redirect) through Qt NetworkAuth: QOAuth2AuthorizationCodeFlow builds the request, a
// QOAuthHttpServerReplyHandler on 127.0.0.1 (a free port) catches the browser's redirect, and
// the code is exchanged for tokens. The flow never opens a browser itself, since the core has
// no GUI: it emits authorizationUrlReady() and the caller opens the page (QDesktopServices in
// the GUI, printing it on the command line). The redirect's state must be the one this flow
// sent. Signals come from the event loop, never from inside start(); exactly one finished().
// Tokens are handed over in the result only, never logged.
class AuthorizationFlow : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::minutes DefaultTimeout{10};

    // loginHint: the address, so the provider's page can preselect the account.
    AuthorizationFlow(const Provider &provider, const QString &loginHint, QObject *parent = nullptr);
    ~AuthorizationFlow() override;

    // How long the user may take in the browser before the flow gives up.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // Starts listening on loopback and emits authorizationUrlReady(), or finished() with an error.
    void start();
    // Ends the flow at once with Error::Kind::Cancelled (nothing happens once it has finished).
    void cancel();

    // http://127.0.0.1:<port>/ once started.
    QUrl redirectUri() const { return m_redirectUri; }
    const Provider &provider() const { return m_provider; }

Q_SIGNALS:
    // The page to open in the user's browser.
    void authorizationUrlReady(const QUrl &url);
    void finished(const OAuth::TokenResult &result);

private:
    void onCallback(const QVariantMap &data);
    void onGranted();
    void onNetworkReply(QNetworkReply *reply);
    void finish(const TokenResult &result);
    Error error(Error::Kind kind, const QString &detail = {}) const;

    Provider m_provider;
    QString m_loginHint;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    QNetworkAccessManager m_network;
    QPointer<QOAuth2AuthorizationCodeFlow> m_flow;
    QPointer<QOAuthHttpServerReplyHandler> m_replyHandler;
    Pkce m_pkce;
    QString m_state;
    QUrl m_redirectUri;
    QTimer m_deadline;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace OAuth
