// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Driver of bench/outbox.sh.
//   kurier-bench-outbox enqueue N ACCOUNT FROM TO   queues N small messages in the outbox at
//       Outbox::Store::defaultPath() (XDG_DATA_HOME) and prints how fast that went;
//   kurier-bench-outbox bookkeeping N               in a scratch outbox, times the durable
//       transitions one sent message costs (enqueue, claim, final-dot mark through its own
//       connection, sent), each one a committed, fsynced transaction.

#include "app/outbox/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

namespace
{

Outbox::NewMessage message(const QString &account, const QString &from, const QString &to, int index)
{
    Outbox::NewMessage m;
    m.accountId = account;
    m.reversePath = from;
    m.recipients = {to};
    m.subject = QStringLiteral("outbox bench %1").arg(index);
    QByteArray bytes = "From: " + from.toUtf8() + "\r\nTo: " + to.toUtf8() + "\r\nSubject: " + m.subject.toUtf8()
        + "\r\nMessage-ID: <outbox-bench-" + QByteArray::number(index) + "@kurier.test>\r\n\r\n";
    while (bytes.size() < 1024) {
        bytes += "The outbox benchmark sends this line again and again to make a small message.\r\n";
    }
    m.bytes = bytes;
    return m;
}

int fail(const QString &text)
{
    QTextStream(stderr) << text << '\n';
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream out(stdout);
    const int count = args.value(2).toInt();
    if (args.value(1) == QLatin1String("enqueue") && args.size() == 6 && count > 0) {
        Outbox::Store store(Outbox::Store::defaultPath());
        const Outbox::Store::OpenResult opened = store.open();
        if (!opened.ok()) {
            return fail(opened.error);
        }
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < count; ++i) {
            if (!store.enqueue(message(args.at(3), args.at(4), args.at(5), i))) {
                return fail(store.errorString());
            }
        }
        const double seconds = timer.nsecsElapsed() / 1e9;
        out << QStringLiteral("enqueued %1 messages in %2 s: %3 msgs/s, %4 ms each\n")
                   .arg(count)
                   .arg(seconds, 0, 'f', 2)
                   .arg(count / seconds, 0, 'f', 0)
                   .arg(seconds * 1000 / count, 0, 'f', 3);
        return 0;
    }
    if (args.value(1) == QLatin1String("bookkeeping") && args.size() == 3 && count > 0) {
        QTemporaryDir dir;
        Outbox::Store store(dir.filePath(QStringLiteral("outbox.sqlite")));
        if (!store.open().ok()) {
            return fail(store.errorString());
        }
        QList<qint64> ids;
        qint64 enqueueNs = 0;
        qint64 claimNs = 0;
        qint64 dotNs = 0;
        qint64 sentNs = 0;
        QElapsedTimer timer;
        for (int i = 0; i < count; ++i) {
            timer.start();
            const std::optional<qint64> id = store.enqueue(
                message(QStringLiteral("bench"), QStringLiteral("a@kurier.test"), QStringLiteral("b@kurier.test"), i));
            enqueueNs += timer.nsecsElapsed();
            if (!id) {
                return fail(store.errorString());
            }
            timer.start();
            const bool claimed = store.claim(*id);
            claimNs += timer.nsecsElapsed();
            timer.start();
            const bool dot = Outbox::Store::markFinalDotWritten(store.path(), *id, store.owner());
            dotNs += timer.nsecsElapsed();
            timer.start();
            const bool sent = store.markSent(*id, QStringLiteral("2.0.0 Ok: queued"));
            sentNs += timer.nsecsElapsed();
            if (!claimed || !dot || !sent) {
                return fail(store.errorString());
            }
        }
        const auto ms = [count](qint64 ns) { return QString::number(ns / 1e6 / count, 'f', 3); };
        out << QStringLiteral("durable bookkeeping per message (%1 messages): enqueue %2 ms, claim %3 ms, "
                              "final-dot mark %4 ms, sent %5 ms; total %6 ms\n")
                   .arg(count)
                   .arg(ms(enqueueNs), ms(claimNs), ms(dotNs), ms(sentNs), ms(enqueueNs + claimNs + dotNs + sentNs));
        return 0;
    }
    return fail(QStringLiteral("usage: kurier-bench-outbox enqueue N ACCOUNT FROM TO | bookkeeping N"));
}
