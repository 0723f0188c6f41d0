// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/troubleshooting/domainhealthview.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using Diagnostics::DomainHealthReport;

namespace
{

QIcon verdictIcon(const QStyle *style, DomainHealthReport::Verdict verdict)
{
    switch (verdict) {
    case DomainHealthReport::Verdict::Ok:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case DomainHealthReport::Verdict::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case DomainHealthReport::Verdict::Problem:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case DomainHealthReport::Verdict::LookupFailed:
        return style->standardIcon(QStyle::SP_MessageBoxQuestion);
    case DomainHealthReport::Verdict::NotChecked:
        break;
    }
    return {};
}

} // namespace

DomainHealthView::DomainHealthView(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_findings(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("domainHealthView"));
    m_heading->setObjectName(QStringLiteral("domainHealthHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_findings->setObjectName(QStringLiteral("domainHealthFindings"));
    m_findings->setRootIsDecorated(false);
    m_findings->setSelectionMode(QAbstractItemView::NoSelection);
    m_findings->setHeaderLabels({tr("Record"), tr("Finding")});
    m_findings->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_findings->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("domainHealthSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_findings, 1);
    layout->addWidget(m_summary);
}

void DomainHealthView::check(const QString &domain, const Diagnostics::DomainHealthCheck::Options &options)
{
    if (m_check) {
        m_check->disconnect(this);
        m_check->deleteLater();
    }
    m_report.reset();
    m_findings->clear();
    m_summary->clear();
    m_heading->setText(tr("Checking the DNS records of %1…").arg(domain));
    m_check = new Diagnostics::DomainHealthCheck(domain, options, this);
    connect(m_check, &Diagnostics::DomainHealthCheck::finished, this,
            [this, check = m_check.data()](const DomainHealthReport &report) {
                check->deleteLater();
                m_check = nullptr;
                show(report);
                Q_EMIT finished(report);
            });
    m_check->start();
}

void DomainHealthView::show(const DomainHealthReport &report)
{
    m_report = report;
    m_heading->setText(tr("What the DNS of %1 tells receiving servers about mail from it:").arg(report.domain));
    m_findings->clear();
    const std::pair<QString, const DomainHealthReport::Finding *> rows[] = {
        {QStringLiteral("MX"), &report.mxFinding},
        {QStringLiteral("SPF"), &report.spf},
        {QStringLiteral("DMARC"), &report.dmarc},
        {QStringLiteral("DKIM"), &report.dkim},
    };
    for (const auto &[name, finding] : rows) {
        auto *item = new QTreeWidgetItem(m_findings);
        item->setText(0, name);
        item->setIcon(0, verdictIcon(style(), finding->verdict));
        item->setData(0, Qt::UserRole, DomainHealthReport::verdictId(finding->verdict));
        item->setText(1, finding->detail);
        QStringList tip;
        if (!finding->why.isEmpty()) {
            tip.append(finding->why);
        }
        if (!finding->record.isEmpty()) {
            tip.append(finding->record);
        }
        item->setToolTip(1, tip.join(QStringLiteral("\n\n")));
    }
    m_summary->setText(report.summary);
}

QStringList DomainHealthView::describe() const
{
    if (!m_report) {
        return {isChecking() ? tr("(still checking)") : tr("(not checked)")};
    }
    QStringList lines;
    for (int row = 0; row < m_findings->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_findings->topLevelItem(row);
        lines.append(item->text(0) + QStringLiteral(" [") + item->data(0, Qt::UserRole).toString()
                     + QStringLiteral("]: ") + item->text(1));
    }
    lines.append(m_report->summary);
    return lines;
}
