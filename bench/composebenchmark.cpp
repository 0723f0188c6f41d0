// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// kurier-bench-compose [--out FILE] ATTACHMENT...
// Composes one message with the given files attached and streams it through
// Mime::MessageStream to FILE (default /dev/null) in 64 KiB reads, the way the SMTP worker
// reads it. Prints the message size, the wall time of composing and of streaming, and
// the throughput. Peak memory is measured from outside (bench/compose.sh uses
// /usr/bin/time -v).

#include "app/mime/addressparser.h"
#include "app/mime/messagecomposer.h"
#include "app/mime/messagestream.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdio>

namespace
{

int fail(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QString output = QStringLiteral("/dev/null");
    if (arguments.size() >= 2 && arguments.first() == QLatin1String("--out")) {
        output = arguments.at(1);
        arguments = arguments.mid(2);
    }
    if (arguments.isEmpty()) {
        return fail(QStringLiteral("usage: kurier-bench-compose [--out FILE] ATTACHMENT..."));
    }

    Mime::MessageDraft draft;
    draft.from = Mime::AddressParser::parseMailbox(QStringLiteral("Ola Nowak <ola@kurier.test>")).mailbox;
    draft.to = Mime::AddressParser::parseList(QStringLiteral("Bob <bob@kurier.test>")).addresses;
    draft.subject = QStringLiteral("Benchmark: large attachments");
    draft.plainText = QStringLiteral("The files are attached.\n");
    qint64 inputBytes = 0;
    for (const QString &path : std::as_const(arguments)) {
        draft.attachments += Mime::Attachment::fromFile(path);
        inputBytes += QFileInfo(path).size();
    }

    QElapsedTimer timer;
    timer.start();
    const Mime::MessageComposer::Result composed = Mime::MessageComposer().compose(draft);
    if (!composed.ok()) {
        return fail(composed.error->message());
    }
    const qint64 composeNs = timer.nsecsElapsed();

    QFile out(output);
    if (!out.open(QIODevice::WriteOnly)) {
        return fail(out.errorString());
    }
    timer.restart();
    const std::unique_ptr<Mime::MessageStream> stream = composed.message.createStream();
    stream->open(QIODevice::ReadOnly);
    QByteArray block(64 * 1024, Qt::Uninitialized);
    qint64 written = 0;
    while (!stream->atEnd()) {
        const qint64 n = stream->read(block.data(), block.size());
        if (n <= 0 || out.write(block.constData(), n) != n) {
            return fail(n <= 0 ? stream->errorString() : out.errorString());
        }
        written += n;
    }
    out.close();
    const double streamSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (written != composed.message.size()) {
        return fail(QStringLiteral("announced %1 bytes, produced %2").arg(composed.message.size()).arg(written));
    }
    const double mb = 1000.0 * 1000.0;
    std::printf("attachments_bytes=%lld message_bytes=%lld compose_ms=%.2f stream_s=%.3f "
                "input_MBps=%.1f output_MBps=%.1f\n",
                static_cast<long long>(inputBytes), static_cast<long long>(written),
                static_cast<double>(composeNs) / 1e6, streamSeconds,
                static_cast<double>(inputBytes) / mb / streamSeconds,
                static_cast<double>(written) / mb / streamSeconds);
    return 0;
}
