// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/accounts/accountremoveoperation.h"

namespace Accounts
{

using Secrets::SecretKind;
using Secrets::SecretResult;

AccountRemoveOperation::AccountRemoveOperation(AccountStore *accounts, Secrets::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_secrets(secrets)
{
}

void AccountRemoveOperation::start(const QString &accountId)
{
    m_accountId = accountId;
    if (!m_accounts->contains(accountId)) {
        m_result.storeStatus = AccountStore::Status::UnknownAccount;
        finish(Outcome::NoSuchAccount, tr("There is no account with the id \"%1\" any more.").arg(accountId));
        return;
    }
    if (m_accounts->isReadOnly()) {
        // Deleting the secrets of an account that then stays would break it.
        const AccountStore::Result refused = m_accounts->remove(accountId);
        m_result.storeStatus = refused.status;
        m_result.storeMessage = refused.message;
        finish(Outcome::StoreFailed, refused.message);
        return;
    }
    removeSecret(SecretKind::SmtpPassword);
}

void AccountRemoveOperation::removeSecret(SecretKind kind)
{
    Secrets::SecretJob *job = m_secrets->remove(m_accountId, kind);
    connect(job, &Secrets::SecretJob::finished, this, [this, kind](const SecretResult &result) {
        m_result.keychainStatus = result.status;
        m_result.keychainMessage = result.message;
        switch (result.status) {
        case SecretResult::Status::Ok:
        case SecretResult::Status::NotFound:
            if (kind == SecretKind::SmtpPassword) {
                removeSecret(SecretKind::OAuthTokens);
            } else {
                removeSettings();
            }
            return;
        case SecretResult::Status::NoBackend:
            // Removing the account must not depend on a keychain this session cannot reach
            // (cron, SSH, a desktop without a Secret Service); the result says so.
            removeSettings();
            return;
        case SecretResult::Status::AccessDenied:
        case SecretResult::Status::Failed:
            finish(Outcome::KeychainFailed,
                   tr("The account was not removed because its keychain entry could not be deleted: %1")
                       .arg(result.message));
            return;
        }
    });
}

void AccountRemoveOperation::removeSettings()
{
    const AccountStore::Result removed = m_accounts->remove(m_accountId);
    m_result.storeStatus = removed.status;
    m_result.storeMessage = removed.message;
    if (!removed.ok()) {
        finish(Outcome::StoreFailed, tr("The account was not removed: %1").arg(removed.message));
        return;
    }
    finish(Outcome::Removed,
           m_result.keychainStatus == SecretResult::Status::NoBackend ? m_result.keychainMessage : QString());
}

void AccountRemoveOperation::finish(Outcome outcome, const QString &message)
{
    m_result.outcome = outcome;
    m_result.message = message;
    // Queued, so that even a failure found inside start() reaches a caller that connects afterwards.
    QMetaObject::invokeMethod(
        this,
        [this, result = m_result] {
            Q_EMIT finished(result);
            deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace Accounts
