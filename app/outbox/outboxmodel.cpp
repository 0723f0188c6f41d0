// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/outbox/outboxmodel.h"

#include "app/outbox/store.h"

#include <QLocale>

#include <algorithm>

namespace Outbox
{

OutboxModel::OutboxModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    if (m_store) {
        connect(m_store, &Store::changed, this, &OutboxModel::reload);
    }
    reload();
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboxModel::stateLabel(State state)
{
    switch (state) {
    case State::Queued:
        return tr("Queued");
    case State::Sending:
        return tr("Sending");
    case State::Sent:
        return tr("Sent");
    case State::Retry:
        return tr("Waiting to retry");
    case State::NeedsAttention:
        return tr("Needs attention");
    case State::DeliveryUnknown:
        return tr("Delivery unknown");
    }
    return {};
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const OutboxMessage &message = m_messages.at(index.row());
    switch (role) {
    case MessageIdRole:
        return message.id;
    case StateRole:
        return QVariant::fromValue(message.state);
    case StateIdRole:
        return stateId(message.state);
    case ProgressRole:
        return message.state == State::Sending ? m_progress.value(message.id, 0) : -1;
    case MessageRole:
        return QVariant::fromValue(message);
    case ErrorCategoryRole:
        return message.errorCategory;
    case Qt::ToolTipRole:
        if (index.column() == LastErrorColumn || index.column() == StateColumn) {
            return message.lastError.isEmpty() ? message.serverReply : message.lastError;
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case SubjectColumn:
        return message.subject.isEmpty() ? tr("(no subject)") : message.subject;
    case RecipientsColumn:
        return message.recipients.join(QLatin1String(", "));
    case AccountColumn:
        return message.accountId;
    case StateColumn:
        if (message.state == State::Sending && m_progress.contains(message.id)) {
            return tr("Sending (%1 %)").arg(m_progress.value(message.id));
        }
        return stateLabel(message.state);
    case AttemptsColumn:
        return message.attempts;
    case NextAttemptColumn:
        if (message.state == State::Retry && message.nextAttemptAt.isValid()) {
            return QLocale().toString(message.nextAttemptAt.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    case LastErrorColumn:
        return message.errorTitle.isEmpty() ? message.lastError : message.errorTitle;
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case SubjectColumn:
        return tr("Subject");
    case RecipientsColumn:
        return tr("Recipients");
    case AccountColumn:
        return tr("Account");
    case StateColumn:
        return tr("State");
    case AttemptsColumn:
        return tr("Attempts");
    case NextAttemptColumn:
        return tr("Next attempt");
    case LastErrorColumn:
        return tr("Problem");
    default:
        return {};
    }
}

OutboxMessage OutboxModel::messageAt(int row) const
{
    return m_messages.value(row);
}

int OutboxModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_messages.size(); ++row) {
        if (m_messages.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

void OutboxModel::reload()
{
    const QList<OutboxMessage> fresh = m_store && m_store->isOpen() ? m_store->messages() : QList<OutboxMessage>();
    QHash<qint64, int> freshRows;
    for (int row = 0; row < fresh.size(); ++row) {
        freshRows.insert(fresh.at(row).id, row);
    }
    // Both lists are ordered by id, so removals, updates and appends keep the order.
    for (int row = int(m_messages.size()) - 1; row >= 0; --row) {
        if (!freshRows.contains(m_messages.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_progress.remove(m_messages.at(row).id);
            m_messages.removeAt(row);
            endRemoveRows();
        }
    }
    int row = 0;
    for (const OutboxMessage &message : fresh) {
        if (row < m_messages.size() && m_messages.at(row).id == message.id) {
            const OutboxMessage &old = m_messages.at(row);
            const bool same = old.state == message.state && old.attempts == message.attempts
                && old.nextAttemptAt == message.nextAttemptAt && old.lastError == message.lastError
                && old.errorTitle == message.errorTitle && old.serverReply == message.serverReply;
            if (message.state != State::Sending) {
                m_progress.remove(message.id);
            }
            m_messages[row] = message;
            if (!same) {
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
        } else {
            beginInsertRows({}, row, row);
            m_messages.insert(row, message);
            endInsertRows();
        }
        ++row;
    }
}

void OutboxModel::setProgress(qint64 id, qint64 bytesSent, qint64 bytesTotal)
{
    const int row = rowOf(id);
    if (row < 0 || bytesTotal <= 0) {
        return;
    }
    const int percent = int(std::clamp<qint64>(bytesSent * 100 / bytesTotal, 0, 100));
    if (m_progress.value(id, -1) == percent) {
        return;
    }
    m_progress.insert(id, percent);
    Q_EMIT dataChanged(index(row, StateColumn), index(row, StateColumn));
}

} // namespace Outbox
