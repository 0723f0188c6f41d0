// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/oauth/deviceauthorizationflow.h"

#include "app/oauth/oauthlogging.h"
#include "app/oauth/tokenendpoint.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace OAuth
{

namespace
{

// RFC 8628 §3.2: interval is optional and means 5 s when absent.
constexpr std::chrono::seconds DefaultInterval{5};
// expires_in is required, but a provider that leaves it out still gets a bounded wait.
constexpr std::chrono::seconds DefaultLifetime{900};
// A provider's slow_down answers and our own back-off never push polling beyond this.
constexpr std::chrono::seconds LongestInterval{300};

qint64 integerField(const QJsonObject &object, QLatin1String name)
{
    // Numbers in RFC 8628, but some providers send them as strings.
    const QJsonValue value = object.value(name);
    return value.isString() ? value.toString().toLongLong() : value.toInteger();
}

QNetworkRequest formRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(TokenEndpoint::TransferTimeoutMs);
    return request;
}

} // namespace

DeviceAuthorizationFlow::DeviceAuthorizationFlow(const Provider &provider, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
{
    m_network.setTransferTimeout(TokenEndpoint::TransferTimeoutMs);
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &DeviceAuthorizationFlow::poll);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finish(TokenResult::failure(
            error(Error::Kind::DeviceCodeExpired, QStringLiteral("the user code expired before it was approved"))));
    });
}

Error DeviceAuthorizationFlow::error(Error::Kind kind, const QString &detail) const
{
    Error failure = Error::make(kind, detail);
    failure.providerId = m_provider.id;
    return failure;
}

void DeviceAuthorizationFlow::setState(State state)
{
    if (m_state == state) {
        return;
    }
    m_state = state;
    qCDebug(lcOAuth) << "device sign-in with" << m_provider.id << "is now" << state;
    Q_EMIT stateChanged(state);
}

QList<std::pair<QString, QString>> DeviceAuthorizationFlow::clientFields() const
{
    QList<std::pair<QString, QString>> fields{{QStringLiteral("client_id"), m_provider.clientId}};
    if (!m_provider.clientSecret.isEmpty()) {
        fields.append({QStringLiteral("client_secret"), m_provider.clientSecret});
    }
    return fields;
}

void DeviceAuthorizationFlow::start()
{
    if (m_state != State::Idle) {
        return;
    }
    if (!m_provider.supportsDeviceFlow()) {
        finish(TokenResult::failure(error(Error::Kind::DeviceFlowUnsupported, m_provider.deviceFlowUnsupported)));
        return;
    }
    if (!m_provider.hasClientId()) {
        finish(TokenResult::failure(error(Error::Kind::NoClientId)));
        return;
    }
    if (!isAcceptableEndpoint(m_provider.deviceAuthorizationUrl) || !isAcceptableEndpoint(m_provider.tokenUrl)) {
        finish(TokenResult::failure(error(Error::Kind::InsecureEndpoint)));
        return;
    }
    setState(State::RequestingCode);
    qCInfo(lcOAuth) << "asking" << m_provider.deviceAuthorizationUrl.host() << "for a device sign-in code";
    QList<std::pair<QString, QString>> form = clientFields();
    form.append({QStringLiteral("scope"), m_provider.scope()});
    m_reply = m_network.post(formRequest(m_provider.deviceAuthorizationUrl), TokenEndpoint::formBody(form));
    connect(m_reply, &QNetworkReply::finished, this, [this, reply = m_reply.data()] { onCodeReply(reply); });
}

void DeviceAuthorizationFlow::onCodeReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_state != State::RequestingCode) {
        return;
    }
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status / 100 != 2) {
        Error failure = TokenEndpoint::errorFor(*reply, body);
        failure.providerId = m_provider.id;
        qCInfo(lcOAuth) << "device authorization request failed:" << failure.facts();
        finish(TokenResult::failure(failure));
        return;
    }
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    m_deviceCode = object.value(QLatin1String("device_code")).toString();
    DeviceAuthorization authorization;
    authorization.userCode = object.value(QLatin1String("user_code")).toString();
    // "verification_url" is the name some providers used before RFC 8628 settled on _uri.
    QString page = object.value(QLatin1String("verification_uri")).toString();
    if (page.isEmpty()) {
        page = object.value(QLatin1String("verification_url")).toString();
    }
    authorization.verificationUri = QUrl(page);
    const QUrl complete(object.value(QLatin1String("verification_uri_complete")).toString());
    if (isAcceptableEndpoint(complete)) {
        authorization.verificationUriComplete = complete;
    }
    if (m_deviceCode.isEmpty() || authorization.userCode.isEmpty() || page.isEmpty()) {
        finish(TokenResult::failure(error(Error::Kind::TokenEndpointError,
                                          QStringLiteral("the reply is not a device authorization response"))));
        return;
    }
    if (!isAcceptableEndpoint(authorization.verificationUri)) {
        // The user is sent there to sign in: never to a page that is not https.
        finish(TokenResult::failure(error(Error::Kind::InsecureEndpoint, page)));
        return;
    }
    const qint64 lifetime = integerField(object, QLatin1String("expires_in"));
    const qint64 interval = integerField(object, QLatin1String("interval"));
    authorization.expiresAt
        = QDateTime::currentDateTimeUtc().addSecs(lifetime > 0 ? lifetime : DefaultLifetime.count());
    authorization.interval = interval > 0 ? std::min(std::chrono::seconds(interval), LongestInterval) : DefaultInterval;
    m_authorization = authorization;
    qCInfo(lcOAuth) << "device sign-in code issued; valid until" << authorization.expiresAt << "; polling"
                    << m_provider.tokenUrl.host() << "every" << authorization.interval.count() << "s";
    m_deadline.start(std::chrono::milliseconds(
        std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(authorization.expiresAt))));
    setState(State::WaitingForApproval);
    Q_EMIT userCodeReady(authorization);
    scheduleNextPoll();
}

void DeviceAuthorizationFlow::scheduleNextPoll()
{
    if (m_state == State::Finished) {
        return;
    }
    setState(State::WaitingForApproval);
    m_pollTimer.start(m_authorization.interval);
}

void DeviceAuthorizationFlow::poll()
{
    if (m_state != State::WaitingForApproval) {
        return;
    }
    setState(State::Polling);
    QList<std::pair<QString, QString>> form{
        {QStringLiteral("grant_type"), QString::fromLatin1(GrantType)},
        {QStringLiteral("device_code"), m_deviceCode},
    };
    form.append(clientFields());
    m_reply = m_network.post(formRequest(m_provider.tokenUrl), TokenEndpoint::formBody(form));
    connect(m_reply, &QNetworkReply::finished, this, [this, reply = m_reply.data()] { onPollReply(reply); });
}

void DeviceAuthorizationFlow::onPollReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_state != State::Polling) {
        return;
    }
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status / 100 == 2) {
        TokenSet base;
        base.providerId = m_provider.id;
        base.clientId = m_provider.clientId;
        base.scope = m_provider.scope();
        if (std::optional<TokenSet> tokens = TokenEndpoint::parseTokens(body, base)) {
            qCInfo(lcOAuth) << "signed in with" << m_provider.id << "on another device; access token valid until"
                            << tokens->expiresAt
                            << (tokens->refreshToken.isEmpty() ? "(no refresh token)" : "(with a refresh token)");
            finish(TokenResult::success(*tokens));
            return;
        }
    }
    Error failure = TokenEndpoint::errorFor(*reply, body);
    failure.providerId = m_provider.id;
    const QString code = failure.oauthError;
    if (code == QLatin1String("authorization_pending")) {
        scheduleNextPoll();
        return;
    }
    if (code == QLatin1String("slow_down")) {
        m_authorization.interval = std::min(m_authorization.interval + SlowDownStep, LongestInterval);
        qCInfo(lcOAuth) << "the provider asked to poll more slowly; now every" << m_authorization.interval.count()
                        << "s";
        scheduleNextPoll();
        return;
    }
    if (failure.httpStatus == 0 && failure.kind == Error::Kind::Timeout) {
        // RFC 8628 §3.5: a request that timed out is no answer; ask again, less often.
        m_authorization.interval = std::min(m_authorization.interval * 2, LongestInterval);
        qCInfo(lcOAuth) << "the token endpoint did not answer in time; polling every"
                        << m_authorization.interval.count() << "s";
        scheduleNextPoll();
        return;
    }
    if (code == QLatin1String("access_denied") || code == QLatin1String("authorization_declined")) {
        // authorization_declined is Microsoft's name for the user's "no".
        failure.kind = Error::Kind::AuthorizationDenied;
    } else if (code == QLatin1String("expired_token")) {
        failure.kind = Error::Kind::DeviceCodeExpired;
    }
    qCInfo(lcOAuth) << "device sign-in ended:" << failure.facts();
    finish(TokenResult::failure(failure));
}

void DeviceAuthorizationFlow::cancel()
{
    finish(TokenResult::failure(error(Error::Kind::Cancelled)));
}

void DeviceAuthorizationFlow::finish(const TokenResult &result)
{
    if (m_state == State::Finished) {
        return;
    }
    setState(State::Finished);
    m_pollTimer.stop();
    m_deadline.stop();
    if (m_reply) {
        // Not aborted: a request in flight may already hold the server's error answer, and Qt
        // warns about a second error; it is short, so it is left to end and then dropped.
        m_reply->disconnect(this);
        if (m_reply->isFinished()) {
            m_reply->deleteLater();
        } else {
            connect(m_reply, &QNetworkReply::finished, m_reply, &QObject::deleteLater);
        }
    }
    m_deviceCode.clear();
    QTimer::singleShot(0, this, [this, result] { Q_EMIT finished(result); });
}

} // namespace OAuth
