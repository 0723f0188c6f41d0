// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QObject;
class QWidget;

// The seam through which windows ask the user a question or tell them something that needs
// acknowledging. Nothing blocks: ask() returns at once and the answer arrives later, exactly
// once, unless `context` is destroyed first. The application uses message boxes
// (MessageBoxDialogRunner); GUI tests inject a runner with scripted answers.
class DialogRunner
{
public:
    // Alternative: the question's second way forward (alternativeLabel), e.g. "Discard" beside
    // "Save Draft"; only questions that offer one get it. Declined is always "Cancel".
    enum class Answer { Accepted, Declined, Alternative };
    // Destructive questions default to "Cancel" so that Return alone never deletes anything.
    enum class Kind { Normal, Destructive };
    enum class Severity { Information, Warning, Critical };

    struct Question {
        Kind kind = Kind::Normal;
        QString title;
        QString text; // the question itself, one sentence
        QString details; // what happens if the user accepts
        QString acceptLabel; // a verb for the accept button, e.g. "Remove Account"
        QString alternativeLabel; // when set, a third button answering Alternative
    };

    struct Notice {
        Severity severity = Severity::Information;
        QString title;
        QString text;
        QString details;
    };

    DialogRunner() = default;
    DialogRunner(const DialogRunner &) = delete;
    DialogRunner &operator=(const DialogRunner &) = delete;
    virtual ~DialogRunner();

    virtual void ask(QWidget *parent, const Question &question, QObject *context, std::function<void(Answer)> onAnswer)
        = 0;
    virtual void tell(QWidget *parent, const Notice &notice) = 0;
};
