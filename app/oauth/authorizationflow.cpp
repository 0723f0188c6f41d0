// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/oauth/authorizationflow.h"

#include "app/oauth/oauthlogging.h"
#include "app/oauth/tokenendpoint.h"

#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>

#include <array>

namespace OAuth
{

namespace
{

QString randomState()
{
    std::array<quint32, 6> words;
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray random(reinterpret_cast<const char *>(words.data()), sizeof(words));
    return QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool sameEndpoint(const QUrl &a, const QUrl &b)
{
    return a.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment) == b.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
}

} // namespace

AuthorizationFlow::AuthorizationFlow(const Provider &provider, const QString &loginHint, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_loginHint(loginHint)
{
    m_network.setTransferTimeout(TokenEndpoint::TransferTimeoutMs);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finish(TokenResult::failure(error(Error::Kind::Timeout, QStringLiteral("no answer from the browser"))));
    });
    // Every token-endpoint reply passes here before Qt's own handler reads it: Qt 6.4 drops
    // failed token requests silently, so the error is taken from the reply itself.
    connect(&m_network, &QNetworkAccessManager::finished, this, &AuthorizationFlow::onNetworkReply);
}

AuthorizationFlow::~AuthorizationFlow()
{
    // Before m_network goes: the flow and its requests use it until they are gone.
    delete m_flow;
    delete m_replyHandler;
}

Error AuthorizationFlow::error(Error::Kind kind, const QString &detail) const
{
    Error failure = Error::make(kind, detail);
    failure.providerId = m_provider.id;
    return failure;
}

void AuthorizationFlow::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    if (!m_provider.hasClientId()) {
        finish(TokenResult::failure(error(Error::Kind::NoClientId)));
        return;
    }
    if (!isAcceptableEndpoint(m_provider.authorizationUrl) || !isAcceptableEndpoint(m_provider.tokenUrl)) {
        finish(TokenResult::failure(error(Error::Kind::InsecureEndpoint)));
        return;
    }
    // Loopback only (RFC 8252 §7.3): no other machine can reach the redirect listener.
    m_replyHandler = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, this);
    if (!m_replyHandler->isListening()) {
        finish(TokenResult::failure(error(Error::Kind::ListenFailed)));
        return;
    }
    m_replyHandler->setCallbackText(tr("Kurier has received your sign-in. You can close this page and go back to "
                                       "Kurier."));
    m_redirectUri = QUrl(m_replyHandler->callback());

    m_pkce = Pkce::generate();
    m_state = randomState();
    m_flow = new QOAuth2AuthorizationCodeFlow(&m_network, this);
    m_flow->setAuthorizationUrl(m_provider.authorizationUrl);
    m_flow->setAccessTokenUrl(m_provider.tokenUrl);
    m_flow->setClientIdentifier(m_provider.clientId);
    m_flow->setClientIdentifierSharedKey(m_provider.clientSecret);
    m_flow->setScope(m_provider.scope());
    m_flow->setState(m_state);
    m_flow->setReplyHandler(m_replyHandler);
    // Qt 6.4 has no PKCE of its own: the challenge goes with the authorization request, the
    // verifier with the token request.
    const QByteArray verifier = m_pkce.verifier;
    const QString hintParameter = m_provider.loginHintParameter;
    const QString hint = m_loginHint;
    m_flow->setModifyParametersFunction([verifier, hintParameter, hint](QAbstractOAuth::Stage stage,
                                                                        QMultiMap<QString, QVariant> *parameters) {
        if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
            parameters->replace(QStringLiteral("code_challenge"), QString::fromLatin1(Pkce::challengeFor(verifier)));
            parameters->replace(QStringLiteral("code_challenge_method"), QString::fromLatin1(Pkce::Method));
            if (!hintParameter.isEmpty() && !hint.isEmpty()) {
                parameters->replace(hintParameter, hint);
            }
        } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
            parameters->replace(QStringLiteral("code_verifier"), QString::fromLatin1(verifier));
        }
    });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl &url) {
        qCInfo(lcOAuth) << "waiting for the browser sign-in at" << url.host() << "; redirect to" << m_redirectUri;
        // Queued, like every other signal of the flow: start() returns before anyone hears of it.
        QTimer::singleShot(0, this, [this, url] {
            if (!m_finished) {
                Q_EMIT authorizationUrlReady(url);
            }
        });
    });
    // Connected before grant(), so it runs before Qt's own handling of the same redirect.
    connect(m_flow, &QAbstractOAuth2::authorizationCallbackReceived, this, &AuthorizationFlow::onCallback);
    connect(m_flow, &QAbstractOAuth::granted, this, &AuthorizationFlow::onGranted);
    m_deadline.start(m_timeout);
    m_flow->grant();
}

void AuthorizationFlow::onCallback(const QVariantMap &data)
{
    if (m_finished) {
        return;
    }
    const QString errorCode = data.value(QStringLiteral("error")).toString();
    if (!errorCode.isEmpty()) {
        Error denied = error(Error::Kind::AuthorizationDenied);
        denied.oauthError = errorCode;
        denied.description = data.value(QStringLiteral("error_description")).toString();
        finish(TokenResult::failure(denied));
        return;
    }
    if (data.value(QStringLiteral("state")).toString() != m_state) {
        // Qt refuses to go on as well; it only warns, so the flow has to end here.
        finish(TokenResult::failure(
            error(Error::Kind::StateMismatch, QStringLiteral("the redirect's state is not the one sent"))));
        return;
    }
    if (data.value(QStringLiteral("code")).toString().isEmpty()) {
        finish(TokenResult::failure(
            error(Error::Kind::AuthorizationDenied, QStringLiteral("the redirect carries no authorization code"))));
        return;
    }
    qCInfo(lcOAuth) << "authorization code received; exchanging it at" << m_provider.tokenUrl.host();
}

void AuthorizationFlow::onNetworkReply(QNetworkReply *reply)
{
    if (m_finished || !sameEndpoint(reply->url(), m_provider.tokenUrl)) {
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->peek(reply->bytesAvailable());
    if (reply->error() == QNetworkReply::NoError && status / 100 == 2) {
        if (!TokenEndpoint::parseTokens(body, TokenSet())) {
            Error failure = TokenEndpoint::errorFor(*reply, body);
            failure.providerId = m_provider.id;
            finish(TokenResult::failure(failure));
        }
        return; // a token response: granted() follows
    }
    Error failure = TokenEndpoint::errorFor(*reply, body);
    failure.providerId = m_provider.id;
    qCInfo(lcOAuth) << "code exchange failed:" << failure.facts();
    finish(TokenResult::failure(failure));
}

void AuthorizationFlow::onGranted()
{
    if (m_finished) {
        return;
    }
    TokenSet tokens;
    tokens.providerId = m_provider.id;
    tokens.clientId = m_provider.clientId;
    tokens.accessToken = m_flow->token();
    tokens.refreshToken = m_flow->refreshToken();
    tokens.expiresAt = m_flow->expirationAt().toUTC();
    tokens.scope = m_flow->scope();
    qCInfo(lcOAuth) << "signed in with" << m_provider.id << "; access token valid until" << tokens.expiresAt
                    << (tokens.refreshToken.isEmpty() ? "(no refresh token)" : "(with a refresh token)");
    finish(TokenResult::success(tokens));
}

void AuthorizationFlow::cancel()
{
    finish(TokenResult::failure(error(Error::Kind::Cancelled)));
}

void AuthorizationFlow::finish(const TokenResult &result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_deadline.stop();
    if (m_replyHandler) {
        m_replyHandler->close();
    }
    if (m_flow) {
        // Later: this may run inside one of the flow's own signals.
        m_flow->disconnect(this);
        m_flow->deleteLater();
    }
    QTimer::singleShot(0, this, [this, result] { Q_EMIT finished(result); });
}

} // namespace OAuth
