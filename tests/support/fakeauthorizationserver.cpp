// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/fakeauthorizationserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSslSocket>

namespace TestSupport
{

namespace
{

QString randomText(const char *prefix, int counter)
{
    const quint64 random = QRandomGenerator::global()->generate64();
    return QString::fromLatin1(prefix) + QString::number(counter) + QLatin1Char('.') + QString::number(random, 36);
}

QString tlsDataPath(const QString &file)
{
    return QStringLiteral(KURIER_TEST_DATA_DIR "/oauth/tls/") + file;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    default:
        return "Status";
    }
}

} // namespace

FakeAuthorizationServer::FakeAuthorizationServer(const QString &clientId, QObject *parent)
    : QTcpServer(parent)
    , m_clientId(clientId)
{
}

void FakeAuthorizationServer::useTls()
{
    QFile certificate(tlsDataPath(QStringLiteral("server.pem")));
    QFile key(tlsDataPath(QStringLiteral("server.key")));
    if (certificate.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly)) {
        m_certificate = QSslCertificate(&certificate, QSsl::Pem);
        m_key = QSslKey(&key, QSsl::Rsa, QSsl::Pem);
    }
}

QList<QSslCertificate> FakeAuthorizationServer::testCa()
{
    return QSslCertificate::fromPath(tlsDataPath(QStringLiteral("ca.pem")));
}

bool FakeAuthorizationServer::listenOn(const QHostAddress &address)
{
    m_address = address;
    return listen(address, 0);
}

QUrl FakeAuthorizationServer::endpoint(const QString &path) const
{
    QUrl url;
    url.setScheme(m_certificate.isNull() ? QStringLiteral("http") : QStringLiteral("https"));
    url.setHost(m_address.toString());
    url.setPort(serverPort());
    url.setPath(path);
    return url;
}

QUrl FakeAuthorizationServer::authorizationUrl() const
{
    return endpoint(QStringLiteral("/authorize"));
}

QUrl FakeAuthorizationServer::tokenUrl() const
{
    return endpoint(QStringLiteral("/token"));
}

QUrl FakeAuthorizationServer::deviceAuthorizationUrl() const
{
    return endpoint(QStringLiteral("/device"));
}

QUrl FakeAuthorizationServer::verificationUrl() const
{
    return endpoint(QStringLiteral("/activate"));
}

FakeAuthorizationServer::PendingDevice *FakeAuthorizationServer::deviceForUserCode(const QString &userCode)
{
    for (PendingDevice &device : m_devices) {
        if (device.userCode == userCode && !device.expiry.hasExpired()) {
            return &device;
        }
    }
    return nullptr;
}

bool FakeAuthorizationServer::approveUserCode(const QString &userCode)
{
    PendingDevice *device = deviceForUserCode(userCode);
    if (device) {
        device->decision = PendingDevice::Decision::Approved;
    }
    return device != nullptr;
}

bool FakeAuthorizationServer::denyUserCode(const QString &userCode)
{
    PendingDevice *device = deviceForUserCode(userCode);
    if (device) {
        device->decision = PendingDevice::Decision::Denied;
    }
    return device != nullptr;
}

void FakeAuthorizationServer::expireDeviceCodes()
{
    for (PendingDevice &device : m_devices) {
        device.expiry = QDeadlineTimer(0);
    }
}

void FakeAuthorizationServer::expireAccessTokens()
{
    m_accessTokens.clear();
}

void FakeAuthorizationServer::revokeRefreshTokens()
{
    m_refreshTokens.clear();
}

void FakeAuthorizationServer::incomingConnection(qintptr descriptor)
{
    // A QSslSocket either way: without a certificate it simply never starts encryption.
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        socket->deleteLater();
        return;
    }
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_buffers.remove(socket);
        socket->deleteLater();
    });
    if (!m_certificate.isNull()) {
        // A client that refuses the certificate goes away; the test sees its error.
        connect(socket, &QSslSocket::sslErrors, socket, [socket] { socket->abort(); });
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        socket->startServerEncryption();
    }
}

void FakeAuthorizationServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        return;
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    qsizetype contentLength = 0;
    for (const QByteArray &line : lines.mid(1)) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length") {
            contentLength = line.mid(colon + 1).trimmed().toLongLong();
        }
    }
    if (buffer.size() < headerEnd + 4 + contentLength) {
        return;
    }
    Request request;
    request.method = requestLine.value(0);
    const QUrl target(QString::fromLatin1(requestLine.value(1)));
    request.path = target.path();
    if (request.method == "POST") {
        // Form bodies encode spaces as '+'; QUrlQuery would keep them.
        QByteArray body = buffer.mid(headerEnd + 4, contentLength);
        body.replace('+', ' ');
        request.query = QUrlQuery(QString::fromLatin1(body));
    } else {
        request.query = QUrlQuery(target);
    }
    buffer.clear();
    m_requests.append(request);
    handle(socket, request);
}

void FakeAuthorizationServer::handle(QTcpSocket *socket, const Request &request)
{
    if (request.method == "GET" && request.path == QLatin1String("/authorize")) {
        authorize(socket, request.query);
    } else if (request.method == "POST" && request.path == QLatin1String("/token")) {
        token(socket, request.query);
    } else if (request.method == "POST" && request.path == QLatin1String("/device")) {
        deviceAuthorization(socket, request.query);
    } else if (request.method == "GET" && request.path == QLatin1String("/activate")) {
        reply(socket, 200, "<html><body>Enter the code shown on your device.</body></html>",
              {{"Content-Type", "text/html; charset=utf-8"}});
    } else {
        reply(socket, 404, "not found");
    }
}

void FakeAuthorizationServer::authorize(QTcpSocket *socket, const QUrlQuery &query)
{
    const auto value
        = [&query](const char *name) { return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded); };
    const QUrl redirect(value("redirect_uri"));
    const QStringList problems = [&] {
        QStringList found;
        if (value("client_id") != m_clientId) {
            found.append(QStringLiteral("unknown client_id"));
        }
        if (value("response_type") != QLatin1String("code")) {
            found.append(QStringLiteral("response_type is not code"));
        }
        if (redirect.scheme() != QLatin1String("http") || !QHostAddress(redirect.host()).isLoopback()
            || redirect.port() <= 0) {
            found.append(QStringLiteral("redirect_uri is not a loopback http URI"));
        }
        if (value("state").isEmpty()) {
            found.append(QStringLiteral("no state"));
        }
        if (value("code_challenge_method") != QLatin1String("S256") || value("code_challenge").size() != 43) {
            found.append(QStringLiteral("no PKCE S256 challenge"));
        }
        if (value("scope").isEmpty()) {
            found.append(QStringLiteral("no scope"));
        }
        return found;
    }();
    if (!problems.isEmpty()) {
        // A real provider shows an error page and never redirects a request it cannot trust.
        m_lastRefusal = problems.join(QStringLiteral(", "));
        reply(socket, 400, m_lastRefusal.toUtf8());
        return;
    }
    QUrlQuery answer;
    if (m_deny) {
        answer.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
    } else {
        const QString code = randomText("code-", ++m_counter);
        m_codes.insert(code, {value("client_id"), redirect.toString(), value("code_challenge")});
        answer.addQueryItem(QStringLiteral("code"), code);
    }
    answer.addQueryItem(QStringLiteral("state"), value("state"));
    QUrl location = redirect;
    location.setQuery(answer);
    reply(socket, 302, QByteArray(), {{"Location", location.toEncoded()}});
}

void FakeAuthorizationServer::token(QTcpSocket *socket, const QUrlQuery &form)
{
    const auto value
        = [&form](const char *name) { return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded); };
    if (value("client_id") != m_clientId) {
        refuse(socket, 401, QStringLiteral("invalid_client"), QStringLiteral("unknown client_id"));
        return;
    }
    if (!m_clientSecret.isEmpty() && value("client_secret") != m_clientSecret) {
        refuse(socket, 401, QStringLiteral("invalid_client"), QStringLiteral("wrong client_secret"));
        return;
    }
    const QString grant = value("grant_type");
    if (grant == QLatin1String("authorization_code")) {
        const QString code = value("code");
        if (!m_codes.contains(code)) {
            refuse(socket, 400, QStringLiteral("invalid_grant"), QStringLiteral("unknown or used code"));
            return;
        }
        const PendingCode pending = m_codes.take(code); // one use only
        if (value("redirect_uri") != pending.redirectUri) {
            refuse(socket, 400, QStringLiteral("invalid_grant"), QStringLiteral("redirect_uri differs"));
            return;
        }
        const QByteArray challenge
            = QCryptographicHash::hash(value("code_verifier").toLatin1(), QCryptographicHash::Sha256)
                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        if (value("code_verifier").size() < 43 || QString::fromLatin1(challenge) != pending.challenge) {
            refuse(socket, 400, QStringLiteral("invalid_grant"), QStringLiteral("PKCE verifier does not match"));
            return;
        }
        ++m_codeExchanges;
        issueTokens(socket, true);
    } else if (grant == QLatin1String("refresh_token")) {
        const QString refreshToken = value("refresh_token");
        if (!m_refreshTokens.contains(refreshToken)) {
            refuse(socket, 400, QStringLiteral("invalid_grant"), QStringLiteral("refresh token revoked or unknown"));
            return;
        }
        ++m_refreshes;
        if (m_rotate) {
            m_refreshTokens.remove(refreshToken);
        }
        issueTokens(socket, m_rotate);
    } else if (grant == QLatin1String("urn:ietf:params:oauth:grant-type:device_code")) {
        deviceToken(socket, value("device_code"));
    } else {
        refuse(socket, 400, QStringLiteral("unsupported_grant_type"), grant);
    }
}

void FakeAuthorizationServer::deviceAuthorization(QTcpSocket *socket, const QUrlQuery &form)
{
    const auto value
        = [&form](const char *name) { return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded); };
    if (value("client_id") != m_clientId) {
        refuse(socket, 401, QStringLiteral("invalid_client"), QStringLiteral("unknown client_id"));
        return;
    }
    if (value("scope").isEmpty()) {
        refuse(socket, 400, QStringLiteral("invalid_scope"), QStringLiteral("no scope"));
        return;
    }
    if (form.hasQueryItem(QStringLiteral("code_challenge")) || form.hasQueryItem(QStringLiteral("redirect_uri"))) {
        // Nothing of the browser flow belongs here; a client sending it has mixed the grants up.
        refuse(socket, 400, QStringLiteral("invalid_request"), QStringLiteral("browser-flow parameters"));
        return;
    }
    ++m_deviceAuthorizations;
    const QString deviceCode = randomText("dc-", ++m_counter);
    // Eight letters in two groups, as providers show them; no digits that look like letters.
    const QByteArray alphabet = "BCDFGHJKLMNPQRSTVWXZ";
    QString userCode;
    for (int i = 0; i < 8; ++i) {
        if (i == 4) {
            userCode += QLatin1Char('-');
        }
        userCode += QLatin1Char(alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size()))));
    }
    PendingDevice device;
    device.clientId = value("client_id");
    device.userCode = userCode;
    device.expiry = QDeadlineTimer(std::chrono::seconds(m_deviceLifetime));
    device.interval = m_deviceInterval;
    device.sinceLastContact.start();
    m_devices.insert(deviceCode, device);
    m_lastUserCode = userCode;
    QJsonObject body{{QStringLiteral("device_code"), deviceCode},
                     {QStringLiteral("user_code"), userCode},
                     {QStringLiteral("verification_uri"), verificationUrl().toString()},
                     {QStringLiteral("expires_in"), m_deviceLifetime},
                     {QStringLiteral("interval"), m_deviceInterval}};
    if (m_offerComplete) {
        QUrl complete = verificationUrl();
        complete.setQuery(QStringLiteral("user_code=") + userCode);
        body.insert(QStringLiteral("verification_uri_complete"), complete.toString());
    }
    reply(socket, 200, QJsonDocument(body).toJson(QJsonDocument::Compact),
          {{"Content-Type", "application/json"}, {"Cache-Control", "no-store"}});
}

void FakeAuthorizationServer::deviceToken(QTcpSocket *socket, const QString &deviceCode)
{
    ++m_devicePolls;
    if (m_dropPolls) {
        socket->abort();
        return;
    }
    const auto found = m_devices.find(deviceCode);
    if (found == m_devices.end()) {
        refuse(socket, 400, QStringLiteral("invalid_grant"), QStringLiteral("unknown or used device code"));
        return;
    }
    PendingDevice &device = *found;
    if (device.expiry.hasExpired()) {
        m_devices.erase(found);
        refuse(socket, 400, QStringLiteral("expired_token"), QStringLiteral("the device code has expired"));
        return;
    }
    // A little slack for timer and scheduling jitter; a client that waits its interval never needs it.
    const bool tooSoon = device.sinceLastContact.elapsed() < device.interval * 1000 - 250;
    device.sinceLastContact.restart();
    if (tooSoon) {
        ++m_pollsTooSoon;
    }
    if (tooSoon || m_slowDowns > 0) {
        if (!tooSoon) {
            --m_slowDowns;
        }
        device.interval += 5;
        refuse(socket, 400, QStringLiteral("slow_down"), QStringLiteral("polling too often"));
        return;
    }
    switch (device.decision) {
    case PendingDevice::Decision::Pending:
        refuse(socket, 400, QStringLiteral("authorization_pending"), QStringLiteral("the user has not answered yet"));
        return;
    case PendingDevice::Decision::Denied:
        m_devices.erase(found);
        refuse(socket, 400, QStringLiteral("access_denied"), QStringLiteral("the user refused"));
        return;
    case PendingDevice::Decision::Approved:
        m_devices.erase(found); // one use only
        issueTokens(socket, true);
        return;
    }
}

void FakeAuthorizationServer::issueTokens(QTcpSocket *socket, bool withRefreshToken)
{
    m_lastAccessToken = randomText("at-", ++m_counter);
    m_accessTokens.insert(m_lastAccessToken);
    QJsonObject body{{QStringLiteral("access_token"), m_lastAccessToken},
                     {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                     {QStringLiteral("expires_in"), m_lifetime},
                     {QStringLiteral("scope"), QStringLiteral("https://mail.example.test/smtp")}};
    if (withRefreshToken) {
        m_lastRefreshToken = randomText("rt-", ++m_counter);
        m_refreshTokens.insert(m_lastRefreshToken);
        body.insert(QStringLiteral("refresh_token"), m_lastRefreshToken);
    }
    reply(socket, 200, QJsonDocument(body).toJson(QJsonDocument::Compact),
          {{"Content-Type", "application/json"}, {"Cache-Control", "no-store"}});
}

void FakeAuthorizationServer::refuse(QTcpSocket *socket, int status, const QString &error, const QString &why)
{
    m_lastRefusal = error + QStringLiteral(": ") + why;
    const QJsonObject body{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), why}};
    reply(socket, status, QJsonDocument(body).toJson(QJsonDocument::Compact), {{"Content-Type", "application/json"}});
}

void FakeAuthorizationServer::reply(QTcpSocket *socket, int status, const QByteArray &body,
                                    const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers) {
        response += name + ": " + value + "\r\n";
    }
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace TestSupport
