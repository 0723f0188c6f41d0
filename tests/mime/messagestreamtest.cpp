// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The streaming producer: exact size in advance, the same bytes however (and however often)
// they are read, file attachments encoded on the fly with bounded memory, and a clear
// error when an attachment changes between composing and sending.

#include "app/mime/messagestream.h"
#include "app/mime/addressparser.h"
#include "app/mime/bodyencoder.h"
#include "app/mime/messagecomposer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mime;

namespace
{

ComposeSources fixedSources()
{
    ComposeSources sources;
    sources.clock = [] { return QDateTime(QDate(2026, 11, 28), QTime(12, 0, 0), Qt::UTC); };
    auto counter = std::make_shared<int>(0);
    sources.boundary = [counter]() -> QByteArray { return "=-stream-" + QByteArray::number(++*counter); };
    sources.messageId = [](const QByteArray &domain) -> QByteArray { return "<stream@" + domain + ">"; };
    return sources;
}

// Peak resident memory of this process so far (VmHWM), in bytes.
qint64 peakRss()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    static const QRegularExpression hwm(QStringLiteral("VmHWM:\\s+(\\d+) kB"));
    const QRegularExpressionMatch m = hwm.match(QString::fromLatin1(status.readAll()));
    return m.hasMatch() ? m.captured(1).toLongLong() * 1024 : -1;
}

// Writes `size` pseudo-random bytes in blocks, never holding the whole file.
bool writeRandomFile(const QString &path, qint64 size, quint32 seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    QRandomGenerator generator(seed);
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (qint64 done = 0; done < size;) {
        generator.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        const qint64 n = qMin<qint64>(block.size(), size - done);
        if (file.write(block.constData(), n) != n) {
            return false;
        }
        done += n;
    }
    return true;
}

} // namespace

class MessageStreamTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void sizeIsKnownAndExact_data();
    void sizeIsKnownAndExact();
    void readsTheSameBytesInAnyChunking_data();
    void readsTheSameBytesInAnyChunking();
    void seeksAnywhere();
    void streamsLargeFileWithBoundedMemory();
    void base64MatchesQt_data();
    void base64MatchesQt();
    void reportsAttachmentThatChangedSize();
    void reportsAttachmentThatDisappeared();
    void isReadOnly();

private:
    MessageDraft draftWithFile(const QString &path) const;

    QTemporaryDir m_dir;
    QString m_smallFile;
};

void MessageStreamTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_smallFile = m_dir.filePath(u"small.bin"_s);
    // 5 full base64 blocks of the stream plus a ragged end: crosses every block edge.
    QVERIFY(writeRandomFile(m_smallFile, 4096 * 57 * 2 + 1234, 7));
}

void MessageStreamTest::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

MessageDraft MessageStreamTest::draftWithFile(const QString &path) const
{
    MessageDraft draft;
    draft.from = AddressParser::parseMailbox(u"Ola <ola@kurier.test>"_s).mailbox;
    draft.to = AddressParser::parseList(u"bob@kurier.test"_s).addresses;
    draft.subject = u"Streaming"_s;
    draft.plainText = u"See the attachment.\n"_s;
    draft.attachments = {Attachment::fromFile(path), Attachment::fromData(QByteArray(100, 'x'), u"x.txt"_s)};
    return draft;
}

void MessageStreamTest::sizeIsKnownAndExact_data()
{
    QTest::addColumn<qint64>("fileSize");
    // Around the 57-octet line and the 3-octet group edges.
    for (const qint64 size : {0, 1, 2, 3, 56, 57, 58, 113, 114, 115, 57 * 4096, 57 * 4096 + 1}) {
        QTest::addRow("file of %lld bytes", static_cast<long long>(size)) << size;
    }
}

void MessageStreamTest::sizeIsKnownAndExact()
{
    QFETCH(qint64, fileSize);
    const QString path = m_dir.filePath(u"sized-%1.bin"_s.arg(fileSize));
    QVERIFY(writeRandomFile(path, fileSize, static_cast<quint32>(fileSize)));
    const MessageComposer::Result result = MessageComposer(fixedSources()).compose(draftWithFile(path));
    QVERIFY(result.ok());
    const QByteArray bytes = result.message.toByteArray().value_or(QByteArray());
    QCOMPARE(result.message.size(), bytes.size());
    QCOMPARE(BodyEncoder::base64LinesSize(fileSize), BodyEncoder::base64Lines(QByteArray(fileSize, 'a')).size());
    QVERIFY(bytes.endsWith("\r\n"));
}

void MessageStreamTest::readsTheSameBytesInAnyChunking_data()
{
    QTest::addColumn<qint64>("chunk");
    for (const qint64 chunk : {1, 7, 76, 77, 78, 79, 4096, 65536, 1 << 22}) {
        QTest::addRow("%lld-byte reads", static_cast<long long>(chunk)) << chunk;
    }
}

void MessageStreamTest::readsTheSameBytesInAnyChunking()
{
    QFETCH(qint64, chunk);
    const MessageComposer::Result result = MessageComposer(fixedSources()).compose(draftWithFile(m_smallFile));
    QVERIFY(result.ok());
    const QByteArray whole = result.message.toByteArray().value_or(QByteArray());

    const std::unique_ptr<MessageStream> stream = result.message.createStream();
    QVERIFY(stream->open(QIODevice::ReadOnly));
    QCOMPARE(stream->size(), whole.size());
    QCOMPARE(stream->bytesAvailable(), whole.size());
    QByteArray read;
    for (int guard = 0; !stream->atEnd() && guard < whole.size() + 1; ++guard) {
        const QByteArray piece = stream->read(chunk);
        QVERIFY(!piece.isEmpty());
        read += piece;
    }
    QCOMPARE(read.size(), whole.size());
    QVERIFY(read == whole);
    QCOMPARE(stream->read(10), QByteArray());

    // A second composition with the same sources gives the same bytes (SIZE= then DATA).
    const MessageComposer::Result again = MessageComposer(fixedSources()).compose(draftWithFile(m_smallFile));
    QVERIFY(again.message.toByteArray().value_or(QByteArray()) == whole);
}

void MessageStreamTest::seeksAnywhere()
{
    const MessageComposer::Result result = MessageComposer(fixedSources()).compose(draftWithFile(m_smallFile));
    const QByteArray whole = result.message.toByteArray().value_or(QByteArray());
    MessageStream stream(result.message);
    QVERIFY(stream.open(QIODevice::ReadOnly));
    QRandomGenerator generator(99);
    for (int i = 0; i < 200; ++i) {
        const qint64 position = generator.bounded(whole.size());
        const qint64 length = generator.bounded(5000) + 1;
        QVERIFY(stream.seek(position));
        QCOMPARE(stream.pos(), position);
        QCOMPARE(stream.read(length), whole.mid(position, length));
    }
    QVERIFY(stream.seek(whole.size()));
    QVERIFY(stream.atEnd());
    QVERIFY(!stream.seek(whole.size() + 1));
    QVERIFY(stream.reset());
    QCOMPARE(stream.readAll(), whole);
}

void MessageStreamTest::streamsLargeFileWithBoundedMemory()
{
    const qint64 size = 48 * 1024 * 1024;
    const QString path = m_dir.filePath(u"large.bin"_s);
    QVERIFY(writeRandomFile(path, size, 2026));
    const MessageComposer::Result result = MessageComposer(fixedSources()).compose(draftWithFile(path));
    QVERIFY(result.ok());
    QVERIFY(result.message.size() > size * 4 / 3);

    const qint64 before = peakRss();
    QCryptographicHash streamed(QCryptographicHash::Sha256);
    const std::unique_ptr<MessageStream> stream = result.message.createStream();
    QVERIFY(stream->open(QIODevice::ReadOnly));
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    qint64 total = 0;
    while (!stream->atEnd()) {
        const qint64 n = stream->read(buffer.data(), buffer.size());
        QVERIFY(n > 0);
        streamed.addData(QByteArrayView(buffer.constData(), n));
        total += n;
    }
    const qint64 after = peakRss();
    QCOMPARE(total, result.message.size());
    if (before > 0 && after > 0) {
        // The file is 48 MiB and the message 64 MiB; streaming may add a few hundred KiB.
        QVERIFY2(after - before < 8 * 1024 * 1024, qPrintable(u"peak RSS grew by %1 bytes"_s.arg(after - before)));
    }

    // The same message with the file's bytes in memory, encoded in one go, is identical.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    MessageDraft inMemory = draftWithFile(path);
    inMemory.attachments.first() = Attachment::fromData(file.readAll(), u"large.bin"_s);
    const MessageComposer::Result reference = MessageComposer(fixedSources()).compose(inMemory);
    QCOMPARE(reference.message.size(), result.message.size());
    const QByteArray referenceBytes = reference.message.toByteArray().value_or(QByteArray());
    QCOMPARE(QCryptographicHash::hash(referenceBytes, QCryptographicHash::Sha256), streamed.result());
}

void MessageStreamTest::base64MatchesQt_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one byte") << QByteArray("a");
    QTest::newRow("57 bytes, one full line") << QByteArray(57, '\xff');
    QTest::newRow("all byte values") << [] {
        QByteArray all;
        for (int i = 0; i < 256; ++i) {
            all += static_cast<char>(i);
        }
        return all;
    }();
}

void MessageStreamTest::base64MatchesQt()
{
    QFETCH(QByteArray, data);
    const QByteArray lines = BodyEncoder::base64Lines(data);
    QCOMPARE(QByteArray(lines).replace("\r\n", ""), data.toBase64());
    for (const QByteArray &line : lines.split('\n')) {
        QVERIFY(line.size() <= 77);
    }
    QVERIFY(!lines.endsWith("\r\n"));
}

void MessageStreamTest::reportsAttachmentThatChangedSize()
{
    const QString path = m_dir.filePath(u"changing.bin"_s);
    QVERIFY(writeRandomFile(path, 300000, 5));
    const MessageComposer::Result result = MessageComposer(fixedSources()).compose(draftWithFile(path));
    QVERIFY(result.ok());
    QFile file(path);
    QVERIFY(file.resize(1000)); // the user saved a new version before sending

    const std::unique_ptr<MessageStream> stream = result.message.createStream();
    QVERIFY(stream->open(QIODevice::ReadOnly));
    QByteArray buffer(4096, Qt::Uninitialized);
    qint64 n = 1;
    for (int guard = 0; guard < 1000 && n > 0; ++guard) {
        n = stream->read(buffer.data(), buffer.size());
    }
    QCOMPARE(n, -1);
    QVERIFY(stream->streamError().has_value());
    QCOMPARE(stream->streamError()->kind, ComposeError::Kind::AttachmentChanged);
    QVERIFY(stream->errorString().contains(path));
    ComposeError error;
    QVERIFY(!result.message.toByteArray(&error));
    QCOMPARE(error.kind, ComposeError::Kind::AttachmentChanged);
}

void MessageStreamTest::reportsAttachmentThatDisappeared()
{
    const QString path = m_dir.filePath(u"vanishing.bin"_s);
    QVERIFY(writeRandomFile(path, 1000, 6));
    const MessageComposer::Result result = MessageComposer(fixedSources()).compose(draftWithFile(path));
    QVERIFY(result.ok());
    QVERIFY(QFile::remove(path));
    ComposeError error;
    QVERIFY(!result.message.toByteArray(&error));
    QCOMPARE(error.kind, ComposeError::Kind::AttachmentUnreadable);
    QVERIFY(error.message().contains(path));
}

void MessageStreamTest::isReadOnly()
{
    const MessageComposer::Result result = MessageComposer(fixedSources()).compose(draftWithFile(m_smallFile));
    MessageStream stream(result.message);
    QVERIFY(!stream.open(QIODevice::ReadWrite));
    QVERIFY(stream.open(QIODevice::ReadOnly));
    QVERIFY(!stream.isSequential());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ReadOnly device"_s));
    QCOMPARE(stream.write("x"), -1);
}

QTEST_GUILESS_MAIN(MessageStreamTest)
#include "messagestreamtest.moc"
