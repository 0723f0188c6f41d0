// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/diagnostics/explanation.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QGridLayout;
class QPushButton;

// An Explanation as the top of the troubleshooting dialog shows it: the title, the plain
// words, the facts, the server's reply verbatim, and the suggested actions, each as its
// sentence with a short button beside it when the dialog can carry it out. Presents only: a
// button reports actionTriggered() and the dialog does the work.
class ExplanationView : public QWidget
{
    Q_OBJECT
public:
    explicit ExplanationView(QWidget *parent = nullptr);

    // The action kinds that get a button, with the button's label (the dialog knows which it can carry out).
    void setActionLabels(const QHash<Diagnostics::SuggestedAction::Kind, QString> &labels);
    void showExplanation(const Diagnostics::Explanation &explanation);
    // Before anything went wrong, or while the connection test runs.
    void showMessage(const QString &title, const QString &text);
    // The button of an action kind, if shown.
    QPushButton *button(Diagnostics::SuggestedAction::Kind kind) const;
    // "action-re-enter-password" and so on.
    static QString buttonObjectName(Diagnostics::SuggestedAction::Kind kind);

Q_SIGNALS:
    void actionTriggered(const Diagnostics::SuggestedAction &action);

private:
    void clearActions();

    QHash<Diagnostics::SuggestedAction::Kind, QString> m_labels;
    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_details;
    QLabel *m_serverHeading;
    QPlainTextEdit *m_serverText;
    QLabel *m_actionsHeading;
    QWidget *m_actions;
    QGridLayout *m_actionLayout;
    QList<QPushButton *> m_actionButtons;
};
