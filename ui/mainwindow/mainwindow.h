// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/accounts/accountremoveoperation.h"
#include "autoconfig/lookupconfig.h"
#include "ui/mainwindow/accountdetailsview.h"
#include "ui/troubleshooting/troubleshootingdialog.h"

#include <QMainWindow>
#include <QPointer>

#include <chrono>
#include <memory>

class AboutDialog;
class ComposerWindow;
class DefaultAccountProxyModel;
class EmptyStatePage;
class OutboxPanel;
class Notifier;
class PasswordStateLookup;
class DialogRunner;
class QAction;
class QKeySequence;
class QDockWidget;
class QPlainTextEdit;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace Accounts
{
class AccountStatusStore;
class AccountStore;
class AccountListModel;
struct Account;
} // namespace Accounts
namespace Secrets
{
class SecretStore;
}
namespace Outbox
{
class Dispatcher;
enum class State;
class DraftListModel;
class DraftStore;
class OutboxModel;
struct OutboxMessage;
class SentLogModel;
class Store;
} // namespace Outbox
namespace Compose
{
class RecentAddresses;
class ServerSizeLimits;
class Submission;
} // namespace Compose
namespace Diagnostics
{
struct Explanation;
}
namespace Smtp
{
struct SendResult;
struct TranscriptLine;
} // namespace Smtp

// Kurier's main window: the accounts with everything configured for the selected one, or,
// before there are any, a page that explains in plain words what to do. Adding, editing,
// removing and choosing the default account start here. It presents the stores it is
// given and owns none of their state; questions to the user go through the DialogRunner.
// Its own geometry lives in ui-state.ini beside the account store's file, never in it.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Accounts::AccountStore *accounts, Secrets::SecretStore *secrets, DialogRunner *dialogs,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // <directory of the account store's file>/ui-state.ini
    static QString uiStatePath(const Accounts::AccountStore &accounts);

    QString selectedAccountId() const;
    void selectAccount(const QString &accountId);

    // Where the account wizard's discovery looks (the composition root reads the environment).
    void setDiscoveryConfig(const Autoconfig::LookupConfig &config);

    // Turns on "New Message": composers hand their messages to submission (not owned), and the
    // session log shows the redacted transcripts it reports. Without it the window only manages
    // accounts (the state of tests that do not send).
    void setSubmission(Compose::Submission *submission);
    // Opens a composer with the selected (else the default) account as sender.
    ComposerWindow *newMessage();
    // Where earlier versions saved drafts as .eml files: <writable AppDataLocation>/drafts
    // (the composition root imports them into the draft store once).
    static QString draftsDirectory();
    // What the troubleshooting dialog opened after a failed send works with besides the stores
    // (the composition root leaves the defaults; tests point DNS at loopback).
    void setTroubleshootingServices(const TroubleshootingDialog::Services &services);
    // Shows the outbox (queued, retried, failed and sent messages) in a panel; not owned.
    void setOutboxModel(Outbox::OutboxModel *model);
    // Turns on the outbox panel's actions (send now, edit, remove, the delivery-unknown
    // choices), which go through this dispatcher; not owned.
    void setOutboxDispatcher(Outbox::Dispatcher *dispatcher);
    OutboxPanel *outboxPanel() const { return m_outboxPanel; }
    // Opens a waiting outbox message in a composer whose sending replaces it (or brings up the
    // composer that has it open); nullptr when it is no longer waiting.
    ComposerWindow *editOutboxMessage(qint64 outboxMessageId);

    // Composers keep their drafts here (not owned), and the Drafts panel lists them; the
    // interval is how long after a change a composer saves (tests shorten it).
    void setDrafts(Outbox::DraftStore *drafts, std::chrono::milliseconds autosaveInterval = std::chrono::seconds(5));
    // Continues a stored draft in a composer (or brings up the composer that has it open).
    ComposerWindow *openDraft(qint64 draftId);
    // Asks whether to reopen the drafts of a Kurier that stopped while they were open;
    // the composition root calls it once after start-up.
    void offerInterruptedDrafts();
    // Shows the sent log in a read-only panel; not owned.
    void setSentLogModel(Outbox::SentLogModel *model);

    // The last connection test's result of each account (account-status.ini beside the
    // account store's file), shown in the accounts list.
    Accounts::AccountStatusStore *accountStatuses() const { return m_statuses.get(); }
    // Messages sent and messages that need attention are announced through it (not owned);
    // what it cannot show appears in the status bar. Without one, only the status bar.
    void setNotifier(Notifier *notifier);
    // Follows what the outbox's dispatcher finishes (also retries and what `kurier send
    // --queue` left): sends update the account status and are announced. Neither is owned.
    void watchOutbox(Outbox::Dispatcher *dispatcher, Outbox::Store *store);

Q_SIGNALS:
    // A composer's send failed; emitted in addition to showing the failure in the composer.
    void troubleshootingRequested(const Diagnostics::Explanation &explanation, const Smtp::SendResult &result,
                                  const QString &accountId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    using PasswordState = AccountDetailsView::PasswordState;

    QWidget *createAccountsPage();
    void createActions();
    void createSessionLog();
    void appendTranscriptLine(quint64 requestId, const Smtp::TranscriptLine &line);
    void openTroubleshooting(ComposerWindow *composer, const Smtp::SendResult &result, const QString &accountId);
    void createMenusAndToolBar();
    void restoreUiState();
    void saveUiState() const;
    void announce(const QString &summary, const QString &body, bool needsAttention);
    void outboxMessageFinished(qint64 id, Outbox::State state);
    TroubleshootingDialog::Services troubleshootingServices() const;
    ComposerWindow *createComposer();
    QDockWidget *addPanel(QWidget *content, const QString &title, const QString &objectName, const QString &toggleName,
                          const QKeySequence &shortcut, const QString &statusTip);
    qint64 selectedDraftId() const;
    void deleteSelectedDraft();

    void addAccount();
    void editAccount();
    void confirmRemoveAccount();
    void removeAccount(const QString &accountId);
    void removeFinished(const QString &accountId, const QString &name,
                        const Accounts::AccountRemoveOperation::Result &result);
    void setDefaultAccount();
    void accountSaved(const QString &accountId, const QString &note);
    void showAbout();
    void troubleshootAccount();
    void troubleshootOutboxMessage(const Outbox::OutboxMessage &message);
    // The troubleshooting dialog for one account; a fix it saves refreshes the details pane.
    void openAccountTroubleshooting(const Accounts::Account &account);

    std::optional<Accounts::Account> selectedAccount() const;
    void modelAboutToBeReset();
    void modelWasReset();
    void refreshDefault();
    void updatePage();
    void updateActions();
    void updateDetails();
    void updateSummary();

    Accounts::AccountStore *m_accounts;
    Secrets::SecretStore *m_secrets;
    DialogRunner *m_dialogs;
    Accounts::AccountListModel *m_model;
    DefaultAccountProxyModel *m_proxy;
    PasswordStateLookup *m_passwordLookup;

    QStackedWidget *m_pages = nullptr;
    EmptyStatePage *m_emptyPage = nullptr;
    QWidget *m_accountsPage = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_accountView = nullptr;
    AccountDetailsView *m_details = nullptr;
    QLabel *m_readOnlyBanner = nullptr;
    QLabel *m_summary = nullptr;
    QPointer<AboutDialog> m_about;

    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_defaultAction = nullptr;
    QAction *m_troubleshootAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_newMessageAction = nullptr;

    Compose::Submission *m_submission = nullptr;
    std::unique_ptr<Compose::RecentAddresses> m_recentAddresses;
    std::unique_ptr<Compose::ServerSizeLimits> m_sizeLimits;
    QDockWidget *m_logDock = nullptr;
    QPlainTextEdit *m_logView = nullptr;
    quint64 m_lastLoggedRequest = 0;
    TroubleshootingDialog::Services m_troubleshootingServices;
    QDockWidget *m_outboxDock = nullptr;
    QMenu *m_viewMenu = nullptr;
    QTableView *m_outboxView = nullptr;
    OutboxPanel *m_outboxPanel = nullptr;
    QPointer<Outbox::Dispatcher> m_outboxDispatcher;
    QPointer<Outbox::DraftStore> m_drafts;
    Outbox::DraftListModel *m_draftModel = nullptr;
    std::chrono::milliseconds m_autosaveInterval = std::chrono::seconds(5);
    QDockWidget *m_draftsDock = nullptr;
    QTableView *m_draftsView = nullptr;
    QDockWidget *m_sentDock = nullptr;
    QTableView *m_sentView = nullptr;

    Autoconfig::LookupConfig m_discoveryConfig;
    std::unique_ptr<Accounts::AccountStatusStore> m_statuses;
    QPointer<Notifier> m_notifier;
    QPointer<Outbox::Store> m_watchedOutbox;

    QString m_selectionBeforeReset;
    QString m_removingId; // the account whose removal is running, if any
};
