// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/accountcommands.h"
#include "app/outbox/dispatcher.h"
#include "app/outbox/outboxmessage.h"
#include "app/outbox/store.h"

#include <QHash>

#include <memory>

namespace Cli
{

// Shared by the outbox commands: opens the outbox at Outbox::Store::defaultPath() (under
// XDG_DATA_HOME). A damaged outbox is kept aside and replaced by the store; the command says
// so on stderr and goes on with the fresh one. Opening fails with 74 (I/O error).
class OutboxCommand : public ParsedCommand
{
    Q_OBJECT
public:
    using ParsedCommand::ParsedCommand;
    ~OutboxCommand() override;

protected:
    bool openStore();
    std::unique_ptr<Outbox::Store> m_store;
};

// kurier outbox list [--json]: every message in the outbox with its state; --json prints the
// array of the command-line contract.
class OutboxListCommand : public OutboxCommand
{
    Q_OBJECT
public:
    using OutboxCommand::OutboxCommand;
    void start() override;
};

// kurier outbox flush [--per-minute N]: sends every queued message and every waiting retry now, and exits
// when nothing more can be done now: 0 when everything it tried was sent (or nothing was
// waiting), 75 when messages wait to be retried, 69 when one needs attention (a permanent
// refusal), 74 when a message's delivery is unknown. DeliveryUnknown and NeedsAttention
// messages are left alone: "kurier outbox flush" never resends what the user must decide on.
class OutboxFlushCommand : public OutboxCommand
{
    Q_OBJECT
public:
    using OutboxCommand::OutboxCommand;
    ~OutboxFlushCommand() override;
    void start() override;

private:
    void finishFlush();

    std::unique_ptr<Outbox::Dispatcher> m_dispatcher;
    QHash<qint64, Outbox::State> m_outcomes;
};

// kurier outbox remove ID: deletes a message that is not being sent (64 when there is none
// with that id, 75 while it is being sent).
class OutboxRemoveCommand : public OutboxCommand
{
    Q_OBJECT
public:
    using OutboxCommand::OutboxCommand;
    void start() override;
};

} // namespace Cli
