// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/accounts/account.h"
#include "app/diagnostics/suggestedaction.h"
#include "app/smtp/credentials.h"

#include <QPointer>
#include <QWizardPage>

#include <optional>

class AccountWizard;
class CertificateView;
class ConnectionTestView;
class ExplanationView;
class QCheckBox;
class QLabel;
class QPushButton;

namespace Accounts
{
class CredentialsLookup;
}
namespace Diagnostics
{
class ConnectionTest;
struct ConnectionTestReport;
} // namespace Diagnostics

// "Test settings": the real connection test (resolve, connect, TLS, EHLO, sign in; no mail
// is sent), step by step. A failure shows the explainer's title and words with buttons for
// the fixes the wizard can make (switch to SSL/TLS or STARTTLS, change the password, edit
// the settings). An account that signs in with OAuth is tested with the access token of
// the browser sign-in, taken from the keychain (refreshed when due) like every later send. A certificate that does not
// verify is shown in full (subject, names, issuer, validity, SHA-256) and can be trusted for this account only, by
// pinning exactly that certificate; nothing ever turns verification off. The account is saved after a test that passed,
// or when the user ticks "Save anyway".
class VerificationPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit VerificationPage(AccountWizard *wizard);
    ~VerificationPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    void startTest();
    bool isTesting() const;
    // Whether the last finished test passed with the settings as they are now.
    bool passed() const { return m_passed; }

private:
    void runTest(const Accounts::Account &account, std::optional<Smtp::Credentials> credentials);
    void onFinished(const Diagnostics::ConnectionTestReport &report);
    void applyFix(const Diagnostics::SuggestedAction &action);
    void switchSecurity(Accounts::Security security);

    AccountWizard *m_wizard;
    QPointer<Diagnostics::ConnectionTest> m_test;
    Accounts::CredentialsLookup *m_credentials = nullptr; // for accounts that sign in with a token
    bool m_testing = false;
    bool m_passed = false;
    int m_attempt = 0; // tells a late answer (the keychain's token) from the current test's
    QString m_credentialsProblem; // why signing in could not be tested, when it could not

    QLabel *m_settings;
    QPushButton *m_testButton;
    ConnectionTestView *m_steps;
    ExplanationView *m_explanation;
    CertificateView *m_certificate;
    QLabel *m_result;
    QCheckBox *m_saveAnyway;
};
