// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/secrets/memorysecretstore.h"

#include "app/secrets/keychainsecretstore.h"

namespace Secrets
{

namespace
{

SecretResult notFound()
{
    return {SecretResult::Status::NotFound,
            {},
            KeychainSecretStore::tr("The keychain has no password stored for this account.")};
}

} // namespace

SecretJob *MemorySecretStore::read(const QString &accountId, SecretKind kind)
{
    auto *job = new SecretJob(this);
    const auto it = m_secrets.constFind(keyFor(accountId, kind));
    job->finish(it == m_secrets.cend() ? notFound() : SecretResult{SecretResult::Status::Ok, *it, {}});
    return job;
}

SecretJob *MemorySecretStore::write(const QString &accountId, SecretKind kind, const QString &secret)
{
    auto *job = new SecretJob(this);
    m_secrets.insert(keyFor(accountId, kind), secret);
    job->finish({});
    return job;
}

SecretJob *MemorySecretStore::remove(const QString &accountId, SecretKind kind)
{
    auto *job = new SecretJob(this);
    m_secrets.remove(keyFor(accountId, kind));
    job->finish({});
    return job;
}

} // namespace Secrets
