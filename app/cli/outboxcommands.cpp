// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/outboxcommands.h"

#include "app/accounts/accountstore.h"
#include "app/cli/exitcode.h"
#include "app/cli/standardstreams.h"
#include "app/outbox/dispatcher.h"
#include "app/outbox/outboxmodel.h"
#include "app/outbox/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSettings>

namespace Cli
{

OutboxCommand::~OutboxCommand() = default;

bool OutboxCommand::openStore()
{
    m_store = std::make_unique<Outbox::Store>(Outbox::Store::defaultPath());
    if (m_services.accounts) {
        // `outbox flush` records what it sends in the sent log as the window would.
        m_store->setSentLogPolicy(
            Outbox::SentLogPolicy::fromSettings(QSettings(m_services.accounts->settingsPath(), QSettings::IniFormat)));
    }
    const Outbox::Store::OpenResult result = m_store->open();
    if (!result.ok()) {
        failWith(ExitCode::IoError, result.error);
        return false;
    }
    if (!result.error.isEmpty()) {
        StandardStreams::err(result.error);
    }
    return true;
}

void OutboxListCommand::start()
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the messages as a JSON array."));
    parser.addOption(json);
    if (!parse(parser, tr("Lists the messages in the outbox and what became of them."))) {
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        failWith(ExitCode::Usage, tr("\"kurier outbox list\" takes no arguments."));
        return;
    }
    if (!openStore()) {
        return;
    }
    const QList<Outbox::OutboxMessage> messages = m_store->messages();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Outbox::OutboxMessage &message : messages) {
            array.append(message.toJson());
        }
        const auto format = array.isEmpty() ? QJsonDocument::Compact : QJsonDocument::Indented;
        StandardStreams::out(QString::fromUtf8(QJsonDocument(array).toJson(format)).trimmed());
        finishWith(ExitCode::Ok);
        return;
    }
    if (messages.isEmpty()) {
        StandardStreams::out(tr("The outbox is empty."));
        finishWith(ExitCode::Ok);
        return;
    }
    const QLocale locale;
    for (const Outbox::OutboxMessage &message : messages) {
        QString line = QStringLiteral("%1  %2  %3  %4 → %5")
                           .arg(message.id)
                           .arg(Outbox::OutboxModel::stateLabel(message.state),
                                message.subject.isEmpty() ? tr("(no subject)") : message.subject, message.accountId,
                                message.recipients.join(QLatin1String(", ")));
        StandardStreams::out(line);
        if (message.state == Outbox::State::Retry && message.nextAttemptAt.isValid()) {
            StandardStreams::out(QStringLiteral("    ")
                                 + tr("next attempt %1 (attempts so far: %2)")
                                       .arg(locale.toString(message.nextAttemptAt.toLocalTime(), QLocale::ShortFormat))
                                       .arg(message.attempts));
        }
        if (message.state == Outbox::State::Sent) {
            StandardStreams::out(
                QStringLiteral("    ")
                + tr("sent %1: %2")
                      .arg(locale.toString(message.sentAt.toLocalTime(), QLocale::ShortFormat), message.serverReply));
        } else if (!message.lastError.isEmpty()) {
            StandardStreams::out(QStringLiteral("    ")
                                 + (message.errorTitle.isEmpty() ? message.lastError
                                                                 : message.errorTitle + QStringLiteral(" (")
                                            + message.lastError + QLatin1Char(')')));
        }
    }
    finishWith(ExitCode::Ok);
}

OutboxFlushCommand::~OutboxFlushCommand() = default;

void OutboxFlushCommand::start()
{
    QCommandLineParser parser;
    const QCommandLineOption perMinute(QStringLiteral("per-minute"),
                                       tr("Start at most N messages a minute per account for this run, instead of "
                                          "each account's own limit (set in the account's settings, default %1); 0 "
                                          "means no limit.")
                                           .arg(Accounts::SendingLimits::DefaultMessagesPerMinute),
                                       tr("N"));
    parser.addOption(perMinute);
    if (!parse(parser,
               tr("Sends the queued messages and the ones waiting to be retried now. Messages that need your "
                  "attention or whose delivery is unknown are left for you to decide (\"kurier outbox list\")."))) {
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        failWith(ExitCode::Usage, tr("\"kurier outbox flush\" takes no arguments."));
        return;
    }
    std::optional<int> perMinuteOverride;
    if (parser.isSet(perMinute)) {
        bool numeric = false;
        perMinuteOverride = parser.value(perMinute).toInt(&numeric);
        if (!numeric || *perMinuteOverride < 0) {
            failWith(ExitCode::Usage, tr("--per-minute takes a number of messages, 0 for no limit."));
            return;
        }
    }
    if (!openStore()) {
        return;
    }
    m_dispatcher = std::make_unique<Outbox::Dispatcher>(m_store.get(), m_services.accounts, m_services.secrets,
                                                        m_services.smtpWorker);
    // A script asked for this run: it ends when nothing more can be done now, whatever the
    // network monitor thinks, and it does not wait for other processes' changes.
    m_dispatcher->setFollowNetworkReachability(false);
    m_dispatcher->setPollInterval(std::chrono::milliseconds(0));
    m_dispatcher->setMessagesPerMinuteOverride(perMinuteOverride);
    connect(m_dispatcher.get(), &Outbox::Dispatcher::messageFinished, this,
            [this](qint64 id, Outbox::State state) { m_outcomes.insert(id, state); });
    connect(m_dispatcher.get(), &Outbox::Dispatcher::idle, this, &OutboxFlushCommand::finishFlush);
    m_dispatcher->sendAllNow();
    m_dispatcher->start();
}

void OutboxFlushCommand::finishFlush()
{
    disconnect(m_dispatcher.get(), nullptr, this, nullptr);
    int sent = 0;
    int exitCode = ExitCode::Ok;
    const auto worse = [&exitCode](int code) {
        // Delivery unknown outranks everything: a caller must not resend blindly.
        static const QList<int> severity{ExitCode::Ok, ExitCode::TemporaryFailure, ExitCode::Unavailable,
                                         ExitCode::IoError};
        if (severity.indexOf(code) > severity.indexOf(exitCode)) {
            exitCode = code;
        }
    };
    for (auto it = m_outcomes.cbegin(); it != m_outcomes.cend(); ++it) {
        const std::optional<Outbox::OutboxMessage> message = m_store->message(it.key());
        if (!message) {
            continue;
        }
        switch (message->state) {
        case Outbox::State::Sent:
            ++sent;
            continue;
        case Outbox::State::Retry:
        case Outbox::State::Queued:
        case Outbox::State::Sending:
            worse(ExitCode::TemporaryFailure);
            break;
        case Outbox::State::NeedsAttention:
            worse(ExitCode::Unavailable);
            break;
        case Outbox::State::DeliveryUnknown:
            worse(ExitCode::IoError);
            break;
        }
        StandardStreams::err(tr("Message %1 (%2): %3. %4 %5")
                                 .arg(message->id)
                                 .arg(message->subject, Outbox::OutboxModel::stateLabel(message->state),
                                      message->errorTitle, message->lastError)
                                 .trimmed());
    }
    if (m_outcomes.isEmpty()) {
        StandardStreams::out(tr("Nothing to send."));
    } else {
        StandardStreams::out(tr("Messages sent: %1.").arg(sent));
    }
    finishWith(exitCode);
}

void OutboxRemoveCommand::start()
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The message's id, as \"kurier outbox list\" shows it."));
    if (!parse(parser, tr("Removes a message from the outbox; it will not be sent."))) {
        return;
    }
    bool numeric = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&numeric);
    if (parser.positionalArguments().size() != 1 || !numeric) {
        failWith(ExitCode::Usage, tr("Give the id of one message, as \"kurier outbox list\" shows it."));
        return;
    }
    if (!openStore()) {
        return;
    }
    const std::optional<Outbox::OutboxMessage> message = m_store->message(id);
    if (!message) {
        failWith(ExitCode::Usage, tr("There is no message with the id %1 in the outbox.").arg(id));
        return;
    }
    if (!m_store->remove(id)) {
        if (message->state == Outbox::State::Sending) {
            failWith(ExitCode::TemporaryFailure,
                     tr("Message %1 is being sent right now; try again when it is done.").arg(id));
        } else {
            failWith(ExitCode::IoError, tr("Message %1 could not be removed: %2").arg(id).arg(m_store->errorString()));
        }
        return;
    }
    finishWith(ExitCode::Ok);
}

} // namespace Cli
