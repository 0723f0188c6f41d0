// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

namespace Secrets
{

// What a secret is for; each kind is its own keychain entry per account.
enum class SecretKind { SmtpPassword, OAuthTokens };

struct SecretResult {
    enum class Status {
        Ok,
        NotFound, // no entry: not an error when reading "is there a password?"
        NoBackend, // no keychain service on this system
        AccessDenied, // the user or the keychain refused (locked, cancelled prompt)
        Failed, // anything else; detail says what
    };
    Status status = Status::Ok;
    QString secret; // only for a successful read
    QString message; // translated, one sentence; empty when Ok

    bool ok() const { return status == Status::Ok; }
};

// One asynchronous keychain operation. It reports exactly one finished() (always queued,
// never from inside the call that created it) and then deletes itself.
class SecretJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void finish(const SecretResult &result);

Q_SIGNALS:
    void finished(const Secrets::SecretResult &result);
};

// Where account secrets live. Implementations never write a secret to a plain file and
// never fall back to doing so: KeychainSecretStore uses the OS keychain, MemorySecretStore
// keeps secrets for this process only ("remember for this session").
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // NotFound when there is no entry.
    virtual SecretJob *read(const QString &accountId, SecretKind kind) = 0;
    // Creates or replaces the entry.
    virtual SecretJob *write(const QString &accountId, SecretKind kind, const QString &secret) = 0;
    // Ok once no entry is left, whether or not there was one (the Secret Service cannot tell).
    virtual SecretJob *remove(const QString &accountId, SecretKind kind) = 0;

    // The entry name: "<accountId>/smtp" or "<accountId>/oauth2".
    static QString keyFor(const QString &accountId, SecretKind kind);
};

} // namespace Secrets

Q_DECLARE_METATYPE(Secrets::SecretResult)
