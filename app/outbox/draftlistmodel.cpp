// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/outbox/draftlistmodel.h"

#include <QLocale>

namespace Outbox
{

DraftListModel::DraftListModel(DraftStore *drafts, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(drafts)
{
    if (m_store) {
        connect(m_store, &DraftStore::changed, this, &DraftListModel::reload);
    }
    reload();
}

void DraftListModel::reload()
{
    beginResetModel();
    m_drafts = m_store ? m_store->drafts() : QList<Draft>();
    endResetModel();
}

int DraftListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_drafts.size(); ++row) {
        if (m_drafts.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

int DraftListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_drafts.size());
}

int DraftListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DraftListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Draft &draft = m_drafts.at(index.row());
    if (role == DraftIdRole) {
        return draft.id;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (Column(index.column())) {
    case SubjectColumn:
        return draft.subject.trimmed().isEmpty() ? tr("(no subject)") : draft.subject;
    case RecipientsColumn: {
        QStringList fields;
        for (const QString &field : {draft.to, draft.cc, draft.bcc}) {
            if (!field.trimmed().isEmpty()) {
                fields.append(field.trimmed());
            }
        }
        return fields.join(QStringLiteral(", "));
    }
    case AttachmentsColumn:
        return draft.attachments.isEmpty() ? QString() : QString::number(draft.attachments.size());
    case UpdatedColumn:
        return QLocale().toString(draft.updatedAt.toLocalTime(), QLocale::ShortFormat);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DraftListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(section)) {
    case SubjectColumn:
        return tr("Subject");
    case RecipientsColumn:
        return tr("Recipients");
    case AttachmentsColumn:
        return tr("Attachments");
    case UpdatedColumn:
        return tr("Last changed");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Outbox
