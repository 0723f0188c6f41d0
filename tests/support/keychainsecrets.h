// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/secrets/keychainsecretstore.h"
#include "tests/support/secretjobresult.h"

namespace TestSupport
{

// What the real keychain holds for an account, read the way Kurier reads it; for tests that
// check what a separate kurier process stored.
inline Secrets::SecretResult readKeychainSecret(const QString &accountId, Secrets::SecretKind kind)
{
    Secrets::KeychainSecretStore store;
    return waitForSecretResult(store.read(accountId, kind));
}

// Removes an account's entry from the real keychain (a missing entry is fine).
inline void removeKeychainSecret(const QString &accountId, Secrets::SecretKind kind)
{
    Secrets::KeychainSecretStore store;
    waitForSecretResult(store.remove(accountId, kind));
}

} // namespace TestSupport
