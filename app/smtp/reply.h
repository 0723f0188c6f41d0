// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Smtp
{

// One complete server reply (RFC 5321 §4.2), possibly spanning several lines. Lines are
// kept verbatim (decoded as UTF-8) so that error reports can quote the server exactly.
struct Reply {
    int code = 0;
    QString enhancedCode; // RFC 3463 "x.y.z" from the first line that carries one; empty if none
    QStringList lines; // full lines without line ends, e.g. "250-SIZE 10240000"

    // The text of each line after "NNN-"/"NNN " (enhanced codes kept, as the server wrote them).
    QStringList textLines() const;
    // textLines() joined with '\n': the verbatim server text for error values.
    QString text() const;

    bool isPositiveCompletion() const { return code >= 200 && code < 300; }
    bool isPositiveIntermediate() const { return code >= 300 && code < 400; }
    bool isTransientFailure() const { return code >= 400 && code < 500; }
    bool isPermanentFailure() const { return code >= 500 && code < 600; }

    bool operator==(const Reply &other) const = default;
};

} // namespace Smtp

Q_DECLARE_METATYPE(Smtp::Reply)
