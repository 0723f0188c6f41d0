// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/secrets/secretstore.h"

#include <QObject>

namespace Accounts
{
class AccountStore;
}

// Removes one account the way "kurier account remove" does: first its keychain entries
// (password, then OAuth tokens), then its settings. A missing entry is fine; a missing
// keychain means nothing can be stored there, so removal goes on with a note; any other
// keychain error keeps the account, so that a later attempt can still find and delete the
// secret. GUI-free and asynchronous; emits exactly one finished() and then deletes itself.
// Both stores must outlive it.
class AccountRemoveOperation : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Removed, KeychainFailed, StoreFailed };
    Q_ENUM(Outcome)

    struct Result {
        Outcome outcome = Outcome::Removed;
        QString message; // translated; why it failed, or a note on success (may be empty)
        bool ok() const { return outcome == Outcome::Removed; }
    };

    AccountRemoveOperation(Accounts::AccountStore *accounts, Secrets::SecretStore *secrets, QObject *parent = nullptr);

    void start(const QString &accountId);

Q_SIGNALS:
    void finished(const AccountRemoveOperation::Result &result);

private:
    void removeSecret(Secrets::SecretKind kind);
    void removeSettings(const QString &note);
    void finish(Outcome outcome, const QString &message);

    Accounts::AccountStore *m_accounts;
    Secrets::SecretStore *m_secrets;
    QString m_accountId;
};

Q_DECLARE_METATYPE(AccountRemoveOperation::Result)
