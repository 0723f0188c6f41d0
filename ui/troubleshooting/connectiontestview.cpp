// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/troubleshooting/connectiontestview.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using Diagnostics::ConnectionTestStep;

namespace
{

enum Column { StepColumn, StatusColumn, TimeColumn, DetailColumn };

constexpr ConnectionTestStep::Kind allSteps[]
    = {ConnectionTestStep::Kind::Resolve, ConnectionTestStep::Kind::Connect, ConnectionTestStep::Kind::TlsHandshake,
       ConnectionTestStep::Kind::Ehlo, ConnectionTestStep::Kind::Authenticate};

QIcon statusIcon(const QStyle *style, ConnectionTestStep::Status status)
{
    switch (status) {
    case ConnectionTestStep::Status::Passed:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case ConnectionTestStep::Status::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case ConnectionTestStep::Status::Running:
        return style->standardIcon(QStyle::SP_BrowserReload);
    case ConnectionTestStep::Status::Skipped:
        return style->standardIcon(QStyle::SP_MediaSkipForward);
    case ConnectionTestStep::Status::Waiting:
        break;
    }
    return {};
}

} // namespace

ConnectionTestView::ConnectionTestView(QWidget *parent)
    : QWidget(parent)
    , m_steps(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionTestView"));
    m_steps->setObjectName(QStringLiteral("connectionTestSteps"));
    m_steps->setRootIsDecorated(false);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setHeaderLabels({tr("Step"), tr("Result"), tr("Time"), tr("Details")});
    m_steps->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_steps->header()->setStretchLastSection(true);
    m_steps->setWordWrap(true);
    for (const ConnectionTestStep::Kind kind : allSteps) {
        auto *item = new QTreeWidgetItem(m_steps);
        item->setText(StepColumn, stepTitle(kind));
    }
    m_summary->setObjectName(QStringLiteral("connectionTestSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_summary);
    reset(tr("The connection test has not run yet."));
}

QString ConnectionTestView::stepTitle(ConnectionTestStep::Kind kind)
{
    switch (kind) {
    case ConnectionTestStep::Kind::Resolve:
        return tr("Find the server");
    case ConnectionTestStep::Kind::Connect:
        return tr("Connect");
    case ConnectionTestStep::Kind::TlsHandshake:
        return tr("Encrypt (TLS)");
    case ConnectionTestStep::Kind::Ehlo:
        return tr("Greet the server (EHLO)");
    case ConnectionTestStep::Kind::Authenticate:
        return tr("Sign in");
    }
    return {};
}

QString ConnectionTestView::statusText(ConnectionTestStep::Status status)
{
    switch (status) {
    case ConnectionTestStep::Status::Waiting:
        return tr("Waiting");
    case ConnectionTestStep::Status::Running:
        return tr("Running…");
    case ConnectionTestStep::Status::Passed:
        return tr("Passed");
    case ConnectionTestStep::Status::Failed:
        return tr("Failed");
    case ConnectionTestStep::Status::Skipped:
        return tr("Skipped");
    }
    return {};
}

void ConnectionTestView::reset(const QString &summary)
{
    for (int row = 0; row < m_steps->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_steps->topLevelItem(row);
        item->setIcon(StepColumn, {});
        item->setText(StatusColumn, statusText(ConnectionTestStep::Status::Waiting));
        item->setData(StatusColumn, Qt::UserRole, ConnectionTestStep::statusName(ConnectionTestStep::Status::Waiting));
        item->setText(TimeColumn, QString());
        item->setText(DetailColumn, QString());
        item->setToolTip(DetailColumn, QString());
    }
    m_summary->setText(summary);
}

void ConnectionTestView::setStep(int index, const ConnectionTestStep &step)
{
    QTreeWidgetItem *item = m_steps->topLevelItem(index);
    if (!item) {
        return;
    }
    item->setIcon(StepColumn, statusIcon(style(), step.status));
    item->setText(StatusColumn, statusText(step.status));
    // Tests and accessibility tools read the stable name rather than the translated word.
    item->setData(StatusColumn, Qt::UserRole, ConnectionTestStep::statusName(step.status));
    const bool timed
        = step.status != ConnectionTestStep::Status::Waiting && step.status != ConnectionTestStep::Status::Skipped;
    item->setText(TimeColumn, timed ? tr("%1 ms").arg(step.elapsedMs) : QString());
    item->setText(DetailColumn, step.detail);
    item->setToolTip(DetailColumn, step.detail);
}

void ConnectionTestView::showReport(const Diagnostics::ConnectionTestReport &report)
{
    for (int index = 0; index < report.steps.size(); ++index) {
        setStep(index, report.steps.at(index));
    }
    if (report.ok) {
        m_summary->setText(tr("Kurier can connect to %1 on port %2 and sign in (%3 ms in all).")
                               .arg(report.host)
                               .arg(report.port)
                               .arg(report.elapsedMs));
    } else if (report.explanation) {
        m_summary->setText(tr("The test stopped: %1").arg(report.explanation->title));
    } else {
        m_summary->setText(tr("The test stopped."));
    }
}

QStringList ConnectionTestView::describe() const
{
    QStringList lines;
    for (int row = 0; row < m_steps->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_steps->topLevelItem(row);
        QString line = item->text(StepColumn) + QStringLiteral(": ") + item->text(StatusColumn);
        if (!item->text(TimeColumn).isEmpty()) {
            line += QStringLiteral(" (") + item->text(TimeColumn) + QLatin1Char(')');
        }
        if (!item->text(DetailColumn).isEmpty()) {
            line += QStringLiteral(" — ") + item->text(DetailColumn);
        }
        lines.append(line);
    }
    lines.append(m_summary->text());
    return lines;
}
