// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/troubleshooting/explanationview.h"

#include "app/smtp/transcript.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using Diagnostics::SuggestedAction;

ExplanationView::ExplanationView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_details(new QLabel(this))
    , m_serverHeading(new QLabel(tr("The server said:"), this))
    , m_serverText(new QPlainTextEdit(this))
    , m_actionsHeading(new QLabel(tr("What you can do:"), this))
    , m_actions(new QWidget(this))
    , m_actionLayout(new QGridLayout(m_actions))
{
    setObjectName(QStringLiteral("explanationView"));
    m_title->setObjectName(QStringLiteral("explanationTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    for (QLabel *label : {m_text, m_details}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_text->setObjectName(QStringLiteral("explanationText"));
    m_details->setObjectName(QStringLiteral("explanationDetails"));

    m_serverText->setObjectName(QStringLiteral("serverText"));
    m_serverText->setReadOnly(true);
    m_serverText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_serverText->setMaximumHeight(m_serverText->fontMetrics().lineSpacing() * 4 + 12);
    m_serverText->setAccessibleName(tr("The server's reply"));

    QFont headingFont = m_actionsHeading->font();
    headingFont.setBold(true);
    m_actionsHeading->setFont(headingFont);
    m_serverHeading->setFont(headingFont);
    m_actions->setObjectName(QStringLiteral("explanationActions"));
    m_actionLayout->setContentsMargins(0, 0, 0, 0);
    m_actionLayout->setColumnStretch(0, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addWidget(m_details);
    layout->addWidget(m_serverHeading);
    layout->addWidget(m_serverText);
    layout->addWidget(m_actionsHeading);
    layout->addWidget(m_actions);
    showMessage(QString(), QString());
}

QString ExplanationView::buttonObjectName(SuggestedAction::Kind kind)
{
    return QStringLiteral("action-") + SuggestedAction::id(kind);
}

void ExplanationView::setActionLabels(const QHash<SuggestedAction::Kind, QString> &labels)
{
    m_labels = labels;
}

QPushButton *ExplanationView::button(SuggestedAction::Kind kind) const
{
    const QString name = buttonObjectName(kind);
    for (QPushButton *button : m_actionButtons) {
        if (button->objectName() == name) {
            return button;
        }
    }
    return nullptr;
}

void ExplanationView::clearActions()
{
    while (QLayoutItem *item = m_actionLayout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    m_actionButtons.clear();
}

void ExplanationView::showMessage(const QString &title, const QString &text)
{
    clearActions();
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
    m_details->clear();
    m_details->hide();
    m_serverHeading->hide();
    m_serverText->clear();
    m_serverText->hide();
    m_actionsHeading->hide();
    m_actions->hide();
}

void ExplanationView::showExplanation(const Diagnostics::Explanation &explanation)
{
    showMessage(explanation.title, explanation.text);

    QStringList details = explanation.details;
    if (explanation.replyCode > 0) {
        const QString code = explanation.enhancedCode.isEmpty()
            ? QString::number(explanation.replyCode)
            : QString::number(explanation.replyCode) + QLatin1Char(' ') + explanation.enhancedCode;
        details.append(tr("Reply code: %1").arg(code));
    }
    if (!details.isEmpty()) {
        m_details->setText(QStringLiteral("• ") + details.join(QStringLiteral("\n• ")));
        m_details->show();
    }
    if (!explanation.serverText.isEmpty()) {
        m_serverText->setPlainText(Smtp::Transcript::visible(explanation.serverText));
        m_serverHeading->show();
        m_serverText->show();
    }

    int row = 0;
    for (const SuggestedAction &action : explanation.actions) {
        if (button(action.kind)) {
            continue;
        }
        auto *sentence = new QLabel(QStringLiteral("• ") + action.text, m_actions);
        sentence->setWordWrap(true);
        sentence->setTextFormat(Qt::PlainText);
        sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_actionLayout->addWidget(sentence, row, 0);
        const auto label = m_labels.constFind(action.kind);
        if (label != m_labels.cend()) {
            auto *button = new QPushButton(*label, m_actions);
            button->setObjectName(buttonObjectName(action.kind));
            if (action.url.isValid()) {
                button->setToolTip(action.url.toDisplayString());
            }
            connect(button, &QPushButton::clicked, this, [this, action] { Q_EMIT actionTriggered(action); });
            m_actionLayout->addWidget(button, row, 1, Qt::AlignTop);
            m_actionButtons.append(button);
        }
        ++row;
    }
    m_actionsHeading->setVisible(row > 0);
    m_actions->setVisible(row > 0);
}
