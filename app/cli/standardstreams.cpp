// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/standardstreams.h"

#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace Cli::StandardStreams
{

namespace
{

void writeLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void out(const QString &text)
{
    writeLine(stdout, text);
}

void err(const QString &text)
{
    writeLine(stderr, text);
}

bool stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

std::optional<QByteArray> readAllStdin(qsizetype maxBytes)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly, QFileDevice::DontCloseHandle)) {
        return QByteArray();
    }
    QByteArray data = in.read(maxBytes + 1);
    if (data.size() > maxBytes) {
        return std::nullopt;
    }
    return data;
}

std::optional<QString> readHiddenLine(const QString &prompt)
{
    std::fputs(prompt.toUtf8().constData(), stderr);
    std::fflush(stderr);

    termios saved{};
    const bool canHide = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    QByteArray line;
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n' && line.size() < 4096) {
        line.append(c);
    }
    if (canHide) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    }
    std::fputc('\n', stderr);
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    if (line.isEmpty()) {
        return std::nullopt;
    }
    return QString::fromUtf8(line);
}

} // namespace Cli::StandardStreams
