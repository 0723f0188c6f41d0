// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/accounts/account.h"

#include <QMap>
#include <QWidget>

#include <set>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

// The fields of one account (name, address, password, server, port, security, sign-in,
// user name) with their rules: the port follows the security choice until the user types
// one, the user name follows the address until the user types one, and "no encryption"
// needs an explicit "I understand the risks" and means no sign-in. What is wrong comes from
// Accounts::Account::problems() and is shown at the field it concerns, once the user has
// left that field (or tried to save). Holds no store; the dialog around it saves.
class AccountSettingsForm : public QWidget
{
    Q_OBJECT
public:
    enum class Origin {
        NewAccount, // the defaults: port and user name follow security and address
        ExistingAccount, // an account being edited
        Suggested, // a new account with settings found for it (the account wizard): taken as given
    };

    explicit AccountSettingsForm(QWidget *parent = nullptr);
    ~AccountSettingsForm() override;

    void setAccount(const Accounts::Account &account, Origin origin);
    // What the fields say now. A new account's id is derived from its address.
    Accounts::Account account() const;
    QString password() const;
    void clearPassword();

    // Account::problems() plus the form's own: no encryption without the risk confirmed.
    QList<Accounts::AccountProblem> problems() const;
    // The wizard asks for name, address and password on a page of their own.
    void setIdentityVisible(bool visible);
    // The outbox's sending limits (messages per minute, recipients per message); hidden unless
    // asked for, so the wizard stays about getting connected.
    void setSendingLimitsVisible(bool visible);
    // Shows every problem at its field and focuses the first; true when there is none.
    bool validate();

Q_SIGNALS:
    void edited();

private:
    QWidget *fieldWithNotes(QWidget *field, Accounts::AccountField problemField, QLabel *hint = nullptr);
    QLabel *makeHint(const QString &text, const QString &objectName);
    void addAuthMethodItem(Accounts::AuthMethod method);
    void touch(Accounts::AccountField field);
    void securityChanged();
    void authMethodChanged();
    void updateDependentFields();
    void refreshProblems();
    QWidget *widgetFor(Accounts::AccountField field) const;
    Accounts::Security currentSecurity() const;
    Accounts::AuthMethod currentAuthMethod() const;

    Origin m_origin = Origin::NewAccount;
    // What setAccount() was given: the fields the form does not show (a pinned certificate)
    // are kept as they were.
    Accounts::Account m_original;
    bool m_portFollowsSecurity = true;
    bool m_userNameFollowsEmail = true;
    bool m_updating = false; // set while the form itself changes a field
    Accounts::AuthMethod m_authBeforeNoEncryption = Accounts::AuthMethod::Auto;
    std::set<Accounts::AccountField> m_touched;

    QLineEdit *m_nameEdit;
    QLineEdit *m_emailEdit;
    QLineEdit *m_passwordEdit;
    QToolButton *m_showPasswordButton;
    QLabel *m_passwordHint;
    QLineEdit *m_hostEdit;
    QComboBox *m_securityCombo;
    QLabel *m_riskWarning;
    QCheckBox *m_riskCheck;
    QSpinBox *m_portSpin;
    QComboBox *m_authCombo;
    QLineEdit *m_userNameEdit;
    QLabel *m_generalProblem;
    QWidget *m_identity = nullptr;
    QWidget *m_sendingLimits = nullptr;
    QSpinBox *m_messagesPerMinuteSpin = nullptr;
    QSpinBox *m_recipientsPerMessageSpin = nullptr;
    QMap<Accounts::AccountField, QLabel *> m_problemLabels;
};
