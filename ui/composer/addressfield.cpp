// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/composer/addressfield.h"

#include "app/mime/addressparser.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QVBoxLayout>

namespace
{

// Where the entry being typed starts: after the last comma that is not inside quotes or
// angle brackets ("Doe, John" <j@x> is one entry).
qsizetype currentEntryStart(const QString &text)
{
    bool quoted = false;
    int angle = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && quoted) {
            ++i;
        } else if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted && c == QLatin1Char('<')) {
            ++angle;
        } else if (!quoted && c == QLatin1Char('>') && angle > 0) {
            --angle;
        } else if (!quoted && angle == 0 && c == QLatin1Char(',')) {
            start = i + 1;
        }
    }
    return start;
}

} // namespace

AddressField::AddressField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_completer(new QCompleter(this))
    , m_completions(new QStringListModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_errorLabel);
    setFocusProxy(m_edit);

    m_edit->setClearButtonEnabled(true);
    m_errorLabel->setObjectName(QStringLiteral("addressError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    // A red readable on the theme's background, light or dark.
    QPalette palette = m_errorLabel->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb4, 0x1c, 0x1c));
    m_errorLabel->setPalette(palette);
    m_errorLabel->hide();

    m_completer->setModel(m_completions);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setWidget(m_edit);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &AddressField::insertCompletion);

    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        complete();
        // Once a problem is shown, it follows the user's corrections; before that, typing is not
        // interrupted by complaints about half-written addresses.
        if (m_errorLabel->isVisible()) {
            validate();
        }
        Q_EMIT edited();
    });
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        if (!m_completer->popup()->isVisible()) {
            validate();
        }
    });
}

QString AddressField::text() const
{
    return m_edit->text();
}

void AddressField::setText(const QString &text)
{
    m_edit->setText(text);
    showError(std::nullopt);
}

void AddressField::setCompletions(const QStringList &entries)
{
    m_completions->setStringList(entries);
}

std::optional<QList<Mime::Address>> AddressField::validate()
{
    const Mime::AddressParser::ListResult result = Mime::AddressParser::parseList(m_edit->text());
    showError(result.error);
    if (!result.ok()) {
        return std::nullopt;
    }
    return result.addresses;
}

void AddressField::showError(const std::optional<Mime::AddressError> &error)
{
    showProblem(error ? error->message() : QString());
    m_error = error;
}

void AddressField::showProblem(const QString &text)
{
    m_error.reset();
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
    // Screen readers announce the problem with the field itself, not only the label below it.
    m_edit->setAccessibleDescription(text);
}

void AddressField::complete()
{
    const QString text = m_edit->text().left(m_edit->cursorPosition());
    const QString entry = text.mid(currentEntryStart(text)).trimmed();
    if (entry.isEmpty() || m_completions->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(entry);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void AddressField::insertCompletion(const QString &entry)
{
    const QString text = m_edit->text();
    const qsizetype cursor = m_edit->cursorPosition();
    const qsizetype start = currentEntryStart(text.left(cursor));
    QString before = text.left(start);
    if (!before.isEmpty()) {
        before += QLatin1Char(' ');
    }
    const QString after = text.mid(cursor);
    const QString inserted = before + entry + QStringLiteral(", ");
    m_edit->setText(inserted + after);
    m_edit->setCursorPosition(int(inserted.size()));
    validate();
    Q_EMIT edited();
}
