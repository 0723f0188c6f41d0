// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QStackedWidget;
class QTableView;
class QAction;

namespace Accounts
{
class AccountStore;
class AccountListModel;
} // namespace Accounts
namespace Secrets
{
class SecretStore;
}

// Kurier's main window: the accounts with their sending settings, or, before there are
// any, a page that explains how to add one. Presents the core; owns none of its state.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Accounts::AccountStore *accounts, Secrets::SecretStore *secrets, QWidget *parent = nullptr);

private:
    void createMenus();
    void updatePage();
    void showAbout();

    Accounts::AccountStore *m_accounts;
    Secrets::SecretStore *m_secrets;
    Accounts::AccountListModel *m_model;
    QStackedWidget *m_pages;
    QTableView *m_accountView;
};
