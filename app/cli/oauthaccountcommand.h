// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/accounts/account.h"
#include "app/cli/accountcommands.h"
#include "app/oauth/provider.h"
#include "app/oauth/tokenresult.h"

#include <QCommandLineParser>

#include <optional>

namespace OAuth
{
class AuthorizationFlow;
class DeviceAuthorizationFlow;
class TokenStore;
} // namespace OAuth

namespace Cli
{

// The sysexits status for a failed sign-in or token refresh (77 when only a new sign-in helps).
int exitCodeForSignIn(const OAuth::Error &error);
// Prints the sentence, the raw facts and the explainer's explanation on stderr.
void reportSignInError(const OAuth::Error &error, const QString &sentence);

// kurier account add EMAIL --oauth [--device] [--client-id ID] [--name] [--id] [--host H --port P
//                                  --security S] [--auth xoauth2|oauthbearer] [--username U]
// Signs in through the provider's page: prints the authorization URL on stdout at once, waits
// for the browser's redirect to a loopback port, stores the tokens in the keychain
// ("<id>/oauth2") and then the account, and prints the account's id. With --device (for a
// computer without a browser; RFC 8628) it prints the verification URL and the user code
// instead and waits while the user approves on another device, where the provider offers
// that grant; where it does not, it says so and why (the provider table's facts). The server settings come
// from --host, else from the OAuth provider table (by the address's domain), else from
// discovery; the provider is recognised by the SMTP host or the address. The client id is
// --client-id, else the configured one. Nothing is half-written on failure.
class OAuthAccountAddCommand : public ParsedCommand
{
    Q_OBJECT
public:
    using ParsedCommand::ParsedCommand;
    void start() override;

private:
    std::optional<Accounts::Account> accountFromOptions(const QCommandLineParser &parser,
                                                        const OAuth::ProviderTable &providers);
    void signIn(const Accounts::Account &account, const OAuth::Provider &provider);
    void signInOnAnotherDevice(const Accounts::Account &account, const OAuth::Provider &provider);
    void onSignedIn(const Accounts::Account &account, const OAuth::TokenResult &result);
    void failWithError(const OAuth::Error &error, const QString &sentence);

    QCommandLineOption m_oauth{QStringLiteral("oauth"), tr("Sign in through the provider's web page (OAuth 2.0).")};
    QCommandLineOption m_device{QStringLiteral("device"),
                                tr("Sign in on another device (a phone, another computer) with a code, for a computer "
                                   "without a web browser; where the provider offers it (Microsoft).")};
    QCommandLineOption m_clientId{QStringLiteral("client-id"),
                                  tr("The OAuth client id to sign in with (default: the configured one)."), tr("ID")};
    QCommandLineOption m_name{QStringLiteral("name"), tr("Your name as recipients see it."), tr("NAME")};
    QCommandLineOption m_id{QStringLiteral("id"), tr("The account's id (default: derived from EMAIL)."), tr("ID")};
    QCommandLineOption m_host{QStringLiteral("host"), tr("The SMTP server's host name."), tr("HOST")};
    QCommandLineOption m_port{QStringLiteral("port"), tr("The SMTP server's port."), tr("PORT")};
    QCommandLineOption m_security{QStringLiteral("security"), tr("Connection security: tls or starttls."),
                                  tr("SECURITY")};
    QCommandLineOption m_auth{QStringLiteral("auth"), tr("The SASL mechanism for the token: xoauth2 or oauthbearer."),
                              tr("METHOD")};
    QCommandLineOption m_userName{QStringLiteral("username"), tr("The login name (default: EMAIL)."), tr("USER")};
    QCommandLineOption m_autoconfig{QStringLiteral("autoconfig"), tr("Find the server settings automatically.")};

    OAuth::TokenStore *m_tokens = nullptr;
    OAuth::AuthorizationFlow *m_flow = nullptr;
    OAuth::DeviceAuthorizationFlow *m_deviceFlow = nullptr;
};

} // namespace Cli
