// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/compose/submission.h"
#include "app/outbox/outboxmessage.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>

namespace Outbox
{
class Dispatcher;
}

namespace Compose
{

// Hands messages to the durable outbox, whose dispatcher sends them through the SMTP worker:
// a message the server did not take stays there (retried later, or waiting for the user's
// decision) even if the composer is closed or Kurier stops. The worker's own result for the
// outbox's request is passed on unchanged, so a failure is explained exactly as for a direct
// send. A message the outbox splits into several envelopes is one submission: finished() comes
// once every part has an outcome (the first failure, if any, is the one reported). When a
// failed message is later sent by a retry, finished() reports that success for the same id.
class OutboxSubmission : public Submission
{
    Q_OBJECT
public:
    // Neither is owned; the dispatcher must have been started by its owner.
    OutboxSubmission(Outbox::Dispatcher *dispatcher, Smtp::Worker *worker, QObject *parent = nullptr);

    quint64 submit(const Accounts::Account &account, const Mime::ComposedMessage &message,
                   const QString &subject) override;
    // Takes the message out of the outbox unless a part is on the wire already (then that part's
    // transmission is cancelled and it is taken out when the worker gives it back).
    void cancel(quint64 id) override;
    void withdraw(quint64 id) override;
    quint64 submitReplacing(qint64 outboxMessageId, const Accounts::Account &account,
                            const Mime::ComposedMessage &message, const QString &subject) override;
    bool isQueued(quint64 id) const override { return m_groups.contains(id); }

    // The outbox's form of a composed message (its exact bytes, envelope and what the server
    // must support); nullopt (problem says why) if it cannot be written. `kurier send --queue`
    // uses it too.
    static std::optional<Outbox::NewMessage> queuedFormOf(const Accounts::Account &account,
                                                          const Mime::ComposedMessage &message, const QString &subject,
                                                          QString *problem);

private:
    struct Group {
        QList<qint64> parts;
        QHash<qint64, Outbox::State> states;
        QHash<qint64, Smtp::SendResult> results;
        bool cancelled = false;
        bool reported = false; // finished() was emitted for the current attempt
    };

    quint64 groupOf(qint64 messageId) const;
    void partFinished(qint64 messageId, Outbox::State state);
    void evaluate(quint64 id);
    void fail(quint64 id, Smtp::Error error);

    QPointer<Outbox::Dispatcher> m_dispatcher;
    QPointer<Smtp::Worker> m_worker;
    QHash<quint64, Group> m_groups; // by submission id (the first part's message id)
};

} // namespace Compose
