// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

namespace Mime
{

// The Date header's value, RFC 5322 3.3: "Thu, 20 May 2004 14:28:51 +0200" — English day
// and month names whatever the locale, a numeric zone (never GMT/EST), 4-digit year. A
// zone offset with seconds cannot be written, so such a time is given in UTC as "-0000"
// ("local zone unknown", RFC 5322 3.3).
class Rfc5322Date
{
public:
    static QByteArray format(const QDateTime &dateTime);
};

} // namespace Mime
