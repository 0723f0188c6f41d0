// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <deque>

namespace Outbox
{

// Per-account sending limits. The defaults stay below what large providers allow for one
// mailbox over SMTP submission (Outlook.com: 30 messages a minute and 100 recipients a
// message; Gmail: 100 recipients a message), so a batch is not mistaken for spam.
struct ThrottleLimits {
    int messagesPerMinute = 30; // 0: no limit
    int recipientsPerMessage = 100; // 0: no limit; more recipients are split into several envelopes
};

// A sliding one-minute window of the transmissions started for one account. Pure: times are
// passed in, so a test can drive a batch with a fake clock.
class Throttle
{
public:
    explicit Throttle(ThrottleLimits limits = {});

    const ThrottleLimits &limits() const { return m_limits; }
    // When the next message may start: `now` if the window has room, else when it will.
    QDateTime nextSlot(const QDateTime &now) const;
    // Records a transmission started at `at`.
    void recordStart(const QDateTime &at);

    // The envelopes a message to these recipients is split into, in order.
    static QList<QStringList> splitRecipients(const QStringList &recipients, int recipientsPerMessage);

private:
    void forgetBefore(const QDateTime &time) const;

    ThrottleLimits m_limits;
    mutable std::deque<QDateTime> m_starts;
};

} // namespace Outbox
