// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/diagnostics/explanation.h"
#include "app/mime/composedmessage.h"
#include "app/mime/messagedraft.h"
#include "app/smtp/sendresult.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

class AddressField;
class AttachmentList;
class DialogRunner;
class QAction;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace Accounts
{
class AccountListModel;
class AccountStore;
struct Account;
} // namespace Accounts
namespace Compose
{
class RecentAddresses;
class ServerSizeLimits;
class Submission;
} // namespace Compose
namespace Outbox
{
class DraftStore;
struct Draft;
} // namespace Outbox

// What a composer window works with; none of it is owned by the window. The composition root
// (through the main window) creates these once and every composer shares them.
struct ComposerServices {
    Accounts::AccountStore *accounts = nullptr;
    Accounts::AccountListModel *accountModel = nullptr; // the From picker's rows
    Compose::Submission *submission = nullptr; // where finished messages go
    Compose::RecentAddresses *recentAddresses = nullptr; // completion, and remembered after sending
    Compose::ServerSizeLimits *sizeLimits = nullptr; // warns before a message the server would refuse
    DialogRunner *dialogs = nullptr;
    Outbox::DraftStore *drafts = nullptr; // where drafts are kept; none: drafts cannot be saved
    std::chrono::milliseconds autosaveInterval = std::chrono::seconds(5); // after a change
};

// One message being written: From (an account), To/Cc/Bcc checked at the field, Subject, a
// plain-text body and attachments (button, Ctrl+Shift+A or drag and drop). Send (Ctrl+Enter)
// composes the message with the MIME composer and hands it to the Submission; the window shows
// the bytes sent with a Cancel button, closes when the server took the message, and on failure
// keeps everything as typed and shows the explainer's account of what went wrong. Esc and
// closing never lose a non-empty message without asking (closing offers Save Draft).
//
// Drafts live in the DraftStore: a change is saved autosaveInterval later (only if something
// changed), on Save Draft and on closing; attached files are copied into the store then.
// Discarding deletes the draft, and so does sending once the message is in the outbox (or,
// without one, delivered). Saving while open marks the draft as open by this process, so one
// that was never closed with a decision is offered again after a crash.
class ComposerWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit ComposerWindow(const ComposerServices &services, QWidget *parent = nullptr);
    ~ComposerWindow() override;

    // Starts from the given account (else the default one) and draft fields.
    void setAccount(const QString &accountId);
    void setDraft(const Mime::MessageDraft &draft);
    // The window edits a message waiting in the outbox: sending replaces that message (the
    // old one leaves the outbox as the new one enters). 0 (the default) for a new message.
    void setReplacedOutboxMessage(qint64 outboxMessageId);
    qint64 replacedOutboxMessage() const { return m_replacedOutboxId; }
    // Continues a stored draft (with its attachments' bytes): the fields, the copies of the
    // files, and the draft's id, so saving updates it.
    void openDraft(const Outbox::Draft &draft);
    qint64 draftId() const { return m_draftId; }
    bool hasUnsavedChanges() const { return m_unsaved; }
    // What the window holds now, as typed (addresses that do not parse are left out).
    Mime::MessageDraft draft() const;

    bool isSending() const { return m_requestId != 0; }
    bool hasContent() const;
    // The explanation shown after the last failed send, if any.
    std::optional<Diagnostics::Explanation> failureExplanation() const { return m_failure; }

    void send();
    void cancelSending();
    // Where the troubleshooting dialog sends the user: the recipients, the text or the attachments.
    void focusRecipients();
    void focusText();
    void focusAttachments();
    void attachFiles(const QStringList &paths);
    // Saves the draft now (the window stays open); false, after saying why, if it could not.
    bool saveDraft();

Q_SIGNALS:
    // The server took the message; a one-sentence summary for a notification.
    void messageSent(const QString &summary);
    // A send failed: the explanation and the redacted transcript, for the troubleshooting dialog.
    void troubleshootingRequested(const Diagnostics::Explanation &explanation, const Smtp::SendResult &result,
                                  const QString &accountId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    QWidget *createForm();
    void reloadAccounts();
    void reloadCompletions();
    std::optional<Accounts::Account> currentAccount() const;
    // Checks every field and builds the draft; nullopt (problems shown at their fields) if not ready.
    std::optional<Mime::MessageDraft> checkedDraft(bool requireRecipients);
    void submit(const Accounts::Account &account, const Mime::ComposedMessage &message);
    void offerToSendAsNew(const Accounts::Account &account, const Mime::ComposedMessage &message);
    void progressed(quint64 id, qint64 sent, qint64 total);
    void finished(const Smtp::SendResult &result);
    void showFailure(const Diagnostics::Explanation &explanation, const QString &extra);
    void clearFailure();
    void setSending(bool sending);
    void updateTitle();
    void updateSize();
    void chooseFiles();
    void discardOrClose();
    // The user decided about the message (discarded it, or kept it as a draft): a failed copy
    // kept by the submission path is not sent later behind their back.
    void withdrawFailed();
    void contentChanged();
    void autosave();
    bool storeDraft(bool closing, bool reportProblems);
    void removeDraft();

    ComposerServices m_services;
    QComboBox *m_from = nullptr;
    AddressField *m_to = nullptr;
    AddressField *m_cc = nullptr;
    AddressField *m_bcc = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    AttachmentList *m_attachments = nullptr;
    QLabel *m_sizeLabel = nullptr;
    QPushButton *m_attachButton = nullptr;
    QFrame *m_failureBanner = nullptr;
    QLabel *m_failureTitle = nullptr;
    QLabel *m_failureText = nullptr;
    QLabel *m_failureDetails = nullptr;
    QPushButton *m_troubleshootButton = nullptr;
    QWidget *m_form = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_sendButton = nullptr;
    QAction *m_sendAction = nullptr;
    QAction *m_attachAction = nullptr;
    QAction *m_saveDraftAction = nullptr;
    QAction *m_discardAction = nullptr;

    quint64 m_requestId = 0;
    quint64 m_failedRequestId = 0; // the last failed submission, which an outbox may still retry
    QString m_sendingAccountId;
    QStringList m_sendingRecipients;
    std::optional<Diagnostics::Explanation> m_failure;
    std::optional<Smtp::SendResult> m_failedResult;
    bool m_closeApproved = false;
    qint64 m_replacedOutboxId = 0;

    QPointer<Outbox::DraftStore> m_drafts;
    QTimer m_autosaveTimer;
    qint64 m_draftId = 0;
    bool m_unsaved = false;
    bool m_restoring = false; // fields are being filled in from a draft
    // Files copied into the store already, by path: their digest and size at that time.
    QHash<QString, QPair<QByteArray, qint64>> m_copiedFiles;
};
