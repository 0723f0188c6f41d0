// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/composer/composerwindow.h"

#include "app/accounts/accountlistmodel.h"
#include "app/accounts/accountstore.h"
#include "app/compose/recentaddresses.h"
#include "app/compose/serversizelimits.h"
#include "app/compose/submission.h"
#include "app/diagnostics/explainer.h"
#include "app/diagnostics/smtperrorevidence.h"
#include "app/mime/addressparser.h"
#include "app/mime/messagecomposer.h"
#include "app/outbox/draftstore.h"
#include "ui/common/dialogrunner.h"
#include "ui/composer/addressfield.h"
#include "ui/composer/attachmentlist.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

using Accounts::Account;

namespace
{

QString senderText(const Account &account)
{
    Mime::AddressParser::MailboxResult own = Mime::AddressParser::parseAddrSpec(account.email);
    if (!own.ok()) {
        return account.email;
    }
    own.mailbox.displayName = account.displayName;
    return own.mailbox.toDisplayString();
}

QString joinedText(const QList<Mime::Address> &addresses)
{
    QStringList texts;
    for (const Mime::Address &address : addresses) {
        texts.append(address.toDisplayString());
    }
    return texts.join(QStringLiteral(", "));
}

QLabel *bannerLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

ComposerWindow::ComposerWindow(const ComposerServices &services, QWidget *parent)
    : QMainWindow(parent, Qt::Window)
    , m_services(services)
    , m_drafts(services.drafts)
{
    setObjectName(QStringLiteral("composerWindow"));
    m_autosaveTimer.setSingleShot(true);
    m_autosaveTimer.setInterval(m_services.autosaveInterval);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &ComposerWindow::autosave);
    setAcceptDrops(true);
    createActions();
    setCentralWidget(createForm());

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("sendProgress"));
    m_progress->setAccessibleName(tr("Sending progress"));
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(260);
    m_cancelButton = new QPushButton(tr("Cancel Sending"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelSendButton"));
    connect(m_cancelButton, &QPushButton::clicked, this, &ComposerWindow::cancelSending);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    setSending(false);

    connect(m_services.submission, &Compose::Submission::progress, this, &ComposerWindow::progressed);
    connect(m_services.submission, &Compose::Submission::finished, this, &ComposerWindow::finished);
    QAbstractItemModel *model = m_services.accountModel;
    connect(model, &QAbstractItemModel::modelReset, this, &ComposerWindow::reloadAccounts);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ComposerWindow::reloadAccounts);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ComposerWindow::reloadAccounts);
    connect(model, &QAbstractItemModel::dataChanged, this, &ComposerWindow::reloadAccounts);
    reloadAccounts();
    if (const std::optional<Account> initial = m_services.accounts->defaultAccount()) {
        setAccount(initial->id);
    }
    reloadCompletions();
    updateTitle();
    updateSize();
    // Connected last, so that setting up the window is not a change.
    connect(m_from, &QComboBox::currentIndexChanged, this, &ComposerWindow::contentChanged);
    for (AddressField *field : {m_to, m_cc, m_bcc}) {
        connect(field, &AddressField::edited, this, &ComposerWindow::contentChanged);
    }
    connect(m_subject, &QLineEdit::textChanged, this, &ComposerWindow::contentChanged);
    connect(m_body, &QPlainTextEdit::textChanged, this, &ComposerWindow::contentChanged);
    connect(m_attachments, &AttachmentList::changed, this, &ComposerWindow::contentChanged);
    resize(760, 620);
    m_to->setFocus();
}

ComposerWindow::~ComposerWindow()
{
    if (isSending()) {
        // Nobody is left to show the result; the message must not go out unseen either.
        m_services.submission->cancel(m_requestId);
    }
    if (m_unsaved && !m_closeApproved) {
        // Destroyed without a decision (Kurier is quitting with the window open): what was
        // typed since the last autosave is kept, and the draft stays open, so it is offered
        // on the next start.
        storeDraft(false, false);
    }
}

void ComposerWindow::createActions()
{
    m_sendAction = new QAction(QIcon::fromTheme(QStringLiteral("mail-send")), tr("&Send"), this);
    m_sendAction->setObjectName(QStringLiteral("sendAction"));
    m_sendAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_sendAction->setStatusTip(tr("Send the message now (Ctrl+Enter)"));
    connect(m_sendAction, &QAction::triggered, this, &ComposerWindow::send);

    m_attachAction = new QAction(QIcon::fromTheme(QStringLiteral("mail-attachment")), tr("&Attach Files…"), this);
    m_attachAction->setObjectName(QStringLiteral("attachAction"));
    m_attachAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_attachAction->setStatusTip(tr("Choose files to send with the message (Ctrl+Shift+A)"));
    connect(m_attachAction, &QAction::triggered, this, &ComposerWindow::chooseFiles);

    m_saveDraftAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("Save &Draft"), this);
    m_saveDraftAction->setObjectName(QStringLiteral("saveDraftAction"));
    m_saveDraftAction->setShortcut(QKeySequence::Save);
    m_saveDraftAction->setStatusTip(tr("Keep the message among the drafts to finish later"));
    m_saveDraftAction->setEnabled(m_drafts != nullptr);
    connect(m_saveDraftAction, &QAction::triggered, this, [this] {
        if (saveDraft()) {
            statusBar()->showMessage(tr("Draft saved."));
        }
    });

    m_discardAction = new QAction(tr("&Close"), this);
    m_discardAction->setObjectName(QStringLiteral("discardAction"));
    m_discardAction->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_discardAction, &QAction::triggered, this, &ComposerWindow::discardOrClose);
    addAction(m_discardAction);

    QToolBar *toolBar = addToolBar(tr("Message"));
    toolBar->setObjectName(QStringLiteral("composerToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addAction(m_sendAction);
    toolBar->addAction(m_attachAction);
    toolBar->addAction(m_saveDraftAction);
}

QWidget *ComposerWindow::createForm()
{
    m_form = new QWidget(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_from = new QComboBox(m_form);
    m_from->setObjectName(QStringLiteral("fromComboBox"));
    m_from->setAccessibleName(tr("From"));
    connect(m_from, &QComboBox::currentIndexChanged, this, [this] {
        updateTitle();
        updateSize();
    });
    form->addRow(tr("&From:"), m_from);

    const auto addressRow
        = [this, form](AddressField *&field, const char *name, const QString &label, const QString &accessibleName) {
              field = new AddressField(m_form);
              field->setObjectName(QLatin1String(name));
              field->lineEdit()->setObjectName(QLatin1String(name) + QStringLiteral("Edit"));
              // The label's buddy is the field widget, which screen readers do not connect to the line edit.
              field->lineEdit()->setAccessibleName(accessibleName);
              connect(field, &AddressField::edited, this, &ComposerWindow::updateTitle);
              form->addRow(label, field);
          };
    addressRow(m_to, "toField", tr("&To:"), tr("To"));
    m_to->lineEdit()->setPlaceholderText(tr("Name <address@example.com>, another@example.com"));
    addressRow(m_cc, "ccField", tr("&Cc:"), tr("Cc"));
    addressRow(m_bcc, "bccField", tr("&Bcc:"), tr("Bcc (hidden recipients)"));

    m_subject = new QLineEdit(m_form);
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_subject->setAccessibleName(tr("Subject"));
    connect(m_subject, &QLineEdit::textChanged, this, &ComposerWindow::updateTitle);
    form->addRow(tr("S&ubject:"), m_subject);

    m_body = new QPlainTextEdit(m_form);
    m_body->setObjectName(QStringLiteral("bodyEdit"));
    m_body->setAccessibleName(tr("Message text"));
    // Tab moves on, so that every control stays reachable from the keyboard.
    m_body->setTabChangesFocus(true);
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    connect(m_body, &QPlainTextEdit::textChanged, this, &ComposerWindow::updateSize);

    m_attachments = new AttachmentList(m_form);
    m_attachments->setMaximumHeight(90);
    connect(m_attachments, &AttachmentList::changed, this, &ComposerWindow::updateSize);
    connect(m_attachments, &AttachmentList::filesRefused, this, [this](const QStringList &paths) {
        QStringList names;
        for (const QString &path : paths) {
            names.append(QDir::toNativeSeparators(path));
        }
        statusBar()->showMessage(tr("Not attached (not a readable file): %1").arg(names.join(QStringLiteral(", "))));
    });
    m_attachButton = new QPushButton(tr("&Attach Files…"), m_form);
    m_attachButton->setObjectName(QStringLiteral("attachButton"));
    connect(m_attachButton, &QPushButton::clicked, this, &ComposerWindow::chooseFiles);
    auto *removeButton = new QPushButton(tr("&Remove"), m_form);
    removeButton->setObjectName(QStringLiteral("removeAttachmentButton"));
    removeButton->setToolTip(tr("Remove the selected attachments (Delete)"));
    connect(removeButton, &QPushButton::clicked, m_attachments, &AttachmentList::removeSelected);
    m_sizeLabel = new QLabel(m_form);
    m_sizeLabel->setObjectName(QStringLiteral("sizeLabel"));
    m_sizeLabel->setWordWrap(true);

    m_failureBanner = new QFrame(m_form);
    m_failureBanner->setObjectName(QStringLiteral("failureBanner"));
    m_failureBanner->setFrameShape(QFrame::StyledPanel);
    m_failureBanner->setAccessibleName(tr("Why the message was not sent"));
    m_failureTitle = bannerLabel(m_failureBanner, "failureTitle");
    QFont titleFont = m_failureTitle->font();
    titleFont.setBold(true);
    m_failureTitle->setFont(titleFont);
    m_failureText = bannerLabel(m_failureBanner, "failureText");
    m_failureDetails = bannerLabel(m_failureBanner, "failureDetails");
    m_troubleshootButton = new QPushButton(tr("&Troubleshoot…"), m_failureBanner);
    m_troubleshootButton->setObjectName(QStringLiteral("troubleshootButton"));
    connect(m_troubleshootButton, &QPushButton::clicked, this, [this] {
        if (m_failure && m_failedResult) {
            Q_EMIT troubleshootingRequested(*m_failure, *m_failedResult, m_sendingAccountId);
        }
    });
    auto *bannerLayout = new QVBoxLayout(m_failureBanner);
    bannerLayout->addWidget(m_failureTitle);
    bannerLayout->addWidget(m_failureText);
    bannerLayout->addWidget(m_failureDetails);
    bannerLayout->addWidget(m_troubleshootButton, 0, Qt::AlignLeft);
    m_failureBanner->hide();

    m_sendButton = new QPushButton(QIcon::fromTheme(QStringLiteral("mail-send")), tr("&Send"), m_form);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setToolTip(tr("Send the message now (Ctrl+Enter)"));
    connect(m_sendButton, &QPushButton::clicked, m_sendAction, &QAction::trigger);

    auto *attachmentRow = new QHBoxLayout;
    attachmentRow->addWidget(m_attachButton);
    attachmentRow->addWidget(removeButton);
    attachmentRow->addWidget(m_sizeLabel, 1);
    attachmentRow->addWidget(m_sendButton);

    auto *layout = new QVBoxLayout(m_form);
    layout->addLayout(form);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_attachments);
    layout->addLayout(attachmentRow);
    layout->addWidget(m_failureBanner);

    setTabOrder(m_from, m_to->lineEdit());
    setTabOrder(m_to->lineEdit(), m_cc->lineEdit());
    setTabOrder(m_cc->lineEdit(), m_bcc->lineEdit());
    setTabOrder(m_bcc->lineEdit(), m_subject);
    setTabOrder(m_subject, m_body);
    setTabOrder(m_body, m_attachments);
    setTabOrder(m_attachments, m_attachButton);
    setTabOrder(m_attachButton, removeButton);
    setTabOrder(removeButton, m_sendButton);
    return m_form;
}

void ComposerWindow::reloadAccounts()
{
    const QString selected = m_from->currentData().toString();
    QSignalBlocker blocker(m_from);
    m_from->clear();
    const Accounts::AccountListModel *model = m_services.accountModel;
    for (int row = 0; row < model->rowCount(); ++row) {
        const Account account = model->accountAt(row);
        m_from->addItem(senderText(account), account.id);
    }
    const int index = m_from->findData(selected);
    if (index >= 0) {
        m_from->setCurrentIndex(index);
    }
    blocker.unblock();
    updateTitle();
    updateSize();
}

void ComposerWindow::reloadCompletions()
{
    if (!m_services.recentAddresses) {
        return;
    }
    const QStringList entries = m_services.recentAddresses->entries();
    for (AddressField *field : {m_to, m_cc, m_bcc}) {
        field->setCompletions(entries);
    }
}

void ComposerWindow::setAccount(const QString &accountId)
{
    const int index = m_from->findData(accountId);
    if (index >= 0) {
        m_from->setCurrentIndex(index);
    }
}

std::optional<Account> ComposerWindow::currentAccount() const
{
    const QString id = m_from->currentData().toString();
    return id.isEmpty() ? std::nullopt : m_services.accounts->account(id);
}

void ComposerWindow::setDraft(const Mime::MessageDraft &draft)
{
    m_to->setText(joinedText(draft.to));
    m_cc->setText(joinedText(draft.cc));
    m_bcc->setText(joinedText(draft.bcc));
    m_subject->setText(draft.subject);
    m_body->setPlainText(draft.plainText);
    m_attachments->setAttachments(draft.attachments);
    for (const Account &account : m_services.accounts->accounts()) {
        if (account.email.compare(draft.from.address(), Qt::CaseInsensitive) == 0) {
            setAccount(account.id);
        }
    }
}

Mime::MessageDraft ComposerWindow::draft() const
{
    Mime::MessageDraft draft;
    if (const std::optional<Account> account = currentAccount()) {
        const Mime::AddressParser::MailboxResult own = Mime::AddressParser::parseAddrSpec(account->email);
        draft.from = own.mailbox;
        draft.from.displayName = account->displayName;
    }
    draft.to = Mime::AddressParser::parseList(m_to->text()).addresses;
    draft.cc = Mime::AddressParser::parseList(m_cc->text()).addresses;
    draft.bcc = Mime::AddressParser::parseList(m_bcc->text()).addresses;
    draft.subject = m_subject->text();
    draft.plainText = m_body->toPlainText();
    draft.attachments = m_attachments->attachments();
    return draft;
}

bool ComposerWindow::hasContent() const
{
    return !m_to->text().trimmed().isEmpty() || !m_cc->text().trimmed().isEmpty() || !m_bcc->text().trimmed().isEmpty()
        || !m_subject->text().trimmed().isEmpty() || !m_body->toPlainText().trimmed().isEmpty()
        || m_attachments->count() > 0;
}

std::optional<Mime::MessageDraft> ComposerWindow::checkedDraft(bool requireRecipients)
{
    const std::optional<Account> account = currentAccount();
    if (!account) {
        DialogRunner::Notice notice;
        notice.severity = DialogRunner::Severity::Warning;
        notice.title = tr("No Account to Send From");
        notice.text = tr("Add an account in the main window first; Kurier sends every message from one of your "
                         "accounts.");
        m_services.dialogs->tell(this, notice);
        return std::nullopt;
    }
    const Mime::AddressParser::MailboxResult own = Mime::AddressParser::parseAddrSpec(account->email);
    if (!own.ok()) {
        DialogRunner::Notice notice;
        notice.severity = DialogRunner::Severity::Warning;
        notice.title = tr("The Account's Address Is Not Valid");
        notice.text = own.error->message();
        m_services.dialogs->tell(this, notice);
        return std::nullopt;
    }
    Mime::MessageDraft draft;
    draft.from = own.mailbox;
    draft.from.displayName = account->displayName;

    AddressField *firstProblem = nullptr;
    const auto read = [&firstProblem](AddressField *field, QList<Mime::Address> &into) {
        const std::optional<QList<Mime::Address>> addresses = field->validate();
        if (addresses) {
            into = *addresses;
        } else if (!firstProblem) {
            firstProblem = field;
        }
    };
    read(m_to, draft.to);
    read(m_cc, draft.cc);
    read(m_bcc, draft.bcc);
    if (!firstProblem && requireRecipients && Mime::mailboxesOf(draft.to + draft.cc + draft.bcc).isEmpty()) {
        m_to->showProblem(tr("Add at least one recipient in To, Cc or Bcc."));
        firstProblem = m_to;
    }
    if (firstProblem) {
        firstProblem->lineEdit()->setFocus();
        return std::nullopt;
    }
    draft.subject = m_subject->text();
    draft.plainText = m_body->toPlainText();
    draft.attachments = m_attachments->attachments();
    return draft;
}

void ComposerWindow::send()
{
    if (isSending()) {
        return;
    }
    const std::optional<Mime::MessageDraft> draft = checkedDraft(true);
    if (!draft) {
        return;
    }
    const std::optional<Account> account = currentAccount();
    // Before EHLO nothing is known about the server, so the message is composed for the most
    // limited one: 7-bit clean, no SMTPUTF8.
    const Mime::MessageComposer::Result composed = Mime::MessageComposer().compose(*draft, Mime::ComposeOptions());
    if (!composed.ok()) {
        const Mime::ComposeError &error = *composed.error;
        AddressField *field = error.field == Mime::ComposeError::Field::To ? m_to
            : error.field == Mime::ComposeError::Field::Cc                 ? m_cc
            : error.field == Mime::ComposeError::Field::Bcc                ? m_bcc
                                                                           : nullptr;
        if (field) {
            field->showProblem(error.message());
            field->lineEdit()->setFocus();
            return;
        }
        DialogRunner::Notice notice;
        notice.severity = DialogRunner::Severity::Warning;
        notice.title = tr("Message Not Sent");
        notice.text = error.message();
        m_services.dialogs->tell(this, notice);
        return;
    }
    const qint64 limit = m_services.sizeLimits ? m_services.sizeLimits->sizeLimit(account->id) : 0;
    if (limit > 0 && composed.message.size() > limit) {
        DialogRunner::Question question;
        question.kind = DialogRunner::Kind::Destructive;
        question.title = tr("Message Too Large for the Server");
        question.text = tr("This message is %1, but the server of %2 accepts at most %3.")
                            .arg(locale().formattedDataSize(composed.message.size()), account->email,
                                 locale().formattedDataSize(limit));
        question.details = tr("The server will most likely refuse it. Attachments grow by about a third when "
                              "sent; remove some, or share large files as a link instead.");
        question.acceptLabel = tr("Send Anyway");
        m_services.dialogs->ask(this, question, this,
                                [this, account = *account, message = composed.message](DialogRunner::Answer answer) {
                                    if (answer == DialogRunner::Answer::Accepted && !isSending()) {
                                        submit(account, message);
                                    }
                                });
        return;
    }
    submit(*account, composed.message);
}

void ComposerWindow::submit(const Account &account, const Mime::ComposedMessage &message)
{
    clearFailure();
    m_sendingAccountId = account.id;
    m_sendingRecipients.clear();
    for (const QByteArray &recipient : message.envelope().recipients) {
        m_sendingRecipients.append(QString::fromUtf8(recipient));
    }
    if (m_failedRequestId != 0) {
        // The copy that failed (kept by an outbox) is replaced by this one, not sent twice.
        m_services.submission->withdraw(m_failedRequestId);
        m_failedRequestId = 0;
    }
    if (m_replacedOutboxId != 0) {
        m_requestId = m_services.submission->submitReplacing(m_replacedOutboxId, account, message, m_subject->text());
        if (m_requestId == 0) {
            offerToSendAsNew(account, message);
            return;
        }
        m_replacedOutboxId = 0;
    } else {
        m_requestId = m_services.submission->submit(account, message, m_subject->text());
    }
    if (m_services.submission->isQueued(m_requestId)) {
        removeDraft(); // the outbox has the message now
    }
    m_progress->setValue(0);
    m_progress->setFormat(tr("Connecting…"));
    setSending(true);
    statusBar()->showMessage(tr("Sending to %1…").arg(m_sendingRecipients.join(QStringLiteral(", "))));
}

void ComposerWindow::setReplacedOutboxMessage(qint64 outboxMessageId)
{
    m_replacedOutboxId = outboxMessageId;
    updateTitle();
}

void ComposerWindow::offerToSendAsNew(const Account &account, const Mime::ComposedMessage &message)
{
    DialogRunner::Question question;
    question.title = tr("Original No Longer Waiting");
    question.text = tr("The message you edited is no longer waiting in the outbox: it was sent, removed or is being "
                       "sent. Send this version as a new message?");
    question.details = tr("If the original was sent, the recipients get both versions.");
    question.acceptLabel = tr("Send as New Message");
    m_services.dialogs->ask(this, question, this, [this, account, message](DialogRunner::Answer answer) {
        if (answer != DialogRunner::Answer::Accepted || isSending()) {
            return;
        }
        m_replacedOutboxId = 0;
        updateTitle();
        submit(account, message);
    });
}

void ComposerWindow::cancelSending()
{
    if (isSending()) {
        m_cancelButton->setEnabled(false);
        statusBar()->showMessage(tr("Cancelling…"));
        m_services.submission->cancel(m_requestId);
    }
}

void ComposerWindow::focusRecipients()
{
    activateWindow();
    m_to->lineEdit()->setFocus();
}

void ComposerWindow::focusText()
{
    activateWindow();
    m_body->setFocus();
}

void ComposerWindow::focusAttachments()
{
    activateWindow();
    m_attachments->setFocus();
}

void ComposerWindow::progressed(quint64 id, qint64 sent, qint64 total)
{
    if (id != m_requestId || total <= 0) {
        return;
    }
    m_progress->setValue(int(qBound(qint64(0), sent * 1000 / total, qint64(1000))));
    m_progress->setFormat(tr("%1 of %2 sent").arg(locale().formattedDataSize(sent), locale().formattedDataSize(total)));
}

void ComposerWindow::finished(const Smtp::SendResult &result)
{
    const bool laterRetry = m_failedRequestId != 0 && result.requestId == m_failedRequestId && result.delivered();
    if (!laterRetry && (result.requestId != m_requestId || m_requestId == 0)) {
        return;
    }
    m_requestId = 0;
    m_failedRequestId = 0;
    setSending(false);
    if (m_services.sizeLimits && result.serverSizeLimit > 0) {
        m_services.sizeLimits->setSizeLimit(m_sendingAccountId, result.serverSizeLimit);
    }
    if (result.delivered()) {
        if (m_services.recentAddresses) {
            QList<Mime::Mailbox> used;
            const Mime::MessageDraft sent = draft();
            used = Mime::mailboxesOf(sent.to + sent.cc + sent.bcc);
            m_services.recentAddresses->remember(used);
        }
        const QString subject = m_subject->text().trimmed();
        const QString recipients = m_sendingRecipients.join(QStringLiteral(", "));
        Q_EMIT messageSent(subject.isEmpty() ? tr("Sent a message without a subject to %1.").arg(recipients)
                                             : tr("Sent \"%1\" to %2.").arg(subject, recipients));
        removeDraft();
        m_closeApproved = true;
        close();
        return;
    }
    if (result.error && result.error->kind == Smtp::Error::Kind::Cancelled) {
        statusBar()->showMessage(tr("Sending cancelled; the message was not sent and is still here."));
        return;
    }
    statusBar()->clearMessage();
    const std::optional<Account> account = m_services.accounts->account(m_sendingAccountId);
    Smtp::Error error
        = result.error.value_or(Smtp::Error::local(Smtp::Error::Kind::UnexpectedReply, Smtp::Phase::Preparing));
    const Diagnostics::Explanation explanation = Diagnostics::Explainer().explain(
        Diagnostics::evidenceFromSmtpError(error, account ? account->host : QString(), account ? account->port : 0));
    // A keychain failure carries the keychain's own sentence, which says more than the rule table can.
    const QString extra = error.kind == Smtp::Error::Kind::MissingCredentials ? error.detail : QString();
    m_failedResult = result;
    m_failedRequestId = result.requestId;
    showFailure(explanation, extra);
    Q_EMIT troubleshootingRequested(explanation, result, m_sendingAccountId);
}

void ComposerWindow::showFailure(const Diagnostics::Explanation &explanation, const QString &extra)
{
    m_failure = explanation;
    m_failureTitle->setText(explanation.title);
    m_failureText->setText(extra.isEmpty() ? explanation.text : explanation.text + QLatin1Char('\n') + extra);
    QStringList lines;
    for (const Diagnostics::SuggestedAction &action : explanation.actions) {
        lines.append(QStringLiteral("• ") + action.text);
    }
    if (!explanation.serverText.isEmpty()) {
        lines.append(tr("The server said: %1").arg(explanation.serverText));
    }
    m_failureDetails->setText(lines.join(QLatin1Char('\n')));
    m_failureDetails->setVisible(!lines.isEmpty());
    m_failureBanner->show();
    m_failureBanner->setAccessibleDescription(explanation.title + QLatin1Char(' ') + explanation.text);
    statusBar()->showMessage(tr("The message was not sent; everything you wrote is still here."));
}

void ComposerWindow::clearFailure()
{
    m_failure.reset();
    m_failedResult.reset();
    m_failureBanner->hide();
}

void ComposerWindow::setSending(bool sending)
{
    m_form->setEnabled(!sending);
    m_sendAction->setEnabled(!sending);
    m_attachAction->setEnabled(!sending);
    m_saveDraftAction->setEnabled(!sending);
    m_discardAction->setEnabled(!sending);
    m_progress->setVisible(sending);
    m_cancelButton->setVisible(sending);
    m_cancelButton->setEnabled(sending);
    if (sending) {
        m_cancelButton->setFocus();
    }
}

void ComposerWindow::updateTitle()
{
    const QString subject = m_subject ? m_subject->text().trimmed() : QString();
    if (m_replacedOutboxId != 0) {
        setWindowTitle(subject.isEmpty() ? tr("Edit Queued Message") : tr("%1 – Edit Queued Message").arg(subject));
        return;
    }
    setWindowTitle(subject.isEmpty() ? tr("New Message") : tr("%1 – New Message").arg(subject));
}

void ComposerWindow::updateSize()
{
    if (!m_sizeLabel) {
        return;
    }
    const int files = m_attachments->count();
    const qint64 total = m_attachments->totalSize() + m_body->toPlainText().toUtf8().size();
    QString text = files == 0 ? tr("No attachments · %1").arg(locale().formattedDataSize(total))
                              : tr("Attachments: %1 · %2 in total").arg(files).arg(locale().formattedDataSize(total));
    const std::optional<Account> account = currentAccount();
    const qint64 limit = account && m_services.sizeLimits ? m_services.sizeLimits->sizeLimit(account->id) : 0;
    if (limit > 0) {
        // Attachments travel base64-encoded: four bytes for every three.
        const bool tooLarge = total * 4 / 3 > limit;
        text += QStringLiteral(" · ")
            + (tooLarge ? tr("likely over the server's limit of %1").arg(locale().formattedDataSize(limit))
                        : tr("server limit %1").arg(locale().formattedDataSize(limit)));
    }
    m_sizeLabel->setText(text);
}

void ComposerWindow::chooseFiles()
{
    auto *dialog = new QFileDialog(this, tr("Attach Files"));
    dialog->setObjectName(QStringLiteral("attachFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::HomeLocation));
    connect(dialog, &QFileDialog::filesSelected, this, &ComposerWindow::attachFiles);
    dialog->open();
}

void ComposerWindow::attachFiles(const QStringList &paths)
{
    m_attachments->addFiles(paths);
}

bool ComposerWindow::saveDraft()
{
    return storeDraft(false, true);
}

void ComposerWindow::contentChanged()
{
    if (m_restoring) {
        return;
    }
    m_unsaved = true;
    // Started on the first change only, so typing does not keep postponing the save.
    if (m_drafts && !m_autosaveTimer.isActive()) {
        m_autosaveTimer.start();
    }
}

void ComposerWindow::autosave()
{
    if (m_unsaved && !isSending()) {
        storeDraft(false, false);
    }
}

bool ComposerWindow::storeDraft(bool closing, bool reportProblems)
{
    m_autosaveTimer.stop();
    QString problem;
    if (!m_drafts) {
        problem = tr("Kurier's outbox database is not open, so drafts cannot be kept.");
    } else if (m_draftId == 0 && !hasContent()) {
        m_unsaved = false;
        return true; // nothing worth keeping
    } else {
        Outbox::Draft draft;
        draft.id = m_draftId;
        draft.accountId = m_from->currentData().toString();
        draft.to = m_to->text();
        draft.cc = m_cc->text();
        draft.bcc = m_bcc->text();
        draft.subject = m_subject->text();
        draft.body = m_body->toPlainText();
        QStringList unreadable;
        for (const Mime::Attachment &attachment : m_attachments->attachments()) {
            Outbox::DraftAttachment copy;
            copy.fileName = attachment.effectiveFileName();
            copy.mimeType = attachment.mimeType;
            copy.sourcePath = attachment.filePath;
            if (!attachment.isFile()) {
                copy.bytes = attachment.data;
            } else if (const auto copied = m_copiedFiles.constFind(attachment.filePath);
                       copied != m_copiedFiles.cend()) {
                // Copied at an earlier save: the draft keeps the file as it was then.
                copy.sha256 = copied->first;
                copy.size = copied->second;
            } else {
                QFile file(attachment.filePath);
                if (!file.open(QIODevice::ReadOnly)) {
                    unreadable.append(QDir::toNativeSeparators(attachment.filePath));
                    continue;
                }
                copy.bytes = file.readAll();
            }
            draft.attachments.append(copy);
        }
        const auto state = closing ? Outbox::DraftStore::SaveState::ClosedCleanly : Outbox::DraftStore::SaveState::Open;
        std::optional<qint64> id = m_drafts->save(draft, state);
        if (!id && draft.id != 0) {
            // Deleted meanwhile (from the main window's Drafts): kept again as a new draft.
            draft.id = 0;
            id = m_drafts->save(draft, state);
        }
        if (id) {
            m_draftId = *id;
            for (const Outbox::DraftAttachment &copy : std::as_const(draft.attachments)) {
                if (!copy.sourcePath.isEmpty()) {
                    m_copiedFiles.insert(copy.sourcePath, {copy.sha256, copy.size});
                }
            }
            m_unsaved = false;
            if (!unreadable.isEmpty()) {
                statusBar()->showMessage(tr("Draft saved without these files, which cannot be read: %1")
                                             .arg(unreadable.join(QStringLiteral(", "))));
            }
            return true;
        }
        problem = m_drafts->errorString();
    }
    if (reportProblems) {
        DialogRunner::Notice notice;
        notice.severity = DialogRunner::Severity::Warning;
        notice.title = tr("Draft Not Saved");
        notice.text = tr("Kurier could not save the draft.");
        notice.details = problem;
        m_services.dialogs->tell(this, notice);
    } else {
        statusBar()->showMessage(tr("The draft could not be saved: %1").arg(problem));
    }
    return false;
}

void ComposerWindow::removeDraft()
{
    m_autosaveTimer.stop();
    m_unsaved = false;
    if (m_drafts && m_draftId != 0) {
        m_drafts->remove(m_draftId);
    }
    m_draftId = 0;
    m_copiedFiles.clear();
}

void ComposerWindow::openDraft(const Outbox::Draft &draft)
{
    m_restoring = true;
    setAccount(draft.accountId);
    m_to->setText(draft.to);
    m_cc->setText(draft.cc);
    m_bcc->setText(draft.bcc);
    m_subject->setText(draft.subject);
    m_body->setPlainText(draft.body);
    QList<Mime::Attachment> copies;
    for (const Outbox::DraftAttachment &attachment : draft.attachments) {
        copies.append(Mime::Attachment::fromData(attachment.bytes, attachment.fileName, attachment.mimeType));
    }
    m_attachments->setAttachments(copies);
    m_restoring = false;
    m_draftId = draft.id;
    m_copiedFiles.clear();
    m_unsaved = false;
    if (m_drafts) {
        m_drafts->reopen(draft.id);
    }
    updateTitle();
    updateSize();
}

void ComposerWindow::withdrawFailed()
{
    if (m_failedRequestId != 0) {
        m_services.submission->withdraw(m_failedRequestId);
        m_failedRequestId = 0;
    }
}

void ComposerWindow::discardOrClose()
{
    if (isSending()) {
        return;
    }
    if (!hasContent()) {
        removeDraft();
        m_closeApproved = true;
        close();
        return;
    }
    DialogRunner::Question question;
    question.kind = DialogRunner::Kind::Destructive;
    question.title = tr("Discard Message");
    question.text = tr("Discard this message?");
    question.details = tr("What you wrote and the list of attachments will be lost.");
    question.acceptLabel = tr("Discard");
    m_services.dialogs->ask(this, question, this, [this](DialogRunner::Answer answer) {
        if (answer == DialogRunner::Answer::Accepted) {
            withdrawFailed();
            removeDraft();
            m_closeApproved = true;
            close();
        }
    });
}

void ComposerWindow::closeEvent(QCloseEvent *event)
{
    if (!m_closeApproved && !hasContent() && !isSending()) {
        removeDraft(); // emptied: nothing left to keep
        m_closeApproved = true;
    }
    if (m_closeApproved) {
        QMainWindow::closeEvent(event);
        return;
    }
    event->ignore();
    if (isSending()) {
        statusBar()->showMessage(tr("The message is being sent; cancel sending first, or wait until it is done."));
        return;
    }
    if (!m_drafts) {
        discardOrClose(); // nowhere to keep a draft: only discarding is left to offer
        return;
    }
    DialogRunner::Question question;
    question.title = tr("Save Draft");
    question.text = tr("Save this message as a draft before closing?");
    question.details = tr("Drafts are listed under Drafts in the main window, where you can continue them.");
    question.acceptLabel = tr("Save Draft");
    question.alternativeLabel = tr("Discard");
    m_services.dialogs->ask(this, question, this, [this](DialogRunner::Answer answer) {
        if (answer == DialogRunner::Answer::Accepted) {
            if (!storeDraft(true, true)) {
                return;
            }
        } else if (answer == DialogRunner::Answer::Alternative) {
            removeDraft();
        } else {
            return;
        }
        withdrawFailed();
        m_closeApproved = true;
        close();
    });
}

void ComposerWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!isSending() && !AttachmentList::localFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    } else {
        event->ignore();
    }
}

void ComposerWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (!isSending() && !AttachmentList::localFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    } else {
        event->ignore();
    }
}

void ComposerWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = AttachmentList::localFiles(event->mimeData());
    if (isSending() || paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    attachFiles(paths);
}
