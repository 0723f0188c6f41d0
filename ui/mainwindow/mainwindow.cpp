// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/mainwindow.h"

#include "app/accounts/accountlistmodel.h"
#include "app/accounts/accountstatusstore.h"
#include "app/accounts/accountstore.h"
#include "app/compose/queuedmessagedraft.h"
#include "app/compose/recentaddresses.h"
#include "app/compose/serversizelimits.h"
#include "app/compose/submission.h"
#include "app/outbox/dispatcher.h"
#include "app/outbox/draftlistmodel.h"
#include "app/outbox/draftstore.h"
#include "app/outbox/outboxmodel.h"
#include "app/outbox/sentlogmodel.h"
#include "app/outbox/store.h"
#include "app/secrets/secretstore.h"
#include "app/smtp/transcript.h"
#include "ui/accounts/accountdialog.h"
#include "ui/common/dialogrunner.h"
#include "ui/composer/composerwindow.h"
#include "ui/mainwindow/aboutdialog.h"
#include "ui/mainwindow/defaultaccountproxymodel.h"
#include "ui/mainwindow/emptystatepage.h"
#include "ui/mainwindow/passwordstatelookup.h"
#include "ui/notifications/notifier.h"
#include "ui/outbox/outboxpanel.h"
#include "ui/troubleshooting/troubleshootingdialog.h"
#include "ui/wizard/accountwizard.h"
#include "ui/wizard/verificationpage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using Accounts::Account;

namespace
{

// Keys of ui-state.ini; the account store's file never sees them.
const QString keyGeometry = QStringLiteral("MainWindow/geometry");
const QString keyWindowState = QStringLiteral("MainWindow/windowState");
const QString keySplitter = QStringLiteral("MainWindow/splitter");

QString nameOf(const Account &account)
{
    return account.displayName.isEmpty() ? account.email : account.displayName;
}

} // namespace

MainWindow::MainWindow(Accounts::AccountStore *accounts, Secrets::SecretStore *secrets, DialogRunner *dialogs,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_accounts(accounts)
    , m_secrets(secrets)
    , m_dialogs(dialogs)
    , m_model(new Accounts::AccountListModel(accounts, this))
    , m_proxy(new DefaultAccountProxyModel(this))
    , m_passwordLookup(new PasswordStateLookup(secrets, this))
    , m_recentAddresses(
          std::make_unique<Compose::RecentAddresses>(Compose::RecentAddresses::pathBeside(accounts->settingsPath())))
    , m_sizeLimits(
          std::make_unique<Compose::ServerSizeLimits>(Compose::ServerSizeLimits::pathBeside(accounts->settingsPath())))
    , m_statuses(std::make_unique<Accounts::AccountStatusStore>(
          Accounts::AccountStatusStore::pathBeside(accounts->settingsPath())))
{
    setWindowTitle(tr("Kurier"));
    setObjectName(QStringLiteral("mainWindow"));
    m_model->setStatusStore(m_statuses.get());
    m_proxy->setSourceModel(m_model);

    m_readOnlyBanner = new QLabel(tr("Your settings file was written by a newer version of Kurier. This version shows "
                                     "your accounts but will not change them; update Kurier to edit them."),
                                  this);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setMargin(8);
    m_readOnlyBanner->setFrameShape(QFrame::StyledPanel);
    m_readOnlyBanner->setVisible(m_accounts->isReadOnly());

    createActions();
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_emptyPage = new EmptyStatePage(this);
    connect(m_emptyPage, &EmptyStatePage::addAccountRequested, m_addAction, &QAction::trigger);
    m_accountsPage = createAccountsPage();
    m_pages->addWidget(m_emptyPage);
    m_pages->addWidget(m_accountsPage);

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(m_readOnlyBanner);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);

    createSessionLog();
    createMenusAndToolBar();
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("accountSummaryLabel"));
    statusBar()->addPermanentWidget(m_summary);

    connect(m_passwordLookup, &PasswordStateLookup::stateChanged, this,
            [this](const QString &accountId, PasswordState state, const QString &detail) {
                if (accountId == selectedAccountId()) {
                    m_details->setPasswordState(state, detail);
                }
            });
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, &MainWindow::modelAboutToBeReset);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::modelWasReset);
    // selectionChanged rather than currentRowChanged: a click moves the current index before it selects.
    connect(m_accountView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetails();
        updateActions();
    });

    refreshDefault();
    updatePage();
    m_pages->currentWidget()->setFocus();
    if (const std::optional<Account> initial = m_accounts->defaultAccount()) {
        selectAccount(initial->id);
    }
    updateDetails();
    updateActions();
    updateSummary();
    restoreUiState();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createAccountsPage()
{
    m_accountView = new QTableView(this);
    m_accountView->setObjectName(QStringLiteral("accountTableView"));
    m_accountView->setModel(m_proxy);
    m_accountView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_accountView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_accountView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_accountView->setAlternatingRowColors(true);
    m_accountView->setWordWrap(false);
    m_accountView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_accountView->addActions({m_editAction, m_removeAction, m_defaultAction, m_troubleshootAction});
    m_accountView->verticalHeader()->hide();
    m_accountView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_accountView->horizontalHeader()->setStretchLastSection(true);
    m_accountView->setAccessibleName(tr("Accounts"));
    // Rows are selected whole, so Tab leaves the list instead of walking its cells.
    m_accountView->setTabKeyNavigation(false);
    connect(m_accountView, &QAbstractItemView::activated, this, &MainWindow::editAccount);

    m_details = new AccountDetailsView(this);
    m_details->setSettingsPath(m_accounts->settingsPath());
    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setObjectName(QStringLiteral("detailsScrollArea"));
    detailsScroll->setAccessibleName(tr("Account details"));
    auto *detailsPage = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsPage);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details);
    auto *troubleshootButton = new QToolButton(detailsPage);
    troubleshootButton->setObjectName(QStringLiteral("detailsTroubleshootButton"));
    troubleshootButton->setDefaultAction(m_troubleshootAction);
    troubleshootButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    detailsLayout->addWidget(troubleshootButton, 0, Qt::AlignLeft);
    detailsLayout->addStretch(1);
    detailsScroll->setWidget(detailsPage);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("accountSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_accountView);
    m_splitter->addWidget(detailsScroll);
    m_splitter->setFocusProxy(m_accountView);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    return m_splitter;
}

void MainWindow::createActions()
{
    m_newMessageAction = new QAction(QIcon::fromTheme(QStringLiteral("mail-message-new")), tr("&New Message…"), this);
    m_newMessageAction->setObjectName(QStringLiteral("newMessageAction"));
    m_newMessageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_newMessageAction->setStatusTip(tr("Write a message and send it from one of your accounts"));
    connect(m_newMessageAction, &QAction::triggered, this, &MainWindow::newMessage);

    m_addAction = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Account…"), this);
    m_addAction->setObjectName(QStringLiteral("addAccountAction"));
    m_addAction->setShortcut(QKeySequence::New);
    m_addAction->setStatusTip(tr("Set up an address to send mail from"));
    connect(m_addAction, &QAction::triggered, this, &MainWindow::addAccount);

    m_editAction = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit Account…"), this);
    m_editAction->setObjectName(QStringLiteral("editAccountAction"));
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editAction->setStatusTip(tr("Change the selected account's settings or password"));
    connect(m_editAction, &QAction::triggered, this, &MainWindow::editAccount);

    m_removeAction = new QAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Remove Account…"), this);
    m_removeAction->setObjectName(QStringLiteral("removeAccountAction"));
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setStatusTip(tr("Forget the selected account and delete its password from the keychain"));
    connect(m_removeAction, &QAction::triggered, this, &MainWindow::confirmRemoveAccount);

    m_defaultAction = new QAction(QIcon::fromTheme(QStringLiteral("starred")), tr("Set as &Default"), this);
    m_defaultAction->setObjectName(QStringLiteral("setDefaultAccountAction"));
    m_defaultAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_defaultAction->setStatusTip(tr("Send from the selected account when no account is chosen"));
    connect(m_defaultAction, &QAction::triggered, this, &MainWindow::setDefaultAccount);

    m_troubleshootAction
        = new QAction(QIcon::fromTheme(QStringLiteral("dialog-information")), tr("&Troubleshoot…"), this);
    m_troubleshootAction->setObjectName(QStringLiteral("troubleshootAction"));
    m_troubleshootAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_troubleshootAction->setStatusTip(tr("Test the selected account's connection step by step and find out why "
                                          "sending fails"));
    connect(m_troubleshootAction, &QAction::triggered, this, &MainWindow::troubleshootAccount);

    m_quitAction = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    // close() rather than quit(), so that the window remembers its geometry on the way out.
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Kurier"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenusAndToolBar()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_newMessageAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu *accountMenu = menuBar()->addMenu(tr("&Account"));
    accountMenu->addAction(m_addAction);
    accountMenu->addAction(m_editAction);
    accountMenu->addAction(m_removeAction);
    accountMenu->addSeparator();
    accountMenu->addAction(m_defaultAction);
    accountMenu->addAction(m_troubleshootAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_logDock->toggleViewAction());

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(m_aboutAction);
    helpMenu->addAction(m_aboutQtAction);

    QToolBar *toolBar = addToolBar(tr("Accounts"));
    toolBar->setObjectName(QStringLiteral("accountToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addAction(m_newMessageAction);
    toolBar->addSeparator();
    toolBar->addAction(m_addAction);
    toolBar->addAction(m_editAction);
    toolBar->addAction(m_removeAction);
    toolBar->addSeparator();
    toolBar->addAction(m_defaultAction);
    toolBar->addAction(m_troubleshootAction);
}

void MainWindow::createSessionLog()
{
    m_logView = new QPlainTextEdit(this);
    m_logView->setObjectName(QStringLiteral("sessionLogView"));
    m_logView->setAccessibleName(tr("Session log"));
    m_logView->setReadOnly(true);
    m_logView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_logView->setMaximumBlockCount(5000);
    m_logView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_logView->setPlaceholderText(tr("The conversation with the server appears here while messages are sent. "
                                     "Passwords are never shown."));

    m_logDock = new QDockWidget(tr("Session Log"), this);
    m_logDock->setObjectName(QStringLiteral("sessionLogDock"));
    m_logDock->setWidget(m_logView);
    m_logDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    m_logDock->toggleViewAction()->setObjectName(QStringLiteral("showSessionLogAction"));
    m_logDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_logDock->toggleViewAction()->setStatusTip(tr("Show the redacted conversation with the server of recent sends"));
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    m_logDock->hide();
}

void MainWindow::setSubmission(Compose::Submission *submission)
{
    if (m_submission) {
        disconnect(m_submission, nullptr, this, nullptr);
    }
    m_submission = submission;
    if (m_submission) {
        connect(m_submission, &Compose::Submission::transcriptLine, this, &MainWindow::appendTranscriptLine);
    }
    updateActions();
}

void MainWindow::appendTranscriptLine(quint64 requestId, const Smtp::TranscriptLine &line)
{
    if (requestId != m_lastLoggedRequest) {
        m_lastLoggedRequest = requestId;
        if (!m_logView->document()->isEmpty()) {
            m_logView->appendPlainText(QString());
        }
        m_logView->appendPlainText(
            tr("— Sending, %1 —").arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat)));
    }
    // The worker redacts at the source: AUTH lines arrive without any credential.
    m_logView->appendPlainText(Smtp::Transcript::format(line));
}

QString MainWindow::draftsDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts");
}

ComposerWindow *MainWindow::newMessage()
{
    if (!m_submission) {
        return nullptr;
    }
    ComposerWindow *composer = createComposer();
    const QString selected = selectedAccountId();
    if (!selected.isEmpty()) {
        composer->setAccount(selected);
    }
    composer->show();
    return composer;
}

ComposerWindow *MainWindow::createComposer()
{
    ComposerServices services;
    services.accounts = m_accounts;
    services.accountModel = m_model;
    services.submission = m_submission;
    services.recentAddresses = m_recentAddresses.get();
    services.sizeLimits = m_sizeLimits.get();
    services.dialogs = m_dialogs;
    services.drafts = m_drafts;
    services.autosaveInterval = m_autosaveInterval;
    auto *composer = new ComposerWindow(services, this);
    composer->setAttribute(Qt::WA_DeleteOnClose);
    connect(composer, &ComposerWindow::messageSent, this, [this](const QString &summary) {
        statusBar()->showMessage(summary);
        // With the outbox watched, its dispatcher announces the message (also its later retries).
        if (!m_watchedOutbox && m_notifier) {
            m_notifier->notify({tr("Message sent"), summary, Notifier::Notification::Urgency::Normal});
        }
    });
    connect(composer, &ComposerWindow::troubleshootingRequested, this,
            [this, composer](const Diagnostics::Explanation &explanation, const Smtp::SendResult &result,
                             const QString &accountId) {
                if (Accounts::AccountStatusStore::describesAccount(explanation.category)) {
                    m_statuses->recordFailure(accountId, explanation.category);
                }
                openTroubleshooting(composer, result, accountId);
                Q_EMIT troubleshootingRequested(explanation, result, accountId);
            });
    return composer;
}

void MainWindow::setOutboxModel(Outbox::OutboxModel *model)
{
    if (!m_outboxDock) {
        m_outboxPanel = new OutboxPanel(m_dialogs, this);
        m_outboxPanel->setDispatcher(m_outboxDispatcher);
        m_outboxView = m_outboxPanel->view();
        connect(m_outboxPanel, &OutboxPanel::editRequested, this,
                [this](const Outbox::OutboxMessage &message) { editOutboxMessage(message.id); });
        connect(m_outboxPanel, &OutboxPanel::troubleshootRequested, this, &MainWindow::troubleshootOutboxMessage);
        connect(m_outboxPanel, &OutboxPanel::statusMessage, statusBar(),
                [this](const QString &text) { statusBar()->showMessage(text); });

        m_outboxDock = addPanel(m_outboxPanel, tr("Outbox"), QStringLiteral("outboxDock"),
                                QStringLiteral("showOutboxAction"), QKeySequence(Qt::CTRL | Qt::Key_O),
                                tr("Show the messages waiting to be sent, retried, refused and sent"));
    }
    m_outboxPanel->setModel(model);
}

void MainWindow::setOutboxDispatcher(Outbox::Dispatcher *dispatcher)
{
    m_outboxDispatcher = dispatcher;
    if (m_outboxPanel) {
        m_outboxPanel->setDispatcher(dispatcher);
    }
}

ComposerWindow *MainWindow::editOutboxMessage(qint64 outboxMessageId)
{
    if (!m_submission || !m_outboxDispatcher || !m_outboxDispatcher->store()) {
        return nullptr;
    }
    Outbox::Store *store = m_outboxDispatcher->store();
    // A message split into envelopes is edited once, as a whole.
    const QList<qint64> envelopes = store->envelopesOf(outboxMessageId);
    for (ComposerWindow *open : findChildren<ComposerWindow *>()) {
        if (open->replacedOutboxMessage() != 0
            && (open->replacedOutboxMessage() == outboxMessageId
                || envelopes.contains(open->replacedOutboxMessage()))) {
            open->show();
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    const std::optional<Outbox::OutboxMessage> message = store->message(outboxMessageId);
    const std::optional<QByteArray> bytes = store->messageBytes(outboxMessageId);
    if (!message || !bytes || !m_outboxDispatcher->hold(outboxMessageId)) {
        DialogRunner::Notice notice;
        notice.severity = DialogRunner::Severity::Warning;
        notice.title = tr("Message Cannot Be Edited");
        notice.text = tr("The message is no longer waiting in the outbox: it was sent, removed or is being sent.");
        m_dialogs->tell(this, notice);
        return nullptr;
    }
    ComposerWindow *composer = newMessage();
    QStringList recipients;
    for (const qint64 envelope : envelopes) {
        if (m_outboxDispatcher->isHeld(envelope)) {
            recipients += store->message(envelope).value_or(Outbox::OutboxMessage()).recipients;
        }
    }
    composer->setDraft(Compose::draftFromQueuedMessage(*bytes, recipients));
    composer->setAccount(message->accountId);
    composer->setReplacedOutboxMessage(outboxMessageId);
    // Closed without sending: the dispatcher may send the original again.
    connect(composer, &QObject::destroyed, m_outboxDispatcher,
            [dispatcher = m_outboxDispatcher, outboxMessageId] { dispatcher->releaseHold(outboxMessageId); });
    return composer;
}

void MainWindow::troubleshootOutboxMessage(const Outbox::OutboxMessage &message)
{
    const std::optional<Account> account = m_accounts->account(message.accountId);
    if (!account) {
        return;
    }
    openAccountTroubleshooting(*account);
}

void MainWindow::setTroubleshootingServices(const TroubleshootingDialog::Services &services)
{
    m_troubleshootingServices = services;
}

TroubleshootingDialog::Services MainWindow::troubleshootingServices() const
{
    TroubleshootingDialog::Services services = m_troubleshootingServices;
    services.accounts = m_accounts;
    services.secrets = m_secrets;
    services.statuses = m_statuses.get();
    return services;
}

void MainWindow::setNotifier(Notifier *notifier)
{
    if (m_notifier) {
        disconnect(m_notifier, nullptr, this, nullptr);
    }
    m_notifier = notifier;
    if (m_notifier) {
        connect(m_notifier, &Notifier::notShown, this, [this](const Notifier::Notification &notification) {
            statusBar()->showMessage(notification.body.isEmpty()
                                         ? notification.summary
                                         : notification.summary + QStringLiteral(": ") + notification.body);
        });
    }
}

void MainWindow::announce(const QString &summary, const QString &body, bool needsAttention)
{
    using Urgency = Notifier::Notification::Urgency;
    const Notifier::Notification notification{summary, body, needsAttention ? Urgency::Critical : Urgency::Normal};
    if (m_notifier) {
        m_notifier->notify(notification);
    } else {
        statusBar()->showMessage(summary + QStringLiteral(": ") + body);
    }
}

void MainWindow::watchOutbox(Outbox::Dispatcher *dispatcher, Outbox::Store *store)
{
    m_watchedOutbox = store;
    connect(dispatcher, &Outbox::Dispatcher::messageFinished, this, &MainWindow::outboxMessageFinished);
}

void MainWindow::outboxMessageFinished(qint64 id, Outbox::State state)
{
    const std::optional<Outbox::OutboxMessage> message = m_watchedOutbox ? m_watchedOutbox->message(id) : std::nullopt;
    if (!message) {
        return;
    }
    const std::optional<Account> account = m_accounts->account(message->accountId);
    const QString from = account ? nameOf(*account) : message->accountId;
    const QString subject = message->subject.isEmpty() ? tr("(no subject)") : message->subject;
    const std::optional<Diagnostics::Category> category = Diagnostics::categoryFromId(message->errorCategory);
    switch (state) {
    case Outbox::State::Sent:
        // The server took a message after a login: the account works.
        m_statuses->recordOk(message->accountId);
        announce(tr("Message sent"), tr("\"%1\" was sent from %2.").arg(subject, from), false);
        break;
    case Outbox::State::NeedsAttention:
    case Outbox::State::Retry:
        if (category && Accounts::AccountStatusStore::describesAccount(*category)) {
            m_statuses->recordFailure(message->accountId, *category);
        }
        if (state == Outbox::State::NeedsAttention) {
            announce(tr("A message needs your attention"),
                     message->errorTitle.isEmpty()
                         ? tr("\"%1\" from %2 was not sent.").arg(subject, from)
                         : tr("\"%1\" from %2 was not sent: %3").arg(subject, from, message->errorTitle),
                     true);
        }
        break;
    case Outbox::State::DeliveryUnknown:
        announce(tr("A message needs your attention"),
                 tr("The connection was lost while \"%1\" was being sent from %2; it may or may not have arrived.")
                     .arg(subject, from),
                 true);
        break;
    case Outbox::State::Queued:
    case Outbox::State::Sending:
        break;
    }
}

void MainWindow::openTroubleshooting(ComposerWindow *composer, const Smtp::SendResult &result, const QString &accountId)
{
    const std::optional<Account> account = m_accounts->account(accountId);
    if (!account || composer->findChild<TroubleshootingDialog *>()) {
        return;
    }
    auto *dialog = new TroubleshootingDialog(*account, troubleshootingServices(), result, composer);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, composer, [composer, dialog] {
        // The composer kept the message; the dialog says what the user wants to do with it next.
        switch (dialog->outcome()) {
        case TroubleshootingDialog::Outcome::RetrySending:
            composer->send();
            break;
        case TroubleshootingDialog::Outcome::EditRecipients:
        case TroubleshootingDialog::Outcome::SendInBatches:
            composer->focusRecipients();
            break;
        case TroubleshootingDialog::Outcome::EditMessage:
            composer->focusText();
            break;
        case TroubleshootingDialog::Outcome::ShrinkMessage:
            composer->focusAttachments();
            break;
        case TroubleshootingDialog::Outcome::Closed:
            break;
        }
    });
    dialog->open();
}

QString MainWindow::uiStatePath(const Accounts::AccountStore &accounts)
{
    return QFileInfo(accounts.settingsPath()).absolutePath() + QStringLiteral("/ui-state.ini");
}

void MainWindow::restoreUiState()
{
    const QSettings state(uiStatePath(*m_accounts), QSettings::IniFormat);
    if (!restoreGeometry(state.value(keyGeometry).toByteArray())) {
        resize(1100, 580);
    }
    restoreState(state.value(keyWindowState).toByteArray());
    if (!m_splitter->restoreState(state.value(keySplitter).toByteArray())) {
        m_splitter->setSizes({680, 420});
    }
}

void MainWindow::saveUiState() const
{
    const QString path = uiStatePath(*m_accounts);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSettings state(path, QSettings::IniFormat);
    state.setValue(keyGeometry, saveGeometry());
    state.setValue(keyWindowState, saveState());
    state.setValue(keySplitter, m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveUiState();
    QMainWindow::closeEvent(event);
}

QString MainWindow::selectedAccountId() const
{
    const QModelIndexList rows = m_accountView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(Accounts::AccountListModel::AccountIdRole).toString();
}

std::optional<Account> MainWindow::selectedAccount() const
{
    const QString id = selectedAccountId();
    return id.isEmpty() ? std::nullopt : m_accounts->account(id);
}

void MainWindow::selectAccount(const QString &accountId)
{
    const int row = m_model->rowOf(accountId);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_proxy->index(row, 0);
    m_accountView->selectionModel()->setCurrentIndex(index,
                                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_accountView->scrollTo(index);
}

void MainWindow::modelAboutToBeReset()
{
    m_selectionBeforeReset = selectedAccountId();
}

void MainWindow::modelWasReset()
{
    refreshDefault();
    updatePage();
    if (m_model->rowOf(m_selectionBeforeReset) >= 0) {
        selectAccount(m_selectionBeforeReset);
    } else if (const std::optional<Account> fallback = m_accounts->defaultAccount()) {
        selectAccount(fallback->id);
    }
    updateDetails();
    updateActions();
    updateSummary();
}

void MainWindow::refreshDefault()
{
    const std::optional<Account> defaultAccount = m_accounts->defaultAccount();
    m_proxy->setDefaultAccountId(defaultAccount ? defaultAccount->id : QString());
}

void MainWindow::updatePage()
{
    QWidget *page = m_model->rowCount() == 0 ? m_emptyPage : m_accountsPage;
    if (m_pages->currentWidget() != page) {
        m_pages->setCurrentWidget(page);
        page->setFocus();
    }
}

void MainWindow::updateActions()
{
    const bool writable = !m_accounts->isReadOnly();
    const QString selected = selectedAccountId();
    const bool busy = !m_removingId.isEmpty();
    m_addAction->setEnabled(writable);
    m_newMessageAction->setEnabled(m_submission != nullptr && m_model->rowCount() > 0);
    m_editAction->setEnabled(writable && !selected.isEmpty() && selected != m_removingId);
    m_removeAction->setEnabled(writable && !selected.isEmpty() && !busy);
    m_defaultAction->setEnabled(writable && !selected.isEmpty() && selected != m_proxy->defaultAccountId()
                                && selected != m_removingId);
    m_troubleshootAction->setEnabled(!selected.isEmpty() && selected != m_removingId);
}

void MainWindow::updateDetails()
{
    const std::optional<Account> account = selectedAccount();
    m_details->setVisible(account.has_value());
    if (!account) {
        return;
    }
    m_details->showAccount(*account, account->id == m_proxy->defaultAccountId());
    m_passwordLookup->lookUp(*account);
}

void MainWindow::updateSummary()
{
    const int count = m_model->rowCount();
    if (count == 0) {
        m_summary->setText(tr("No accounts"));
        return;
    }
    const std::optional<Account> defaultAccount = m_accounts->defaultAccount();
    m_summary->setText(
        tr("Accounts: %1 · Default: %2").arg(count).arg(defaultAccount ? nameOf(*defaultAccount) : QString()));
}

void MainWindow::addAccount()
{
    if (m_accounts->isReadOnly()) {
        return;
    }
    // New accounts go through the wizard (discovery, test, then save); the dialog edits existing ones.
    AccountWizard::Services services;
    services.accounts = m_accounts;
    services.secrets = m_secrets;
    services.lookupConfig = m_discoveryConfig;
    auto *wizard = new AccountWizard(services, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &AccountWizard::accountSaved, this, [this, wizard](const QString &accountId) {
        // The wizard's own connection test is the account's first status.
        const auto *verification = qobject_cast<VerificationPage *>(wizard->page(AccountWizard::Verification));
        if (verification && verification->passed()) {
            m_statuses->recordOk(accountId);
        }
    });
    connect(wizard, &AccountWizard::accountSaved, this, &MainWindow::accountSaved);
    wizard->open();
}

void MainWindow::setDiscoveryConfig(const Autoconfig::LookupConfig &config)
{
    m_discoveryConfig = config;
}

void MainWindow::editAccount()
{
    const std::optional<Account> account = selectedAccount();
    if (!account || m_accounts->isReadOnly() || account->id == m_removingId) {
        return;
    }
    auto *dialog = new AccountDialog(*account, m_accounts, m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTroubleshootingServices(troubleshootingServices());
    connect(dialog, &AccountDialog::accountSaved, this, &MainWindow::accountSaved);
    dialog->open();
}

void MainWindow::accountSaved(const QString &accountId, const QString &note)
{
    m_passwordLookup->forget(accountId);
    selectAccount(accountId);
    updateDetails();
    const std::optional<Account> account = m_accounts->account(accountId);
    const QString saved = tr("Saved the account \"%1\".").arg(account ? nameOf(*account) : accountId);
    statusBar()->showMessage(note.isEmpty() ? saved : saved + QLatin1Char(' ') + note);
}

void MainWindow::confirmRemoveAccount()
{
    const std::optional<Account> account = selectedAccount();
    if (!account || m_accounts->isReadOnly() || !m_removingId.isEmpty()) {
        return;
    }
    DialogRunner::Question question;
    question.kind = DialogRunner::Kind::Destructive;
    question.title = tr("Remove Account");
    question.text = account->displayName.isEmpty()
        ? tr("Remove the account %1?").arg(account->email)
        : tr("Remove the account \"%1\" (%2)?").arg(account->displayName, account->email);
    question.details = tr("Kurier will forget its settings and delete its password from the system keychain. "
                          "Mail you have already sent is not affected.");
    question.acceptLabel = tr("Remove Account");
    m_dialogs->ask(this, question, this, [this, id = account->id](DialogRunner::Answer answer) {
        if (answer == DialogRunner::Answer::Accepted) {
            removeAccount(id);
        }
    });
}

void MainWindow::removeAccount(const QString &accountId)
{
    const std::optional<Account> account = m_accounts->account(accountId);
    if (!account || !m_removingId.isEmpty()) {
        return;
    }
    m_removingId = accountId;
    updateActions();
    const QString name = nameOf(*account);
    statusBar()->showMessage(tr("Removing \"%1\"…").arg(name));
    auto *operation = new Accounts::AccountRemoveOperation(m_accounts, m_secrets, this);
    connect(operation, &Accounts::AccountRemoveOperation::finished, this,
            [this, accountId, name](const Accounts::AccountRemoveOperation::Result &result) {
                removeFinished(accountId, name, result);
            });
    operation->start(accountId);
}

void MainWindow::removeFinished(const QString &accountId, const QString &name,
                                const Accounts::AccountRemoveOperation::Result &result)
{
    m_removingId.clear();
    m_passwordLookup->forget(accountId);
    updateActions();
    if (result.ok()) {
        m_statuses->forget(accountId);
        const QString removed = tr("Removed the account \"%1\".").arg(name);
        statusBar()->showMessage(
            result.message.isEmpty() ? removed : removed + QLatin1Char(' ') + tr("Note: %1").arg(result.message));
        return;
    }
    statusBar()->clearMessage();
    DialogRunner::Notice notice;
    notice.severity = DialogRunner::Severity::Warning;
    notice.title = tr("Account Not Removed");
    notice.text = tr("Kurier could not remove the account \"%1\".").arg(name);
    notice.details = result.message;
    m_dialogs->tell(this, notice);
}

void MainWindow::setDefaultAccount()
{
    const QString id = selectedAccountId();
    if (id.isEmpty()) {
        return;
    }
    const Accounts::AccountStore::Result result = m_accounts->setDefaultAccountId(id);
    if (!result.ok()) {
        DialogRunner::Notice notice;
        notice.severity = DialogRunner::Severity::Warning;
        notice.title = tr("Default Account Not Changed");
        notice.text = tr("Kurier could not change the default account.");
        notice.details = result.message;
        m_dialogs->tell(this, notice);
        return;
    }
    refreshDefault();
    updateDetails();
    updateActions();
    updateSummary();
    if (const std::optional<Account> account = m_accounts->account(id)) {
        statusBar()->showMessage(tr("\"%1\" is now the default account.").arg(nameOf(*account)));
    }
}

void MainWindow::showAbout()
{
    if (!m_about) {
        m_about = new AboutDialog(this);
        m_about->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_about->open();
}

void MainWindow::openAccountTroubleshooting(const Account &account)
{
    auto *dialog = new TroubleshootingDialog(account, troubleshootingServices(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TroubleshootingDialog::accountChanged, this, [this](const QString &accountId) {
        m_passwordLookup->forget(accountId);
        if (accountId == selectedAccountId()) {
            updateDetails();
        }
    });
    dialog->open();
}

void MainWindow::troubleshootAccount()
{
    const std::optional<Account> account = selectedAccount();
    if (!account || account->id == m_removingId) {
        return;
    }
    openAccountTroubleshooting(*account);
}

QDockWidget *MainWindow::addPanel(QWidget *content, const QString &title, const QString &objectName,
                                  const QString &toggleName, const QKeySequence &shortcut, const QString &statusTip)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(content);
    dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    QAction *toggle = dock->toggleViewAction();
    toggle->setObjectName(toggleName);
    toggle->setShortcut(shortcut);
    toggle->setStatusTip(statusTip);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    tabifyDockWidget(m_logDock, dock);
    m_viewMenu->addAction(toggle);
    // Focus follows the panel when it is shown from the keyboard.
    connect(toggle, &QAction::triggered, dock, [dock](bool shown) {
        if (shown) {
            dock->raise();
            dock->widget()->setFocus();
        }
    });
    // The dock state saved at the last exit covers this panel too, now that it exists.
    const QSettings state(uiStatePath(*m_accounts), QSettings::IniFormat);
    restoreState(state.value(keyWindowState).toByteArray());
    if (!state.contains(keyWindowState) && m_outboxDock) {
        // First start: of the tabbed panels, the outbox is the one people look for.
        m_outboxDock->raise();
    }
    return dock;
}

void MainWindow::setDrafts(Outbox::DraftStore *drafts, std::chrono::milliseconds autosaveInterval)
{
    m_drafts = drafts;
    m_autosaveInterval = autosaveInterval;
    if (m_draftsDock || !drafts) {
        return;
    }
    m_draftModel = new Outbox::DraftListModel(drafts, this);
    auto *panel = new QWidget(this);
    m_draftsView = new QTableView(panel);
    m_draftsView->setObjectName(QStringLiteral("draftsView"));
    m_draftsView->setAccessibleName(tr("Drafts"));
    m_draftsView->setAccessibleDescription(tr("Messages you started; press Enter to continue one"));
    m_draftsView->setModel(m_draftModel);
    m_draftsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_draftsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_draftsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_draftsView->setAlternatingRowColors(true);
    m_draftsView->setWordWrap(false);
    m_draftsView->verticalHeader()->hide();
    m_draftsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_draftsView->horizontalHeader()->setStretchLastSection(true);
    connect(m_draftsView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        openDraft(index.data(Outbox::DraftListModel::DraftIdRole).toLongLong());
    });

    auto *openButton = new QPushButton(tr("&Continue Writing"), panel);
    openButton->setObjectName(QStringLiteral("openDraftButton"));
    openButton->setToolTip(tr("Open the selected draft in a message window (Enter)"));
    connect(openButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedDraftId()) {
            openDraft(id);
        }
    });
    auto *deleteButton = new QPushButton(tr("De&lete Draft…"), panel);
    deleteButton->setObjectName(QStringLiteral("deleteDraftButton"));
    connect(deleteButton, &QPushButton::clicked, this, &MainWindow::deleteSelectedDraft);
    const auto updateButtons = [this, openButton, deleteButton] {
        const bool selected = selectedDraftId() != 0;
        openButton->setEnabled(selected);
        deleteButton->setEnabled(selected);
    };
    connect(m_draftsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateButtons);
    // A composer's autosave reloads the list; the selected draft stays selected.
    auto selectedBeforeReset = std::make_shared<qint64>(0);
    connect(m_draftModel, &QAbstractItemModel::modelAboutToBeReset, this,
            [this, selectedBeforeReset] { *selectedBeforeReset = selectedDraftId(); });
    connect(m_draftModel, &QAbstractItemModel::modelReset, this, [this, selectedBeforeReset, updateButtons] {
        const int row = m_draftModel->rowOf(*selectedBeforeReset);
        if (row >= 0) {
            m_draftsView->selectionModel()->setCurrentIndex(
                m_draftModel->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        updateButtons();
    });
    updateButtons();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(openButton);
    buttons->addWidget(deleteButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_draftsView, 1);
    layout->addLayout(buttons);
    panel->setFocusProxy(m_draftsView);
    m_draftsDock = addPanel(panel, tr("Drafts"), QStringLiteral("draftsDock"), QStringLiteral("showDraftsAction"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                            tr("Show the messages you started and did not send yet"));
}

qint64 MainWindow::selectedDraftId() const
{
    if (!m_draftsView) {
        return 0;
    }
    const QModelIndexList rows = m_draftsView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(Outbox::DraftListModel::DraftIdRole).toLongLong();
}

ComposerWindow *MainWindow::openDraft(qint64 draftId)
{
    if (!m_drafts || !m_submission) {
        return nullptr;
    }
    const QList<ComposerWindow *> composers = findChildren<ComposerWindow *>(Qt::FindDirectChildrenOnly);
    for (ComposerWindow *composer : composers) {
        if (composer->draftId() == draftId) {
            composer->show();
            composer->activateWindow();
            composer->raise();
            return composer;
        }
    }
    const std::optional<Outbox::Draft> draft = m_drafts->draft(draftId);
    if (!draft) {
        DialogRunner::Notice notice;
        notice.severity = DialogRunner::Severity::Warning;
        notice.title = tr("Draft Not Opened");
        notice.text = tr("Kurier could not read this draft.");
        notice.details = m_drafts->errorString();
        m_dialogs->tell(this, notice);
        return nullptr;
    }
    ComposerWindow *composer = createComposer();
    composer->openDraft(*draft);
    composer->show();
    return composer;
}

void MainWindow::deleteSelectedDraft()
{
    const qint64 id = selectedDraftId();
    if (!m_drafts || id == 0) {
        return;
    }
    DialogRunner::Question question;
    question.kind = DialogRunner::Kind::Destructive;
    question.title = tr("Delete Draft");
    question.text = tr("Delete the selected draft?");
    question.details = tr("Its text and its copies of the attached files will be lost.");
    question.acceptLabel = tr("Delete Draft");
    m_dialogs->ask(this, question, this, [this, id](DialogRunner::Answer answer) {
        if (answer == DialogRunner::Answer::Accepted && m_drafts) {
            m_drafts->remove(id);
        }
    });
}

void MainWindow::offerInterruptedDrafts()
{
    if (!m_drafts || !m_submission) {
        return;
    }
    const QList<Outbox::Draft> interrupted = m_drafts->interruptedDrafts();
    if (interrupted.isEmpty()) {
        return;
    }
    QStringList subjects;
    QList<qint64> ids;
    for (const Outbox::Draft &draft : interrupted) {
        ids.append(draft.id);
        subjects.append(QStringLiteral("• ")
                        + (draft.subject.trimmed().isEmpty() ? tr("(no subject)") : draft.subject.trimmed()));
    }
    DialogRunner::Question question;
    question.title = tr("Reopen Drafts");
    question.text = ids.size() == 1
        ? tr("Kurier was closed while you were writing a message — reopen it?")
        : tr("Kurier was closed while you were writing %1 messages — reopen them?").arg(ids.size());
    question.details = subjects.join(QLatin1Char('\n')) + QLatin1Char('\n')
        + tr("If you do not reopen them now, they stay under Drafts.");
    question.acceptLabel = tr("Reopen");
    m_dialogs->ask(this, question, this, [this, ids](DialogRunner::Answer answer) {
        for (const qint64 id : ids) {
            if (answer == DialogRunner::Answer::Accepted) {
                openDraft(id);
            } else if (m_drafts) {
                m_drafts->markClosed(id); // asked once; the Drafts panel keeps them
            }
        }
        if (answer != DialogRunner::Answer::Accepted && m_draftsDock) {
            m_draftsDock->show();
            m_draftsDock->raise();
        }
    });
}

void MainWindow::setSentLogModel(Outbox::SentLogModel *model)
{
    if (!m_sentDock) {
        m_sentView = new QTableView(this);
        m_sentView->setObjectName(QStringLiteral("sentLogView"));
        m_sentView->setAccessibleName(tr("Sent messages"));
        m_sentView->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_sentView->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_sentView->setAlternatingRowColors(true);
        m_sentView->setWordWrap(false);
        m_sentView->verticalHeader()->hide();
        m_sentView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_sentView->horizontalHeader()->setStretchLastSection(true);
        m_sentDock = addPanel(m_sentView, tr("Sent"), QStringLiteral("sentLogDock"),
                              QStringLiteral("showSentLogAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                              tr("Show the messages the servers accepted, with their replies"));
    }
    m_sentView->setModel(model);
}
