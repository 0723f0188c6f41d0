// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;
class QLocale;

namespace I18n
{

// Installs Kurier's catalogue (compiled into the executable under :/i18n) and Qt's own
// for the given locale, normally the system's (LANG, LC_ALL, LC_MESSAGES). English needs
// no catalogue: the source strings are English.
void installTranslations(QCoreApplication &app, const QLocale &locale);

} // namespace I18n
