// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/oauth/provider.h"
#include "app/oauth/tokenresult.h"

#include <QDateTime>
#include <QMetaType>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QNetworkReply;

namespace OAuth
{

// What the user needs to approve a device sign-in on another device (RFC 8628 §3.2-3.3): the
// page to open and the code to type there. The device code itself stays inside the flow.
struct DeviceAuthorization {
    QUrl verificationUri;
    QUrl verificationUriComplete; // the page with the code filled in; empty when the provider gives none
    QString userCode;
    QDateTime expiresAt; // UTC; the code is useless afterwards
    std::chrono::seconds interval{5}; // how often the token endpoint may be asked
};

// One sign-in through the OAuth 2.0 device authorization grant (RFC 8628), for a computer
// without a browser: asks the provider's device authorization endpoint for a user code
// (client_id and scope; PKCE does not apply), reports it with userCodeReady(), then polls the
// token endpoint with the device code at the interval the provider asked for (5 s more after
// each slow_down; twice as long after a timed-out request) until the user approves, denies or
// the code expires. Driven by QTimer and QNetworkAccessManager only; signals always come from
// the event loop, and exactly one finished(). The tokens are handed over in the result only,
// never logged; neither is the device code.
class DeviceAuthorizationFlow : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, RequestingCode, WaitingForApproval, Polling, Finished };
    Q_ENUM(State)

    static constexpr char GrantType[] = "urn:ietf:params:oauth:grant-type:device_code";
    // RFC 8628 §3.5: the step by which slow_down lengthens the polling interval.
    static constexpr std::chrono::seconds SlowDownStep{5};

    explicit DeviceAuthorizationFlow(const Provider &provider, QObject *parent = nullptr);

    // Requests the user code; userCodeReady() or finished() with an error follows.
    void start();
    // Ends the flow at once with Error::Kind::Cancelled (nothing happens once it has finished).
    void cancel();

    State state() const { return m_state; }
    // The current polling interval, which slow_down answers lengthen.
    std::chrono::seconds pollInterval() const { return m_authorization.interval; }
    const Provider &provider() const { return m_provider; }

Q_SIGNALS:
    void userCodeReady(const OAuth::DeviceAuthorization &authorization);
    void stateChanged(OAuth::DeviceAuthorizationFlow::State state);
    void finished(const OAuth::TokenResult &result);

private:
    void setState(State state);
    void onCodeReply(QNetworkReply *reply);
    void poll();
    void onPollReply(QNetworkReply *reply);
    void scheduleNextPoll();
    void finish(const TokenResult &result);
    Error error(Error::Kind kind, const QString &detail = {}) const;
    QList<std::pair<QString, QString>> clientFields() const;

    Provider m_provider;
    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer m_pollTimer;
    QTimer m_deadline;
    State m_state = State::Idle;
    DeviceAuthorization m_authorization;
    QString m_deviceCode;
};

} // namespace OAuth

Q_DECLARE_METATYPE(OAuth::DeviceAuthorization)
