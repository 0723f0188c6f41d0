// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/emptystatepage.h"

#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EmptyStatePage::EmptyStatePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyStatePage"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/kurier.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);

    auto *heading = new QLabel(tr("Set up the address you send mail from"), this);
    heading->setObjectName(QStringLiteral("emptyStateHeading"));
    heading->setAlignment(Qt::AlignCenter);
    heading->setWordWrap(true);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto *text = new QLabel(tr("Kurier sends email for you through your email provider — the company or service "
                               "behind your address, such as your workplace, your internet provider or a mail "
                               "service.\n\n"
                               "To start, Kurier needs your email address, your password and the name of your "
                               "provider's outgoing mail server. Your provider's help pages list that server, "
                               "usually as \"SMTP server\" or \"outgoing mail server\"."),
                            this);
    text->setObjectName(QStringLiteral("emptyStateLabel"));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);

    auto *addButton = new QPushButton(tr("Add Account…"), this);
    addButton->setObjectName(QStringLiteral("emptyStateAddButton"));
    QFont buttonFont = addButton->font();
    buttonFont.setPointSizeF(buttonFont.pointSizeF() * 1.25);
    addButton->setFont(buttonFont);
    addButton->setMinimumSize(220, 48);
    connect(addButton, &QPushButton::clicked, this, &EmptyStatePage::addAccountRequested);
    // Whoever lands on this page with the keyboard can press Space to start.
    setFocusProxy(addButton);

    auto *hint = new QLabel(tr("Prefer the command line? \"kurier account add --help\" shows how to add an account "
                               "there."),
                            this);
    hint->setObjectName(QStringLiteral("emptyStateHint"));
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette hintPalette = hint->palette();
    hintPalette.setColor(QPalette::WindowText, hintPalette.color(QPalette::PlaceholderText));
    hint->setPalette(hintPalette);

    // A column of readable width in the middle of the page; word-wrapped labels get their
    // height from this fixed width rather than from the window.
    auto *content = new QWidget(this);
    content->setFixedWidth(560);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(icon);
    column->addSpacing(12);
    column->addWidget(heading);
    column->addSpacing(8);
    column->addWidget(text);
    column->addSpacing(20);
    column->addWidget(addButton, 0, Qt::AlignHCenter);
    column->addSpacing(20);
    column->addWidget(hint);

    auto *layout = new QGridLayout(this);
    layout->addWidget(content, 1, 1);
    layout->setRowStretch(0, 1);
    layout->setRowStretch(2, 2);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(2, 1);
}
