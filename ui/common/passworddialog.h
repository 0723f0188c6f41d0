// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/accounts/account.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace Accounts
{
class CredentialsLookup;
}

// Asks for an account's password when none is stored ("ask me for the password each time", or
// a keychain entry that is gone), for sending to go on. The password is kept for this session
// only unless the user ticks "Remember it in the keychain". Opened with open(), never exec():
// the answer goes back to the Accounts::CredentialsLookup that asked.
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PasswordDialog(const Accounts::Account &account, QWidget *parent = nullptr);

    QString password() const;
    bool keepInKeychain() const;

    // Answers every passwordRequested() of the lookup with a dialog over `parent` (which may be
    // null), and the user's choice with providePassword() or declinePassword().
    static void answerRequests(Accounts::CredentialsLookup *lookup, QWidget *parent);

private:
    QLineEdit *m_passwordEdit;
    QCheckBox *m_keepCheckBox;
    QPushButton *m_sendButton;
};
