// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/dialogrunner.h"

#include <QList>
#include <QObject>
#include <QTimer>

// Answers MainWindow's questions from a script instead of showing message boxes (the
// KeePassXC MessageBox::setNextAnswer idea), and records what was asked and told. Answers
// arrive queued, as a real window-modal box's would. An unscripted question is declined.
class ScriptedDialogRunner : public DialogRunner
{
public:
    void answerNext(Answer answer) { m_answers.append(answer); }

    void ask(QWidget *, const Question &question, QObject *context, std::function<void(Answer)> onAnswer) override
    {
        questions.append(question);
        const Answer answer = m_answers.isEmpty() ? Answer::Declined : m_answers.takeFirst();
        QTimer::singleShot(0, context, [this, answer, onAnswer = std::move(onAnswer)] {
            ++answered;
            onAnswer(answer);
        });
    }

    void tell(QWidget *, const Notice &notice) override { notices.append(notice); }

    QList<Question> questions;
    QList<Notice> notices;
    int answered = 0;

private:
    QList<Answer> m_answers;
};
