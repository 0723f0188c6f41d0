// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QToolButton;

// The wizard's first page: the name recipients see, the address and its password (with
// show/hide). The address is checked as it is typed (Accounts::EmailAddressCheck); what is
// wrong appears under the field once the user has left it, and Next waits for a valid one.
class IdentityPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit IdentityPage(QWidget *parent = nullptr);

    QString displayName() const;
    QString emailAddress() const;
    QString password() const;

    bool isComplete() const override;

private:
    void showAddressProblem();

    QLineEdit *m_nameEdit;
    QLineEdit *m_emailEdit;
    QLineEdit *m_passwordEdit;
    QToolButton *m_showPasswordButton;
    QLabel *m_emailProblem;
    bool m_emailTouched = false;
};
