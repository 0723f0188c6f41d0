// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/outbox/outboxmessage.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class DialogRunner;
class QAction;
class QFrame;
class QLabel;
class QTableView;
class QToolButton;

namespace Outbox
{
class Dispatcher;
class OutboxModel;
} // namespace Outbox

// The outbox dock's content: the messages and what the user can do with the selected one,
// as buttons under the list, in its context menu and from the keyboard (Ctrl+Return send now,
// F2 or Return edit, Delete remove, Ctrl+T troubleshoot, Menu key for the rest):
//   Send Now        a waiting message goes at once, skipping its backoff
//   Edit…           a waiting message opens in a composer (editRequested()); not while sending
//   Remove…         after a confirmation; never a message being sent
//   Troubleshoot…   for a message that needs attention or waits to retry (troubleshootRequested())
// A message whose delivery is unknown gets an explanation and a choice between "It Arrived —
// Mark as Sent" and "Send Again…", which first says that the recipients may get it twice.
// A message that needs attention shows the explainer's title and the server's words. The
// panel decides nothing itself: every change goes through the dispatcher.
class OutboxPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OutboxPanel(DialogRunner *dialogs, QWidget *parent = nullptr);
    ~OutboxPanel() override;

    // Neither is owned. Without a dispatcher the panel only shows the list.
    void setModel(Outbox::OutboxModel *model);
    void setDispatcher(Outbox::Dispatcher *dispatcher);

    QTableView *view() const { return m_view; }
    std::optional<Outbox::OutboxMessage> selectedMessage() const;
    void selectMessage(qint64 id);

    void sendNow();
    void edit();
    void confirmRemove();
    void markArrived();
    void confirmSendAgain();
    void troubleshoot();

Q_SIGNALS:
    // The user wants to change a waiting message; whoever opens the composer holds it in the
    // dispatcher meanwhile.
    void editRequested(const Outbox::OutboxMessage &message);
    void troubleshootRequested(const Outbox::OutboxMessage &message);
    // One sentence about what just happened, for the status bar.
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *makeAction(const QString &text, const QString &objectName, const QString &statusTip);
    QToolButton *makeButton(QAction *action);
    void updateActions();
    void refuse(const QString &title, const QString &text);

    DialogRunner *m_dialogs;
    QPointer<Outbox::OutboxModel> m_model;
    QPointer<Outbox::Dispatcher> m_dispatcher;
    QTableView *m_view;
    QFrame *m_details;
    QLabel *m_detailsTitle;
    QLabel *m_detailsText;
    QAction *m_sendNowAction;
    QAction *m_editAction;
    QAction *m_removeAction;
    QAction *m_troubleshootAction;
    QAction *m_markArrivedAction;
    QAction *m_sendAgainAction;
    QToolButton *m_markArrivedButton = nullptr;
    QToolButton *m_sendAgainButton = nullptr;
};
