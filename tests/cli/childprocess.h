// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QSignalSpy>
#include <QStringList>

#include <optional>

// Runs another program for a test and collects what it did: its exit code and everything it
// wrote. Standard input gets the given bytes and is then closed (nullopt: closed at once,
// the way cron and CI start programs). The wait is bounded; a program that does not finish
// in time is killed and reported as not finished.
struct ChildProcess {
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    static ChildProcess run(const QString &program, const QStringList &arguments,
                            const QProcessEnvironment &environment,
                            const std::optional<QByteArray> &input = std::nullopt, int timeoutMs = 30000)
    {
        ChildProcess result;
        QProcess process;
        process.setProcessEnvironment(environment);
        QSignalSpy finishedSpy(&process, &QProcess::finished);
        process.start(program, arguments);
        if (!process.waitForStarted(timeoutMs)) {
            result.err = process.errorString().toUtf8();
            return result;
        }
        if (input) {
            process.write(*input);
        }
        process.closeWriteChannel();
        if (finishedSpy.isEmpty() && !finishedSpy.wait(timeoutMs)) {
            process.kill();
            process.waitForFinished(timeoutMs);
            result.out = process.readAllStandardOutput();
            result.err = process.readAllStandardError();
            return result;
        }
        result.finished = process.exitStatus() == QProcess::NormalExit;
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }
};
