// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// kurier-bench-send: COUNT small messages to one account through one Smtp::Worker in its
// own thread, as the application sends an outbox. bench/send.sh runs it against the local
// Postfix harness and compares it with smtplib and msmtp. The password comes on stdin.
//
//   kurier-bench-send HOST PORT tls|starttls USER FROM TO COUNT < password

#include "app/mime/messagecomposer.h"
#include "app/smtp/composedmessagesource.h"
#include "app/smtp/worker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QThread>

#include <cstdio>

namespace
{

Mime::Mailbox mailbox(const QString &address)
{
    Mime::Mailbox result;
    result.localPart = address.section(QLatin1Char('@'), 0, 0);
    result.domain = address.section(QLatin1Char('@'), 1);
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 8) {
        std::fputs("usage: kurier-bench-send HOST PORT tls|starttls USER FROM TO COUNT < password\n", stderr);
        return 64;
    }
    const int count = arguments.at(7).toInt();
    QTextStream in(stdin);
    const QString password = in.readLine();

    Smtp::SessionSettings settings;
    settings.host = arguments.at(1);
    settings.port = arguments.at(2).toUShort();
    settings.security
        = arguments.at(3) == QLatin1String("tls") ? Accounts::Security::ImplicitTls : Accounts::Security::StartTls;
    settings.userName = arguments.at(4);
    settings.maxMessagesPerConnection = count;

    QList<Smtp::SendJob> jobs;
    for (int i = 0; i < count; ++i) {
        Mime::MessageDraft draft;
        draft.from = mailbox(arguments.at(5));
        draft.to = {Mime::Address::fromMailbox(mailbox(arguments.at(6)))};
        draft.subject = QStringLiteral("Kurier bench message %1").arg(i + 1);
        draft.plainText = QStringLiteral("Message %1 of %2, sent through one worker.\n").arg(i + 1).arg(count);
        const Mime::MessageComposer::Result composed = Mime::MessageComposer().compose(draft);
        if (!composed.ok()) {
            std::fprintf(stderr, "compose failed: %s\n", qPrintable(composed.error->message()));
            return 65;
        }
        Smtp::SendJob job;
        job.accountId = QStringLiteral("bench");
        job.settings = settings;
        job.credentials = Smtp::Credentials::password(password);
        job.request = Smtp::sendRequestFor(quint64(i + 1), composed.message);
        jobs.append(job);
    }

    QThread thread;
    auto *worker = new Smtp::Worker;
    worker->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    thread.start();

    int finished = 0;
    int sent = 0;
    int connections = 0;
    QElapsedTimer timer;
    QObject::connect(worker, &Smtp::Worker::finished, &app, [&](const Smtp::SendResult &result) {
        ++finished;
        sent += result.outcome == Smtp::SendResult::Outcome::Sent;
        connections += result.connectionReused ? 0 : 1;
        if (result.error) {
            std::fprintf(stderr, "message %llu: %s %d %s\n", static_cast<unsigned long long>(result.requestId),
                         qPrintable(Smtp::Error::kindName(result.error->kind)), result.error->replyCode,
                         qPrintable(result.error->serverText));
        }
        if (finished == count) {
            const double seconds = double(timer.nsecsElapsed()) / 1e9;
            std::printf("kurier worker: %d of %d messages sent over %d connection(s) in %.3f s\n", sent, count,
                        connections, seconds);
            QMetaObject::invokeMethod(
                worker,
                [worker] {
                    worker->shutDown();
                    QThread::currentThread()->quit();
                },
                Qt::QueuedConnection);
            QCoreApplication::exit(sent == count ? 0 : 1);
        }
    });
    timer.start();
    for (const Smtp::SendJob &job : std::as_const(jobs)) {
        QMetaObject::invokeMethod(
            worker, [worker, job] { worker->submit(job); }, Qt::QueuedConnection);
    }
    const int status = app.exec();
    thread.wait();
    return status;
}
