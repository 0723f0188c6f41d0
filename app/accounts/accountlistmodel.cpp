// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/accounts/accountlistmodel.h"

#include "app/accounts/accountstatusstore.h"
#include "app/accounts/accountstore.h"

namespace Accounts
{

AccountListModel::AccountListModel(AccountStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &AccountStore::accountsChanged, this, &AccountListModel::reload);
    m_accounts = store->accounts();
}

void AccountListModel::reload()
{
    // Accounts change rarely and there are few of them; a reset keeps the model simple
    // and views keep their selection by id through rowOf().
    beginResetModel();
    m_accounts = m_store ? m_store->accounts() : QList<Account>{};
    endResetModel();
}

void AccountListModel::setStatusStore(AccountStatusStore *statuses)
{
    if (m_statuses) {
        disconnect(m_statuses, nullptr, this, nullptr);
    }
    m_statuses = statuses;
    if (m_statuses) {
        connect(m_statuses, &AccountStatusStore::statusChanged, this, &AccountListModel::statusChanged);
    }
    if (!m_accounts.isEmpty()) {
        Q_EMIT dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
    }
}

void AccountListModel::statusChanged(const QString &accountId)
{
    const int row = rowOf(accountId);
    if (row >= 0) {
        Q_EMIT dataChanged(index(row, StatusColumn), index(row, StatusColumn));
    }
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_accounts.size());
}

int AccountListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AccountListModel::securityLabel(Security security)
{
    switch (security) {
    case Security::ImplicitTls:
        return tr("SSL/TLS");
    case Security::StartTls:
        return tr("STARTTLS");
    case Security::None:
        return tr("None (unencrypted)");
    }
    return {};
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    // Not checkIndex(): it logs a warning for the invalid index views legitimately ask about.
    if (!index.isValid() || index.model() != this || index.parent().isValid() || index.row() >= m_accounts.size()
        || index.column() >= ColumnCount) {
        return {};
    }
    const Account &account = m_accounts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return account.displayName.isEmpty() ? account.id : account.displayName;
        case EmailColumn:
            return account.email;
        case ServerColumn:
            return QStringLiteral("%1:%2").arg(account.host).arg(account.port);
        case SecurityColumn:
            return securityLabel(account.security);
        case StatusColumn:
            return m_statuses ? AccountStatusStore::shortText(m_statuses->status(account.id)) : QString();
        }
        break;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (index.column() == StatusColumn && m_statuses) {
            return AccountStatusStore::sentence(m_statuses->status(account.id));
        }
        if (role == Qt::AccessibleTextRole) {
            return {};
        }
        return tr("Account id: %1\nUser name: %2").arg(account.id, account.userName);
    case AccountIdRole:
        return account.id;
    case AccountRole:
        return QVariant::fromValue(account);
    default:
        break;
    }
    return {};
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email address");
    case ServerColumn:
        return tr("Outgoing server");
    case SecurityColumn:
        return tr("Security");
    case StatusColumn:
        return tr("Last test");
    }
    return {};
}

Account AccountListModel::accountAt(int row) const
{
    return m_accounts.value(row);
}

int AccountListModel::rowOf(const QString &accountId) const
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).id == accountId) {
            return row;
        }
    }
    return -1;
}

} // namespace Accounts
