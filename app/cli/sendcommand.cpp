// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/sendcommand.h"

#include "app/accounts/accountstore.h"
#include "app/cli/exitcode.h"
#include "app/cli/standardstreams.h"
#include "app/mime/addressparser.h"
#include "app/mime/messagecomposer.h"
#include "app/mime/messagestream.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>

#include <cstdio>

namespace Cli
{

namespace
{

// The text of a message, typed or piped; larger input is a mistake (a binary file or a
// runaway pipe), not a message.
constexpr qsizetype MaxTextBytes = 32 * 1024 * 1024;
constexpr qint64 CopyBlock = 256 * 1024;

int exitCodeFor(const Mime::ComposeError &error)
{
    switch (error.kind) {
    case Mime::ComposeError::Kind::AttachmentUnreadable:
    case Mime::ComposeError::Kind::AttachmentChanged:
        return ExitCode::IoError;
    case Mime::ComposeError::Kind::NoUniqueBoundary:
        return ExitCode::InternalError;
    default:
        return ExitCode::DataError;
    }
}

// Copies the message to `out` block by block, so a large attachment is never held whole.
bool copyMessage(const Mime::ComposedMessage &message, QIODevice &out, QString &problem)
{
    Mime::MessageStream stream(message);
    stream.open(QIODevice::ReadOnly);
    QByteArray block(CopyBlock, Qt::Uninitialized);
    while (!stream.atEnd()) {
        const qint64 n = stream.read(block.data(), block.size());
        if (n <= 0) {
            problem = stream.errorString();
            return false;
        }
        if (out.write(block.constData(), n) != n) {
            problem = out.errorString();
            return false;
        }
    }
    return true;
}

} // namespace

void SendCommand::start()
{
    QCommandLineParser parser;
    parser.addOptions(
        {m_account, m_from, m_to, m_cc, m_bcc, m_subject, m_bodyFile, m_htmlFile, m_attach, m_save, m_dryRun, m_queue});
    if (!parse(parser, tr("Composes a message and sends it; with --dry-run it only composes (and saves) it."))) {
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        failWith(ExitCode::Unavailable,
                 tr("Recipients without --to belong to the sendmail-compatible form of \"kurier send\", which this "
                    "version of Kurier does not offer yet; give them with --to."));
        return;
    }
    if (!parser.isSet(m_subject)) {
        failWith(ExitCode::Usage, tr("Give the subject with --subject (it may be empty: --subject \"\")."));
        return;
    }

    Mime::MessageDraft draft;
    const std::optional<QList<Mime::Address>> to = recipients(parser, m_to);
    const std::optional<QList<Mime::Address>> cc = to ? recipients(parser, m_cc) : std::nullopt;
    const std::optional<QList<Mime::Address>> bcc = cc ? recipients(parser, m_bcc) : std::nullopt;
    if (!bcc) {
        return; // recipients() has reported the problem
    }
    draft.to = *to;
    draft.cc = *cc;
    draft.bcc = *bcc;
    if (Mime::mailboxesOf(draft.to + draft.cc + draft.bcc).isEmpty()) {
        failWith(ExitCode::Usage, tr("Give at least one recipient with --to, --cc or --bcc."));
        return;
    }
    const std::optional<Sender> from = sender(parser);
    if (!from) {
        return; // sender() has reported the problem
    }
    const bool dryRun = parser.isSet(m_dryRun);
    if (!dryRun && !from->account) {
        failWith(ExitCode::ConfigurationError,
                 tr("No account is set up to send with; add one with \"kurier account add\", or use --dry-run to "
                    "only compose the message."));
        return;
    }
    draft.from = from->from;
    draft.subject = parser.value(m_subject);

    const std::optional<QString> text = readText(parser.value(m_bodyFile), tr("the message text"));
    if (!text) {
        return;
    }
    draft.plainText = *text;
    if (parser.isSet(m_htmlFile)) {
        const std::optional<QString> html = readText(parser.value(m_htmlFile), tr("the HTML text"));
        if (!html) {
            return;
        }
        draft.html = *html;
    }
    for (const QString &path : parser.values(m_attach)) {
        if (!QFileInfo(path).isFile()) {
            failWith(ExitCode::IoError, tr("The file to attach, %1, does not exist or is not a file.").arg(path));
            return;
        }
        draft.attachments += Mime::Attachment::fromFile(path);
    }

    // Before EHLO nothing is known about the server, so the message is composed for the
    // most limited one: 7-bit clean, no SMTPUTF8.
    const Mime::MessageComposer::Result composed = Mime::MessageComposer().compose(draft, Mime::ComposeOptions());
    if (!composed.ok()) {
        failWith(exitCodeFor(*composed.error), composed.error->message());
        return;
    }
    const QString savePath = parser.value(m_save);
    if (parser.isSet(m_save) && !save(composed.message, savePath)) {
        return;
    }
    if (!dryRun) {
        deliver(*from->account, composed.message, parser.isSet(m_queue));
        return;
    }
    if (savePath != QLatin1String("-")) {
        QStringList recipientList;
        for (const QByteArray &recipient : composed.message.envelope().recipients) {
            recipientList += QString::fromUtf8(recipient);
        }
        StandardStreams::out(tr("Composed a message of %1 bytes for %2; not sent (--dry-run).")
                                 .arg(composed.message.size())
                                 .arg(recipientList.join(QStringLiteral(", "))));
        if (parser.isSet(m_save)) {
            StandardStreams::out(tr("Saved to %1.").arg(savePath));
        }
    }
    finishWith(ExitCode::Ok);
}

std::optional<QList<Mime::Address>> SendCommand::recipients(const QCommandLineParser &parser,
                                                            const QCommandLineOption &option)
{
    QList<Mime::Address> all;
    for (const QString &value : parser.values(option)) {
        const Mime::AddressParser::ListResult result = Mime::AddressParser::parseList(value);
        if (!result.ok()) {
            failWith(ExitCode::DataError, result.error->message());
            return std::nullopt;
        }
        all += result.addresses;
    }
    return all;
}

std::optional<SendCommand::Sender> SendCommand::sender(const QCommandLineParser &parser)
{
    Sender sender;
    const Accounts::AccountStore &store = *m_services.accounts;
    if (parser.isSet(m_account)) {
        sender.account = store.account(parser.value(m_account));
        if (!sender.account) {
            failWith(ExitCode::Usage,
                     tr("There is no account with the id \"%1\"; \"kurier account list\" shows the ids.")
                         .arg(parser.value(m_account)));
            return std::nullopt;
        }
    }
    if (parser.isSet(m_from)) {
        const Mime::AddressParser::MailboxResult from = Mime::AddressParser::parseMailbox(parser.value(m_from));
        if (!from.ok()) {
            failWith(ExitCode::DataError, from.error->message());
            return std::nullopt;
        }
        sender.from = from.mailbox;
        if (!sender.account) {
            for (const Accounts::Account &account : store.accounts()) {
                if (account.email.compare(from.mailbox.address(), Qt::CaseInsensitive) == 0) {
                    sender.account = account;
                    break;
                }
            }
        }
        if (!sender.account) {
            sender.account = store.defaultAccount();
        }
        return sender;
    }
    if (!sender.account) {
        sender.account = store.defaultAccount();
    }
    if (!sender.account) {
        failWith(ExitCode::ConfigurationError,
                 tr("No account is set up, so Kurier does not know the sender; add an account with \"kurier account "
                    "add\" or give the sender with -f."));
        return std::nullopt;
    }
    const Mime::AddressParser::MailboxResult own = Mime::AddressParser::parseAddrSpec(sender.account->email);
    if (!own.ok()) {
        failWith(ExitCode::ConfigurationError, own.error->message());
        return std::nullopt;
    }
    sender.from = own.mailbox;
    sender.from.displayName = sender.account->displayName;
    return sender;
}

std::optional<QString> SendCommand::readText(const QString &path, const QString &what)
{
    QByteArray bytes;
    if (path.isEmpty() || path == QLatin1String("-")) {
        if (StandardStreams::stdinIsTerminal()) {
            StandardStreams::err(tr("Type the message text, then press Ctrl+D on a line of its own."));
        }
        const std::optional<QByteArray> input = StandardStreams::readAllStdin(MaxTextBytes);
        if (!input) {
            failWith(ExitCode::DataError,
                     tr("Standard input holds more than 32 MiB, which is too much for %1.").arg(what));
            return std::nullopt;
        }
        bytes = *input;
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            failWith(ExitCode::IoError, tr("%1 cannot be read: %2.").arg(path, file.errorString()));
            return std::nullopt;
        }
        bytes = file.read(MaxTextBytes + 1);
        if (bytes.size() > MaxTextBytes) {
            failWith(ExitCode::DataError,
                     tr("%1 is larger than 32 MiB, which is too much for %2; attach it instead.").arg(path, what));
            return std::nullopt;
        }
    }
    // A leading BOM (Windows editors write one) is dropped by the decoder.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    if (decoder.hasError()) {
        failWith(ExitCode::DataError,
                 tr("%1 is not UTF-8 text; convert it first, e.g. with \"iconv -t UTF-8\".")
                     .arg(path.isEmpty() || path == QLatin1String("-") ? tr("Standard input") : path));
        return std::nullopt;
    }
    return text;
}

bool SendCommand::save(const Mime::ComposedMessage &message, const QString &path)
{
    QString problem;
    if (path == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly, QFileDevice::DontCloseHandle) || !copyMessage(message, out, problem)
            || !out.flush()) {
            failWith(ExitCode::IoError, tr("The message could not be written to standard output: %1").arg(problem));
            return false;
        }
        return true;
    }
    // Written under a temporary name and renamed at the end, so a failure never leaves half a message.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || !copyMessage(message, out, problem) || !out.commit()) {
        failWith(
            ExitCode::IoError,
            tr("The message could not be saved to %1: %2").arg(path, problem.isEmpty() ? out.errorString() : problem));
        return false;
    }
    return true;
}

void SendCommand::deliver(const Accounts::Account &account, const Mime::ComposedMessage &message, bool queue)
{
    Q_UNUSED(account)
    Q_UNUSED(message)
    failWith(ExitCode::Unavailable,
             queue ? tr("The outbox is not available in this version of Kurier yet, so the message was not queued; "
                        "use --dry-run --save FILE to keep it in a file.")
                   : tr("Sending is not available in this version of Kurier yet, so the message was not sent; use "
                        "--dry-run --save FILE to write it to a file."));
}

} // namespace Cli
