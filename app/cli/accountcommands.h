// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/accounts/account.h"
#include "app/accounts/accountremoveoperation.h"
#include "app/cli/commandline.h"
#include "app/smtp/credentials.h"

#include <QCommandLineParser>

#include <functional>
#include <optional>

namespace Cli
{

// Shared by the account commands: option parsing with --help and a queued finish.
class ParsedCommand : public Command
{
    Q_OBJECT
public:
    ParsedCommand(Services services, QStringList arguments, QObject *parent);

protected:
    // Parses m_arguments; on --help or a usage error it prints and finishes, returning false.
    bool parse(QCommandLineParser &parser, const QString &description);
    // "kurier account add": how the user typed the command, for usage lines and hints.
    QString commandName() const;
    QString helpText(const QCommandLineParser &parser) const;
    void finishWith(int exitCode);
    void failWith(int exitCode, const QString &sentence);
    // False, and the command has failed saying why, when a new account is invalid, its id is
    // taken, or the settings file belongs to a newer Kurier.
    bool checkNewAccount(const Accounts::Account &account);
    // Looks the account's credentials up (Accounts::CredentialsLookup: the keychain, an OAuth
    // token refreshed when due) and calls `then` with them; what cannot be had fails the command
    // with the matching status.
    void readCredentials(const Accounts::Account &account, std::function<void(const Smtp::Credentials &)> then);

    Services m_services;
    QStringList m_arguments;
};

// kurier account add EMAIL [--name] [--id] --host H [--port P] [--security S] [--auth A]
//                         [--username U] [--password-stdin]   (--oauth: OAuthAccountAddCommand)
// Validates everything first; writes the password to the keychain, then the account to
// the settings, and undoes the keychain write if the settings cannot be saved, so a
// failure leaves nothing half-written.
class AccountAddCommand : public ParsedCommand
{
    Q_OBJECT
public:
    using ParsedCommand::ParsedCommand;
    void start() override;

private:
    std::optional<Accounts::Account> accountFromOptions(const QCommandLineParser &parser);
    // Reads standard input once; later calls return what was read (discovery verifies with it).
    std::optional<QString> passwordFromStdin();
    void saveAccount(const Accounts::Account &account, bool passwordStored);

    QCommandLineOption m_name{QStringLiteral("name"), tr("Your name as recipients see it."), tr("NAME")};
    QCommandLineOption m_id{QStringLiteral("id"), tr("The account's id (default: derived from EMAIL)."), tr("ID")};
    QCommandLineOption m_host{QStringLiteral("host"), tr("The SMTP server's host name."), tr("HOST")};
    QCommandLineOption m_port{QStringLiteral("port"),
                              tr("The SMTP server's port (default: 465 for tls, 587 for "
                                 "starttls, 25 for none)."),
                              tr("PORT")};
    QCommandLineOption m_security{QStringLiteral("security"), tr("Connection security: tls, starttls or none."),
                                  tr("SECURITY"), QStringLiteral("starttls")};
    QCommandLineOption m_auth{QStringLiteral("auth"),
                              tr("Authentication: auto, plain, login, cram-md5, scram-sha-256, xoauth2, oauthbearer "
                                 "or none."),
                              tr("METHOD")};
    QCommandLineOption m_userName{QStringLiteral("username"), tr("The login name (default: EMAIL)."), tr("USER")};
    QCommandLineOption m_passwordStdin{QStringLiteral("password-stdin"),
                                       tr("Read the password from standard input and store it in the keychain.")};
    std::optional<QString> m_password;
    QCommandLineOption m_autoconfig{QStringLiteral("autoconfig"), tr("Find the server settings automatically.")};
    // Listed here for --help only: CommandLine hands any "add" with --oauth or --device to
    // OAuthAccountAddCommand, so a password account never sees them set.
    QCommandLineOption m_oauth{QStringLiteral("oauth"),
                               tr("Sign in through the provider's web page (OAuth 2.0) instead of a password; see "
                                  "\"--oauth --help\".")};
    QCommandLineOption m_device{QStringLiteral("device"),
                                tr("With --oauth: sign in with a code on another device, for a computer without a "
                                   "web browser.")};
    QCommandLineOption m_clientId{QStringLiteral("client-id"), tr("With --oauth: the OAuth client id to sign in with."),
                                  tr("ID")};
};

// kurier account list [--json]
class AccountListCommand : public ParsedCommand
{
    Q_OBJECT
public:
    using ParsedCommand::ParsedCommand;
    void start() override;
};

// kurier account remove ID: the account's settings and its keychain entries.
class AccountRemoveCommand : public ParsedCommand
{
    Q_OBJECT
public:
    using ParsedCommand::ParsedCommand;
    void start() override;

private:
    void removeFinished(const QString &id, const Accounts::AccountRemoveOperation::Result &result);
};

} // namespace Cli
