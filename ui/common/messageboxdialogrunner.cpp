// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/messageboxdialogrunner.h"

#include <QMessageBox>
#include <QPushButton>

namespace
{

QMessageBox::Icon iconFor(DialogRunner::Severity severity)
{
    switch (severity) {
    case DialogRunner::Severity::Information:
        return QMessageBox::Information;
    case DialogRunner::Severity::Warning:
        return QMessageBox::Warning;
    case DialogRunner::Severity::Critical:
        return QMessageBox::Critical;
    }
    return QMessageBox::NoIcon;
}

} // namespace

void MessageBoxDialogRunner::ask(QWidget *parent, const Question &question, QObject *context,
                                 std::function<void(Answer)> onAnswer)
{
    auto *box = new QMessageBox(question.kind == Kind::Destructive ? QMessageBox::Warning : QMessageBox::Question,
                                question.title, question.text, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(question.details);
    QPushButton *accept = box->addButton(question.acceptLabel, QMessageBox::AcceptRole);
    QPushButton *alternative = question.alternativeLabel.isEmpty()
        ? nullptr
        : box->addButton(question.alternativeLabel, QMessageBox::DestructiveRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(question.kind == Kind::Destructive ? cancel : accept);
    box->setEscapeButton(cancel);
    QObject::connect(box, &QMessageBox::finished, context, [box, accept, alternative, onAnswer = std::move(onAnswer)] {
        QAbstractButton *clicked = box->clickedButton();
        onAnswer(clicked == accept                           ? Answer::Accepted
                     : alternative && clicked == alternative ? Answer::Alternative
                                                             : Answer::Declined);
    });
    box->open();
}

void MessageBoxDialogRunner::tell(QWidget *parent, const Notice &notice)
{
    auto *box = new QMessageBox(iconFor(notice.severity), notice.title, notice.text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(notice.details);
    box->open();
}
