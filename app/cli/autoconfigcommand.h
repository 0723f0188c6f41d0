// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/accounts/account.h"
#include "app/cli/commandline.h"
#include "autoconfig/discovery.h"

#include <QJsonObject>

#include <optional>

namespace Autoconfig
{
class Lookup;
}

namespace Cli
{

// kurier autoconfig EMAIL [--json] [--timeout SECONDS]
// Runs discovery (the environment's KURIER_ISPDB_URL / KURIER_DNS_SERVER apply) and prints the
// settings found, where they came from, how far they can be trusted, the alternatives, the
// provider's hints and every source's outcome; --json prints the document of the CLI contract.
// Exit status: 0 settings found, 69 nothing found, 64 wrong usage.
class AutoconfigCommand : public Command
{
    Q_OBJECT
public:
    AutoconfigCommand(Services services, QStringList arguments, QObject *parent);
    void start() override;

    // The account fields discovery fills in: host, port, security, authentication, user name.
    // "password-cleartext"/"password-encrypted" become Auto (the session picks the strongest
    // mechanism the server offers), OAuth2 becomes XOAUTH2.
    static Accounts::Account accountSettings(const Autoconfig::OutgoingServer &server);
    static QJsonObject toJson(const Autoconfig::Discovery &discovery);
    static QString toText(const Autoconfig::Discovery &discovery);

private:
    void finishWith(int exitCode);

    Services m_services;
    QStringList m_arguments;
    Autoconfig::Lookup *m_lookup = nullptr;
};

// Discovery for `kurier account add EMAIL` without --host: when trusted settings are found it
// hands back the options that describe them ("--host H --port P --security S --auth A
// --username U"), so the account command validates and saves them exactly as if typed.
// Settings that need confirmation are never taken silently: it prints them with the reason and
// the options to accept them, and fails. With a password coming, a password method is preferred
// over OAuth. (Kept beside AutoconfigCommand: the two share the mapping and the wording.)
// With a password to verify, trusted settings are only handed back once a real login with
// them worked (Accounts::SettingsVerifier: the settings and alternatives, full address then
// local part, at most two failed logins); the options then name the settings that verified.
class AccountDiscovery : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    void setPasswordToVerify(const QString &password) { m_password = password; }
    void start(const QString &emailAddress, bool passwordComing);

Q_SIGNALS:
    void found(const QStringList &options);
    void failed(int exitCode);

private:
    void verify(const Autoconfig::Discovery &discovery);
    static QStringList optionsFor(const Accounts::Account &account);

    std::optional<QString> m_password;
};

} // namespace Cli
