// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIdentityProxyModel>

// Marks the default account in an Accounts::AccountListModel for display: its name reads
// "Name (default)" and its row is bold. Which account is the default is set from outside,
// because the store does not signal a change of default.
class DefaultAccountProxyModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    void setDefaultAccountId(const QString &accountId);
    QString defaultAccountId() const { return m_defaultAccountId; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    bool isDefaultRow(const QModelIndex &index) const;

    QString m_defaultAccountId;
};
