// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/passwordstatelookup.h"

#include "app/secrets/secretstore.h"

using Secrets::SecretResult;

PasswordStateLookup::PasswordStateLookup(Secrets::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{
}

void PasswordStateLookup::forget(const QString &accountId)
{
    m_known.remove(accountId);
    m_pending.remove(accountId);
}

void PasswordStateLookup::lookUp(const Accounts::Account &account)
{
    if (!account.usesPassword()) {
        // A reply still on its way describes the account as it was; it no longer applies.
        m_pending.remove(account.id);
        Q_EMIT stateChanged(account.id, State::NotUsed, {});
        return;
    }
    if (const auto known = m_known.constFind(account.id); known != m_known.cend()) {
        Q_EMIT stateChanged(account.id, *known, {});
        return;
    }
    Q_EMIT stateChanged(account.id, State::Checking, {});
    if (m_pending.contains(account.id)) {
        return;
    }
    m_pending.insert(account.id);
    Secrets::SecretJob *job = m_secrets->read(account.id, Secrets::SecretKind::SmtpPassword);
    connect(job, &Secrets::SecretJob::finished, this, [this, id = account.id](const SecretResult &result) {
        if (!m_pending.remove(id)) {
            return;
        }
        State state = State::Unknown;
        switch (result.status) {
        case SecretResult::Status::Ok:
            state = State::InKeychain;
            break;
        case SecretResult::Status::NotFound:
            state = State::NotStored;
            break;
        case SecretResult::Status::NoBackend:
            state = State::NoKeychain;
            break;
        case SecretResult::Status::AccessDenied:
        case SecretResult::Status::Failed:
            break;
        }
        // A locked keychain may be unlocked by the next look, so only clear answers are remembered.
        if (state != State::Unknown) {
            m_known.insert(id, state);
        }
        Q_EMIT stateChanged(id, state, result.message);
    });
}
