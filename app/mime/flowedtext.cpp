// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mime/flowedtext.h"

#include <QStringList>

namespace Mime
{

namespace
{

const QString SignatureSeparator = QStringLiteral("-- ");

qsizetype quoteDepth(const QString &line)
{
    qsizetype depth = 0;
    while (depth < line.size() && line.at(depth) == QLatin1Char('>')) {
        ++depth;
    }
    return depth;
}

QString trimmedRight(QString text)
{
    while (text.endsWith(QLatin1Char(' '))) {
        text.chop(1);
    }
    return text;
}

} // namespace

QString FlowedText::encode(const QString &text)
{
    QStringList out;
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    for (const QString &line : normalized.split(QLatin1Char('\n'))) {
        if (line == SignatureSeparator) {
            out += line;
            continue;
        }
        const qsizetype depth = quoteDepth(line);
        QString content = line.mid(depth);
        if (depth > 0 && content.startsWith(QLatin1Char(' '))) {
            content.remove(0, 1); // the conventional space after the quote marks
        }
        content = trimmedRight(content);
        const QString prefix = QString(depth, QLatin1Char('>'));
        // Room for the quote marks and a possible stuffing space.
        const qsizetype width = qMax<qsizetype>(LineLength - depth - 1, 20);
        qsizetype start = 0;
        do {
            qsizetype end = content.size();
            if (end - start > width) {
                // Break after the last space that keeps the chunk (space included) in width;
                // an unbreakable word makes a longer line rather than being cut.
                qsizetype space = content.lastIndexOf(QLatin1Char(' '), start + width - 1);
                if (space < start) {
                    space = content.indexOf(QLatin1Char(' '), start + width);
                }
                if (space >= start && space + 1 < content.size()) {
                    end = space + 1;
                }
            }
            const QString chunk = content.mid(start, end - start);
            // A quoted empty line stays ">" alone: "> " would read as a soft break.
            const bool stuff = (depth > 0 && !chunk.isEmpty()) || chunk.startsWith(QLatin1Char(' '))
                || chunk.startsWith(QLatin1Char('>')) || chunk.startsWith(QLatin1String("From "));
            out += prefix + (stuff ? QStringLiteral(" ") : QString()) + chunk;
            start = end;
        } while (start < content.size());
    }
    return out.join(QLatin1Char('\n'));
}

QString FlowedText::decode(const QString &flowed)
{
    QStringList out;
    QString paragraph;
    qsizetype paragraphDepth = -1;
    const auto flush = [&] {
        if (paragraphDepth >= 0) {
            out += (paragraphDepth > 0 ? QString(paragraphDepth, QLatin1Char('>')) + QLatin1Char(' ') : QString())
                + paragraph;
        }
        paragraph.clear();
        paragraphDepth = -1;
    };
    QString normalized = flowed;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    for (const QString &line : normalized.split(QLatin1Char('\n'))) {
        const qsizetype depth = quoteDepth(line);
        QString content = line.mid(depth);
        if (content.startsWith(QLatin1Char(' '))) {
            content.remove(0, 1);
        }
        if (paragraphDepth >= 0 && depth != paragraphDepth) {
            flush(); // a change of depth ends a paragraph even after a soft break
        }
        paragraphDepth = depth;
        paragraph += content;
        const bool soft = content.endsWith(QLatin1Char(' ')) && content != SignatureSeparator;
        if (!soft) {
            flush();
        }
    }
    flush();
    return out.join(QLatin1Char('\n'));
}

} // namespace Mime
