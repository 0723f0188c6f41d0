// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/smtp/error.h"

#include <QDateTime>
#include <QList>

#include <chrono>
#include <optional>

namespace Outbox
{

// When to try a temporarily failed message again: exponential backoff with jitter, so that
// many clients failing together do not return together. Pure: the caller passes the time and
// a random number, so the schedule is testable without a clock or sleeps.
//
// The defaults wait 1, 5, 15 and 60 minutes, then 60 minutes between attempts (the cap),
// with ±20 % jitter, and give up (NeedsAttention) once a message has failed temporarily for
// four days, the usual bounce time of mail servers. Greylisting (RFC 6647: 450/451 with
// 4.7.x/4.2.0, or the word in the reply) rejects retries that come too soon, typically within
// five minutes, so the first retry after a greylisting reply waits greylistingDelay instead.
struct RetryPolicy {
    QList<std::chrono::seconds> delays{std::chrono::minutes(1), std::chrono::minutes(5), std::chrono::minutes(15),
                                       std::chrono::minutes(60)};
    std::chrono::seconds cap = std::chrono::minutes(60);
    double jitter = 0.2; // each delay is scaled by a factor in [1 - jitter, 1 + jitter]
    std::chrono::seconds greylistingDelay = std::chrono::minutes(6);
    std::chrono::seconds giveUpAfter = std::chrono::hours(96);

    // The delay after the given number of failed attempts (1 for the first failure), before
    // jitter; unitRandom in [0, 1) chooses the jitter (0.5 means none).
    std::chrono::milliseconds delayAfter(int failedAttempts, double unitRandom) const;
    // The next attempt time, or nullopt when the message has been failing for longer than
    // giveUpAfter (counted from firstQueued) and should be handed to the user.
    std::optional<QDateTime> nextAttempt(int failedAttempts, const Smtp::Error &error, const QDateTime &firstQueued,
                                         const QDateTime &now, double unitRandom) const;

    static bool isGreylisting(const Smtp::Error &error);
};

} // namespace Outbox
