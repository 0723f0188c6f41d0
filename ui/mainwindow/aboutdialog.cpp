// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/aboutdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Kurier"));
    setObjectName(QStringLiteral("aboutDialog"));

    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("aboutIconLabel"));
    icon->setPixmap(QIcon(QStringLiteral(":/icons/kurier.svg")).pixmap(96, 96));

    auto *text = new QLabel(tr("<h2>Kurier %1</h2>"
                               "<p>Outgoing mail done right: Kurier finds your provider's server, keeps your "
                               "password in the system keychain, sends in the background and explains in plain "
                               "words what went wrong.</p>"
                               "<p>Licensed under the GNU General Public License, version 3 or later.</p>"
                               "<p>Built with Qt %2.</p>")
                                .arg(QStringLiteral(KURIER_VERSION_STRING), QString::fromLatin1(qVersion())),
                            this);
    text->setObjectName(QStringLiteral("aboutTextLabel"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}
