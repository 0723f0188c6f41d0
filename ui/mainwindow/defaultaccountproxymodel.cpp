// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/defaultaccountproxymodel.h"

#include "app/accounts/accountlistmodel.h"

#include <QFont>

void DefaultAccountProxyModel::setDefaultAccountId(const QString &accountId)
{
    if (accountId == m_defaultAccountId) {
        return;
    }
    m_defaultAccountId = accountId;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::DisplayRole, Qt::FontRole, Qt::ToolTipRole});
    }
}

bool DefaultAccountProxyModel::isDefaultRow(const QModelIndex &index) const
{
    return !m_defaultAccountId.isEmpty()
        && mapToSource(index).siblingAtColumn(0).data(Accounts::AccountListModel::AccountIdRole).toString()
        == m_defaultAccountId;
}

QVariant DefaultAccountProxyModel::data(const QModelIndex &index, int role) const
{
    const QVariant value = QIdentityProxyModel::data(index, role);
    if (!index.isValid() || !isDefaultRow(index)) {
        return value;
    }
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Accounts::AccountListModel::NameColumn) {
            return tr("%1 (default)").arg(value.toString());
        }
        return value;
    case Qt::FontRole: {
        QFont font = value.isValid() ? value.value<QFont>() : QFont();
        font.setBold(true);
        return font;
    }
    case Qt::ToolTipRole:
        return QString(tr("The default account: Kurier sends from it when no other account is chosen.")
                       + QLatin1Char('\n') + value.toString());
    default:
        return value;
    }
}
