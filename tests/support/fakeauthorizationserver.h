// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

class QTcpSocket;

namespace TestSupport
{

// A small OAuth 2.0 authorization server on a loopback address (plain HTTP, which Kurier
// accepts for loopback endpoints only), strict where real providers are strict:
//  - GET /authorize needs the registered client id, response_type=code, a loopback http
//    redirect URI, a state and a PKCE S256 challenge; it answers 302 to the redirect URI with
//    a one-time code and the state (or with error=access_denied when told to deny);
//  - POST /token (form) exchanges a code only with the same client id and redirect URI and a
//    code_verifier whose S256 hash is the challenge, and refreshes with a live refresh token;
//    failures are RFC 6749 §5.2 JSON errors (invalid_grant, invalid_client, ...);
//  - POST /device (RFC 8628 §3.1-3.2) issues a device code and a user code for the registered
//    client and a scope; POST /token with the device_code grant answers authorization_pending
//    until the test approves or denies the user code (as the user would on /activate), then
//    tokens (once) or access_denied; expired_token once the code's lifetime has passed or the
//    test expires it; slow_down when asked to, and whenever a client polls before its interval
//    has passed (counted, so tests can prove the client waits).
// Tokens are random and counted; tests can expire access tokens, revoke refresh tokens and
// ask whether a token is currently valid (the fake SMTP server is told which one to accept).
class FakeAuthorizationServer : public QTcpServer
{
    Q_OBJECT
public:
    struct Request {
        QByteArray method;
        QString path;
        QUrlQuery query; // GET parameters or the POST form
    };

    explicit FakeAuthorizationServer(const QString &clientId, QObject *parent = nullptr);

    // Serves HTTPS with tests/data/oauth/tls/server.pem (issued by testCa()) instead of plain
    // HTTP, as real providers do; call before listenOn(). Clients must trust testCa().
    void useTls();
    static QList<QSslCertificate> testCa();

    bool listenOn(const QHostAddress &address);
    QUrl authorizationUrl() const;
    QUrl tokenUrl() const;
    QUrl deviceAuthorizationUrl() const;
    QUrl verificationUrl() const;

    // Access tokens issued from now on live this long (seconds; the reply's expires_in).
    void setAccessTokenLifetime(int seconds) { m_lifetime = seconds; }
    // The next /authorize answers error=access_denied, as when the user clicks "Cancel".
    void setDenyAuthorization(bool deny) { m_deny = deny; }
    // Refresh grants hand out a new refresh token and retire the old one.
    void setRotateRefreshTokens(bool rotate) { m_rotate = rotate; }
    void setClientSecret(const QString &secret) { m_clientSecret = secret; }
    // Device grant: the codes' lifetime (expires_in) and the polling interval they ask for.
    void setDeviceCodeLifetime(int seconds) { m_deviceLifetime = seconds; }
    void setDevicePollInterval(int seconds) { m_deviceInterval = seconds; }
    // Whether the device authorization response carries verification_uri_complete.
    void setOfferVerificationUriComplete(bool offer) { m_offerComplete = offer; }
    // The next `count` polls are answered slow_down (each adds 5 s to the required interval).
    void answerSlowDown(int count) { m_slowDowns = count; }
    // Polls are cut off without an answer, as by a broken network.
    void setDropDevicePolls(bool drop) { m_dropPolls = drop; }
    // The user signs in on /activate with this code and allows (or refuses) access.
    bool approveUserCode(const QString &userCode);
    bool denyUserCode(const QString &userCode);
    // Every outstanding device code runs out at once.
    void expireDeviceCodes();
    // Makes every issued access token invalid (as if its lifetime had passed).
    void expireAccessTokens();
    // Every refresh token stops working (the user revoked Kurier's access).
    void revokeRefreshTokens();

    bool isValidAccessToken(const QString &token) const { return m_accessTokens.contains(token); }
    QString lastAccessToken() const { return m_lastAccessToken; }
    QString lastRefreshToken() const { return m_lastRefreshToken; }
    QList<Request> requests() const { return m_requests; }
    int codeExchanges() const { return m_codeExchanges; }
    int refreshes() const { return m_refreshes; }
    QString lastUserCode() const { return m_lastUserCode; }
    int deviceAuthorizations() const { return m_deviceAuthorizations; }
    int devicePolls() const { return m_devicePolls; }
    // Polls that came before the interval the client had been given (slow_down answered them).
    int devicePollsTooSoon() const { return m_pollsTooSoon; }
    // Why the last refused request was refused ("invalid_grant: PKCE verifier does not match").
    QString lastRefusal() const { return m_lastRefusal; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QUrl endpoint(const QString &path) const;

    struct PendingCode {
        QString clientId;
        QString redirectUri;
        QString challenge;
    };
    struct PendingDevice {
        enum class Decision { Pending, Approved, Denied };
        QString clientId;
        QString userCode;
        Decision decision = Decision::Pending;
        QDeadlineTimer expiry;
        int interval = 5; // seconds; grows by 5 with every slow_down
        QElapsedTimer sinceLastContact;
    };

    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const Request &request);
    void authorize(QTcpSocket *socket, const QUrlQuery &query);
    void token(QTcpSocket *socket, const QUrlQuery &form);
    void deviceAuthorization(QTcpSocket *socket, const QUrlQuery &form);
    void deviceToken(QTcpSocket *socket, const QString &deviceCode);
    PendingDevice *deviceForUserCode(const QString &userCode);
    void issueTokens(QTcpSocket *socket, bool withRefreshToken);
    void refuse(QTcpSocket *socket, int status, const QString &error, const QString &why);
    static void reply(QTcpSocket *socket, int status, const QByteArray &body,
                      const QList<std::pair<QByteArray, QByteArray>> &headers = {});

    QString m_clientId;
    QString m_clientSecret;
    QHostAddress m_address;
    QSslCertificate m_certificate; // null: plain HTTP
    QSslKey m_key;
    int m_lifetime = 3600;
    bool m_deny = false;
    bool m_rotate = false;
    int m_counter = 0;
    QHash<QString, PendingCode> m_codes;
    QSet<QString> m_accessTokens;
    QSet<QString> m_refreshTokens;
    QString m_lastAccessToken;
    QString m_lastRefreshToken;
    QList<Request> m_requests;
    int m_codeExchanges = 0;
    int m_refreshes = 0;
    QString m_lastRefusal;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_deviceLifetime = 600;
    int m_deviceInterval = 1;
    bool m_offerComplete = false;
    int m_slowDowns = 0;
    bool m_dropPolls = false;
    QHash<QString, PendingDevice> m_devices; // by device code
    QString m_lastUserCode;
    int m_deviceAuthorizations = 0;
    int m_devicePolls = 0;
    int m_pollsTooSoon = 0;
};

} // namespace TestSupport
