// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/autoconfigcommand.h"

#include "app/accounts/emailaddress.h"
#include "app/accounts/settingsverifier.h"
#include "app/cli/exitcode.h"
#include "app/cli/explaincommand.h"
#include "app/cli/sendreport.h"
#include "app/cli/standardstreams.h"
#include "autoconfig/lookup.h"
#include "autoconfig/messages.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QProcessEnvironment>
#include <QTimer>

namespace Cli
{

using Autoconfig::Discovery;
using Autoconfig::Messages;
using Autoconfig::OutgoingServer;

namespace
{

Accounts::AuthMethod authMethodFor(Autoconfig::Authentication method)
{
    switch (method) {
    case Autoconfig::Authentication::PasswordCleartext:
    case Autoconfig::Authentication::PasswordEncrypted:
        return Accounts::AuthMethod::Auto;
    case Autoconfig::Authentication::OAuth2:
        return Accounts::AuthMethod::XOAuth2;
    case Autoconfig::Authentication::ClientIpAddress:
    case Autoconfig::Authentication::SmtpAfterPop:
    case Autoconfig::Authentication::None:
        return Accounts::AuthMethod::None;
    case Autoconfig::Authentication::Ntlm:
    case Autoconfig::Authentication::Gssapi:
    case Autoconfig::Authentication::TlsClientCertificate:
        break;
    }
    return Accounts::AuthMethod::Auto;
}

Accounts::Security securityFor(Autoconfig::Security security)
{
    switch (security) {
    case Autoconfig::Security::ImplicitTls:
        return Accounts::Security::ImplicitTls;
    case Autoconfig::Security::StartTls:
        return Accounts::Security::StartTls;
    case Autoconfig::Security::Plain:
        return Accounts::Security::None;
    }
    return Accounts::Security::StartTls;
}

QJsonObject settingsJson(const OutgoingServer &server)
{
    const Accounts::Account account = AutoconfigCommand::accountSettings(server);
    return QJsonObject{
        {QStringLiteral("host"), account.host},
        {QStringLiteral("port"), account.port},
        {QStringLiteral("security"), Accounts::toString(account.security)},
        {QStringLiteral("auth"), Accounts::toString(account.authMethod)},
        {QStringLiteral("username"), account.userName},
    };
}

QString language()
{
    return QLocale().name().section(QLatin1Char('_'), 0, 0);
}

QString securityLabel(Autoconfig::Security security)
{
    switch (security) {
    case Autoconfig::Security::ImplicitTls:
        return AutoconfigCommand::tr("SSL/TLS");
    case Autoconfig::Security::StartTls:
        return AutoconfigCommand::tr("STARTTLS");
    case Autoconfig::Security::Plain:
        return AutoconfigCommand::tr("no encryption");
    }
    return {};
}

QString serverLine(const OutgoingServer &server)
{
    return AutoconfigCommand::tr("%1:%2 (%3), user name \"%4\", sign-in: %5")
        .arg(server.hostname)
        .arg(server.port)
        .arg(securityLabel(server.security), server.username,
             Accounts::toString(AutoconfigCommand::accountSettings(server).authMethod));
}

} // namespace

AutoconfigCommand::AutoconfigCommand(Services services, QStringList arguments, QObject *parent)
    : Command(parent)
    , m_services(services)
    , m_arguments(std::move(arguments))
{
}

Accounts::Account AutoconfigCommand::accountSettings(const OutgoingServer &server)
{
    Accounts::Account account;
    account.host = server.hostname;
    account.port = server.port;
    account.security = securityFor(server.security);
    account.authMethod = authMethodFor(server.preferredAuthentication());
    account.userName = account.authMethod == Accounts::AuthMethod::None ? QString() : server.username;
    return account;
}

QJsonObject AutoconfigCommand::toJson(const Discovery &discovery)
{
    QJsonArray alternatives;
    for (const OutgoingServer &server : discovery.alternatives) {
        alternatives.append(settingsJson(server));
    }
    QJsonArray hints;
    for (const Autoconfig::Hint &hint : discovery.hints) {
        hints.append(Messages::describe(hint, language()));
    }
    QJsonArray confirmations;
    for (const Autoconfig::ConfirmationReason reason : discovery.confirmations) {
        confirmations.append(Messages::describe(reason, discovery.otherDomain));
    }
    QJsonArray sources;
    for (const Autoconfig::SourceReport &report : discovery.sources) {
        sources.append(QJsonObject{
            {QStringLiteral("name"), Autoconfig::sourceName(report.kind)},
            {QStringLiteral("state"), Autoconfig::stateName(report.state)},
            {QStringLiteral("detail"), Messages::describe(report)},
            {QStringLiteral("elapsed_ms"), report.elapsedMs < 0 ? QJsonValue() : QJsonValue(report.elapsedMs)},
        });
    }
    const bool found = discovery.settings.has_value();
    return QJsonObject{
        {QStringLiteral("email"), discovery.emailAddress},
        {QStringLiteral("settings"), found ? QJsonValue(settingsJson(*discovery.settings)) : QJsonValue()},
        {QStringLiteral("source"), found ? QJsonValue(Autoconfig::sourceName(discovery.source)) : QJsonValue()},
        {QStringLiteral("trusted"), found && !discovery.needsConfirmation()},
        {QStringLiteral("needs_confirmation"), found && discovery.needsConfirmation()},
        {QStringLiteral("confirmation_reasons"), confirmations},
        {QStringLiteral("provider"), discovery.providerName},
        {QStringLiteral("alternatives"), alternatives},
        {QStringLiteral("hints"), hints},
        {QStringLiteral("elapsed_ms"), discovery.elapsedMs},
        {QStringLiteral("sources"), sources},
    };
}

QString AutoconfigCommand::toText(const Discovery &discovery)
{
    QStringList lines;
    if (discovery.settings) {
        lines.append(tr("Settings for %1 (found in %2 ms):").arg(discovery.emailAddress).arg(discovery.elapsedMs));
        lines.append(QStringLiteral("  ") + serverLine(*discovery.settings));
        lines.append(tr("  Source: %1").arg(Messages::sourceLabel(discovery.source)));
        if (discovery.needsConfirmation()) {
            lines.append(tr("  Check before use:"));
            for (const Autoconfig::ConfirmationReason reason : discovery.confirmations) {
                lines.append(QStringLiteral("    - ") + Messages::describe(reason, discovery.otherDomain));
            }
        } else {
            lines.append(tr("  Trusted: it comes from a source that needs no confirmation."));
        }
        if (!discovery.alternatives.isEmpty()) {
            lines.append(tr("Alternatives:"));
            for (const OutgoingServer &server : discovery.alternatives) {
                lines.append(QStringLiteral("  ") + serverLine(server));
            }
        }
    } else {
        lines.append(tr("No settings were found for %1 (searched for %2 ms); enter the server settings by hand.")
                         .arg(discovery.emailAddress)
                         .arg(discovery.elapsedMs));
    }
    if (!discovery.hints.isEmpty()) {
        lines.append(tr("Before you sign in:"));
        for (const Autoconfig::Hint &hint : discovery.hints) {
            lines.append(QStringLiteral("  - ") + Messages::describe(hint, language()));
        }
    }
    lines.append(tr("Where Kurier looked:"));
    for (const Autoconfig::SourceReport &report : discovery.sources) {
        lines.append(QStringLiteral("  %1 [%2] %3")
                         .arg(Messages::sourceLabel(report.kind), Autoconfig::stateName(report.state),
                              Messages::describe(report)));
    }
    return lines.join(QLatin1Char('\n'));
}

void AutoconfigCommand::start()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Finds the SMTP settings for an email address and says where they came from and how far to trust them."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addPositionalArgument(QStringLiteral("EMAIL"), tr("The email address to find settings for."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON document instead of text."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Give up after SECONDS and report what was found by then."), tr("SECONDS"));
    parser.addOptions({help, json, timeout});
    if (!parser.parse(m_arguments)) {
        StandardStreams::err(parser.errorText() + QLatin1Char('.'));
        finishWith(ExitCode::Usage);
        return;
    }
    if (parser.isSet(help)) {
        StandardStreams::out(parser.helpText());
        finishWith(ExitCode::Ok);
        return;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        StandardStreams::err(tr("Give exactly one email address, e.g. \"kurier autoconfig ola@wp.pl\"."));
        finishWith(ExitCode::Usage);
        return;
    }
    const QString address = positional.first();
    if (const QString problem = Accounts::EmailAddressCheck::problem(address); !problem.isEmpty()) {
        StandardStreams::err(problem);
        finishWith(ExitCode::Usage);
        return;
    }
    QStringList problems;
    Autoconfig::LookupConfig config
        = Autoconfig::LookupConfig::fromEnvironment(QProcessEnvironment::systemEnvironment(), &problems);
    for (const QString &problem : std::as_const(problems)) {
        StandardStreams::err(problem);
    }
    if (parser.isSet(timeout)) {
        bool ok = false;
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 600) {
            StandardStreams::err(tr("The timeout \"%1\" is not valid; give a number of seconds from 0.1 to 600.")
                                     .arg(parser.value(timeout)));
            finishWith(ExitCode::Usage);
            return;
        }
        config.overallTimeout = std::chrono::milliseconds(qRound64(seconds * 1000));
    }
    const bool asJson = parser.isSet(json);
    m_lookup = new Autoconfig::Lookup(config, this);
    connect(m_lookup, &Autoconfig::Lookup::finished, this, [this, asJson](const Discovery &discovery) {
        if (asJson) {
            StandardStreams::out(
                QString::fromUtf8(QJsonDocument(toJson(discovery)).toJson(QJsonDocument::Indented)).trimmed());
        } else {
            StandardStreams::out(toText(discovery));
        }
        finishWith(discovery.settings ? ExitCode::Ok : ExitCode::Unavailable);
    });
    m_lookup->start(address);
}

void AccountDiscovery::start(const QString &emailAddress, bool passwordComing)
{
    QStringList problems;
    const Autoconfig::LookupConfig config
        = Autoconfig::LookupConfig::fromEnvironment(QProcessEnvironment::systemEnvironment(), &problems);
    for (const QString &problem : std::as_const(problems)) {
        StandardStreams::err(problem);
    }
    auto *lookup = new Autoconfig::Lookup(config, this);
    connect(
        lookup, &Autoconfig::Lookup::finished, this, [this, emailAddress, passwordComing](const Discovery &discovery) {
            if (!discovery.settings) {
                StandardStreams::err(
                    AutoconfigCommand::tr("No server settings were found for %1 (\"kurier autoconfig %1\" shows "
                                          "where Kurier looked); give them with --host (and --port, --security).")
                        .arg(emailAddress));
                Q_EMIT failed(ExitCode::Usage);
                return;
            }
            OutgoingServer server = *discovery.settings;
            if (passwordComing) {
                // A password is on its way: take the first password method the provider lists.
                for (const Autoconfig::Authentication method : server.authentications) {
                    if (Autoconfig::needsPassword(method)) {
                        server.authentications = {method};
                        break;
                    }
                }
            }
            const QStringList options = optionsFor(AutoconfigCommand::accountSettings(server));
            if (discovery.needsConfirmation()) {
                StandardStreams::err(
                    AutoconfigCommand::tr("Settings were found for %1, but they need your confirmation:")
                        .arg(emailAddress));
                for (const Autoconfig::ConfirmationReason reason : discovery.confirmations) {
                    StandardStreams::err(QStringLiteral("  - ") + Messages::describe(reason, discovery.otherDomain));
                }
                StandardStreams::err(AutoconfigCommand::tr("To use them, run the command again with: %1")
                                         .arg(options.join(QLatin1Char(' '))));
                Q_EMIT failed(ExitCode::ConfigurationError);
                return;
            }
            for (const Autoconfig::Hint &hint : discovery.hints) {
                StandardStreams::err(Messages::describe(hint, language()));
            }
            if (m_password) {
                verify(discovery);
                return;
            }
            Q_EMIT found(options);
        });
    lookup->start(emailAddress);
}

QStringList AccountDiscovery::optionsFor(const Accounts::Account &account)
{
    QStringList options{QStringLiteral("--host"),     account.host,
                        QStringLiteral("--port"),     QString::number(account.port),
                        QStringLiteral("--security"), Accounts::toString(account.security),
                        QStringLiteral("--auth"),     Accounts::toString(account.authMethod)};
    if (!account.userName.isEmpty()) {
        options += {QStringLiteral("--username"), account.userName};
    }
    return options;
}

void AccountDiscovery::verify(const Discovery &discovery)
{
    auto *verifier = new Accounts::SettingsVerifier(this);
    connect(verifier, &Accounts::SettingsVerifier::attemptStarted, this, [](const Accounts::Account &candidate) {
        StandardStreams::err(AutoconfigCommand::tr("Logging in to %1, port %2 (%3) as %4 to check the settings ...")
                                 .arg(candidate.host)
                                 .arg(candidate.port)
                                 .arg(Accounts::toString(candidate.security), candidate.userName));
    });
    connect(verifier, &Accounts::SettingsVerifier::finished, this,
            [this, verifier, discovery](const Accounts::VerificationResult &result) {
                verifier->deleteLater();
                if (result.verified) {
                    StandardStreams::err(AutoconfigCommand::tr("The login worked; no mail was sent."));
                    Q_EMIT found(optionsFor(*result.verified));
                    return;
                }
                if (result.attempts.isEmpty()) {
                    StandardStreams::err(
                        AutoconfigCommand::tr("The settings found for %1 offer no encrypted password login, so "
                                              "they were not tried and the account was not added.")
                            .arg(discovery.emailAddress));
                    Q_EMIT failed(ExitCode::ConfigurationError);
                    return;
                }
                StandardStreams::err(
                    AutoconfigCommand::tr("No login with the settings found for %1 worked, so the account was not "
                                          "added.")
                        .arg(discovery.emailAddress));
                int exitCode = ExitCode::Unavailable;
                if (result.error) {
                    Smtp::SendResult failure;
                    failure.error = result.error;
                    exitCode = SendReport::exitCode(failure);
                }
                if (result.explanation) {
                    StandardStreams::err(QString());
                    StandardStreams::err(ExplainCommand::render(*result.explanation));
                }
                Q_EMIT failed(exitCode);
            });
    verifier->start(discovery, *m_password);
    m_password.reset();
}

void AutoconfigCommand::finishWith(int exitCode)
{
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

} // namespace Cli
