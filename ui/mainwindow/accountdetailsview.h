// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/accounts/account.h"

#include <QWidget>

class QLabel;
class QFormLayout;

// Everything configured for one account, read-only and selectable: who sends, through
// which server and port, how the connection is protected, how Kurier signs in, and where
// the password lives. Shows what it is given; the window looks the password up.
class AccountDetailsView : public QWidget
{
    Q_OBJECT
public:
    enum class PasswordState {
        NotUsed, // the sign-in method uses no password
        Checking, // the keychain has not answered yet
        InKeychain,
        NotStored, // Kurier will ask when sending
        NoKeychain, // cannot be stored on this system; Kurier will ask when sending
        Unknown, // the keychain refused or failed; the detail says how
    };
    Q_ENUM(PasswordState)

    explicit AccountDetailsView(QWidget *parent = nullptr);

    void showAccount(const Accounts::Account &account, bool isDefault);
    void setPasswordState(PasswordState state, const QString &detail = {});
    void setSettingsPath(const QString &path);

private:
    QLabel *addValue(QFormLayout *form, const QString &label, const QString &objectName);

    QLabel *m_title;
    QLabel *m_email;
    QLabel *m_host;
    QLabel *m_port;
    QLabel *m_security;
    QLabel *m_authMethod;
    QLabel *m_userName;
    QLabel *m_password;
    QLabel *m_id;
    QLabel *m_default;
    QLabel *m_settingsFile;
};
