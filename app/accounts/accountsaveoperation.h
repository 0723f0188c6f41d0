// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/accounts/account.h"
#include "app/accounts/accountstore.h"
#include "app/secrets/secretstore.h"

#include <QObject>

namespace Accounts
{

// Saves one account together with its password, so that a failure at any step leaves the
// settings file and the keychain as they were:
//   new account:      password to the keychain, then the settings; a failed settings write
//                     deletes the keychain entry again.
//   existing account: the settings, then the new password; a failed keychain write puts the
//                     previous settings back (the previous password was never touched).
// A password is only ever handed to the SecretStore, never to a file, and there is no
// fallback: without a keychain the result is KeychainUnavailable and the caller may retry
// with PasswordAction::DontStore. GUI-free and asynchronous; emits exactly one finished()
// and then deletes itself. Both stores must outlive it.
class AccountSaveOperation : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Add, Update };
    enum class PasswordAction {
        Store, // write Request::password to the keychain
        Keep, // leave whatever the keychain holds (editing without typing a new password)
        DontStore, // make sure no password is stored; Kurier asks for it when sending
    };
    enum class Outcome { Saved, KeychainUnavailable, KeychainFailed, StoreFailed };
    Q_ENUM(Outcome)

    struct Request {
        Mode mode = Mode::Add;
        Account account;
        PasswordAction passwordAction = PasswordAction::DontStore;
        QString password; // only for PasswordAction::Store
    };

    struct Result {
        Outcome outcome = Outcome::Saved;
        QString message; // translated; what went wrong, or a note on success (may be empty)
        bool ok() const { return outcome == Outcome::Saved; }
    };

    AccountSaveOperation(AccountStore *accounts, Secrets::SecretStore *secrets, QObject *parent = nullptr);

    // Whether start() will talk to the keychain before it can finish.
    static bool needsKeychain(const Request &request);

    void start(const Request &request);

Q_SIGNALS:
    void finished(const Accounts::AccountSaveOperation::Result &result);

private:
    void writePasswordThenAdd();
    void writeSettings();
    void writePasswordAfterUpdate();
    void forgetPassword();
    void undoPasswordWrite(const QString &storeMessage);
    void finish(Outcome outcome, const QString &message = {});
    AccountStore::Result storeWrite(const Account &account);
    QString keychainFailure(const Secrets::SecretResult &result) const;

    AccountStore *m_accounts;
    Secrets::SecretStore *m_secrets;
    Request m_request;
    std::optional<Account> m_previous;
};

} // namespace Accounts

Q_DECLARE_METATYPE(Accounts::AccountSaveOperation::Result)
