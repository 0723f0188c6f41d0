// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/smtp/reply.h"

namespace Smtp
{

QStringList Reply::textLines() const
{
    QStringList result;
    result.reserve(lines.size());
    for (const QString &line : lines) {
        result.append(line.mid(4));
    }
    return result;
}

QString Reply::text() const
{
    return textLines().join(QLatin1Char('\n'));
}

} // namespace Smtp
