// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/accounts/accountstore.h"
#include "app/secrets/secretstore.h"

#include <QObject>

namespace Accounts
{

// Removes one account, the same way for the main window and "kurier account remove": first
// its keychain entries (password, then OAuth tokens), then its settings. A missing entry is
// fine; a missing keychain means nothing can be stored there, so removal goes on and the
// result says so; any other keychain error keeps the account, so that a later attempt can
// still find and delete the secret. GUI-free and asynchronous; emits exactly one finished()
// and then deletes itself. Both stores must outlive it.
class AccountRemoveOperation : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Removed, NoSuchAccount, KeychainFailed, StoreFailed };
    Q_ENUM(Outcome)

    struct Result {
        Outcome outcome = Outcome::Removed;
        QString message; // translated; why it failed, or a note on success (may be empty)
        // The facts behind the outcome, for callers with their own wording (exit codes, CLI text).
        Secrets::SecretResult::Status keychainStatus = Secrets::SecretResult::Status::Ok;
        QString keychainMessage;
        AccountStore::Status storeStatus = AccountStore::Status::Ok;
        QString storeMessage;
        bool ok() const { return outcome == Outcome::Removed; }
        // Removed, but no keychain could be reached: a stored password may still be there.
        bool keychainUnreachable() const { return ok() && keychainStatus == Secrets::SecretResult::Status::NoBackend; }
    };

    AccountRemoveOperation(AccountStore *accounts, Secrets::SecretStore *secrets, QObject *parent = nullptr);

    void start(const QString &accountId);

Q_SIGNALS:
    void finished(const Accounts::AccountRemoveOperation::Result &result);

private:
    void removeSecret(Secrets::SecretKind kind);
    void removeSettings();
    void finish(Outcome outcome, const QString &message);

    AccountStore *m_accounts;
    Secrets::SecretStore *m_secrets;
    QString m_accountId;
    Result m_result;
};

} // namespace Accounts

Q_DECLARE_METATYPE(Accounts::AccountRemoveOperation::Result)
