// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonValue>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace Diagnostics
{

// A text of the rule table in every language Kurier speaks. The table carries its own
// translations (lupdate cannot read a data file), so English and Polish travel together and
// a test fails when one is missing. Texts may hold {name} placeholders.
struct LocalizedText {
    QString english;
    QString polish;

    bool isEmpty() const { return english.isEmpty() && polish.isEmpty(); }
    bool isComplete() const { return !english.trimmed().isEmpty() && !polish.trimmed().isEmpty(); }

    // The text for the first of the locale's UI languages that the table has; English otherwise.
    QString in(const QLocale &locale) const;
    // in(), with every {name} replaced by its value.
    QString in(const QLocale &locale, const QHash<QString, QString> &values) const;

    // The {name} placeholders used by one language's text, sorted.
    static QStringList placeholders(const QString &text);
    // Reads {"en": "...", "pl": "..."}; anything else gives an empty text.
    static LocalizedText fromJson(const QJsonValue &value);
};

} // namespace Diagnostics
