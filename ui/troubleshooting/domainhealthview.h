// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/diagnostics/domainhealthcheck.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QTreeWidget;

// The sender domain's DNS as it matters for delivery: one line each for MX, SPF, DMARC and
// DKIM with a verdict icon and a one-line finding (why it matters in the tooltip), and a
// summary. Runs a DomainHealthCheck itself, in the background; a new check replaces a
// running one.
class DomainHealthView : public QWidget
{
    Q_OBJECT
public:
    explicit DomainHealthView(QWidget *parent = nullptr);

    void check(const QString &domain, const Diagnostics::DomainHealthCheck::Options &options);
    bool isChecking() const { return m_check != nullptr; }
    const std::optional<Diagnostics::DomainHealthReport> &report() const { return m_report; }
    // Lines for the diagnostics report.
    QStringList describe() const;

Q_SIGNALS:
    void finished(const Diagnostics::DomainHealthReport &report);

private:
    void show(const Diagnostics::DomainHealthReport &report);

    QPointer<Diagnostics::DomainHealthCheck> m_check;
    std::optional<Diagnostics::DomainHealthReport> m_report;
    QLabel *m_heading;
    QTreeWidget *m_findings;
    QLabel *m_summary;
};
