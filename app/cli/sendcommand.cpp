// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/sendcommand.h"

#include "app/accounts/accountstore.h"
#include "app/cli/commandline.h"
#include "app/cli/exitcode.h"
#include "app/cli/explaincommand.h"
#include "app/cli/oauthaccountcommand.h"
#include "app/cli/sendmailmessage.h"
#include "app/cli/sendreport.h"
#include "app/cli/standardstreams.h"
#include "app/compose/outboxsubmission.h"
#include "app/diagnostics/explainer.h"
#include "app/diagnostics/smtperrorevidence.h"
#include "app/mime/addressparser.h"
#include "app/mime/messagecomposer.h"
#include "app/mime/messagestream.h"
#include "app/oauth/tokenstore.h"
#include "app/oauth/tokensubmission.h"
#include "app/outbox/store.h"
#include "app/outbox/throttle.h"
#include "app/secrets/secretstore.h"
#include "app/smtp/composedmessagesource.h"
#include "app/smtp/saslclient.h"
#include "app/smtp/worker.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>

#include <atomic>
#include <cstdio>

namespace Cli
{

namespace
{

// The Subject field of a message as written (unfolded, encoded words left as they are):
// enough for the outbox's list, which only shows it.
QString subjectOf(const QByteArray &message)
{
    QByteArray subject;
    bool inSubject = false;
    for (const QByteArray &rawLine : message.split('\n')) {
        const QByteArray line = rawLine.endsWith('\r') ? rawLine.chopped(1) : rawLine;
        if (line.isEmpty()) {
            break; // end of the header section
        }
        if (inSubject && (line.startsWith(' ') || line.startsWith('\t'))) {
            subject += ' ' + line.trimmed();
            continue;
        }
        inSubject = line.size() >= 8 && qstrnicmp(line.constData(), "subject:", 8) == 0;
        if (inSubject) {
            subject = line.mid(8).trimmed();
        }
    }
    return QString::fromUtf8(subject);
}

// The text of a message, typed or piped; larger input is a mistake (a binary file or a
// runaway pipe), not a message.
constexpr qsizetype MaxTextBytes = 32 * 1024 * 1024;
constexpr qint64 CopyBlock = 256 * 1024;
// A complete message piped to the sendmail form; attachments beyond this belong in the
// compose form, which streams them from disk.
constexpr qsizetype MaxPipedMessageBytes = 64 * 1024 * 1024;

// Unique within the process: the worker reports every job, the command waits for its own.
std::atomic<quint64> nextRequestId{1};

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
    parser.addPositionalArgument(QStringLiteral("RECIPIENT"),
                                 tr("Sendmail-compatible form: a recipient of the message read from standard input."),
                                 QStringLiteral("[RECIPIENT...]"));
    parser.addOptions({m_account, m_from, m_to, m_cc, m_bcc, m_subject, m_bodyFile, m_htmlFile, m_attach, m_save,
                       m_dryRun, m_queue, m_verbose, m_readRecipients, m_ignoreDots});
    if (!parse(parser, tr("Composes a message and sends it; with --dry-run it only composes (and saves) it."))) {
        return;
    }
    m_verboseOutput = parser.isSet(m_verbose);
    const bool composing = parser.isSet(m_to) || parser.isSet(m_cc) || parser.isSet(m_bcc) || parser.isSet(m_subject)
        || parser.isSet(m_bodyFile) || parser.isSet(m_htmlFile) || parser.isSet(m_attach) || parser.isSet(m_save)
        || parser.isSet(m_dryRun);
    if (composing) {
        composeForm(parser);
    } else {
        sendmailForm(parser);
    }
}

void SendCommand::composeForm(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty() || parser.isSet(m_readRecipients)) {
        failWith(ExitCode::Usage,
                 tr("When composing with --to, --cc, --bcc or --subject, give every recipient with those options; "
                    "bare recipients and -t belong to the sendmail-compatible form."));
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
    m_queuedSubject = draft.subject;

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
            sender.account = store.accountWithAddress(from.mailbox.address());
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
    if (queue) {
        // The outbox keeps the exact bytes: attachments are read now, so changing or deleting
        // the files later cannot change what is sent.
        QString problem;
        const std::optional<Outbox::NewMessage> queued
            = Compose::OutboxSubmission::queuedFormOf(account, message, m_queuedSubject, &problem);
        if (!queued) {
            failWith(ExitCode::IoError, problem);
            return;
        }
        enqueue(*queued);
        return;
    }
    send(account, Smtp::sendRequestFor(nextRequestId++, message));
}

void SendCommand::sendmailForm(const QCommandLineParser &parser)
{
    if (StandardStreams::stdinIsTerminal()) {
        StandardStreams::err(tr("Type the complete message (header fields, an empty line, the text), then press "
                                "Ctrl+D on a line of its own."));
    }
    const std::optional<QByteArray> input = StandardStreams::readAllStdin(MaxPipedMessageBytes);
    if (!input) {
        failWith(ExitCode::DataError,
                 tr("The message on standard input is larger than 64 MiB; send large files as "
                    "attachments with the compose form (--attach)."));
        return;
    }
    QString problem;
    std::optional<SendmailMessage> message = SendmailMessage::parse(
        *input, parser.isSet(m_ignoreDots) ? SendmailMessage::Input::WholeInput : SendmailMessage::Input::StopAtLoneDot,
        &problem);
    if (!message) {
        failWith(ExitCode::DataError, problem);
        return;
    }

    QStringList recipients;
    for (const QString &argument : parser.positionalArguments()) {
        const Mime::AddressParser::ListResult parsed = Mime::AddressParser::parseList(argument);
        if (!parsed.ok()) {
            failWith(ExitCode::DataError, parsed.error->message());
            return;
        }
        for (const Mime::Mailbox &mailbox : Mime::mailboxesOf(parsed.addresses)) {
            recipients.append(mailbox.address());
        }
    }
    if (parser.isSet(m_readRecipients)) {
        const std::optional<QStringList> fromHeaders = message->headerRecipients(&problem);
        if (!fromHeaders) {
            failWith(ExitCode::DataError, problem);
            return;
        }
        recipients += *fromHeaders;
        message->removeBcc();
    }
    recipients.removeDuplicates();
    if (recipients.isEmpty()) {
        failWith(ExitCode::Usage,
                 tr("Give at least one recipient, as an argument or with -t from the message's To, "
                    "Cc and Bcc fields."));
        return;
    }

    const Accounts::AccountStore &store = *m_services.accounts;
    std::optional<Accounts::Account> account;
    QString reversePath;
    if (parser.isSet(m_from)) {
        const Mime::AddressParser::MailboxResult from = Mime::AddressParser::parseMailbox(parser.value(m_from));
        if (!from.ok()) {
            failWith(ExitCode::DataError, from.error->message());
            return;
        }
        reversePath = from.mailbox.address();
    }
    const QString selector = reversePath.isEmpty() ? message->fromAddress() : reversePath;
    if (parser.isSet(m_account)) {
        account = store.account(parser.value(m_account));
        if (!account) {
            failWith(ExitCode::Usage,
                     tr("There is no account with the id \"%1\"; \"kurier account list\" shows the ids.")
                         .arg(parser.value(m_account)));
            return;
        }
    }
    if (!account && !selector.isEmpty()) {
        account = store.accountWithAddress(selector);
    }
    if (!account) {
        account = store.defaultAccount();
    }
    if (!account) {
        failWith(ExitCode::ConfigurationError,
                 tr("No account is set up to send with; add one with \"kurier account add\", or use --dry-run to "
                    "only compose the message."));
        return;
    }
    Smtp::SendRequest request;
    request.id = nextRequestId++;
    request.reversePath = reversePath.isEmpty() ? account->email : reversePath;
    request.recipients = recipients;
    request.message = Smtp::MessageSource::fromBytes(message->bytes(), message->requirements());
    if (parser.isSet(m_queue)) {
        Outbox::NewMessage queued;
        queued.accountId = account->id;
        queued.reversePath = request.reversePath;
        queued.recipients = recipients;
        queued.subject = subjectOf(message->bytes());
        queued.bytes = message->bytes();
        queued.requirements = message->requirements();
        enqueue(queued);
        return;
    }
    send(*account, request);
}

void SendCommand::enqueue(const Outbox::NewMessage &message)
{
    Outbox::Store store(Outbox::Store::defaultPath());
    const Outbox::Store::OpenResult opened = store.open();
    if (!opened.ok()) {
        failWith(ExitCode::IoError, opened.error);
        return;
    }
    if (!opened.error.isEmpty()) {
        StandardStreams::err(opened.error);
    }
    // Split as the dispatcher would: one envelope per recipientsPerMessage of the account.
    const std::optional<Accounts::Account> account = m_services.accounts->account(message.accountId);
    const int perMessage = (account ? account->sendingLimits : Accounts::SendingLimits()).recipientsPerMessage;
    QStringList ids;
    for (const QStringList &envelope : Outbox::Throttle::splitRecipients(message.recipients, perMessage)) {
        Outbox::NewMessage part = message;
        part.recipients = envelope;
        const std::optional<qint64> id = store.enqueue(part);
        if (!id) {
            failWith(ExitCode::IoError, tr("The message could not be put in the outbox: %1").arg(store.errorString()));
            return;
        }
        ids.append(QString::number(*id));
    }
    // The id(s), as "kurier outbox list" and "kurier outbox remove" use them.
    StandardStreams::out(ids.join(QLatin1Char('\n')));
    finishWith(ExitCode::Ok);
}

void SendCommand::send(const Accounts::Account &account, const Smtp::SendRequest &request)
{
    const Smtp::Credentials::Kind kind = Smtp::SaslClient::secretKindFor(account.authMethod);
    if (kind == Smtp::Credentials::Kind::None || account.security == Accounts::Security::None) {
        // Without a login nothing is read from the keychain; a login without encryption is
        // refused by the session itself, before it connects.
        submit(account, Smtp::Credentials{kind, QString()}, request);
        return;
    }
    if (kind == Smtp::Credentials::Kind::OAuthToken) {
        // The token set is read from the keychain (and refreshed) by submitWithToken().
        submit(account, Smtp::Credentials{kind, QString()}, request);
        return;
    }
    readCredentials(account, [this, account, request](const Smtp::Credentials &credentials) {
        submit(account, credentials, request);
    });
}

void SendCommand::submit(const Accounts::Account &account, const Smtp::Credentials &credentials,
                         const Smtp::SendRequest &request)
{
    Smtp::Worker *worker = m_services.smtpWorker;
    if (!worker) {
        failWith(ExitCode::InternalError, tr("The sending component of Kurier is not running."));
        return;
    }
    m_requestId = request.id;
    if (credentials.kind != Smtp::Credentials::Kind::OAuthToken) {
        connect(worker, &Smtp::Worker::finished, this, [this, account](const Smtp::SendResult &result) {
            if (result.requestId == m_requestId) {
                report(account, result);
            }
        });
    }
    if (m_verboseOutput) {
        connect(worker, &Smtp::Worker::transcriptLine, this, [this](quint64 id, const Smtp::TranscriptLine &line) {
            if (id == m_requestId) {
                StandardStreams::err(Smtp::Transcript::format(line));
            }
        });
    }
    Smtp::SendJob job;
    job.accountId = account.id;
    job.settings = Smtp::SessionSettings::fromAccount(account);
    job.credentials = credentials;
    job.request = request;
    if (credentials.kind == Smtp::Credentials::Kind::OAuthToken) {
        submitWithToken(account, job);
        return;
    }
    QMetaObject::invokeMethod(
        worker, [worker, job] { worker->submit(job); }, Qt::QueuedConnection);
}

void SendCommand::submitWithToken(const Accounts::Account &account, const Smtp::SendJob &job)
{
    auto *tokens = new OAuth::TokenStore(m_services.secrets,
                                         OAuth::ProviderTable::configured(m_services.accounts->settingsPath()), this);
    auto *submission = new OAuth::TokenSubmission(tokens, m_services.smtpWorker, job, this);
    connect(submission, &OAuth::TokenSubmission::finished, this,
            [this, account](const OAuth::TokenSubmissionResult &result) {
                if (result.send) {
                    report(account, *result.send);
                    return;
                }
                reportSignInError(
                    *result.signInError,
                    tr("The message was not sent: Kurier could not sign in to the account \"%1\".").arg(account.id));
                finishWith(exitCodeForSignIn(*result.signInError));
            });
    submission->start();
}

void SendCommand::report(const Accounts::Account &account, const Smtp::SendResult &result)
{
    const int exitCode = SendReport::exitCode(result);
    if (result.outcome == Smtp::SendResult::Outcome::Sent) {
        if (m_verboseOutput) {
            StandardStreams::err(SendReport::summary(result));
        }
        finishWith(exitCode);
        return;
    }
    StandardStreams::err(SendReport::summary(result));
    for (const QString &fact : SendReport::facts(result)) {
        StandardStreams::err(QStringLiteral("  ") + fact);
    }
    if (result.error && result.error->kind != Smtp::Error::Kind::Cancelled) {
        const Diagnostics::Explanation explanation = Diagnostics::Explainer().explain(
            Diagnostics::evidenceFromSmtpError(*result.error, account.host, account.port));
        StandardStreams::err(QString());
        StandardStreams::err(ExplainCommand::render(explanation));
    }
    finishWith(exitCode);
}

} // namespace Cli
