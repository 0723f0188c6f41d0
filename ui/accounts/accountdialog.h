// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/accounts/account.h"
#include "app/accounts/accountsaveoperation.h"
#include "ui/troubleshooting/troubleshootingdialog.h"

#include <QDialog>
#include <QPointer>

#include <functional>

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
namespace OAuth
{
class AccountSignIn;
class TokenStore;
} // namespace OAuth
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

    // Opens the provider's sign-in page for "Sign In Again…"; empty: QDesktopServices::openUrl.
    void setOpenUrl(std::function<void(const QUrl &)> openUrl) { m_openUrl = std::move(openUrl); }
    bool isSigningIn() const { return !m_signIn.isNull(); }

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
    // OAuth accounts get "Sign In Again…" (the browser sign-in, new tokens to the keychain)
    // where password accounts type a new password.
    void setUpSignIn(const Accounts::Account &account);
    void startSignIn();
    void cancelSignIn();
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
    QWidget *m_signInRow = nullptr;
    QLabel *m_signInLabel = nullptr;
    QPushButton *m_signInButton = nullptr;
    QPushButton *m_cancelSignInButton = nullptr;
    QLabel *m_signInStatus = nullptr;
    QPointer<OAuth::AccountSignIn> m_signIn;
    OAuth::TokenStore *m_tokens = nullptr;
    std::function<void(const QUrl &)> m_openUrl;
    TroubleshootingDialog::Services m_troubleshootingServices;
};
