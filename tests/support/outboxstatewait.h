// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/outbox/dispatcher.h"
#include "app/outbox/store.h"

#include <QSignalSpy>

namespace TestSupport
{

// Whether the stored message reaches `state`. The dispatcher's messageFinished paces the
// checks (no sleeps): at most `rounds` finished messages, each awaited for at most
// timeoutMs, since other messages of the same test may finish first.
inline bool waitForOutboxState(Outbox::Dispatcher &dispatcher, const Outbox::Store &store, qint64 id,
                               Outbox::State state, int rounds, int timeoutMs)
{
    QSignalSpy finished(&dispatcher, &Outbox::Dispatcher::messageFinished);
    for (int round = 0; round < rounds; ++round) {
        const std::optional<Outbox::OutboxMessage> message = store.message(id);
        if (message && message->state == state) {
            return true;
        }
        if (!finished.wait(timeoutMs)) {
            return false;
        }
    }
    return false;
}

} // namespace TestSupport
