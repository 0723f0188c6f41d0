// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/mainwindow/accountdetailsview.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace Secrets
{
class SecretStore;
}

// Finds out where an account's password lives (keychain, nowhere, no keychain at all) by
// asking the SecretStore, and remembers clear answers so that moving the selection back
// and forth does not ask the keychain again. The secret it reads is dropped unused.
class PasswordStateLookup : public QObject
{
    Q_OBJECT
public:
    using State = AccountDetailsView::PasswordState;

    explicit PasswordStateLookup(Secrets::SecretStore *secrets, QObject *parent = nullptr);

    // Emits stateChanged() at once when no keychain is needed to answer or the answer is
    // remembered; otherwise at once with Checking and again when the keychain replies.
    void lookUp(const Accounts::Account &account);
    // The account's password may have changed: ask the keychain next time.
    void forget(const QString &accountId);

Q_SIGNALS:
    void stateChanged(const QString &accountId, AccountDetailsView::PasswordState state, const QString &detail);

private:
    Secrets::SecretStore *m_secrets;
    QHash<QString, State> m_known;
    QSet<QString> m_pending;
};
