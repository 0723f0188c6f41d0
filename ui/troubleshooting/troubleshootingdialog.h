// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/accounts/account.h"
#include "app/diagnostics/explanation.h"
#include "app/smtp/sendresult.h"

#include <QDialog>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace Accounts
{
class AccountStore;
class AccountStatusStore;
} // namespace Accounts
namespace Secrets
{
class SecretStore;
}

// Finds out why sending from one account fails and fixes what can be fixed from here: the
// explanation of the failure with its suggested actions as buttons that really act (change
// port and security, re-enter the password, open the provider's page, pin a certificate the
// user decided to trust, sign in again through the browser for an account whose OAuth
// sign-in was revoked or that must switch to it), the connection test running live step by
// step (an OAuth account's token comes from the keychain, refreshed when due), the health of the
// sender's domain, and the redacted transcript. "Copy Diagnostics" puts a report without any
// secret on the clipboard. Fixes to the account go through the AccountStore and the keychain
// (SecretStore) and are announced by accountChanged(); what the opener must do itself
// (edit the recipients, shrink the message, send again) is the dialog's outcome().
// Nothing blocks: the keychain, the connection test and the DNS look-ups are asynchronous.
class TroubleshootingDialog : public QDialog
{
    Q_OBJECT
public:
    // What the user chose for the opener to do; the dialog is accepted for everything but Closed.
    enum class Outcome {
        Closed, // nothing for the opener to do (a fix may still have changed the account)
        RetrySending, // send the message again (offered once a fix made the connection test pass)
        EditRecipients, // let the user change the recipients
        SendInBatches, // split the recipients over several messages
        ShrinkMessage, // let the user remove or shrink attachments
        EditMessage, // let the user change the text the server refused
    };
    Q_ENUM(Outcome)

    // What the dialog works with. The stores must outlive the dialog.
    struct Services {
        Accounts::AccountStore *accounts = nullptr;
        Secrets::SecretStore *secrets = nullptr;
        // Opens a provider's web page; empty: QDesktopServices::openUrl. Tests see the URL here.
        std::function<void(const QUrl &)> openUrl;
        // Trusted for the connection test in addition to the system's CAs (a company CA, a test's CA).
        QList<QSslCertificate> additionalCaCertificates;
        // The DNS server for the sender-domain check; null: the system's resolver.
        QHostAddress nameserver;
        // Where every finished connection test's result is recorded (the main window's
        // account status); null: nowhere.
        Accounts::AccountStatusStore *statuses = nullptr;
    };

    // After a failed send: shows the explanation of failure.error (and its transcript); the
    // connection test runs when the user asks for it or after a fix.
    TroubleshootingDialog(const Accounts::Account &account, const Services &services, const Smtp::SendResult &failure,
                          QWidget *parent = nullptr);
    // Without a failure (main window, account settings): runs the connection test at once.
    TroubleshootingDialog(const Accounts::Account &account, const Services &services, QWidget *parent = nullptr);
    ~TroubleshootingDialog() override;

    Outcome outcome() const;
    // The account as the dialog last saved it (after the fixes applied so far).
    Accounts::Account account() const;
    // The explanation shown at the top: of the failed send, or of the connection test's failed step.
    std::optional<Diagnostics::Explanation> explanation() const;

    // Starts (or restarts) the connection test with the account as it is now.
    void runConnectionTest();

Q_SIGNALS:
    // A fix was saved: the account's settings or its keychain entry changed.
    void accountChanged(const QString &accountId);
    void connectionTestFinished(bool passed);
    // The clipboard now holds the report (for status messages and tests).
    void diagnosticsCopied();

private:
    class Private;
    std::unique_ptr<Private> d;
};
