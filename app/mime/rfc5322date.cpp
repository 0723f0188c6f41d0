// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mime/rfc5322date.h"

#include <QLocale>
#include <QTimeZone>

namespace Mime
{

QByteArray Rfc5322Date::format(const QDateTime &dateTime)
{
    int offset = dateTime.offsetFromUtc();
    QDateTime local = dateTime;
    QByteArray zone;
    if (offset % 60 != 0) {
        local = dateTime.toUTC();
        zone = "-0000";
    } else {
        const int minutes = qAbs(offset) / 60;
        zone = (offset < 0 ? "-" : "+") + QByteArray::number(minutes / 60).rightJustified(2, '0')
            + QByteArray::number(minutes % 60).rightJustified(2, '0');
    }
    const QString text = QLocale::c().toString(local, QStringLiteral("ddd, d MMM yyyy HH:mm:ss"));
    return text.toLatin1() + ' ' + zone;
}

} // namespace Mime
