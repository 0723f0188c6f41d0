// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/dialogrunner.h"

// The DialogRunner of the running application: window-modal QMessageBoxes opened with
// open(), never exec(), so no nested event loop runs while the user decides.
class MessageBoxDialogRunner : public DialogRunner
{
public:
    void ask(QWidget *parent, const Question &question, QObject *context,
             std::function<void(Answer)> onAnswer) override;
    void tell(QWidget *parent, const Notice &notice) override;
};
