// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/outbox/draftstore.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Outbox
{

// The drafts as a read-only table for the main window, most recently changed first, re-read
// whenever the draft store changes. GUI-free.
class DraftListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SubjectColumn, RecipientsColumn, AttachmentsColumn, UpdatedColumn, ColumnCount };
    enum Role { DraftIdRole = Qt::UserRole + 1 };

    explicit DraftListModel(DraftStore *drafts, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Draft draftAt(int row) const { return m_drafts.value(row); }
    int rowOf(qint64 id) const;

public Q_SLOTS:
    void reload();

private:
    QPointer<DraftStore> m_store;
    QList<Draft> m_drafts;
};

} // namespace Outbox
