// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/secrets/secretstore.h"

#include <QTimer>

namespace Secrets
{

void SecretJob::finish(const SecretResult &result)
{
    // Queued so that callers can connect to finished() after starting the job.
    QTimer::singleShot(0, this, [this, result] {
        Q_EMIT finished(result);
        deleteLater();
    });
}

QString SecretStore::keyFor(const QString &accountId, SecretKind kind)
{
    switch (kind) {
    case SecretKind::SmtpPassword:
        return accountId + QStringLiteral("/smtp");
    case SecretKind::OAuthTokens:
        return accountId + QStringLiteral("/oauth2");
    }
    return accountId;
}

} // namespace Secrets
