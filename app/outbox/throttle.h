// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/accounts/account.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <deque>

namespace Outbox
{

// Per-account sending limits: the account's settings (see Accounts::SendingLimits for the
// defaults and why), or what the dispatcher's owner overrides them with.
using ThrottleLimits = Accounts::SendingLimits;

// A sliding one-minute window of the transmissions started for one account. Pure: times are
// passed in, so a test can drive a batch with a fake clock.
class Throttle
{
public:
    explicit Throttle(ThrottleLimits limits = {});

    const ThrottleLimits &limits() const { return m_limits; }
    // New limits (the account's settings changed); the starts already in the window still count.
    void setLimits(const ThrottleLimits &limits) { m_limits = limits; }
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
