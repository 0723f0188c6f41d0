// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/accounts/account.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Accounts
{

class AccountStore;
class AccountStatusStore;

// The accounts of an AccountStore as a table (name, address, server, security, and with an
// AccountStatusStore the last connection test's result), kept in step with the stores
// through their signals. GUI-free so it can be tested headless; views only present it.
class AccountListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, EmailColumn, ServerColumn, SecurityColumn, StatusColumn, ColumnCount };
    enum Role { AccountIdRole = Qt::UserRole + 1, AccountRole };

    explicit AccountListModel(AccountStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Fills StatusColumn (empty without one); not owned, may be null.
    void setStatusStore(AccountStatusStore *statuses);

    Account accountAt(int row) const;
    int rowOf(const QString &accountId) const;

    // "SSL/TLS", "STARTTLS", "None (unencrypted)": the words the UI uses everywhere.
    static QString securityLabel(Security security);

private:
    void reload();

    void statusChanged(const QString &accountId);

    QPointer<AccountStore> m_store;
    QPointer<AccountStatusStore> m_statuses;
    QList<Account> m_accounts;
};

} // namespace Accounts
