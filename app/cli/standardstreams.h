// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Cli
{

// The process's stdin/stdout/stderr as the command line uses them: UTF-8 text out, flushed
// at once (callers may wait on our output), bounded reads in.
namespace StandardStreams
{

void out(const QString &text); // appends a newline
void err(const QString &text); // appends a newline
bool stdinIsTerminal();

// All of stdin up to maxBytes; nullopt if there was more than that.
std::optional<QByteArray> readAllStdin(qsizetype maxBytes);
// Prompts on stderr and reads one line from the terminal with echo switched off.
std::optional<QString> readHiddenLine(const QString &prompt);

} // namespace StandardStreams

} // namespace Cli
