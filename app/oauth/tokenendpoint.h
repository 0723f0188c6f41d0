// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/oauth/provider.h"
#include "app/oauth/tokenresult.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <QObject>

class QNetworkAccessManager;

namespace OAuth
{

// The token endpoint's replies (RFC 6749 §5): reading a token response, and turning an error
// reply or a network failure into an Error value.
namespace TokenEndpoint
{

// Reads a successful token response into a copy of base (refresh token, client and provider
// are kept when the reply does not renew them). Nothing when it is not a token response.
std::optional<TokenSet> parseTokens(const QByteArray &body, const TokenSet &base,
                                    const QDateTime &now = QDateTime::currentDateTimeUtc());
// An application/x-www-form-urlencoded request body.
QByteArray formBody(const QList<std::pair<QString, QString>> &fields);
// The error a finished reply stands for; reply body given separately because it may have
// been read already.
Error errorFor(const QNetworkReply &reply, const QByteArray &body);

// Longest wait for the token endpoint before a request counts as timed out.
constexpr int TransferTimeoutMs = 30000;

} // namespace TokenEndpoint

// One refresh-token grant (RFC 6749 §6) for a stored token set. Reports exactly one finished()
// (always from the event loop) and then deletes itself. Sends client_id (and the client secret
// when one is configured), as the providers in the table require of desktop programs.
class TokenRefresh : public QObject
{
    Q_OBJECT
public:
    TokenRefresh(QNetworkAccessManager *network, const Provider &provider, const TokenSet &tokens,
                 QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void finished(const OAuth::TokenResult &result);

private:
    void finish(const TokenResult &result);

    QNetworkAccessManager *m_network;
    Provider m_provider;
    TokenSet m_tokens;
};

} // namespace OAuth
