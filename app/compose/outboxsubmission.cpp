// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/compose/outboxsubmission.h"

#include "app/outbox/dispatcher.h"
#include "app/smtp/composedmessagesource.h"
#include "app/smtp/worker.h"

namespace Compose
{

namespace
{

bool isOutcome(Outbox::State state)
{
    return state == Outbox::State::Sent || state == Outbox::State::Retry || state == Outbox::State::NeedsAttention
        || state == Outbox::State::DeliveryUnknown;
}

} // namespace

OutboxSubmission::OutboxSubmission(Outbox::Dispatcher *dispatcher, Smtp::Worker *worker, QObject *parent)
    : Submission(parent)
    , m_dispatcher(dispatcher)
    , m_worker(worker)
{
    Smtp::Worker::registerMetaTypes();
    connect(dispatcher, &Outbox::Dispatcher::progress, this, [this](qint64 messageId, qint64 sent, qint64 total) {
        if (const quint64 id = groupOf(messageId)) {
            Q_EMIT progress(id, sent, total);
        }
    });
    connect(dispatcher, &Outbox::Dispatcher::messageFinished, this, &OutboxSubmission::partFinished);
    // The worker's own account of the outbox's requests: the transcript, and the result with the
    // complete error value (the outbox keeps only a summary of it).
    connect(worker, &Smtp::Worker::transcriptLine, this, [this](quint64 requestId, const Smtp::TranscriptLine &line) {
        if ((requestId & Outbox::Dispatcher::RequestIdTag) == 0) {
            return;
        }
        if (const quint64 id = groupOf(qint64(requestId & ~Outbox::Dispatcher::RequestIdTag))) {
            Q_EMIT transcriptLine(id, line);
        }
    });
    connect(worker, &Smtp::Worker::finished, this, [this](const Smtp::SendResult &result) {
        if ((result.requestId & Outbox::Dispatcher::RequestIdTag) == 0) {
            return;
        }
        const qint64 messageId = qint64(result.requestId & ~Outbox::Dispatcher::RequestIdTag);
        if (const quint64 id = groupOf(messageId)) {
            m_groups[id].results.insert(messageId, result);
        }
    });
}

std::optional<Outbox::NewMessage> OutboxSubmission::queuedFormOf(const Accounts::Account &account,
                                                                 const Mime::ComposedMessage &message,
                                                                 const QString &subject, QString *problem)
{
    Outbox::NewMessage queued;
    queued.accountId = account.id;
    queued.reversePath = QString::fromUtf8(message.envelope().sender);
    for (const QByteArray &recipient : message.envelope().recipients) {
        queued.recipients.append(QString::fromUtf8(recipient));
    }
    queued.subject = subject;
    queued.requirements = Smtp::messageSourceFor(message).requirements;
    Mime::ComposeError composeError;
    // The outbox keeps the exact bytes, so that what is retried later is what was composed now.
    const std::optional<QByteArray> bytes = message.toByteArray(&composeError);
    if (!bytes) {
        *problem = composeError.message();
        return std::nullopt;
    }
    queued.bytes = *bytes;
    return queued;
}

quint64 OutboxSubmission::submitReplacing(qint64 outboxMessageId, const Accounts::Account &account,
                                          const Mime::ComposedMessage &message, const QString &subject)
{
    QString problem;
    const std::optional<Outbox::NewMessage> queued = queuedFormOf(account, message, subject, &problem);
    const std::optional<QList<qint64>> parts
        = queued && m_dispatcher ? m_dispatcher->replace(outboxMessageId, *queued) : std::nullopt;
    if (!parts || parts->isEmpty()) {
        return 0;
    }
    const quint64 id = quint64(parts->first());
    Group group;
    group.parts = *parts;
    m_groups.insert(id, group);
    return id;
}

quint64 OutboxSubmission::submit(const Accounts::Account &account, const Mime::ComposedMessage &message,
                                 const QString &subject)
{
    QString problem;
    const std::optional<Outbox::NewMessage> queued = queuedFormOf(account, message, subject, &problem);
    const std::optional<QList<qint64>> parts = queued && m_dispatcher ? m_dispatcher->enqueue(*queued) : std::nullopt;
    if (!parts || parts->isEmpty()) {
        // Nothing was queued; reported from the event loop like every other result.
        static quint64 nextLocalId = quint64(1) << 60;
        const quint64 id = ++nextLocalId;
        const QString detail = !queued ? problem : QStringLiteral("the outbox could not store the message");
        QMetaObject::invokeMethod(
            this,
            [this, id, detail] {
                Smtp::SendResult result;
                result.requestId = id;
                result.error = Smtp::Error::local(Smtp::Error::Kind::InvalidMessage, Smtp::Phase::Preparing, detail);
                Q_EMIT finished(result);
            },
            Qt::QueuedConnection);
        return id;
    }
    const quint64 id = quint64(parts->first());
    Group group;
    group.parts = *parts;
    m_groups.insert(id, group);
    return id;
}

void OutboxSubmission::cancel(quint64 id)
{
    const auto it = m_groups.find(id);
    if (it == m_groups.end() || !m_dispatcher) {
        return;
    }
    it->cancelled = true;
    for (const qint64 part : it->parts) {
        // remove() refuses a part that is being sent; the dispatcher puts that one back in the
        // queue when the worker reports it cancelled, and partFinished() takes it out then.
        if (!m_dispatcher->remove(part)) {
            it->states.remove(part);
            if (Smtp::Worker *worker = m_worker) {
                const quint64 requestId = quint64(part) | Outbox::Dispatcher::RequestIdTag;
                QMetaObject::invokeMethod(
                    worker, [worker, requestId] { worker->cancel(requestId); }, Qt::QueuedConnection);
            }
        } else {
            it->states.insert(part, Outbox::State::Queued);
        }
    }
    QMetaObject::invokeMethod(
        this, [this, id] { evaluate(id); }, Qt::QueuedConnection);
}

void OutboxSubmission::withdraw(quint64 id)
{
    const auto it = m_groups.constFind(id);
    if (it == m_groups.cend()) {
        return;
    }
    if (m_dispatcher) {
        for (const qint64 part : it->parts) {
            if (it->states.value(part) != Outbox::State::Sent) {
                m_dispatcher->remove(part);
            }
        }
    }
    m_groups.remove(id);
}

quint64 OutboxSubmission::groupOf(qint64 messageId) const
{
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        if (it->parts.contains(messageId)) {
            return it.key();
        }
    }
    return 0;
}

void OutboxSubmission::partFinished(qint64 messageId, Outbox::State state)
{
    const quint64 id = groupOf(messageId);
    if (id == 0) {
        return;
    }
    Group &group = m_groups[id];
    if (state == Outbox::State::Queued && group.cancelled && m_dispatcher) {
        m_dispatcher->remove(messageId);
    }
    group.states.insert(messageId, state);
    if (group.reported) {
        if (state != Outbox::State::Sent) {
            return; // the failure was reported already
        }
        // A retry succeeded after the failure was reported: news for whoever still holds the message.
        group.reported = false;
    }
    // The worker's result for this part may still be on its way (the dispatcher and this object
    // hear the worker in turn); look once both have been delivered.
    QMetaObject::invokeMethod(
        this, [this, id] { evaluate(id); }, Qt::QueuedConnection);
}

void OutboxSubmission::evaluate(quint64 id)
{
    const auto it = m_groups.find(id);
    if (it == m_groups.end() || it->reported) {
        return;
    }
    if (it->cancelled) {
        for (const qint64 part : it->parts) {
            if (!it->states.contains(part)) {
                return; // a part is still on the wire
            }
        }
        m_groups.erase(it);
        fail(id, Smtp::Error::local(Smtp::Error::Kind::Cancelled, Smtp::Phase::Preparing));
        return;
    }
    std::optional<qint64> failedPart;
    for (const qint64 part : it->parts) {
        const auto state = it->states.constFind(part);
        if (state == it->states.cend() || !isOutcome(*state)) {
            return;
        }
        if (*state == Outbox::State::Retry && m_dispatcher && m_dispatcher->isWaitingForPassword(part)) {
            return; // the user is being asked for the password; the send goes on once it is given
        }
        if (*state != Outbox::State::Sent && !failedPart) {
            failedPart = part;
        }
    }
    it->reported = true;
    Smtp::SendResult result;
    if (failedPart) {
        // Failures before anything was sent (no secret, say) have no worker result.
        result = it->results.value(*failedPart);
        if (!result.error) {
            result.outcome = Smtp::SendResult::Outcome::Failed;
            result.error = Smtp::Error::local(Smtp::Error::Kind::MissingCredentials, Smtp::Phase::Preparing);
        }
    } else {
        result = it->results.value(it->parts.first());
        result.outcome = Smtp::SendResult::Outcome::Sent;
        result.error.reset();
        m_groups.erase(it);
    }
    result.requestId = id;
    Q_EMIT finished(result);
}

void OutboxSubmission::fail(quint64 id, Smtp::Error error)
{
    Smtp::SendResult result;
    result.requestId = id;
    result.error = std::move(error);
    Q_EMIT finished(result);
}

} // namespace Compose
