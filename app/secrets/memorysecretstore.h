// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/secrets/secretstore.h"

#include <QHash>

namespace Secrets
{

// Secrets held in this process's memory only and forgotten when Kurier quits: the
// "remember for this session" choice when no keychain exists, and the store GUI tests use.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    SecretJob *read(const QString &accountId, SecretKind kind) override;
    SecretJob *write(const QString &accountId, SecretKind kind, const QString &secret) override;
    SecretJob *remove(const QString &accountId, SecretKind kind) override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace Secrets
