// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/accounts/account.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Accounts
{

class AccountStore;

// The accounts of an AccountStore as a table (name, address, server, security), kept in
// step with the store through its accountsChanged() signal. GUI-free so it can be tested
// headless; views only present it.
class AccountListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, EmailColumn, ServerColumn, SecurityColumn, ColumnCount };
    enum Role { AccountIdRole = Qt::UserRole + 1, AccountRole };

    explicit AccountListModel(AccountStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Account accountAt(int row) const;
    int rowOf(const QString &accountId) const;

    // "SSL/TLS", "STARTTLS", "None (unencrypted)": the words the UI uses everywhere.
    static QString securityLabel(Security security);

private:
    void reload();

    QPointer<AccountStore> m_store;
    QList<Account> m_accounts;
};

} // namespace Accounts
