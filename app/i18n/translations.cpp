// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/i18n/translations.h"

#include "app/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace I18n
{

void installTranslations(QCoreApplication &app, const QLocale &locale)
{
    auto *qtCatalogue = new QTranslator(&app);
    if (qtCatalogue->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtCatalogue);
    }
    auto *kurierCatalogue = new QTranslator(&app);
    if (kurierCatalogue->load(locale, QStringLiteral("kurier"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(kurierCatalogue);
    } else if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        qCDebug(lcCli) << "no Kurier catalogue for" << locale.name();
    }
}

} // namespace I18n
