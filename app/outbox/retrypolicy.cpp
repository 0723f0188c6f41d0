// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/outbox/retrypolicy.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Outbox
{

std::chrono::milliseconds RetryPolicy::delayAfter(int failedAttempts, double unitRandom) const
{
    using namespace std::chrono;
    seconds base = cap;
    if (!delays.isEmpty()) {
        const int index = std::clamp(failedAttempts - 1, 0, int(delays.size()) - 1);
        base = std::min(delays.at(index), cap);
    }
    const double factor = 1.0 + jitter * (2.0 * std::clamp(unitRandom, 0.0, 1.0) - 1.0);
    return milliseconds(std::llround(duration_cast<milliseconds>(base).count() * factor));
}

std::optional<QDateTime> RetryPolicy::nextAttempt(int failedAttempts, const Smtp::Error &error,
                                                  const QDateTime &firstQueued, const QDateTime &now, double unitRandom,
                                                  Network network) const
{
    using namespace std::chrono;
    if (error.kind == Smtp::Error::Kind::HostNotFound && network == Network::Reachable
        && failedAttempts >= hostNotFoundAttempts) {
        return std::nullopt;
    }
    if (firstQueued.isValid() && firstQueued.msecsTo(now) >= duration_cast<milliseconds>(giveUpAfter).count()) {
        return std::nullopt;
    }
    milliseconds delay = delayAfter(failedAttempts, unitRandom);
    if (failedAttempts <= 1 && isGreylisting(error)) {
        // Jitter only upwards: a greylisting server counts from its own first refusal.
        const double factor = 1.0 + jitter * std::clamp(unitRandom, 0.0, 1.0);
        delay = std::max(delay,
                         milliseconds(std::llround(duration_cast<milliseconds>(greylistingDelay).count() * factor)));
    }
    return now.addMSecs(delay.count());
}

bool RetryPolicy::isRetryable(const Smtp::Error &error)
{
    using Kind = Smtp::Error::Kind;
    return error.isTemporary() || error.kind == Kind::HostNotFound || error.kind == Kind::ConnectionRefused
        || error.kind == Kind::NetworkError;
}

bool RetryPolicy::isGreylisting(const Smtp::Error &error)
{
    if (error.replyCode != 450 && error.replyCode != 451) {
        return false;
    }
    static const QRegularExpression words(QStringLiteral("gr[ae]y-?\\s?list"),
                                          QRegularExpression::CaseInsensitiveOption);
    return error.enhancedCode.startsWith(QLatin1String("4.7.")) || error.enhancedCode == QLatin1String("4.2.0")
        || words.match(error.serverText).hasMatch();
}

} // namespace Outbox
