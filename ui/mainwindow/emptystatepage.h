// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

// What the main window shows before there is any account: what Kurier does and what it
// needs, in words that assume no knowledge of mail servers, and one big button to start.
class EmptyStatePage : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyStatePage(QWidget *parent = nullptr);

Q_SIGNALS:
    void addAccountRequested();
};
