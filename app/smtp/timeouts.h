// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/smtp/phase.h"

#include <chrono>

namespace Smtp
{

// How long the session waits in each phase before giving up. The defaults follow
// RFC 5321 §4.5.3.2 where it sets a value (greeting, MAIL, RCPT 5 min; DATA 2 min; each
// data block 3 min; final reply 10 min: shorter would risk duplicate deliveries, §6.1) and
// SMTP.md §4.1 where it does not (connect, TLS, EHLO, STARTTLS, AUTH). Tests set short ones.
struct Timeouts {
    using Duration = std::chrono::milliseconds;

    Duration connect = std::chrono::seconds(60);
    Duration tlsHandshake = std::chrono::seconds(60);
    Duration greeting = std::chrono::minutes(5);
    Duration ehlo = std::chrono::minutes(2);
    Duration startTls = std::chrono::minutes(2);
    Duration authentication = std::chrono::minutes(2);
    Duration reset = std::chrono::minutes(5);
    Duration mailFrom = std::chrono::minutes(5);
    Duration rcptTo = std::chrono::minutes(5);
    Duration data = std::chrono::minutes(2);
    Duration dataBlock = std::chrono::minutes(3);
    Duration dataTermination = std::chrono::minutes(10);
    Duration quit = std::chrono::seconds(30);

    Duration forPhase(Phase phase) const;
    // Every phase the same value; handy for tests of stalls.
    static Timeouts uniform(Duration duration);

    bool operator==(const Timeouts &other) const = default;
};

} // namespace Smtp
