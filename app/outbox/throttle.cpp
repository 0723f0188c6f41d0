// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/outbox/throttle.h"

namespace Outbox
{

namespace
{
constexpr qint64 WindowMs = 60 * 1000;
}

Throttle::Throttle(ThrottleLimits limits)
    : m_limits(limits)
{
}

void Throttle::forgetBefore(const QDateTime &time) const
{
    while (!m_starts.empty() && m_starts.front().msecsTo(time) >= WindowMs) {
        m_starts.pop_front();
    }
}

QDateTime Throttle::nextSlot(const QDateTime &now) const
{
    if (m_limits.messagesPerMinute <= 0) {
        return now;
    }
    forgetBefore(now);
    if (int(m_starts.size()) < m_limits.messagesPerMinute) {
        return now;
    }
    // The window is full: room appears when the oldest start in it leaves the window.
    const std::size_t oldestThatMustLeave = m_starts.size() - std::size_t(m_limits.messagesPerMinute);
    return m_starts[oldestThatMustLeave].addMSecs(WindowMs);
}

void Throttle::recordStart(const QDateTime &at)
{
    m_starts.push_back(at);
}

QList<QStringList> Throttle::splitRecipients(const QStringList &recipients, int recipientsPerMessage)
{
    QList<QStringList> envelopes;
    if (recipientsPerMessage <= 0 || recipients.size() <= recipientsPerMessage) {
        envelopes.append(recipients);
        return envelopes;
    }
    for (qsizetype first = 0; first < recipients.size(); first += recipientsPerMessage) {
        envelopes.append(recipients.mid(first, recipientsPerMessage));
    }
    return envelopes;
}

} // namespace Outbox
