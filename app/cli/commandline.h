// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

#include <memory>

namespace Accounts
{
class AccountStore;
}
namespace Secrets
{
class SecretStore;
}
namespace Smtp
{
class Worker;
}

namespace Cli
{

// Everything a sub-command may use, handed in by the composition root so that commands
// never reach for globals (and tests can point them at a temporary settings file).
struct Services {
    Accounts::AccountStore *accounts = nullptr;
    Secrets::SecretStore *secrets = nullptr;
    Smtp::Worker *smtpWorker = nullptr; // lives in its own thread; talk to it by queued calls only
};

// A running sub-command. It reports exactly one finished(exitCode).
class Command : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start() = 0;

Q_SIGNALS:
    void finished(int exitCode);
};

// Kurier's command line (the contract in the project's CLI notes): decides whether the
// arguments ask for the GUI or a headless sub-command, parses them, runs the command and
// reports its sysexits status.
class CommandLine : public QObject
{
    Q_OBJECT
public:
    explicit CommandLine(Services services, QObject *parent = nullptr);

    // No arguments beyond the program name (or only Qt's own GUI options) means "open the window".
    static bool wantsGui(int argc, char **argv);

    // Parses arguments (including the program name) and runs the command; emits finished().
    void run(const QStringList &arguments);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void finishWith(int exitCode);
    void startCommand(Command *command);
    void runAccount(const QStringList &arguments);
    void runOutbox(const QStringList &arguments);
    QString mainHelp() const;

    Services m_services;
};

} // namespace Cli
