// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/accounts/accountsaveoperation.h"

#include <QWizardPage>

class AccountWizard;
class QLabel;
class QProgressBar;
class QPushButton;

// Saves the account: the settings to the store and the password to the keychain, as one
// step that leaves nothing half-written (Accounts::AccountSaveOperation). Without a
// keychain it says so and offers to save the account without its password, so that Kurier
// asks for it each time it sends; the password is never written to a file.
class SavePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SavePage(AccountWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    bool isSaved() const { return m_saved; }

private:
    void save(Accounts::AccountSaveOperation::PasswordAction action);
    void saveFinished(const Accounts::AccountSaveOperation::Result &result);

    AccountWizard *m_wizard;
    QString m_savingId;
    bool m_saving = false;
    bool m_saved = false;
    QLabel *m_message;
    QProgressBar *m_progress;
    QPushButton *m_askEachTimeButton;
    QPushButton *m_retryButton;
};
