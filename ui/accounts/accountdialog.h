// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/accounts/account.h"
#include "app/accounts/accountsaveoperation.h"
#include "ui/troubleshooting/troubleshootingdialog.h"

#include <QDialog>

class AccountSettingsForm;
class QDialogButtonBox;
class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;

namespace Accounts
{
class AccountStore;
}
namespace Secrets
{
class SecretStore;
}

// Adds an account by hand, or edits one: the settings form, then Save, which stores the
// password in the keychain and the settings in the AccountStore (AccountSaveOperation)
// while the dialog stays responsive and says what it is waiting for. When there is no
// keychain it says so and offers to save the account without its password; it never
// writes a password anywhere else. Editing keeps the stored password unless a new one is
// typed. Open it with open(); it emits accountSaved() and closes once everything is saved.
class AccountDialog : public QDialog
{
    Q_OBJECT
public:
    enum class State { Editing, Saving };
    Q_ENUM(State)

    // A new account.
    AccountDialog(Accounts::AccountStore *accounts, Secrets::SecretStore *secrets, QWidget *parent = nullptr);
    // An existing account of the store.
    AccountDialog(const Accounts::Account &account, Accounts::AccountStore *accounts, Secrets::SecretStore *secrets,
                  QWidget *parent = nullptr);

    State state() const { return m_state; }

    // Shows "Troubleshoot…" (when editing), which opens the troubleshooting dialog for the saved
    // account with these services besides the stores. Not set from within that dialog itself.
    void setTroubleshootingServices(const TroubleshootingDialog::Services &services);

    // While saving, closing would abandon a keychain write half way, so it waits.
    void reject() override;

protected:
    bool event(QEvent *event) override;

Q_SIGNALS:
    // note: something worth telling on success (e.g. an old entry that could not be deleted), or empty.
    void accountSaved(const QString &accountId, const QString &note);

private:
    enum class Banner { Hidden, Problem, NoKeychain };

    AccountDialog(Accounts::AccountSaveOperation::Mode mode, const Accounts::Account &account,
                  Accounts::AccountStore *accounts, Secrets::SecretStore *secrets, QWidget *parent);
    void save();
    void saveWithoutPassword();
    void troubleshoot();
    void start(const Accounts::AccountSaveOperation::Request &request);
    void saveFinished(const Accounts::AccountSaveOperation::Result &result);
    Accounts::AccountSaveOperation::Request requestFromForm() const;
    void setState(State state, const QString &progress = {});
    void showBanner(Banner banner, const QString &text = {});

    Accounts::AccountSaveOperation::Mode m_mode;
    Accounts::AccountStore *m_accounts;
    Secrets::SecretStore *m_secrets;
    QString m_savingId;
    State m_state = State::Editing;

    AccountSettingsForm *m_form;
    QFrame *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_dontStoreButton;
    QWidget *m_progress;
    QLabel *m_progressText;
    QDialogButtonBox *m_buttons;
    QPushButton *m_saveButton;
    QPushButton *m_troubleshootButton = nullptr;
    TroubleshootingDialog::Services m_troubleshootingServices;
};
