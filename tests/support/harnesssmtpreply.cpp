// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/harnesssmtpreply.h"

#include <QRegularExpression>

namespace
{

// Splits one EHLO line into its keyword and parameters.
QByteArrayList words(const QByteArray &line)
{
    return line.simplified().split(' ');
}

} // namespace

QByteArray HarnessSmtpReply::enhancedCode() const
{
    if (lines.isEmpty()) {
        return {};
    }
    static const QRegularExpression pattern(QStringLiteral("^[245]\\.\\d{1,3}\\.\\d{1,3}$"));
    const QByteArray first = words(lines.first()).value(0);
    return pattern.match(QString::fromLatin1(first)).hasMatch() ? first : QByteArray();
}

QString HarnessSmtpReply::text() const
{
    return QString::number(code) + QLatin1Char(' ') + QString::fromUtf8(lines.join(" | "));
}

bool HarnessSmtpReply::offers(const QByteArray &keyword) const
{
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (words(lines.at(i)).value(0).compare(keyword, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

QByteArrayList HarnessSmtpReply::parameters(const QByteArray &keyword) const
{
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArrayList parts = words(lines.at(i));
        if (parts.value(0).compare(keyword, Qt::CaseInsensitive) == 0) {
            parts.removeFirst();
            return parts;
        }
    }
    return {};
}
