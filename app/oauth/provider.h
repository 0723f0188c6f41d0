// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/accounts/account.h"

#include <QList>
#include <QMetaType>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace OAuth
{

// One OAuth 2.0 provider Kurier can sign in with for SMTP: the bundled facts (endpoints, the
// scope that allows sending, the login-hint parameter, which hosts and domains belong to it)
// plus this installation's client registration (clientId, clientSecret).
struct Provider {
    QString id; // "google", "microsoft", "yahoo", "aol", "fastmail"
    QString name; // "Google", shown as "Sign in with Google"
    QUrl authorizationUrl;
    QUrl tokenUrl;
    QStringList scopes;
    QString loginHintParameter; // empty when the provider documents none
    Accounts::AuthMethod mechanism = Accounts::AuthMethod::XOAuth2; // what its SMTP servers accept
    QStringList issuers; // ISPDB <oAuth2><issuer> values
    QStringList smtpHosts;
    QStringList domains; // address domains whose mail this provider hosts
    QString smtpHost; // the submission server for those domains
    quint16 smtpPort = 0;
    Accounts::Security smtpSecurity = Accounts::Security::ImplicitTls;
    QUrl registrationUrl; // where a developer registers a client id
    QStringList sources;
    // RFC 8628 device authorization grant, for signing in from a computer without a browser:
    // the endpoint when the provider documents one for a scope that allows SMTP; otherwise
    // empty, with why not (deviceFlowUnsupported). Either way the pages it comes from.
    QUrl deviceAuthorizationUrl;
    QString deviceFlowUnsupported;
    QStringList deviceFlowSources;
    QString clientId; // empty: not configured (see README, "OAuth sign-in")
    QString clientSecret; // only for providers that want one even from desktop programs

    bool hasClientId() const { return !clientId.isEmpty(); }
    // The domain of the page the browser opens, so people can see where they sign in.
    QString signInDomain() const { return authorizationUrl.host(); }
    QString scope() const { return scopes.join(QLatin1Char(' ')); }
    bool supportsDeviceFlow() const { return deviceAuthorizationUrl.isValid(); }
    // An account for an address, with this provider's submission server and SASL mechanism.
    Accounts::Account accountFor(const QString &email) const;
};

// Endpoints must be https; plain http is accepted only for a loopback address, where nothing
// leaves this computer (a local proxy, a test server).
bool isAcceptableEndpoint(const QUrl &url);

// The provider table: bundled data (:/oauth/providers.json) with the installation's
// configuration applied on top, build options first, then the settings file:
//   [oauth] <provider>\clientId, <provider>\clientSecret, <provider>\authorizationUrl,
//   <provider>\tokenUrl, <provider>\deviceAuthorizationUrl (endpoints only for organisations
//   that proxy them; https or loopback).
class ProviderTable
{
public:
    // The bundled rows with the build-time client ids (CMake KURIER_OAUTH_<PROVIDER>_CLIENT_ID).
    static ProviderTable bundled();
    // bundled() plus the settings' [oauth] group.
    static ProviderTable configured(const QSettings &settings);
    // configured() for the settings file at path (read only).
    static ProviderTable configured(const QString &settingsPath);
    static ProviderTable fromJson(const QByteArray &json, QStringList *problems = nullptr);

    QList<Provider> providers() const { return m_providers; }
    std::optional<Provider> provider(const QString &id) const;
    std::optional<Provider> forSmtpHost(const QString &host) const;
    std::optional<Provider> forEmailAddress(const QString &email) const;
    std::optional<Provider> forIssuer(const QString &issuer) const;
    // The provider for an account: its SMTP host first, then its address.
    std::optional<Provider> forAccount(const Accounts::Account &account) const;

    // Settings keys, for tools and tests that write the [oauth] group.
    static QString clientIdKey(const QString &providerId);
    static QString clientSecretKey(const QString &providerId);
    static QString authorizationUrlKey(const QString &providerId);
    static QString tokenUrlKey(const QString &providerId);
    static QString deviceAuthorizationUrlKey(const QString &providerId);

private:
    void applySettings(const QSettings &settings);

    QList<Provider> m_providers;
};

} // namespace OAuth

Q_DECLARE_METATYPE(OAuth::Provider)
