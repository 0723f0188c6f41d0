// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/secrets/secretstore.h"

#include <QHash>
#include <QList>
#include <QPointer>

#include <optional>

// A SecretStore for fault injection in GUI tests: holds secrets in memory, but answers an
// operation with a scripted failure when told to, can hold writes back until released
// (to look at a dialog while it waits for the keychain), and counts every call.
class ScriptedSecretStore : public Secrets::SecretStore
{
public:
    enum class Operation { Read, Write, Remove };
    using Status = Secrets::SecretResult::Status;

    using SecretStore::SecretStore;

    void failWith(Operation operation, Status status) { m_failures.insert(operation, status); }
    void holdWrites() { m_holdWrites = true; }
    void releaseWrites()
    {
        m_holdWrites = false;
        const QList<std::pair<QPointer<Secrets::SecretJob>, Secrets::SecretResult>> held = std::move(m_held);
        for (const auto &[job, result] : held) {
            if (job) {
                job->finish(result);
            }
        }
    }

    void put(const QString &accountId, Secrets::SecretKind kind, const QString &secret)
    {
        m_secrets.insert(keyFor(accountId, kind), secret);
    }
    std::optional<QString> secret(const QString &accountId, Secrets::SecretKind kind) const
    {
        const auto it = m_secrets.constFind(keyFor(accountId, kind));
        return it == m_secrets.cend() ? std::nullopt : std::optional<QString>(*it);
    }
    int calls(Operation operation) const { return m_calls.value(operation); }

    Secrets::SecretJob *read(const QString &accountId, Secrets::SecretKind kind) override
    {
        auto *job = new Secrets::SecretJob(this);
        if (std::optional<Secrets::SecretResult> failure = scriptedFailure(Operation::Read)) {
            job->finish(*failure);
        } else if (std::optional<QString> stored = secret(accountId, kind)) {
            job->finish({Status::Ok, *stored, {}});
        } else {
            job->finish({Status::NotFound, {}, QStringLiteral("Nothing stored for this account.")});
        }
        return job;
    }

    Secrets::SecretJob *write(const QString &accountId, Secrets::SecretKind kind, const QString &secret) override
    {
        auto *job = new Secrets::SecretJob(this);
        Secrets::SecretResult result;
        if (std::optional<Secrets::SecretResult> failure = scriptedFailure(Operation::Write)) {
            result = *failure;
        } else {
            put(accountId, kind, secret);
        }
        if (m_holdWrites) {
            m_held.append({job, result});
        } else {
            job->finish(result);
        }
        return job;
    }

    Secrets::SecretJob *remove(const QString &accountId, Secrets::SecretKind kind) override
    {
        auto *job = new Secrets::SecretJob(this);
        if (std::optional<Secrets::SecretResult> failure = scriptedFailure(Operation::Remove)) {
            job->finish(*failure);
        } else if (m_secrets.remove(keyFor(accountId, kind)) > 0) {
            job->finish({});
        } else {
            job->finish({Status::NotFound, {}, QStringLiteral("Nothing stored for this account.")});
        }
        return job;
    }

    static QString messageFor(Status status)
    {
        switch (status) {
        case Status::NoBackend:
            return QStringLiteral("Scripted: no keychain on this system.");
        case Status::AccessDenied:
            return QStringLiteral("Scripted: the keychain is locked.");
        default:
            return QStringLiteral("Scripted: the keychain failed.");
        }
    }

private:
    std::optional<Secrets::SecretResult> scriptedFailure(Operation operation)
    {
        m_calls[operation] += 1;
        const auto it = m_failures.constFind(operation);
        if (it == m_failures.cend()) {
            return std::nullopt;
        }
        return Secrets::SecretResult{*it, {}, messageFor(*it)};
    }

    QHash<QString, QString> m_secrets;
    QHash<Operation, Status> m_failures;
    QHash<Operation, int> m_calls;
    bool m_holdWrites = false;
    QList<std::pair<QPointer<Secrets::SecretJob>, Secrets::SecretResult>> m_held;
};
