// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/diagnostics/connectiontest.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

// The connection test as it runs: one row per step (look up, connect, TLS, EHLO, sign in)
// with a status icon, how long it took and what it found, then a summary line. Presents
// what it is given; the dialog runs the test.
class ConnectionTestView : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionTestView(QWidget *parent = nullptr);

    void reset(const QString &summary);
    void setStep(int index, const Diagnostics::ConnectionTestStep &step);
    void showReport(const Diagnostics::ConnectionTestReport &report);
    // One line per step, for the diagnostics report.
    QStringList describe() const;

    static QString stepTitle(Diagnostics::ConnectionTestStep::Kind kind);
    static QString statusText(Diagnostics::ConnectionTestStep::Status status);

private:
    QTreeWidget *m_steps;
    QLabel *m_summary;
};
