// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/accountremoveoperation.h"

#include "app/accounts/accountstore.h"

using Secrets::SecretKind;
using Secrets::SecretResult;

AccountRemoveOperation::AccountRemoveOperation(Accounts::AccountStore *accounts, Secrets::SecretStore *secrets,
                                               QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_secrets(secrets)
{
}

void AccountRemoveOperation::start(const QString &accountId)
{
    m_accountId = accountId;
    if (!m_accounts->contains(accountId)) {
        finish(Outcome::StoreFailed, tr("There is no account with the id \"%1\" any more.").arg(accountId));
        return;
    }
    if (m_accounts->isReadOnly()) {
        // Deleting the secrets of an account that then stays would break it.
        finish(Outcome::StoreFailed, m_accounts->remove(accountId).message);
        return;
    }
    removeSecret(SecretKind::SmtpPassword);
}

void AccountRemoveOperation::removeSecret(SecretKind kind)
{
    Secrets::SecretJob *job = m_secrets->remove(m_accountId, kind);
    connect(job, &Secrets::SecretJob::finished, this, [this, kind](const SecretResult &result) {
        switch (result.status) {
        case SecretResult::Status::Ok:
        case SecretResult::Status::NotFound:
            if (kind == SecretKind::SmtpPassword) {
                removeSecret(SecretKind::OAuthTokens);
            } else {
                removeSettings({});
            }
            return;
        case SecretResult::Status::NoBackend:
            removeSettings(result.message);
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

void AccountRemoveOperation::removeSettings(const QString &note)
{
    const Accounts::AccountStore::Result removed = m_accounts->remove(m_accountId);
    if (!removed.ok()) {
        finish(Outcome::StoreFailed, tr("The account was not removed: %1").arg(removed.message));
        return;
    }
    finish(Outcome::Removed, note);
}

void AccountRemoveOperation::finish(Outcome outcome, const QString &message)
{
    // Queued, so that even a failure found inside start() reaches a caller that connects afterwards.
    QMetaObject::invokeMethod(
        this,
        [this, result = Result{outcome, message}] {
            Q_EMIT finished(result);
            deleteLater();
        },
        Qt::QueuedConnection);
}
