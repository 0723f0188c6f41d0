// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/smtp/error.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>

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
//
// What is worth retrying at all (isRetryable()): the SMTP worker's temporary errors, plus what a
// network that is down looks like from here: a refused connection, a network error, and a host
// name that does not resolve.
//
// A host name that does not resolve is temporary only a few times. Right after a network comes
// up, or on a flaky resolver, a correct name can fail to resolve, but a mistyped or retired
// server name fails for ever, and four days of silent retries would hide that. So:
//   - while the network is known to be offline (QNetworkInformation says Disconnected or
//     local-only), an unknown host is an ordinary temporary failure; the dispatcher starts
//     nothing while offline and makes retries due when the network is back;
//   - otherwise the message is retried until it has been attempted hostNotFoundAttempts times
//     (3 by default: the failures at about 0, 1 and 6 minutes), and a later "host not found"
//     hands it to the user (NeedsAttention) with the explanation, so they can fix the server
//     name and press "Send now". Attempts are the message's attempts of any kind: a message that
//     already failed for other reasons gets no fresh set of look-ups.
struct RetryPolicy {
    // What the outbox knew about the network when an attempt failed.
    enum class Network {
        Reachable, // online, or nobody can tell (no QNetworkInformation backend)
        Offline, // disconnected, or a local network without a way out
    };

    QList<std::chrono::seconds> delays{std::chrono::minutes(1), std::chrono::minutes(5), std::chrono::minutes(15),
                                       std::chrono::minutes(60)};
    std::chrono::seconds cap = std::chrono::minutes(60);
    double jitter = 0.2; // each delay is scaled by a factor in [1 - jitter, 1 + jitter]
    std::chrono::seconds greylistingDelay = std::chrono::minutes(6);
    std::chrono::seconds giveUpAfter = std::chrono::hours(96);
    int hostNotFoundAttempts = 3;

    // The delay after the given number of failed attempts (1 for the first failure), before
    // jitter; unitRandom in [0, 1) chooses the jitter (0.5 means none).
    std::chrono::milliseconds delayAfter(int failedAttempts, double unitRandom) const;
    // The next attempt time, or nullopt when the message should be handed to the user: it has
    // been failing for longer than giveUpAfter (counted from firstQueued), or its host name did
    // not resolve once too often (see above). The caller has checked isRetryable(error).
    std::optional<QDateTime> nextAttempt(int failedAttempts, const Smtp::Error &error, const QDateTime &firstQueued,
                                         const QDateTime &now, double unitRandom,
                                         Network network = Network::Reachable) const;

    static bool isRetryable(const Smtp::Error &error);
    static bool isGreylisting(const Smtp::Error &error);
};

} // namespace Outbox

Q_DECLARE_METATYPE(Outbox::RetryPolicy::Network)
