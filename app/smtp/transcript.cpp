// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/smtp/transcript.h"

namespace Smtp
{

// Server text is shown in terminals and dialogs: escape sequences and other controls must
// not reach them as such.
QString Transcript::visible(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() < 0x20 && c != QLatin1Char('\t')) {
            result.append(QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0')));
        } else if (c.unicode() == 0x7f) {
            result.append(QStringLiteral("\\x7f"));
        } else {
            result.append(c);
        }
    }
    return result;
}

void Transcript::append(TranscriptLine::Direction direction, bool encrypted, const QString &text)
{
    append(TranscriptLine{QDateTime::currentDateTimeUtc(), direction, encrypted, text});
}

void Transcript::append(const TranscriptLine &line)
{
    if (m_lines.size() >= MaxLines - 1) {
        ++m_dropped;
        const QString note = QStringLiteral("[%1 further lines not recorded]").arg(m_dropped);
        if (m_lines.size() == MaxLines) {
            m_lines.last().text = note;
        } else {
            m_lines.append(TranscriptLine{line.timestamp, TranscriptLine::Direction::Event, line.encrypted, note});
        }
        return;
    }
    TranscriptLine stored = line;
    if (stored.text.size() > MaxLineLength) {
        stored.text = stored.text.left(MaxLineLength)
            + QStringLiteral("[... %1 more characters]").arg(line.text.size() - MaxLineLength);
    }
    m_lines.append(stored);
}

void Transcript::clear()
{
    m_lines.clear();
    m_dropped = 0;
}

QString Transcript::format(const TranscriptLine &line)
{
    const QString time = line.timestamp.toString(QStringLiteral("HH:mm:ss.zzz"));
    const QString marker = line.encrypted ? QStringLiteral("TLS") : QStringLiteral("   ");
    QString direction;
    switch (line.direction) {
    case TranscriptLine::Direction::Client:
        direction = QStringLiteral("C:");
        break;
    case TranscriptLine::Direction::Server:
        direction = QStringLiteral("S:");
        break;
    case TranscriptLine::Direction::Event:
        direction = QStringLiteral("--");
        break;
    }
    return time + QLatin1Char(' ') + marker + QLatin1Char(' ') + direction + QLatin1Char(' ') + visible(line.text);
}

QString Transcript::toText(const QList<TranscriptLine> &lines)
{
    QString result;
    for (const TranscriptLine &line : lines) {
        result += format(line) + QLatin1Char('\n');
    }
    return result;
}

} // namespace Smtp
