// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/outbox/sentlog.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Outbox
{

// The sent log as a read-only table for the main window, newest first, re-read whenever the
// log changes (a message was marked sent, or records were pruned). GUI-free.
class SentLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SentAtColumn,
        SubjectColumn,
        RecipientsColumn,
        FromColumn,
        SizeColumn,
        ServerReplyColumn,
        ColumnCount
    };
    enum Role {
        RecordIdRole = Qt::UserRole + 1, // qint64
        MessageIdRole, // the Message-ID field
        AccountIdRole,
    };

    explicit SentLogModel(SentLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    SentRecord recordAt(int row) const { return m_records.value(row); }

public Q_SLOTS:
    void reload();

private:
    QPointer<SentLog> m_log;
    QList<SentRecord> m_records;
};

} // namespace Outbox
