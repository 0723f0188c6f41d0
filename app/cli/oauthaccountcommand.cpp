// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/oauthaccountcommand.h"

#include "app/accounts/accountstore.h"
#include "app/cli/autoconfigcommand.h"
#include "app/cli/exitcode.h"
#include "app/cli/explaincommand.h"
#include "app/cli/standardstreams.h"
#include "app/diagnostics/explainer.h"
#include "app/oauth/authorizationflow.h"
#include "app/oauth/deviceauthorizationflow.h"
#include "app/oauth/tokenstore.h"

#include <QDir>
#include <QLocale>

namespace Cli
{

using Accounts::Account;
using OAuth::Error;

int exitCodeForSignIn(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::NoClientId:
    case Error::Kind::InsecureEndpoint:
    case Error::Kind::ClientRejected:
    case Error::Kind::KeychainFailed:
        return ExitCode::ConfigurationError;
    case Error::Kind::AuthorizationDenied:
    case Error::Kind::StateMismatch:
    case Error::Kind::InvalidGrant:
    case Error::Kind::NotSignedIn:
    case Error::Kind::NoRefreshToken:
        return ExitCode::PermissionDenied;
    case Error::Kind::NetworkError:
    case Error::Kind::DeviceFlowUnsupported: // the provider offers no such sign-in; nothing here can change that
        return ExitCode::Unavailable;
    case Error::Kind::Timeout:
    case Error::Kind::Cancelled:
    case Error::Kind::DeviceCodeExpired: // running the command again gives a new code
        return ExitCode::TemporaryFailure;
    case Error::Kind::TokenEndpointError:
        return ExitCode::ProtocolError;
    case Error::Kind::ListenFailed:
        return ExitCode::IoError;
    }
    return ExitCode::InternalError;
}

void reportSignInError(const Error &error, const QString &sentence)
{
    StandardStreams::err(sentence);
    StandardStreams::err(QStringLiteral("  ") + error.facts());
    StandardStreams::err(QString());
    StandardStreams::err(ExplainCommand::render(Diagnostics::Explainer().explain(error.evidence())));
}

namespace
{

QString providerNames(const OAuth::ProviderTable &providers)
{
    QStringList names;
    for (const OAuth::Provider &provider : providers.providers()) {
        names.append(provider.name);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

void OAuthAccountAddCommand::start()
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("EMAIL"), tr("The account's email address."));
    parser.addOptions(
        {m_oauth, m_device, m_clientId, m_name, m_id, m_host, m_port, m_security, m_auth, m_userName, m_autoconfig});
    if (!parse(parser,
               tr("Sets up an account that signs in through the provider's web page (OAuth 2.0).\n"
                  "\n"
                  "Exit status: 0 added; 64 wrong usage; 69 the provider cannot be reached or\n"
                  "offers no sign-in with a code (--device); 75 no answer in time, or the code\n"
                  "expired (run it again); 77 the sign-in was refused; 78 no client id or another\n"
                  "configuration problem."))) {
        return;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        failWith(ExitCode::Usage,
                 tr("Give exactly one email address, e.g. \"kurier account add ola@gmail.com --oauth\"."));
        return;
    }
    const OAuth::ProviderTable providers = OAuth::ProviderTable::configured(m_services.accounts->settingsPath());
    const QString email = positional.first();
    if (!parser.isSet(m_host) && (parser.isSet(m_autoconfig) || !providers.forEmailAddress(email))) {
        // Not one of the table's own domains (e.g. a company domain hosted by Google): discovery
        // finds the server, and the server tells the provider.
        auto *discovery = new AccountDiscovery(this);
        connect(discovery, &AccountDiscovery::found, this, [this](const QStringList &found) {
            // The mechanism is the provider table's (or the user's --auth), not discovery's guess.
            QStringList options = found;
            if (const qsizetype auth = options.indexOf(QStringLiteral("--auth")); auth >= 0) {
                options.remove(auth, 2);
            }
            QStringList arguments = m_arguments;
            arguments.removeAll(QStringLiteral("--autoconfig"));
            m_arguments = QStringList{arguments.first()} + options + arguments.mid(1);
            start();
        });
        connect(discovery, &AccountDiscovery::failed, this, &OAuthAccountAddCommand::finishWith);
        discovery->start(email, false);
        return;
    }
    const std::optional<Account> account = accountFromOptions(parser, providers);
    if (!account) {
        return;
    }
    std::optional<OAuth::Provider> provider = providers.forAccount(*account);
    if (!provider) {
        failWith(ExitCode::ConfigurationError,
                 tr("Kurier does not know how to sign in to %1 through a web page; it can for %2. Use a password "
                    "instead (--password-stdin).")
                     .arg(account->host, providerNames(providers)));
        return;
    }
    if (parser.isSet(m_device) && !provider->supportsDeviceFlow()) {
        // Before the client id: registering one would not help.
        failWith(ExitCode::Unavailable,
                 tr("%1 does not offer signing in with a code on another device for sending mail: %2 (source: %3). "
                    "Run the command without --device on a computer with a web browser, or use an app password "
                    "(--password-stdin) where %1 allows one.")
                     .arg(provider->name, provider->deviceFlowUnsupported,
                          provider->deviceFlowSources.join(QStringLiteral("; "))));
        return;
    }
    if (parser.isSet(m_clientId)) {
        provider->clientId = parser.value(m_clientId).trimmed();
        provider->clientSecret.clear();
    }
    if (!provider->hasClientId()) {
        failWith(ExitCode::ConfigurationError,
                 tr("No OAuth client id is configured for %1. Register Kurier with %1 (%2) and give the id with "
                    "--client-id, or set %3 in %4.")
                     .arg(provider->name, provider->registrationUrl.toString(),
                          OAuth::ProviderTable::clientIdKey(provider->id),
                          QDir::toNativeSeparators(m_services.accounts->settingsPath())));
        return;
    }
    if (parser.isSet(m_device)) {
        signInOnAnotherDevice(*account, *provider);
        return;
    }
    signIn(*account, *provider);
}

std::optional<Account> OAuthAccountAddCommand::accountFromOptions(const QCommandLineParser &parser,
                                                                  const OAuth::ProviderTable &providers)
{
    const QString email = parser.positionalArguments().first();
    Account account;
    if (parser.isSet(m_host)) {
        account.email = email;
        account.host = parser.value(m_host).trimmed();
        const QString securityText = parser.isSet(m_security) ? parser.value(m_security) : QStringLiteral("starttls");
        const std::optional<Accounts::Security> security = Accounts::securityFromString(securityText);
        if (!security || *security == Accounts::Security::None) {
            failWith(ExitCode::Usage,
                     tr("Unknown security \"%1\"; an OAuth sign-in needs tls or starttls.").arg(securityText));
            return std::nullopt;
        }
        account.security = *security;
        account.port = Accounts::defaultPort(account.security);
        const std::optional<OAuth::Provider> provider = providers.forSmtpHost(account.host);
        account.authMethod = provider ? provider->mechanism : Accounts::AuthMethod::XOAuth2;
    } else {
        account = providers.forEmailAddress(email)->accountFor(email);
    }
    if (parser.isSet(m_port)) {
        bool ok = false;
        const uint port = parser.value(m_port).toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            failWith(ExitCode::Usage,
                     tr("The port \"%1\" is not valid; use a number from 1 to 65535.").arg(parser.value(m_port)));
            return std::nullopt;
        }
        account.port = static_cast<quint16>(port);
    }
    if (parser.isSet(m_auth)) {
        const std::optional<Accounts::AuthMethod> method = Accounts::authMethodFromString(parser.value(m_auth));
        // Discovery says "xoauth2" for any OAuth2 server; the user's choice wins when given.
        if (!method || (*method != Accounts::AuthMethod::XOAuth2 && *method != Accounts::AuthMethod::OAuthBearer)) {
            failWith(ExitCode::Usage,
                     tr("An OAuth sign-in uses the authentication method xoauth2 or oauthbearer, not \"%1\".")
                         .arg(parser.value(m_auth)));
            return std::nullopt;
        }
        account.authMethod = *method;
    }
    account.displayName = parser.value(m_name);
    account.userName = parser.isSet(m_userName) ? parser.value(m_userName) : email;
    account.id
        = parser.isSet(m_id) ? parser.value(m_id) : m_services.accounts->uniqueId(Accounts::suggestedAccountId(email));
    if (!checkNewAccount(account)) {
        return std::nullopt;
    }
    return account;
}

void OAuthAccountAddCommand::signIn(const Account &account, const OAuth::Provider &provider)
{
    m_tokens = new OAuth::TokenStore(m_services.secrets,
                                     OAuth::ProviderTable::configured(m_services.accounts->settingsPath()), this);
    m_flow = new OAuth::AuthorizationFlow(provider, account.email, this);
    connect(m_flow, &OAuth::AuthorizationFlow::authorizationUrlReady, this, [this, provider](const QUrl &url) {
        // The URL alone on stdout, first, so scripts and terminals can open it; the words on stderr.
        StandardStreams::out(QString::fromUtf8(url.toEncoded()));
        StandardStreams::err(tr("Open the address above in your web browser and sign in with %1 (%2). Kurier waits "
                                "for the browser on %3.")
                                 .arg(provider.name, provider.signInDomain(), m_flow->redirectUri().authority()));
    });
    connect(m_flow, &OAuth::AuthorizationFlow::finished, this,
            [this, account](const OAuth::TokenResult &result) { onSignedIn(account, result); });
    m_flow->start();
}

void OAuthAccountAddCommand::signInOnAnotherDevice(const Account &account, const OAuth::Provider &provider)
{
    m_tokens = new OAuth::TokenStore(m_services.secrets,
                                     OAuth::ProviderTable::configured(m_services.accounts->settingsPath()), this);
    m_deviceFlow = new OAuth::DeviceAuthorizationFlow(provider, this);
    connect(m_deviceFlow, &OAuth::DeviceAuthorizationFlow::userCodeReady, this,
            [provider](const OAuth::DeviceAuthorization &authorization) {
                // The page and the code alone on stdout, one a line, for scripts; the words on stderr.
                StandardStreams::out(QString::fromUtf8(authorization.verificationUri.toEncoded()));
                StandardStreams::out(authorization.userCode);
                const QString until
                    = QLocale().toString(authorization.expiresAt.toLocalTime().time(), QLocale::ShortFormat);
                StandardStreams::err(tr("On any device with a web browser, open %1 and enter the code %2 to sign in "
                                        "with %3. The code is valid until %4; Kurier waits until then.")
                                         .arg(QString::fromUtf8(authorization.verificationUri.toEncoded()),
                                              authorization.userCode, provider.name, until));
                if (!authorization.verificationUriComplete.isEmpty()) {
                    StandardStreams::err(
                        tr("Or open %1, which has the code filled in.")
                            .arg(QString::fromUtf8(authorization.verificationUriComplete.toEncoded())));
                }
            });
    connect(m_deviceFlow, &OAuth::DeviceAuthorizationFlow::finished, this,
            [this, account](const OAuth::TokenResult &result) { onSignedIn(account, result); });
    m_deviceFlow->start();
}

void OAuthAccountAddCommand::onSignedIn(const Account &account, const OAuth::TokenResult &result)
{
    if (!result.ok()) {
        failWithError(*result.error, tr("The sign-in did not succeed, so the account was not added."));
        return;
    }
    // The keychain first: an account without its tokens must not be left behind.
    OAuth::TokenJob *saved = m_tokens->save(account.id, *result.tokens);
    connect(saved, &OAuth::TokenJob::finished, this, [this, account](const OAuth::TokenResult &stored) {
        if (!stored.ok()) {
            failWith(ExitCode::ConfigurationError,
                     tr("The sign-in worked, but the keychain did not take the tokens, so the account was not added: "
                        "%1")
                         .arg(stored.error->detail));
            return;
        }
        const Accounts::AccountStore::Result added = m_services.accounts->add(account);
        if (added.ok()) {
            StandardStreams::out(account.id);
            finishWith(ExitCode::Ok);
            return;
        }
        const QString message = tr("The account was not added: %1").arg(added.message);
        Secrets::SecretJob *undo = m_services.secrets->remove(account.id, Secrets::SecretKind::OAuthTokens);
        connect(undo, &Secrets::SecretJob::finished, this,
                [this, message](const Secrets::SecretResult &) { failWith(ExitCode::IoError, message); });
    });
}

void OAuthAccountAddCommand::failWithError(const Error &error, const QString &sentence)
{
    reportSignInError(error, sentence);
    finishWith(exitCodeForSignIn(error));
}

} // namespace Cli
