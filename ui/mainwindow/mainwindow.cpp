// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/mainwindow.h"

#include "app/accounts/accountlistmodel.h"
#include "app/accounts/accountstore.h"
#include "ui/mainwindow/aboutdialog.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

MainWindow::MainWindow(Accounts::AccountStore *accounts, Secrets::SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_accounts(accounts)
    , m_secrets(secrets)
    , m_model(new Accounts::AccountListModel(accounts, this))
    , m_pages(new QStackedWidget(this))
    , m_accountView(new QTableView(this))
{
    setWindowTitle(tr("Kurier"));
    setObjectName(QStringLiteral("mainWindow"));

    auto *emptyLabel = new QLabel(tr("<h2>No accounts yet</h2>"
                                     "<p>Kurier sends your mail through your provider's outgoing (SMTP) server.</p>"
                                     "<p>To add an account on the command line, run<br>"
                                     "<code>kurier account add you@example.com --host smtp.example.com "
                                     "--password-stdin</code></p>"),
                                  this);
    emptyLabel->setObjectName(QStringLiteral("emptyStateLabel"));
    emptyLabel->setAlignment(Qt::AlignCenter);
    emptyLabel->setWordWrap(true);
    emptyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_accountView->setObjectName(QStringLiteral("accountTableView"));
    m_accountView->setModel(m_model);
    m_accountView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_accountView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_accountView->verticalHeader()->hide();
    m_accountView->horizontalHeader()->setStretchLastSection(true);

    m_pages->addWidget(emptyLabel);
    m_pages->addWidget(m_accountView);
    setCentralWidget(m_pages);

    createMenus();
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updatePage);
    updatePage();
    resize(760, 420);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Kurier"), this, &MainWindow::showAbout);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::updatePage()
{
    m_pages->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}
