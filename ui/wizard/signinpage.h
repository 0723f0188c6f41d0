// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/oauth/provider.h"
#include "app/oauth/tokenresult.h"

#include <QPointer>
#include <QWizardPage>

#include <optional>

class AccountWizard;
class QButtonGroup;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace OAuth
{
class AccountSignIn;
}

// How Kurier will sign in to a provider that offers the browser sign-in (OAuth2): "Sign in
// with Google" first, with the domain of the sign-in page shown before the browser opens, a
// waiting state with Cancel while the user is in the browser, and the password path ("Use a
// password instead") with the provider's hint (app password, enabling access). Without a
// client registered for the provider in this installation, it says so plainly and offers the
// password path only. Back cancels a sign-in in progress.
class SignInPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SignInPage(AccountWizard *wizard);
    ~SignInPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

    bool isSigningIn() const { return !m_signIn.isNull(); }
    void startSignIn();
    void cancelSignIn();

private:
    void onFinished(const OAuth::TokenResult &result);
    void showState();
    QString providerHints() const;

    AccountWizard *m_wizard;
    std::optional<OAuth::Provider> m_provider;
    QPointer<OAuth::AccountSignIn> m_signIn;
    QString m_failure;

    QLabel *m_intro;
    QRadioButton *m_useOAuth;
    QWidget *m_oauthPanel;
    QLabel *m_domain;
    QPushButton *m_signInButton;
    QWidget *m_waitingRow;
    QLabel *m_waiting;
    QProgressBar *m_busy;
    QPushButton *m_cancelButton;
    QLabel *m_result;
    QRadioButton *m_usePassword;
    QLabel *m_passwordHint;
    QButtonGroup *m_choice;
};
