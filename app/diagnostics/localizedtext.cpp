// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/diagnostics/localizedtext.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace Diagnostics
{

namespace
{

bool prefersPolish(const QLocale &locale)
{
    // The same order QTranslator uses to pick a catalogue, so data texts and tr() texts agree.
    const QStringList languages = locale.uiLanguages();
    for (const QString &language : languages) {
        if (language.startsWith(QLatin1String("pl"), Qt::CaseInsensitive)) {
            return true;
        }
        if (language.startsWith(QLatin1String("en"), Qt::CaseInsensitive)) {
            return false;
        }
    }
    return false;
}

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([a-z][a-z0-9-]*)\\}"));
    return pattern;
}

} // namespace

QString LocalizedText::in(const QLocale &locale) const
{
    if (prefersPolish(locale) && !polish.isEmpty()) {
        return polish;
    }
    return english.isEmpty() ? polish : english;
}

QString LocalizedText::in(const QLocale &locale, const QHash<QString, QString> &values) const
{
    QString text = in(locale);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    }
    return text;
}

QStringList LocalizedText::placeholders(const QString &text)
{
    QStringList names;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name)) {
            names.append(name);
        }
    }
    names.sort();
    return names;
}

LocalizedText LocalizedText::fromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return LocalizedText{object.value(QLatin1String("en")).toString(), object.value(QLatin1String("pl")).toString()};
}

} // namespace Diagnostics
