// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/mime/address.h"
#include "app/mime/addresserror.h"

#include <QWidget>

#include <optional>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;

// A To/Cc/Bcc field: a line edit for a comma-separated address list, read by the MIME
// address parser (the one reader of addresses in Kurier), with its problem shown right under
// the field in the parser's own words. The field is checked when the user leaves it, and again
// while they correct it once a problem is shown. While typing, the entry after the last comma
// is completed from the addresses the user has sent to.
class AddressField : public QWidget
{
    Q_OBJECT
public:
    explicit AddressField(QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QString text() const;
    void setText(const QString &text);
    // "Name <a@b>" entries offered while typing, most relevant first.
    void setCompletions(const QStringList &entries);

    // Parses the text and shows or clears the problem; the addresses when there is none.
    std::optional<QList<Mime::Address>> validate();
    // The problem shown now, if any.
    std::optional<Mime::AddressError> error() const { return m_error; }
    // Shows a problem found elsewhere (no recipients at all, or the composer's own check).
    void showError(const std::optional<Mime::AddressError> &error);
    void showProblem(const QString &text);

Q_SIGNALS:
    void edited();

private:
    void complete();
    void insertCompletion(const QString &entry);

    QLineEdit *m_edit;
    QLabel *m_errorLabel;
    QCompleter *m_completer;
    QStringListModel *m_completions;
    std::optional<Mime::AddressError> m_error;
};
