// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/secrets/secretstore.h"

#include <QCoreApplication>

namespace Secrets
{

// Secrets in the operating system's keychain through QtKeychain (the Secret Service on
// Linux), service "kurier", one entry per account and kind. Insecure fallback is never
// enabled: without a keychain every job ends with Status::NoBackend and a message saying so.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    static constexpr auto DefaultService = "kurier";

    explicit KeychainSecretStore(QObject *parent = nullptr);
    // A different service name keeps test entries apart from a user's real ones.
    KeychainSecretStore(const QString &service, QObject *parent);

    QString service() const { return m_service; }

    SecretJob *read(const QString &accountId, SecretKind kind) override;
    SecretJob *write(const QString &accountId, SecretKind kind, const QString &secret) override;
    SecretJob *remove(const QString &accountId, SecretKind kind) override;

private:
    QString m_service;
};

} // namespace Secrets
