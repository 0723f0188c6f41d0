// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/outbox/sentlogmodel.h"

#include <QLocale>

namespace Outbox
{

SentLogModel::SentLogModel(SentLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    if (m_log) {
        connect(m_log, &SentLog::changed, this, &SentLogModel::reload);
    }
    reload();
}

void SentLogModel::reload()
{
    beginResetModel();
    m_records = m_log ? m_log->records() : QList<SentRecord>();
    endResetModel();
}

int SentLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int SentLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SentLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SentRecord &record = m_records.at(index.row());
    switch (role) {
    case RecordIdRole:
        return record.id;
    case MessageIdRole:
        return record.messageId;
    case AccountIdRole:
        return record.accountId;
    case Qt::ToolTipRole:
        return tr("Message-ID: %1\nServer: %2").arg(record.messageId, record.serverReply);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case SentAtColumn:
        return QLocale().toString(record.sentAt.toLocalTime(), QLocale::ShortFormat);
    case SubjectColumn:
        return record.subject.isEmpty() ? tr("(no subject)") : record.subject;
    case RecipientsColumn:
        return record.recipients.join(QStringLiteral(", "));
    case FromColumn:
        return record.from.isEmpty() ? record.reversePath : record.from;
    case SizeColumn:
        return QLocale().formattedDataSize(record.size);
    case ServerReplyColumn:
        return record.serverReply.simplified();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SentLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(section)) {
    case SentAtColumn:
        return tr("Sent");
    case SubjectColumn:
        return tr("Subject");
    case RecipientsColumn:
        return tr("Recipients");
    case FromColumn:
        return tr("From");
    case SizeColumn:
        return tr("Size");
    case ServerReplyColumn:
        return tr("Server's reply");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Outbox
