// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// composerscreenshot OUTPUT.png — draws the composer window with an example message into
// OUTPUT.png for the README (scripts/screenshot.sh runs it). Settings live in a temporary
// directory; nothing is sent and no keychain is touched.
#include "app/accounts/accountlistmodel.h"
#include "app/compose/recentaddresses.h"
#include "app/compose/serversizelimits.h"
#include "app/compose/submission.h"
#include "app/smtp/worker.h"
#include "tests/support/temporaryaccountstore.h"
#include "tests/ui/scripteddialogrunner.h"
#include "tests/ui/scriptedsecretstore.h"
#include "ui/composer/composerwindow.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QTimer>

#include <cstdio>

namespace
{

Accounts::Account account(const QString &id, const QString &name, const QString &email, const QString &host)
{
    Accounts::Account a;
    a.id = id;
    a.displayName = name;
    a.email = email;
    a.host = host;
    a.port = 465;
    a.security = Accounts::Security::ImplicitTls;
    a.userName = email;
    return a;
}

bool writeFile(const QString &path, qsizetype size)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QByteArray(size, 'x')) == size;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Kurier"));
    if (argc != 2) {
        std::fprintf(stderr, "usage: composerscreenshot OUTPUT.png\n");
        return 2;
    }
    TemporaryAccountStore settings;
    Accounts::AccountStore *store = settings.store();
    store->add(account(QStringLiteral("home"), QStringLiteral("Ola Kowalska"),
                       QStringLiteral("ola.kowalska@example.com"), QStringLiteral("smtp.example.com")));
    store->add(account(QStringLiteral("work"), QStringLiteral("Ola Kowalska (Firma)"),
                       QStringLiteral("o.kowalska@firma.example"), QStringLiteral("mail.firma.example")));
    ScriptedSecretStore secrets;
    ScriptedDialogRunner dialogs;
    Accounts::AccountListModel model(store);
    Compose::RecentAddresses recent(Compose::RecentAddresses::pathBeside(store->settingsPath()));
    Compose::ServerSizeLimits limits(Compose::ServerSizeLimits::pathBeside(store->settingsPath()));
    limits.setSizeLimit(QStringLiteral("home"), 25 * 1000 * 1000);
    Smtp::Worker worker;
    Compose::WorkerSubmission submission(&secrets, &worker);

    ComposerServices services{store, &model, &submission, &recent, &limits, &dialogs};
    ComposerWindow window(services);
    window.findChild<QLineEdit *>(QStringLiteral("toFieldEdit"))
        ->setText(QStringLiteral("Jan Nowak <jan.nowak@example.org>, Zofia Wiśniewska <zofia@example.net>"));
    window.findChild<QLineEdit *>(QStringLiteral("ccFieldEdit"))->setText(QStringLiteral("biuro@example.org"));
    window.findChild<QLineEdit *>(QStringLiteral("subjectEdit"))->setText(QStringLiteral("Plan spotkania w czwartek"));
    window.findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"))
        ->setPlainText(QStringLiteral("Dzień dobry,\n\nw załączniku przesyłam plan czwartkowego spotkania i notatki z "
                                      "ostatniego razu.\nProszę o uwagi do środy.\n\nPozdrawiam\nOla"));
    const QString agenda = settings.filePath(QStringLiteral("plan spotkania.pdf"));
    const QString notes = settings.filePath(QStringLiteral("notatki.txt"));
    if (!writeFile(agenda, 184 * 1024) || !writeFile(notes, 3 * 1024)) {
        std::fprintf(stderr, "composerscreenshot: cannot write the example attachments\n");
        return 1;
    }
    window.attachFiles({agenda, notes});
    window.resize(780, 600);
    window.show();
    int status = 1;
    // Drawn once the window had its first layout.
    QTimer::singleShot(500, &window, [&] {
        status = window.grab().save(QString::fromLocal8Bit(argv[1])) ? 0 : 1;
        // exit() rather than quit(): quit() first asks the window to close, which it refuses with content.
        QCoreApplication::exit(status);
    });
    app.exec();
    return status;
}
