// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/accounts/accountsaveoperation.h"

namespace Accounts
{

using Secrets::SecretKind;
using Secrets::SecretResult;

AccountSaveOperation::AccountSaveOperation(AccountStore *accounts, Secrets::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_secrets(secrets)
{
}

bool AccountSaveOperation::needsKeychain(const Request &request)
{
    return request.passwordAction != PasswordAction::Keep;
}

void AccountSaveOperation::start(const Request &request)
{
    m_request = request;
    if (m_request.passwordAction != PasswordAction::Store) {
        m_request.password.clear();
    }
    if (m_request.mode == Mode::Update) {
        m_previous = m_accounts->account(m_request.account.id);
    }
    if (m_request.mode == Mode::Add && m_request.passwordAction == PasswordAction::Store) {
        writePasswordThenAdd();
    } else {
        writeSettings();
    }
}

AccountStore::Result AccountSaveOperation::storeWrite(const Account &account)
{
    return m_request.mode == Mode::Add ? m_accounts->add(account) : m_accounts->update(account);
}

QString AccountSaveOperation::keychainFailure(const SecretResult &result) const
{
    if (result.status == SecretResult::Status::NoBackend) {
        return result.message;
    }
    return m_request.mode == Mode::Add
        ? tr("The password could not be stored in the keychain, so the account was not added: %1").arg(result.message)
        : tr("The new password could not be stored in the keychain, so your changes were not saved: %1")
              .arg(result.message);
}

void AccountSaveOperation::writePasswordThenAdd()
{
    Secrets::SecretJob *job = m_secrets->write(m_request.account.id, SecretKind::SmtpPassword, m_request.password);
    m_request.password.clear();
    connect(job, &Secrets::SecretJob::finished, this, [this](const SecretResult &result) {
        if (!result.ok()) {
            finish(result.status == SecretResult::Status::NoBackend ? Outcome::KeychainUnavailable
                                                                    : Outcome::KeychainFailed,
                   keychainFailure(result));
            return;
        }
        const AccountStore::Result saved = storeWrite(m_request.account);
        if (!saved.ok()) {
            undoPasswordWrite(saved.message);
            return;
        }
        finish(Outcome::Saved);
    });
}

void AccountSaveOperation::writeSettings()
{
    const AccountStore::Result saved = storeWrite(m_request.account);
    if (!saved.ok()) {
        finish(Outcome::StoreFailed, tr("The account could not be saved: %1").arg(saved.message));
        return;
    }
    switch (m_request.passwordAction) {
    case PasswordAction::Store:
        writePasswordAfterUpdate();
        return;
    case PasswordAction::DontStore:
        forgetPassword();
        return;
    case PasswordAction::Keep:
        finish(Outcome::Saved);
        return;
    }
}

void AccountSaveOperation::writePasswordAfterUpdate()
{
    Secrets::SecretJob *job = m_secrets->write(m_request.account.id, SecretKind::SmtpPassword, m_request.password);
    m_request.password.clear();
    connect(job, &Secrets::SecretJob::finished, this, [this](const SecretResult &result) {
        if (result.ok()) {
            finish(Outcome::Saved);
            return;
        }
        QString message = keychainFailure(result);
        // The settings are already written; put the old ones back so the account keeps
        // working with the password the keychain still holds.
        if (m_previous) {
            if (const AccountStore::Result restored = storeWrite(*m_previous); !restored.ok()) {
                message += QLatin1Char(' ')
                    + tr("The previous settings could not be restored either: %1").arg(restored.message);
            }
        }
        finish(result.status == SecretResult::Status::NoBackend ? Outcome::KeychainUnavailable
                                                                : Outcome::KeychainFailed,
               message);
    });
}

void AccountSaveOperation::forgetPassword()
{
    // An entry left over from an earlier account with the same id, or from before the
    // sign-in method changed, would otherwise be used silently.
    Secrets::SecretJob *job = m_secrets->remove(m_request.account.id, SecretKind::SmtpPassword);
    connect(job, &Secrets::SecretJob::finished, this, [this](const SecretResult &result) {
        switch (result.status) {
        case SecretResult::Status::Ok:
        case SecretResult::Status::NotFound:
        case SecretResult::Status::NoBackend:
            finish(Outcome::Saved);
            return;
        case SecretResult::Status::AccessDenied:
        case SecretResult::Status::Failed:
            finish(Outcome::Saved,
                   tr("The account was saved, but an old password could not be deleted from the keychain: %1")
                       .arg(result.message));
            return;
        }
    });
}

void AccountSaveOperation::undoPasswordWrite(const QString &storeMessage)
{
    Secrets::SecretJob *job = m_secrets->remove(m_request.account.id, SecretKind::SmtpPassword);
    connect(job, &Secrets::SecretJob::finished, this, [this, storeMessage](const SecretResult &result) {
        QString message = tr("The account could not be saved: %1").arg(storeMessage);
        if (!result.ok() && result.status != SecretResult::Status::NotFound) {
            message += QLatin1Char(' ')
                + tr("Its password could not be deleted from the keychain again: %1").arg(result.message);
        }
        finish(Outcome::StoreFailed, message);
    });
}

void AccountSaveOperation::finish(Outcome outcome, const QString &message)
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

} // namespace Accounts
