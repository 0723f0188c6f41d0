// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Smtp
{

// One line of the conversation as a person may see it. Credentials never get this far:
// the session writes redacted text for AUTH lines and 334 exchanges when it creates the line.
struct TranscriptLine {
    enum class Direction { Client, Server, Event };

    QDateTime timestamp; // UTC
    Direction direction = Direction::Event;
    bool encrypted = false; // sent or received inside TLS
    QString text;

    bool operator==(const TranscriptLine &other) const = default;
};

// The redacted record of one send (or one connection attempt), bounded in size so that a
// chatty or hostile server cannot grow it without limit. Safe to paste publicly.
class Transcript
{
public:
    static constexpr int MaxLines = 4000;
    static constexpr qsizetype MaxLineLength = 1000;

    void append(TranscriptLine::Direction direction, bool encrypted, const QString &text);
    void append(const TranscriptLine &line);
    const QList<TranscriptLine> &lines() const { return m_lines; }
    bool isEmpty() const { return m_lines.isEmpty(); }
    void clear();

    // "12:00:01.123 TLS C: EHLO [127.0.0.1]"; control characters from the server are made visible.
    static QString format(const TranscriptLine &line);
    static QString toText(const QList<TranscriptLine> &lines);
    // Text from a server made safe for terminals and dialogs: control characters shown as \xNN.
    static QString visible(const QString &text);

private:
    QList<TranscriptLine> m_lines;
    int m_dropped = 0;
};

} // namespace Smtp

Q_DECLARE_METATYPE(Smtp::TranscriptLine)
