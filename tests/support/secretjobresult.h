// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/secrets/secretstore.h"

#include <QSignalSpy>
#include <QString>

#include <chrono>

namespace TestSupport
{

// The result of one asynchronous secret-store job. A job that does not finish in time, or
// finishes more than once, comes back as a failure saying so, so the caller's QCOMPARE on
// the status shows what went wrong instead of a crash on an empty spy.
inline Secrets::SecretResult waitForSecretResult(Secrets::SecretJob *job,
                                                 std::chrono::milliseconds timeout = std::chrono::seconds(20))
{
    QSignalSpy finished(job, &Secrets::SecretJob::finished);
    if (!finished.wait(static_cast<int>(timeout.count())) || finished.count() != 1) {
        return {
            Secrets::SecretResult::Status::Failed, {}, QStringLiteral("the secret job did not finish exactly once")};
    }
    return finished.first().first().value<Secrets::SecretResult>();
}

} // namespace TestSupport
