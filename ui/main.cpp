// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The composition root: creates the stores every part shares and decides between the
// window (no arguments) and a headless sub-command (QCoreApplication, no display needed).

#include "app/accounts/accountstore.h"
#include "app/cli/commandline.h"
#include "app/i18n/translations.h"
#include "app/secrets/keychainsecretstore.h"
#include "ui/common/messageboxdialogrunner.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QTimer>

namespace
{

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("kurier"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KURIER_VERSION_STRING));
    QCoreApplication::setOrganizationName(QStringLiteral("kurier"));
}

int runCommandLine(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    I18n::installTranslations(app, QLocale::system());
    Accounts::AccountStore accounts(Accounts::AccountStore::defaultSettingsPath());
    Secrets::KeychainSecretStore secrets;
    Cli::CommandLine commandLine({&accounts, &secrets});
    QObject::connect(&commandLine, &Cli::CommandLine::finished, &app, &QCoreApplication::exit);
    QTimer::singleShot(0, &commandLine, [&commandLine] { commandLine.run(QCoreApplication::arguments()); });
    return app.exec();
}

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Kurier"));
    QApplication::setDesktopFileName(QStringLiteral("org.kurier.Kurier"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kurier.svg")));
    I18n::installTranslations(app, QLocale::system());
    Accounts::AccountStore accounts(Accounts::AccountStore::defaultSettingsPath());
    Secrets::KeychainSecretStore secrets;
    MessageBoxDialogRunner dialogs;
    MainWindow window(&accounts, &secrets, &dialogs);
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    describeApplication();
    return Cli::CommandLine::wantsGui(argc, argv) ? runGui(argc, argv) : runCommandLine(argc, argv);
}
