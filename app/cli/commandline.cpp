// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"

#include "app/cli/accountcommands.h"
#include "app/cli/accounttestcommand.h"
#include "app/cli/autoconfigcommand.h"
#include "app/cli/checkdomaincommand.h"
#include "app/cli/exitcode.h"
#include "app/cli/explaincommand.h"
#include "app/cli/oauthaccountcommand.h"
#include "app/cli/outboxcommands.h"
#include "app/cli/sendcommand.h"
#include "app/cli/standardstreams.h"

#include <QLoggingCategory>
#include <QTimer>

namespace Cli
{

CommandLine::CommandLine(Services services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
}

bool CommandLine::wantsGui(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        // Qt's GUI options (-platform offscreen, -style fusion, ...) still mean "the window".
        static const QList<QByteArray> guiOptionsWithValue{"-platform", "-style", "-display", "-qwindowgeometry"};
        if (guiOptionsWithValue.contains(arg)) {
            ++i;
            continue;
        }
        return false;
    }
    return true;
}

QString CommandLine::mainHelp() const
{
    return tr("Usage: kurier [COMMAND] [OPTIONS]\n"
              "\n"
              "Kurier sends email through your provider's SMTP server. Without a command it opens\n"
              "its main window; with a command it works on the command line, using the same\n"
              "accounts and the same keychain entries.\n"
              "\n"
              "Commands:\n"
              "  account add EMAIL      set up an account (server settings, password in the keychain;\n"
              "                         --oauth signs in through the provider's web page)\n"
              "  account list           show the accounts and their settings (never a secret)\n"
              "  account remove ID      remove an account and its keychain entry\n"
              "  account test ID        test an account step by step: resolve, connect, TLS, EHLO, login\n"
              "  autoconfig EMAIL       find the SMTP settings for an address and how far to trust them\n"
              "  send --to ADDR ...     compose a message and send it (--queue puts it in the outbox,\n"
              "                         --dry-run --save FILE only writes it to a file)\n"
              "  send [-t] [RCPT ...]   send a complete message read from standard input, like sendmail\n"
              "  outbox list|flush|remove ID\n"
              "                         show, send or remove the messages waiting in the outbox\n"
              "  explain [REPLY]        explain an SMTP server's reply and what to do about it\n"
              "  check-domain DOMAIN    check a sender domain's MX, SPF, DMARC and DKIM records\n"
              "\n"
              "Options:\n"
              "  -h, --help             show this help; COMMAND --help shows a command's help\n"
              "  -v, --version          show Kurier's version\n"
              "\n"
              "Exit status follows sysexits.h: 0 success, 64 wrong usage, 65 bad message,\n"
              "67 recipient refused, 68 host unknown, 69 refused by the server, 70 internal error,\n"
              "74 input/output error or delivery unknown, 75 temporary failure (try again later),\n"
              "76 protocol error, 77 login refused, 78 configuration error.");
}

void CommandLine::run(const QStringList &arguments)
{
    // On the command line stderr carries the one sentence a script or user reads, so
    // Kurier's diagnostics stay silent there (QT_LOGGING_RULES still switches them on).
    // Qt NetworkAuth's warnings (a refused sign-in) would repeat that sentence in Qt's words.
    QLoggingCategory::setFilterRules(QStringLiteral("kurier.*=false\nqt.networkauth.*=false"));
    const QStringList args = arguments.mid(1);
    const QString first = args.value(0);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        StandardStreams::out(QStringLiteral("kurier %1").arg(QStringLiteral(KURIER_VERSION_STRING)));
        finishWith(ExitCode::Ok);
    } else if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        StandardStreams::out(mainHelp());
        finishWith(ExitCode::Ok);
    } else if (first == QLatin1String("account")) {
        runAccount(args);
    } else if (first == QLatin1String("autoconfig")) {
        startCommand(
            new AutoconfigCommand(m_services, QStringList{QStringLiteral("kurier autoconfig")} + args.mid(1), this));
    } else if (first == QLatin1String("explain")) {
        startCommand(new ExplainCommand(m_services, QStringList{QStringLiteral("kurier explain")} + args.mid(1), this));
    } else if (first == QLatin1String("check-domain")) {
        startCommand(
            new CheckDomainCommand(m_services, QStringList{QStringLiteral("kurier check-domain")} + args.mid(1), this));
    } else if (first == QLatin1String("send")) {
        startCommand(new SendCommand(m_services, QStringList{QStringLiteral("kurier send")} + args.mid(1), this));
    } else if (first == QLatin1String("outbox")) {
        runOutbox(args);
    } else {
        StandardStreams::err(
            first.startsWith(QLatin1Char('-'))
                ? tr("Unknown option \"%1\"; run \"kurier --help\" to see what Kurier accepts.").arg(first)
                : tr("Unknown command \"%1\"; run \"kurier --help\" to see the commands.").arg(first));
        finishWith(ExitCode::Usage);
    }
}

void CommandLine::runAccount(const QStringList &args)
{
    const QString action = args.value(1);
    // Each command parses its own options; it receives "kurier account ACTION ..." so that
    // QCommandLineParser's usage line names the command.
    const QStringList commandArgs = QStringList{QStringLiteral("kurier account ") + action} + args.mid(2);
    if (action == QLatin1String("add")
        && (commandArgs.contains(QLatin1String("--oauth")) || commandArgs.contains(QLatin1String("--device")))) {
        startCommand(new OAuthAccountAddCommand(m_services, commandArgs, this));
    } else if (action == QLatin1String("add")) {
        startCommand(new AccountAddCommand(m_services, commandArgs, this));
    } else if (action == QLatin1String("list")) {
        startCommand(new AccountListCommand(m_services, commandArgs, this));
    } else if (action == QLatin1String("remove")) {
        startCommand(new AccountRemoveCommand(m_services, commandArgs, this));
    } else if (action == QLatin1String("test")) {
        startCommand(new AccountTestCommand(m_services, commandArgs, this));
    } else if (action == QLatin1String("--help") || action == QLatin1String("-h") || action == QLatin1String("help")) {
        StandardStreams::out(tr("Usage: kurier account add|list|remove|test ...\n"
                                "Run \"kurier account add --help\" (or list, remove, test) for the options."));
        finishWith(ExitCode::Ok);
    } else if (action.isEmpty()) {
        StandardStreams::err(tr("Give an account command: add, list, remove or test; run \"kurier account --help\" "
                                "to see them."));
        finishWith(ExitCode::Usage);
    } else {
        StandardStreams::err(tr("Unknown account command \"%1\"; use add, list, remove or test.").arg(action));
        finishWith(ExitCode::Usage);
    }
}

void CommandLine::runOutbox(const QStringList &args)
{
    const QString action = args.value(1);
    const QStringList commandArgs = QStringList{QStringLiteral("kurier outbox ") + action} + args.mid(2);
    if (action == QLatin1String("list")) {
        startCommand(new OutboxListCommand(m_services, commandArgs, this));
    } else if (action == QLatin1String("flush")) {
        startCommand(new OutboxFlushCommand(m_services, commandArgs, this));
    } else if (action == QLatin1String("remove")) {
        startCommand(new OutboxRemoveCommand(m_services, commandArgs, this));
    } else if (action == QLatin1String("--help") || action == QLatin1String("-h") || action == QLatin1String("help")) {
        StandardStreams::out(tr("Usage: kurier outbox list [--json] | flush [--per-minute N] | remove ID\n"
                                "Run \"kurier outbox list --help\" (or flush, remove) for the details."));
        finishWith(ExitCode::Ok);
    } else if (action.isEmpty()) {
        StandardStreams::err(tr("Give an outbox command: list, flush or remove; run \"kurier outbox --help\" to "
                                "see them."));
        finishWith(ExitCode::Usage);
    } else {
        StandardStreams::err(tr("Unknown outbox command \"%1\"; use list, flush or remove.").arg(action));
        finishWith(ExitCode::Usage);
    }
}

void CommandLine::startCommand(Command *command)
{
    connect(command, &Command::finished, this, [this, command](int exitCode) {
        command->deleteLater();
        Q_EMIT finished(exitCode);
    });
    command->start();
}

void CommandLine::finishWith(int exitCode)
{
    // Queued: run() must return before anyone hears the result.
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

} // namespace Cli
