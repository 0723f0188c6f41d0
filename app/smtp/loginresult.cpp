// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/smtp/loginresult.h"

namespace Smtp
{

qint64 LoginResult::elapsedIn(Phase phase) const
{
    qint64 total = -1;
    for (const PhaseTiming &timing : phases) {
        if (timing.phase == phase) {
            total = std::max<qint64>(total, 0) + timing.elapsedMs;
        }
    }
    return total;
}

} // namespace Smtp
