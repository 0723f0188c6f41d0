// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/outbox/outboxpanel.h"

#include "app/outbox/dispatcher.h"
#include "app/outbox/outboxmodel.h"
#include "ui/common/dialogrunner.h"

#include <QAction>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using Outbox::OutboxMessage;
using Outbox::State;

namespace
{

bool isWaiting(State state)
{
    return state == State::Queued || state == State::Retry || state == State::NeedsAttention;
}

QString plainText(QString text)
{
    return text.remove(QLatin1Char('&'));
}

} // namespace

OutboxPanel::OutboxPanel(DialogRunner *dialogs, QWidget *parent)
    : QWidget(parent)
    , m_dialogs(dialogs)
    , m_view(new QTableView(this))
    , m_details(new QFrame(this))
    , m_detailsTitle(new QLabel(m_details))
    , m_detailsText(new QLabel(m_details))
{
    setObjectName(QStringLiteral("outboxPanel"));
    m_view->setObjectName(QStringLiteral("outboxView"));
    m_view->setAccessibleName(tr("Outbox"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->installEventFilter(this);
    connect(m_view, &QAbstractItemView::activated, this, &OutboxPanel::edit);

    m_sendNowAction = makeAction(tr("Send &Now"), QStringLiteral("outboxSendNowAction"),
                                 tr("Send the selected message at once, without waiting for its next attempt"));
    m_sendNowAction->setIcon(QIcon::fromTheme(QStringLiteral("mail-send")));
    m_sendNowAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_sendNowAction, &QAction::triggered, this, &OutboxPanel::sendNow);
    m_editAction = makeAction(tr("&Edit…"), QStringLiteral("outboxEditAction"),
                              tr("Open the selected message in a composer; sending it replaces the waiting one"));
    m_editAction->setIcon(QIcon::fromTheme(QStringLiteral("document-edit")));
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_editAction, &QAction::triggered, this, &OutboxPanel::edit);
    m_removeAction = makeAction(tr("&Remove…"), QStringLiteral("outboxRemoveAction"),
                                tr("Take the selected message out of the outbox; it will not be sent"));
    m_removeAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    m_removeAction->setShortcut(QKeySequence::Delete);
    connect(m_removeAction, &QAction::triggered, this, &OutboxPanel::confirmRemove);
    m_troubleshootAction = makeAction(tr("&Troubleshoot…"), QStringLiteral("outboxTroubleshootAction"),
                                      tr("Find out why the selected message could not be sent and what to do"));
    m_troubleshootAction->setIcon(QIcon::fromTheme(QStringLiteral("help-contents")));
    m_troubleshootAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_troubleshootAction, &QAction::triggered, this, &OutboxPanel::troubleshoot);
    m_markArrivedAction = makeAction(tr("It &Arrived — Mark as Sent"), QStringLiteral("outboxMarkArrivedAction"),
                                     tr("The recipients have the message: record it as sent"));
    connect(m_markArrivedAction, &QAction::triggered, this, &OutboxPanel::markArrived);
    m_sendAgainAction = makeAction(tr("Send A&gain…"), QStringLiteral("outboxSendAgainAction"),
                                   tr("Send the message once more; the recipients may get it twice"));
    connect(m_sendAgainAction, &QAction::triggered, this, &OutboxPanel::confirmSendAgain);
    for (QAction *action : {m_sendNowAction, m_editAction, m_removeAction, m_troubleshootAction}) {
        // The keys belong to the list: the same keys elsewhere in the window mean other things.
        action->setShortcutContext(Qt::WidgetShortcut);
    }
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_view->addActions({m_sendNowAction, m_editAction, m_removeAction, m_troubleshootAction, separator,
                        m_markArrivedAction, m_sendAgainAction});

    m_details->setObjectName(QStringLiteral("outboxDetails"));
    m_details->setFrameShape(QFrame::StyledPanel);
    m_detailsTitle->setObjectName(QStringLiteral("outboxDetailsTitle"));
    QFont bold = m_detailsTitle->font();
    bold.setBold(true);
    m_detailsTitle->setFont(bold);
    m_detailsTitle->setWordWrap(true);
    m_detailsTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsText->setObjectName(QStringLiteral("outboxDetailsText"));
    m_detailsText->setWordWrap(true);
    m_detailsText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->addWidget(m_detailsTitle);
    detailsLayout->addWidget(m_detailsText);
    m_details->setVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QAction *action : {m_sendNowAction, m_editAction, m_removeAction, m_troubleshootAction}) {
        buttons->addWidget(makeButton(action));
    }
    buttons->addStretch(1);
    m_markArrivedButton = makeButton(m_markArrivedAction);
    m_sendAgainButton = makeButton(m_sendAgainAction);
    buttons->addWidget(m_markArrivedButton);
    buttons->addWidget(m_sendAgainButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    setFocusProxy(m_view);
    updateActions();
}

OutboxPanel::~OutboxPanel() = default;

QAction *OutboxPanel::makeAction(const QString &text, const QString &objectName, const QString &statusTip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setStatusTip(statusTip);
    action->setToolTip(statusTip);
    return action;
}

QToolButton *OutboxPanel::makeButton(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setObjectName(action->objectName().replace(QLatin1String("Action"), QLatin1String("Button")));
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAccessibleName(plainText(action->text()));
    button->setAccessibleDescription(action->statusTip());
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

void OutboxPanel::setModel(Outbox::OutboxModel *model)
{
    if (m_model) {
        disconnect(m_model, nullptr, this, nullptr);
    }
    m_model = model;
    m_view->setModel(model);
    if (model) {
        // States change under a selection that stays (rows are updated in place).
        connect(model, &QAbstractItemModel::dataChanged, this, &OutboxPanel::updateActions);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &OutboxPanel::updateActions);
        connect(model, &QAbstractItemModel::modelReset, this, &OutboxPanel::updateActions);
    }
    if (QItemSelectionModel *selection = m_view->selectionModel()) {
        connect(selection, &QItemSelectionModel::selectionChanged, this, &OutboxPanel::updateActions);
    }
    updateActions();
}

void OutboxPanel::setDispatcher(Outbox::Dispatcher *dispatcher)
{
    m_dispatcher = dispatcher;
    updateActions();
}

std::optional<OutboxMessage> OutboxPanel::selectedMessage() const
{
    if (!m_model || !m_view->selectionModel()) {
        return std::nullopt;
    }
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return std::nullopt;
    }
    return m_model->messageAt(rows.first().row());
}

void OutboxPanel::selectMessage(qint64 id)
{
    const int row = m_model ? m_model->rowOf(id) : -1;
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void OutboxPanel::updateActions()
{
    const std::optional<OutboxMessage> message = selectedMessage();
    const bool acting = message && m_dispatcher;
    const State state = message ? message->state : State::Queued;
    m_sendNowAction->setEnabled(acting && isWaiting(state));
    m_editAction->setEnabled(acting && isWaiting(state));
    m_removeAction->setEnabled(acting && state != State::Sending);
    m_troubleshootAction->setEnabled(message && (state == State::NeedsAttention || state == State::Retry));
    const bool unknown = acting && state == State::DeliveryUnknown;
    m_markArrivedAction->setEnabled(unknown);
    m_sendAgainAction->setEnabled(unknown);
    m_markArrivedAction->setVisible(unknown);
    m_sendAgainAction->setVisible(unknown);
    m_markArrivedButton->setVisible(unknown);
    m_sendAgainButton->setVisible(unknown);

    if (message && state == State::DeliveryUnknown) {
        m_detailsTitle->setText(tr("Kurier does not know whether this message was delivered"));
        m_detailsText->setText(
            tr("The connection was lost after the whole message had gone to the server, before the server "
               "confirmed it. The server may have accepted it, so Kurier will not send it again on its own. "
               "Ask a recipient, or look in your provider's Sent folder, whether it arrived.")
            + (message->lastError.isEmpty() ? QString() : QStringLiteral("\n") + message->lastError));
        m_details->setVisible(true);
    } else if (message && state == State::NeedsAttention) {
        m_detailsTitle->setText(message->errorTitle.isEmpty() ? tr("This message needs your attention")
                                                              : message->errorTitle);
        m_detailsText->setText(tr("Kurier will not send it again until you decide: use Troubleshoot to find the "
                                  "cause, Edit to change the message, or Send Now once it is fixed.")
                               + (message->lastError.isEmpty()
                                      ? QString()
                                      : QStringLiteral("\n") + tr("The server said: %1").arg(message->lastError)));
        m_details->setVisible(true);
    } else {
        m_details->setVisible(false);
    }
    m_details->setAccessibleName(m_detailsTitle->text());
    m_details->setAccessibleDescription(m_detailsText->text());
}

void OutboxPanel::refuse(const QString &title, const QString &text)
{
    DialogRunner::Notice notice;
    notice.severity = DialogRunner::Severity::Warning;
    notice.title = title;
    notice.text = text;
    m_dialogs->tell(this, notice);
}

void OutboxPanel::sendNow()
{
    const std::optional<OutboxMessage> message = selectedMessage();
    if (!message || !m_dispatcher || !isWaiting(message->state)) {
        return;
    }
    if (!m_dispatcher->sendNow(message->id)) {
        refuse(tr("Message Not Sent"), tr("The message is no longer waiting in the outbox."));
        return;
    }
    Q_EMIT statusMessage(tr("Sending \"%1\" now…").arg(message->subject));
}

void OutboxPanel::edit()
{
    const std::optional<OutboxMessage> message = selectedMessage();
    if (!message || !m_dispatcher) {
        return;
    }
    if (!isWaiting(message->state)) {
        if (message->state == State::Sending) {
            refuse(tr("Message Being Sent"),
                   tr("Kurier is sending this message right now, so it cannot be changed. If it fails, you can "
                      "edit it then."));
        }
        return;
    }
    Q_EMIT editRequested(*message);
}

void OutboxPanel::confirmRemove()
{
    const std::optional<OutboxMessage> message = selectedMessage();
    if (!message || !m_dispatcher || message->state == State::Sending) {
        return;
    }
    DialogRunner::Question question;
    question.kind = DialogRunner::Kind::Destructive;
    question.title = tr("Remove Message");
    question.text = tr("Remove \"%1\" from the outbox?")
                        .arg(message->subject.isEmpty() ? Outbox::OutboxModel::tr("(no subject)") : message->subject);
    question.details = message->state == State::Sent
        ? tr("It was sent; only its entry in this list goes.")
        : tr("Kurier will not send it, and its text and attachments are deleted.");
    question.acceptLabel = tr("Remove Message");
    m_dialogs->ask(this, question, this, [this, id = message->id](DialogRunner::Answer answer) {
        if (answer != DialogRunner::Answer::Accepted || !m_dispatcher) {
            return;
        }
        if (!m_dispatcher->remove(id)) {
            refuse(tr("Message Not Removed"),
                   tr("Kurier started sending the message in the meantime, so it was not removed."));
            return;
        }
        Q_EMIT statusMessage(tr("Removed the message from the outbox."));
    });
}

void OutboxPanel::markArrived()
{
    const std::optional<OutboxMessage> message = selectedMessage();
    if (!message || !m_dispatcher || message->state != State::DeliveryUnknown) {
        return;
    }
    if (!m_dispatcher->markSentByUser(message->id)) {
        refuse(tr("Message Not Changed"), tr("The message's state changed in the meantime; nothing was recorded."));
        return;
    }
    Q_EMIT statusMessage(tr("Recorded \"%1\" as sent.").arg(message->subject));
}

void OutboxPanel::confirmSendAgain()
{
    const std::optional<OutboxMessage> message = selectedMessage();
    if (!message || !m_dispatcher || message->state != State::DeliveryUnknown) {
        return;
    }
    DialogRunner::Question question;
    question.title = tr("Send Again");
    question.text = tr("Send \"%1\" again?").arg(message->subject);
    question.details = tr("The server may already have accepted the first copy. If it did, the recipients will get "
                          "the message twice. Send it again only if you know it did not arrive, or if a duplicate "
                          "does no harm.");
    question.acceptLabel = tr("Send Again");
    m_dialogs->ask(this, question, this, [this, id = message->id](DialogRunner::Answer answer) {
        if (answer != DialogRunner::Answer::Accepted || !m_dispatcher) {
            return;
        }
        if (!m_dispatcher->sendNow(id)) {
            refuse(tr("Message Not Sent"), tr("The message's state changed in the meantime; it was not sent again."));
            return;
        }
        Q_EMIT statusMessage(tr("Sending the message again…"));
    });
}

void OutboxPanel::troubleshoot()
{
    const std::optional<OutboxMessage> message = selectedMessage();
    if (message && (message->state == State::NeedsAttention || message->state == State::Retry)) {
        Q_EMIT troubleshootRequested(*message);
    }
}

bool OutboxPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view || (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)) {
        return QWidget::eventFilter(watched, event);
    }
    const auto *key = static_cast<QKeyEvent *>(event);
    const QKeySequence pressed(key->keyCombination());
    for (QAction *action : {m_sendNowAction, m_editAction, m_removeAction, m_troubleshootAction}) {
        const bool matches = action->shortcut() == pressed
            || (action == m_sendNowAction && pressed == QKeySequence(Qt::CTRL | Qt::Key_Enter));
        if (!matches) {
            continue;
        }
        if (event->type() == QEvent::ShortcutOverride) {
            // The window's own shortcuts on these keys (Delete removes an account) must not
            // act on what is selected in another list.
            event->accept();
            return true;
        }
        action->trigger();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}
