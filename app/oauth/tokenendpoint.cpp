// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/oauth/tokenendpoint.h"

#include "app/oauth/oauthlogging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

namespace OAuth
{

namespace TokenEndpoint
{

std::optional<TokenSet> parseTokens(const QByteArray &body, const TokenSet &base, const QDateTime &now)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString accessToken = object.value(QLatin1String("access_token")).toString();
    if (accessToken.isEmpty()) {
        return std::nullopt;
    }
    TokenSet tokens = base;
    tokens.accessToken = accessToken;
    if (const QString refreshToken = object.value(QLatin1String("refresh_token")).toString(); !refreshToken.isEmpty()) {
        tokens.refreshToken = refreshToken;
    }
    // expires_in is a number in RFC 6749 but some providers send it as a string.
    const QJsonValue expiresIn = object.value(QLatin1String("expires_in"));
    const qint64 seconds = expiresIn.isString() ? expiresIn.toString().toLongLong() : expiresIn.toInteger();
    tokens.expiresAt = seconds > 0 ? now.toUTC().addSecs(seconds) : QDateTime();
    if (const QString scope = object.value(QLatin1String("scope")).toString(); !scope.isEmpty()) {
        tokens.scope = scope;
    }
    return tokens;
}

QByteArray formBody(const QList<std::pair<QString, QString>> &fields)
{
    // Every reserved octet percent-encoded, '+' included, which form decoders read as a space.
    QByteArrayList pairs;
    for (const auto &[name, value] : fields) {
        pairs.append(QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value));
    }
    return pairs.join('&');
}

Error errorFor(const QNetworkReply &reply, const QByteArray &body)
{
    Error error;
    error.httpStatus = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (error.httpStatus == 0) {
        error.kind
            = reply.error() == QNetworkReply::OperationCanceledError ? Error::Kind::Timeout : Error::Kind::NetworkError;
        error.detail = reply.errorString();
        return error;
    }
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    error.oauthError = object.value(QLatin1String("error")).toString();
    error.description = object.value(QLatin1String("error_description")).toString();
    if (error.oauthError == QLatin1String("invalid_grant")) {
        error.kind = Error::Kind::InvalidGrant;
    } else if (error.oauthError == QLatin1String("invalid_client")
               || error.oauthError == QLatin1String("unauthorized_client")) {
        error.kind = Error::Kind::ClientRejected;
    } else {
        error.kind = Error::Kind::TokenEndpointError;
        if (error.oauthError.isEmpty()) {
            error.detail = reply.error() == QNetworkReply::NoError ? QStringLiteral("the reply is not a token response")
                                                                   : reply.errorString();
        }
    }
    return error;
}

} // namespace TokenEndpoint

TokenRefresh::TokenRefresh(QNetworkAccessManager *network, const Provider &provider, const TokenSet &tokens,
                           QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_provider(provider)
    , m_tokens(tokens)
{
}

void TokenRefresh::start()
{
    if (m_tokens.refreshToken.isEmpty()) {
        finish(TokenResult::failure(Error::make(Error::Kind::NoRefreshToken)));
        return;
    }
    if (!isAcceptableEndpoint(m_provider.tokenUrl)) {
        finish(TokenResult::failure(Error::make(Error::Kind::InsecureEndpoint, m_provider.tokenUrl.toString())));
        return;
    }
    const QString clientId = m_tokens.clientId.isEmpty() ? m_provider.clientId : m_tokens.clientId;
    QList<std::pair<QString, QString>> form{
        {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
        {QStringLiteral("refresh_token"), m_tokens.refreshToken},
        {QStringLiteral("client_id"), clientId},
    };
    if (!m_provider.clientSecret.isEmpty() && clientId == m_provider.clientId) {
        form.append({QStringLiteral("client_secret"), m_provider.clientSecret});
    }
    QNetworkRequest request(m_provider.tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(TokenEndpoint::TransferTimeoutMs);
    qCInfo(lcOAuth) << "refreshing the access token with" << m_provider.id;
    QNetworkReply *reply = m_network->post(request, TokenEndpoint::formBody(form));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status / 100 == 2) {
            if (std::optional<TokenSet> tokens = TokenEndpoint::parseTokens(body, m_tokens)) {
                qCInfo(lcOAuth) << "access token refreshed; valid until" << tokens->expiresAt;
                finish(TokenResult::success(*tokens));
                return;
            }
        }
        Error error = TokenEndpoint::errorFor(*reply, body);
        error.providerId = m_provider.id;
        qCInfo(lcOAuth) << "refresh failed:" << error.facts();
        finish(TokenResult::failure(error));
    });
}

void TokenRefresh::finish(const TokenResult &result)
{
    QTimer::singleShot(0, this, [this, result] {
        Q_EMIT finished(result);
        deleteLater();
    });
}

} // namespace OAuth
