// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/outbox/outboxmessage.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace Outbox
{

class Store;

// The outbox as a table for the main window: one row per message, oldest first, kept in step
// with the store through Store::changed() (which the dispatcher also emits when another
// process changed the database), with sending progress from the dispatcher. Rows are
// updated in place, so a view keeps its selection while states change. GUI-free.
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SubjectColumn,
        RecipientsColumn,
        AccountColumn,
        StateColumn,
        AttemptsColumn,
        NextAttemptColumn,
        LastErrorColumn,
        ColumnCount
    };
    enum Role {
        MessageIdRole = Qt::UserRole + 1, // qint64
        StateRole, // Outbox::State
        StateIdRole, // "queued", "needs-attention", ... (the command-line ids)
        ProgressRole, // 0..100 while sending, else -1
        MessageRole, // Outbox::OutboxMessage
        ErrorCategoryRole, // Diagnostics::categoryId() of the last failure
    };

    explicit OutboxModel(Store *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    OutboxMessage messageAt(int row) const;
    int rowOf(qint64 id) const; // -1 if absent
    // Translated state names ("Waiting to retry", ...), the words the UI uses everywhere.
    static QString stateLabel(State state);

public Q_SLOTS:
    // Re-reads the store; connected to Store::changed().
    void reload();
    // Connect Dispatcher::progress here.
    void setProgress(qint64 id, qint64 bytesSent, qint64 bytesTotal);

private:
    QPointer<Store> m_store;
    QList<OutboxMessage> m_messages;
    QHash<qint64, int> m_progress; // percent, for messages being sent
};

} // namespace Outbox
