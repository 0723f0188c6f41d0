// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/accounts/account.h"
#include "app/cli/accountcommands.h"
#include "app/mime/composedmessage.h"
#include "app/mime/messagedraft.h"
#include "app/outbox/outboxmessage.h"
#include "app/smtp/credentials.h"
#include "app/smtp/sendrequest.h"
#include "app/smtp/sendresult.h"
#include "app/smtp/worker.h"

#include <optional>

namespace Cli
{

// kurier send [--account ID] [-f FROM] --to ADDR... [--cc ADDR...] [--bcc ADDR...]
//             --subject TEXT [--body-file FILE] [--html-file FILE] [--attach FILE...]
//             [--save FILE] [--dry-run] [--queue] [--verbose]
// kurier send [--account ID] [-t] [-f FROM] [-i] [--verbose] [RECIPIENT...]
// The compose form of the command-line contract builds a MIME message from the options
// (body from --body-file or standard input), writes its exact bytes with --save (a file, or
// "-" for standard output) and, with --dry-run, stops there without any connection.
// Addresses are read as in the composer window, so errors name the offending address.
// The sender is -f, else the account's own name and address; without -f the account is
// --account or the default one, with -f the account whose address matches.
// The sendmail-compatible form (no compose option given) sends the complete message read
// from standard input to the RECIPIENTs and, with -t, to its To/Cc/Bcc (Bcc is removed).
// Either form sends through the SMTP worker with the account's secret from the keychain and
// exits with the sysexits status of the contract; --verbose prints the redacted transcript.
class SendCommand : public ParsedCommand
{
    Q_OBJECT
public:
    using ParsedCommand::ParsedCommand;
    void start() override;

private:
    struct Sender {
        Mime::Mailbox from;
        std::optional<Accounts::Account> account;
    };

    std::optional<Sender> sender(const QCommandLineParser &parser);
    std::optional<QList<Mime::Address>> recipients(const QCommandLineParser &parser, const QCommandLineOption &option);
    std::optional<QString> readText(const QString &path, const QString &what);
    bool save(const Mime::ComposedMessage &message, const QString &path);
    void composeForm(const QCommandLineParser &parser);
    void sendmailForm(const QCommandLineParser &parser);
    // Hands the composed message to the submission path, or with --queue to the outbox.
    void deliver(const Accounts::Account &account, const Mime::ComposedMessage &message, bool queue);
    // --queue: writes the message to the durable outbox (Outbox::Store under XDG_DATA_HOME),
    // prints its id and exits 0, or 74 when the outbox cannot be written. Sending is left to
    // the GUI's dispatcher or "kurier outbox flush".
    void enqueue(const Outbox::NewMessage &message);
    // Fetches the account's secret from the keychain, then gives the request to the worker.
    void send(const Accounts::Account &account, const Smtp::SendRequest &request);
    void submit(const Accounts::Account &account, const Smtp::Credentials &credentials,
                const Smtp::SendRequest &request);
    // OAuth accounts: the token from the keychain, refreshed when due and once after a refusal.
    void submitWithToken(const Accounts::Account &account, const Smtp::SendJob &job);
    void report(const Accounts::Account &account, const Smtp::SendResult &result);

    QCommandLineOption m_account{QStringLiteral("account"), tr("Send with this account (see \"kurier account list\")."),
                                 tr("ID")};
    QCommandLineOption m_from{QStringList{QStringLiteral("f"), QStringLiteral("from")},
                              tr("The sender, e.g. \"Ola Nowak <ola@example.com>\" (default: the account's)."),
                              tr("FROM")};
    QCommandLineOption m_to{QStringLiteral("to"), tr("A recipient; repeat it or separate addresses with commas."),
                            tr("ADDR")};
    QCommandLineOption m_cc{QStringLiteral("cc"), tr("A recipient who gets a copy (Cc)."), tr("ADDR")};
    QCommandLineOption m_bcc{QStringLiteral("bcc"), tr("A hidden recipient (Bcc): in the envelope only."), tr("ADDR")};
    QCommandLineOption m_subject{QStringLiteral("subject"), tr("The subject (may be empty: --subject \"\")."),
                                 tr("TEXT")};
    QCommandLineOption m_bodyFile{QStringLiteral("body-file"),
                                  tr("Read the text of the message from FILE, UTF-8 (default: standard input)."),
                                  tr("FILE")};
    QCommandLineOption m_htmlFile{QStringLiteral("html-file"),
                                  tr("Also send this HTML file (UTF-8) as the rich version of the text."), tr("FILE")};
    QCommandLineOption m_attach{QStringLiteral("attach"), tr("Attach FILE; repeat it for several files."), tr("FILE")};
    QCommandLineOption m_save{QStringLiteral("save"),
                              tr("Also write the exact bytes of the message to FILE (\"-\" for standard output)."),
                              tr("FILE")};
    QCommandLineOption m_dryRun{QStringLiteral("dry-run"), tr("Compose (and save) the message without connecting.")};
    QCommandLineOption m_queue{QStringLiteral("queue"), tr("Put the message in the outbox instead of sending it now.")};
    QCommandLineOption m_verbose{QStringLiteral("verbose"),
                                 tr("Print the conversation with the server (passwords removed) on standard error.")};
    QCommandLineOption m_readRecipients{QStringLiteral("t"),
                                        tr("Also send to the To, Cc and Bcc of the message, and remove its Bcc.")};
    QCommandLineOption m_ignoreDots{QStringList{QStringLiteral("i"), QStringLiteral("oi")},
                                    tr("Read the message to the end of the input, even past a line with only a dot.")};

    quint64 m_requestId = 0;
    QString m_queuedSubject; // for the outbox's list
    bool m_verboseOutput = false;
};

} // namespace Cli
