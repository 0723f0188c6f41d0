// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The composition root: creates the stores every part shares and decides between the
// window (no arguments) and a headless sub-command (QCoreApplication, no display needed).

#include "app/accounts/accountstore.h"
#include "app/accounts/credentialslookup.h"
#include "app/cli/commandline.h"
#include "app/compose/outboxsubmission.h"
#include "app/compose/submission.h"
#include "app/i18n/translations.h"
#include "app/outbox/dispatcher.h"
#include "app/outbox/draftstore.h"
#include "app/outbox/outboxmodel.h"
#include "app/outbox/sentlog.h"
#include "app/outbox/sentlogmodel.h"
#include "app/outbox/store.h"
#include "app/secrets/keychainsecretstore.h"
#include "app/smtp/worker.h"
#include "autoconfig/lookupconfig.h"
#include "ui/common/messageboxdialogrunner.h"
#include "ui/common/passworddialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/notifications/freedesktopnotifier.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QSettings>
#include <QThread>
#include <QTimer>

#include <memory>

namespace
{

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("kurier"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KURIER_VERSION_STRING));
    QCoreApplication::setOrganizationName(QStringLiteral("kurier"));
}

// The SMTP worker's thread, owned here: the worker is reached only through queued calls and
// signals carrying values. On the way out it cancels what is still running, says QUIT on
// idle connections, and the thread ends.
class SmtpThread
{
public:
    SmtpThread()
        : m_worker(new Smtp::Worker)
    {
        m_worker->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        m_thread.setObjectName(QStringLiteral("kurier-smtp"));
        m_thread.start();
    }
    ~SmtpThread()
    {
        Smtp::Worker *worker = m_worker;
        QMetaObject::invokeMethod(
            worker,
            [worker] {
                worker->shutDown();
                QThread::currentThread()->quit();
            },
            Qt::QueuedConnection);
        m_thread.wait();
    }
    SmtpThread(const SmtpThread &) = delete;
    SmtpThread &operator=(const SmtpThread &) = delete;

    Smtp::Worker *worker() const { return m_worker; }

private:
    QThread m_thread;
    Smtp::Worker *m_worker;
};

int runCommandLine(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    I18n::installTranslations(app, QLocale::system());
    Accounts::AccountStore accounts(Accounts::AccountStore::defaultSettingsPath());
    Secrets::KeychainSecretStore secrets;
    SmtpThread smtp;
    Cli::CommandLine commandLine({&accounts, &secrets, smtp.worker()});
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
    SmtpThread smtp;
    // Composers hand their messages to the durable outbox, whose dispatcher sends them through
    // the worker (and also what `kurier send --queue` left there). Should the outbox not open,
    // they send straight through the worker; either way the secret is read per message.
    // One credentials lookup for every sender, so that a password typed for this session serves
    // them all and the user is asked once.
    Accounts::CredentialsLookup credentials(&secrets, OAuth::ProviderTable::configured(accounts.settingsPath()));
    Outbox::Store outbox(Outbox::Store::defaultPath());
    const bool outboxOpen = outbox.open().ok();
    Outbox::Dispatcher dispatcher(&outbox, &accounts, &secrets, smtp.worker());
    dispatcher.setCredentialsLookup(&credentials);
    Outbox::OutboxModel outboxModel(&outbox);
    QObject::connect(&dispatcher, &Outbox::Dispatcher::progress, &outboxModel, &Outbox::OutboxModel::setProgress);
    // Drafts and the sent log live in the outbox's database; the log is pruned on every start.
    outbox.setSentLogPolicy(
        Outbox::SentLogPolicy::fromSettings(QSettings(accounts.settingsPath(), QSettings::IniFormat)));
    Outbox::SentLog sentLog(&outbox);
    Outbox::SentLogModel sentLogModel(&sentLog);
    Outbox::DraftStore drafts(&outbox);
    if (outboxOpen) {
        sentLog.prune();
        // Earlier versions kept drafts as .eml files; each is imported once and left in place.
        drafts.importEmlDrafts(MainWindow::draftsDirectory(), [&accounts](const QString &address) {
            const std::optional<Accounts::Account> account = accounts.accountWithAddress(address);
            return account ? account->id : QString();
        });
    }
    std::unique_ptr<Compose::Submission> submission;
    if (outboxOpen) {
        dispatcher.start();
        submission = std::make_unique<Compose::OutboxSubmission>(&dispatcher, smtp.worker());
    } else {
        submission = std::make_unique<Compose::WorkerSubmission>(&credentials, smtp.worker());
    }
    MessageBoxDialogRunner dialogs;
    MainWindow window(&accounts, &secrets, &dialogs);
    PasswordDialog::answerRequests(&credentials, &window);
    FreedesktopNotifier notifier;
    window.setNotifier(&notifier);
    if (outboxOpen) {
        window.setOutboxModel(&outboxModel);
        window.setOutboxDispatcher(&dispatcher);
        window.watchOutbox(&dispatcher, &outbox);
        window.setDrafts(&drafts);
        window.setSentLogModel(&sentLogModel);
    }
    // A bad KURIER_ISPDB_URL or KURIER_DNS_SERVER falls back to the default; the command
    // line reports such problems, the window just uses what works.
    window.setDiscoveryConfig(
        Autoconfig::LookupConfig::fromEnvironment(QProcessEnvironment::systemEnvironment(), nullptr));
    window.setSubmission(submission.get());
    window.show();
    QTimer::singleShot(0, &window, &MainWindow::offerInterruptedDrafts);
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    describeApplication();
    return Cli::CommandLine::wantsGui(argc, argv) ? runGui(argc, argv) : runCommandLine(argc, argv);
}
