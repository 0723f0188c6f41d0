// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The text "Copy Diagnostics" puts on the clipboard: what a support person needs (server,
// security, the explanation, every test step, the domain findings, the transcript) and no
// secret. The transcript is redacted where it is made; this is the second line of defence,
// applied to the whole report just before it leaves Kurier: every known secret and its
// base64 forms (as AUTH PLAIN and AUTH LOGIN would carry them) is masked, and so is anything
// a client line sends after an AUTH mechanism or in answer to a 334 challenge.
class DiagnosticsReport
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticsReport)
public:
    static QString mask() { return QStringLiteral("••••"); }

    void addSection(const QString &heading, const QStringList &lines);
    QString text() const;

    // The report with secrets masked; userName helps to recognise the AUTH PLAIN payload.
    static QString scrubbed(const QString &text, const QStringList &secrets, const QString &userName = {});
    // Whether any of the secrets (or its base64 forms) is still in text.
    static bool containsSecret(const QString &text, const QStringList &secrets, const QString &userName = {});

private:
    static QStringList forbiddenForms(const QStringList &secrets, const QString &userName);

    QString m_text;
};
