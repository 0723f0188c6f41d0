// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/accountcommands.h"

#include "app/accounts/accountlistmodel.h"
#include "app/accounts/accountremoveoperation.h"
#include "app/accounts/accountstore.h"
#include "app/accounts/credentialslookup.h"
#include "app/cli/autoconfigcommand.h"
#include "app/cli/exitcode.h"
#include "app/cli/standardstreams.h"
#include "app/logging.h"
#include "app/secrets/secretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace Cli
{

using Accounts::Account;
using Accounts::AccountField;
using Secrets::SecretKind;
using Secrets::SecretResult;

namespace
{

constexpr qsizetype MaxPasswordBytes = 64 * 1024;

int exitCodeFor(const Accounts::AccountStore::Result &result)
{
    using Status = Accounts::AccountStore::Status;
    switch (result.status) {
    case Status::Ok:
        return ExitCode::Ok;
    case Status::ReadFailed:
    case Status::WriteFailed:
        return ExitCode::IoError;
    case Status::NewerSettingsVersion:
        return ExitCode::ConfigurationError;
    case Status::UnknownAccount:
    case Status::DuplicateId:
    case Status::InvalidAccount:
        return ExitCode::Usage;
    }
    return ExitCode::InternalError;
}

int exitCodeFor(const SecretResult &result)
{
    switch (result.status) {
    case SecretResult::Status::Ok:
        return ExitCode::Ok;
    case SecretResult::Status::NoBackend:
        return ExitCode::ConfigurationError;
    case SecretResult::Status::AccessDenied:
        return ExitCode::PermissionDenied;
    case SecretResult::Status::NotFound:
    case SecretResult::Status::Failed:
        // A keychain that is locked or has no keyring is this machine's set-up, not the
        // mail server's: 69 would send people looking at the wrong thing.
        return ExitCode::ConfigurationError;
    }
    return ExitCode::InternalError;
}

} // namespace

ParsedCommand::ParsedCommand(Services services, QStringList arguments, QObject *parent)
    : Command(parent)
    , m_services(services)
    , m_arguments(std::move(arguments))
{
}

QString ParsedCommand::commandName() const
{
    return m_arguments.value(0);
}

bool ParsedCommand::parse(QCommandLineParser &parser, const QString &description)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(m_arguments)) {
        // Qt's sentence ("Unknown option 'x'.") names the problem; the hint completes it.
        QString problem = parser.errorText().trimmed();
        while (problem.endsWith(QLatin1Char('.'))) {
            problem.chop(1);
        }
        failWith(ExitCode::Usage, tr("%1; run \"%2 --help\" to see the options.").arg(problem, commandName()));
        return false;
    }
    if (parser.isSet(help)) {
        StandardStreams::out(helpText(parser));
        finishWith(ExitCode::Ok);
        return false;
    }
    return true;
}

QString ParsedCommand::helpText(const QCommandLineParser &parser) const
{
    // QCommandLineParser names the executable as it was started ("/usr/bin/kurier"); the
    // usage line should show the command as the user types it ("kurier account add").
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0 && (firstLineEnd < 0 || at < firstLineEnd)) {
        text.replace(at, program.size(), commandName());
    }
    return text;
}

void ParsedCommand::finishWith(int exitCode)
{
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

void ParsedCommand::failWith(int exitCode, const QString &sentence)
{
    StandardStreams::err(sentence);
    finishWith(exitCode);
}

bool ParsedCommand::checkNewAccount(const Accounts::Account &account)
{
    if (const QList<Accounts::AccountProblem> problems = account.problems(); !problems.isEmpty()) {
        failWith(ExitCode::Usage, problems.first().message);
        return false;
    }
    if (m_services.accounts->contains(account.id)) {
        failWith(ExitCode::Usage,
                 tr("An account with the id \"%1\" already exists; choose another with --id or "
                    "remove it first.")
                     .arg(account.id));
        return false;
    }
    if (m_services.accounts->isReadOnly()) {
        failWith(ExitCode::ConfigurationError,
                 tr("The settings file %1 was written by a newer version of Kurier; this version will not change it.")
                     .arg(QDir::toNativeSeparators(m_services.accounts->settingsPath())));
        return false;
    }
    return true;
}

void ParsedCommand::readCredentials(const Accounts::Account &account,
                                    std::function<void(const Smtp::Credentials &)> then)
{
    auto *lookup = new Accounts::CredentialsLookup(
        m_services.secrets, OAuth::ProviderTable::configured(m_services.accounts->settingsPath()), this);
    Accounts::CredentialsJob *job = lookup->lookUp(account);
    connect(job, &Accounts::CredentialsJob::finished, this,
            [this, lookup, accountId = account.id, then = std::move(then)](const Accounts::CredentialsResult &result) {
                lookup->deleteLater();
                if (result.ok()) {
                    then(*result.credentials);
                    return;
                }
                using Kind = Accounts::CredentialsProblem::Kind;
                const Accounts::CredentialsProblem &problem = *result.problem;
                switch (problem.kind) {
                case Kind::NoSecretStored:
                    failWith(ExitCode::ConfigurationError,
                             tr("No password is stored for the account \"%1\"; store it with \"kurier account "
                                "add\" and --password-stdin.")
                                 .arg(accountId));
                    return;
                case Kind::SignInNeeded:
                    failWith(
                        ExitCode::ConfigurationError,
                        problem.signInError && problem.signInError->kind == OAuth::Error::Kind::NotSignedIn
                            ? tr("No sign-in token is stored for the account \"%1\"; sign in again.").arg(accountId)
                            : tr("The provider no longer accepts the sign-in of the account \"%1\" (%2); sign "
                                 "in again.")
                                  .arg(accountId, problem.detail));
                    return;
                case Kind::TokenEndpointUnreachable:
                    failWith(ExitCode::TemporaryFailure,
                             tr("The sign-in of the account \"%1\" could not be renewed (%2); try again later.")
                                 .arg(accountId, problem.detail));
                    return;
                case Kind::TokenRefreshRefused:
                    failWith(ExitCode::ConfigurationError,
                             tr("The provider refused to renew the sign-in of the account \"%1\" (%2).")
                                 .arg(accountId, problem.detail));
                    return;
                case Kind::KeychainDenied:
                    failWith(ExitCode::PermissionDenied, problem.detail);
                    return;
                case Kind::KeychainUnavailable:
                    failWith(ExitCode::ConfigurationError, problem.detail);
                    return;
                }
            });
}

// ---- account add ----

void AccountAddCommand::start()
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("EMAIL"), tr("The account's email address."));
    parser.addOptions({m_name, m_id, m_host, m_port, m_security, m_auth, m_userName, m_passwordStdin, m_autoconfig,
                       m_oauth, m_device, m_clientId});
    if (!parse(parser, tr("Sets up an account for sending mail."))) {
        return;
    }
    if (parser.isSet(m_clientId)) {
        failWith(ExitCode::Usage, tr("--client-id belongs to an OAuth sign-in; add --oauth."));
        return;
    }
    if (!parser.isSet(m_host) && parser.positionalArguments().size() == 1) {
        // Discovery supplies the server options; the user's own --port/--auth/... come later and win.
        auto *discovery = new AccountDiscovery(this);
        connect(discovery, &AccountDiscovery::found, this, [this](const QStringList &options) {
            m_arguments = QStringList{m_arguments.first()} + options + m_arguments.mid(1);
            start();
        });
        connect(discovery, &AccountDiscovery::failed, this, &AccountAddCommand::finishWith);
        if (parser.isSet(m_passwordStdin)) {
            // Only settings a real login proved are saved along with the password.
            const std::optional<QString> password = passwordFromStdin();
            if (!password) {
                return; // passwordFromStdin() has reported the problem
            }
            discovery->setPasswordToVerify(*password);
        }
        discovery->start(parser.positionalArguments().first(), parser.isSet(m_passwordStdin));
        return;
    }
    const std::optional<Account> account = accountFromOptions(parser);
    if (!account) {
        return; // accountFromOptions() has reported the problem
    }
    if (!parser.isSet(m_passwordStdin)) {
        saveAccount(*account, false);
        return;
    }
    if (!account->usesPassword()) {
        failWith(ExitCode::Usage,
                 tr("--password-stdin was given, but the authentication method \"%1\" does not use "
                    "a password.")
                     .arg(Accounts::toString(account->authMethod)));
        return;
    }
    const std::optional<QString> password = passwordFromStdin();
    if (!password) {
        return; // passwordFromStdin() has reported the problem
    }
    // The keychain first: if it is missing or refuses, no account without its password is left behind.
    Secrets::SecretJob *job = m_services.secrets->write(account->id, SecretKind::SmtpPassword, *password);
    connect(job, &Secrets::SecretJob::finished, this, [this, account = *account](const SecretResult &result) {
        if (!result.ok()) {
            failWith(exitCodeFor(result),
                     tr("The password could not be stored, so the account was not added: %1").arg(result.message));
            return;
        }
        saveAccount(account, true);
    });
}

std::optional<Account> AccountAddCommand::accountFromOptions(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        failWith(ExitCode::Usage,
                 positional.isEmpty()
                     ? tr("Give the account's email address, e.g. \"kurier account add ola@example.com "
                          "--host smtp.example.com\".")
                     : tr("Give exactly one email address; got %1.").arg(positional.join(QLatin1Char(' '))));
        return std::nullopt;
    }
    Account account;
    account.email = positional.first();
    account.displayName = parser.value(m_name);
    account.host = parser.value(m_host).trimmed();

    const std::optional<Accounts::Security> security = Accounts::securityFromString(parser.value(m_security));
    if (!security) {
        failWith(ExitCode::Usage,
                 tr("Unknown security \"%1\"; use %2.")
                     .arg(parser.value(m_security), Accounts::securityNames().join(QStringLiteral(", "))));
        return std::nullopt;
    }
    account.security = *security;

    if (parser.isSet(m_port)) {
        bool ok = false;
        const uint port = parser.value(m_port).toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            failWith(ExitCode::Usage,
                     tr("The port \"%1\" is not valid; use a number from 1 to 65535.").arg(parser.value(m_port)));
            return std::nullopt;
        }
        account.port = static_cast<quint16>(port);
    } else {
        account.port = Accounts::defaultPort(account.security);
    }

    // Without encryption the only safe default is not to authenticate at all.
    const QString defaultAuth
        = account.security == Accounts::Security::None ? QStringLiteral("none") : QStringLiteral("auto");
    const QString authText = parser.isSet(m_auth) ? parser.value(m_auth) : defaultAuth;
    const std::optional<Accounts::AuthMethod> auth = Accounts::authMethodFromString(authText);
    if (!auth) {
        failWith(ExitCode::Usage,
                 tr("Unknown authentication method \"%1\"; use %2.")
                     .arg(authText, Accounts::authMethodNames().join(QStringLiteral(", "))));
        return std::nullopt;
    }
    account.authMethod = *auth;
    account.userName = parser.isSet(m_userName) ? parser.value(m_userName) : account.email;
    if (account.authMethod == Accounts::AuthMethod::None) {
        account.userName.clear();
    }

    if (parser.isSet(m_id)) {
        account.id = parser.value(m_id);
    } else {
        account.id = m_services.accounts->uniqueId(Accounts::suggestedAccountId(account.email));
    }

    if (!checkNewAccount(account)) {
        return std::nullopt;
    }
    return account;
}

std::optional<QString> AccountAddCommand::passwordFromStdin()
{
    if (m_password) {
        return m_password;
    }
    if (StandardStreams::stdinIsTerminal()) {
        if (std::optional<QString> typed = StandardStreams::readHiddenLine(tr("Password: "))) {
            m_password = typed;
            return typed;
        }
        failWith(ExitCode::Usage, tr("No password was typed, so the account was not added."));
        return std::nullopt;
    }
    const std::optional<QByteArray> data = StandardStreams::readAllStdin(MaxPasswordBytes);
    if (!data) {
        failWith(ExitCode::Usage, tr("Standard input holds more than 64 KiB, which cannot be a password."));
        return std::nullopt;
    }
    QByteArray bytes = *data;
    // One trailing newline is how `echo` and here-strings end a line, not part of the secret.
    if (bytes.endsWith('\n')) {
        bytes.chop(1);
        if (bytes.endsWith('\r')) {
            bytes.chop(1);
        }
    }
    if (bytes.isEmpty()) {
        failWith(ExitCode::Usage,
                 tr("--password-stdin was given, but standard input was empty; pipe the password in, "
                    "e.g. \"secret-tool lookup ... | kurier account add ...\"."));
        return std::nullopt;
    }
    if (bytes.contains('\n') || bytes.contains('\0')) {
        failWith(ExitCode::Usage,
                 tr("The password read from standard input contains a line break or NUL byte; give one line only."));
        return std::nullopt;
    }
    m_password = QString::fromUtf8(bytes);
    return m_password;
}

void AccountAddCommand::saveAccount(const Account &account, bool passwordStored)
{
    const Accounts::AccountStore::Result saved = m_services.accounts->add(account);
    if (saved.ok()) {
        StandardStreams::out(account.id);
        finishWith(ExitCode::Ok);
        return;
    }
    const QString message = tr("The account was not added: %1").arg(saved.message);
    if (!passwordStored) {
        failWith(exitCodeFor(saved), message);
        return;
    }
    // Undo the keychain write so the failure leaves nothing behind.
    Secrets::SecretJob *job = m_services.secrets->remove(account.id, SecretKind::SmtpPassword);
    connect(job, &Secrets::SecretJob::finished, this,
            [this, message, code = exitCodeFor(saved)](const SecretResult &) { failWith(code, message); });
}

// ---- account list ----

void AccountListCommand::start()
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the accounts as a JSON array."));
    parser.addOption(json);
    if (!parse(parser, tr("Lists the accounts and their settings. Secrets are never shown."))) {
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        failWith(ExitCode::Usage, tr("\"kurier account list\" takes no arguments."));
        return;
    }
    const QList<Account> accounts = m_services.accounts->accounts();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Account &a : accounts) {
            QJsonObject object{
                {QStringLiteral("id"), a.id},
                {QStringLiteral("name"), a.displayName},
                {QStringLiteral("email"), a.email},
                {QStringLiteral("host"), a.host},
                {QStringLiteral("port"), a.port},
                {QStringLiteral("security"), Accounts::toString(a.security)},
                {QStringLiteral("auth"), Accounts::toString(a.authMethod)},
                {QStringLiteral("username"), a.userName},
            };
            if (!a.pinnedCertificateSha256.isEmpty()) {
                // A fingerprint is public: it only says which certificate the user chose to trust.
                object.insert(QStringLiteral("pinned_certificate_sha256"), a.pinnedCertificateSha256);
            }
            array.append(object);
        }
        // Indented for people reading it, except that an empty list is "[]", not "[" and "]" on two lines.
        const auto format = array.isEmpty() ? QJsonDocument::Compact : QJsonDocument::Indented;
        StandardStreams::out(QString::fromUtf8(QJsonDocument(array).toJson(format)).trimmed());
        finishWith(ExitCode::Ok);
        return;
    }
    if (accounts.isEmpty()) {
        StandardStreams::out(tr("No accounts yet. Add one with \"kurier account add EMAIL --host HOST "
                                "--password-stdin\" or in Kurier's main window."));
        finishWith(ExitCode::Ok);
        return;
    }
    const std::optional<Account> defaultAccount = m_services.accounts->defaultAccount();
    for (const Account &a : accounts) {
        const QString marker
            = defaultAccount && defaultAccount->id == a.id ? QStringLiteral("* ") : QStringLiteral("  ");
        const QString who = a.displayName.isEmpty() ? a.email : QStringLiteral("%1 <%2>").arg(a.displayName, a.email);
        // One arg() call: a name containing "%1" must not be taken for a placeholder.
        StandardStreams::out(tr("%1%2  %3  %4:%5  %6  auth: %7  user: %8")
                                 .arg(marker, a.id, who, a.host, QString::number(a.port),
                                      Accounts::AccountListModel::securityLabel(a.security),
                                      Accounts::toString(a.authMethod),
                                      a.userName.isEmpty() ? QStringLiteral("-") : a.userName));
    }
    finishWith(ExitCode::Ok);
}

// ---- account remove ----

void AccountRemoveCommand::start()
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 tr("The id of the account to remove (see \"kurier account list\")."));
    if (!parse(parser, tr("Removes an account and its keychain entries."))) {
        return;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        failWith(ExitCode::Usage,
                 tr("Give the id of the account to remove, e.g. \"kurier account remove ola-example-com\"."));
        return;
    }
    const QString id = positional.first();
    auto *operation = new Accounts::AccountRemoveOperation(m_services.accounts, m_services.secrets, this);
    connect(operation, &Accounts::AccountRemoveOperation::finished, this,
            [this, id](const Accounts::AccountRemoveOperation::Result &result) { removeFinished(id, result); });
    operation->start(id);
}

void AccountRemoveCommand::removeFinished(const QString &id, const Accounts::AccountRemoveOperation::Result &result)
{
    using Outcome = Accounts::AccountRemoveOperation::Outcome;
    using StoreStatus = Accounts::AccountStore::Status;
    switch (result.outcome) {
    case Outcome::Removed:
        if (result.keychainUnreachable()) {
            StandardStreams::err(tr("The account \"%1\" was removed, but no keychain could be reached to delete its "
                                    "password; if one was stored, it is still there.")
                                     .arg(id));
        }
        finishWith(ExitCode::Ok);
        return;
    case Outcome::KeychainFailed:
        // The account stays so that a later "remove" can still find and delete the secret.
        failWith(exitCodeFor(SecretResult{result.keychainStatus, {}, result.keychainMessage}),
                 tr("The account \"%1\" was not removed because its keychain entry could not "
                    "be deleted: %2")
                     .arg(id, result.keychainMessage));
        return;
    case Outcome::NoSuchAccount:
        failWith(ExitCode::Usage,
                 tr("There is no account with the id \"%1\"; \"kurier account list\" shows the ids.").arg(id));
        return;
    case Outcome::StoreFailed:
        if (result.storeStatus == StoreStatus::NewerSettingsVersion) {
            failWith(ExitCode::ConfigurationError,
                     tr("The settings file %1 was written by a newer version of Kurier; this version will not "
                        "change it.")
                         .arg(QDir::toNativeSeparators(m_services.accounts->settingsPath())));
        } else {
            failWith(exitCodeFor(Accounts::AccountStore::Result{result.storeStatus, result.storeMessage}),
                     tr("The account was not removed: %1").arg(result.storeMessage));
        }
        return;
    }
}

} // namespace Cli
