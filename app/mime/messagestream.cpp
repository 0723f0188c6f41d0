// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mime/messagestream.h"

#include "app/logging.h"
#include "app/mime/bodyencoder.h"

#include <algorithm>
#include <cstring>

namespace Mime
{

namespace
{

// Lines encoded per block: 4096 lines = 228 KiB read, 312 KiB produced at a time.
constexpr qint64 LinesPerBlock = 4096;
constexpr qint64 EncodedLine = BodyEncoder::Base64LineLength + 2;

} // namespace

MessageStream::MessageStream(const ComposedMessage &message, QObject *parent)
    : QIODevice(parent)
    , m_message(message)
{
}

MessageStream::~MessageStream() = default;

bool MessageStream::open(OpenMode mode)
{
    if ((mode & WriteOnly) || !(mode & ReadOnly)) {
        setErrorString(tr("A composed message can only be read."));
        return false;
    }
    m_position = 0;
    m_segment = 0;
    m_error.reset();
    return QIODevice::open(ReadOnly | Unbuffered);
}

void MessageStream::close()
{
    m_file.close();
    m_fileSegment = -1;
    m_cacheSegment = -1;
    m_cache = QByteArray();
    m_input = QByteArray();
    QIODevice::close();
}

qint64 MessageStream::size() const
{
    return m_message.size();
}

bool MessageStream::seek(qint64 pos)
{
    if (pos < 0 || pos > size()) {
        return false;
    }
    m_position = pos;
    return QIODevice::seek(pos);
}

qint64 MessageStream::writeData(const char *, qint64)
{
    return -1;
}

qsizetype MessageStream::segmentAt(qint64 position)
{
    const QList<MessageSegment> &segments = m_message.segments();
    const MessageSegment &hint = segments.at(m_segment);
    if (position >= hint.offset && position < hint.offset + hint.size) {
        return m_segment;
    }
    const auto it = std::upper_bound(segments.cbegin(), segments.cend(), position,
                                     [](qint64 pos, const MessageSegment &s) { return pos < s.offset; });
    m_segment = static_cast<qsizetype>(it - segments.cbegin()) - 1;
    return m_segment;
}

qint64 MessageStream::readData(char *data, qint64 maxSize)
{
    if (m_error) {
        return -1;
    }
    qint64 done = 0;
    while (done < maxSize && m_position < size()) {
        const qsizetype index = segmentAt(m_position);
        const MessageSegment &segment = m_message.segments().at(index);
        const qint64 offset = m_position - segment.offset;
        const qint64 want = qMin(maxSize - done, segment.size - offset);
        qint64 got = 0;
        if (segment.kind == MessageSegment::Kind::Literal) {
            std::memcpy(data + done, segment.bytes.constData() + offset, static_cast<size_t>(want));
            got = want;
        } else {
            got = readBase64(index, offset, data + done, want);
            if (got < 0) {
                return done > 0 ? done : -1;
            }
        }
        done += got;
        m_position += got;
    }
    return done;
}

qint64 MessageStream::readBase64(qsizetype index, qint64 offset, char *out, qint64 maxSize)
{
    if (m_cacheSegment != index || offset < m_cacheStart || offset >= m_cacheStart + m_cache.size()) {
        if (!fillCache(index, offset)) {
            return -1;
        }
    }
    const qint64 n = qMin(maxSize, m_cacheStart + m_cache.size() - offset);
    std::memcpy(out, m_cache.constData() + (offset - m_cacheStart), static_cast<size_t>(n));
    return n;
}

bool MessageStream::fillCache(qsizetype index, qint64 offset)
{
    const MessageSegment &segment = m_message.segments().at(index);
    const qint64 inputSize
        = segment.kind == MessageSegment::Kind::Base64Data ? segment.bytes.size() : segment.inputSize;
    const qint64 line = offset / EncodedLine;
    const qint64 start = line * BodyEncoder::Base64LineInput;
    const qint64 length = qMin(LinesPerBlock * BodyEncoder::Base64LineInput, inputSize - start);
    const char *input = readInput(index, start, length);
    if (!input) {
        return false;
    }
    m_cache.resize(LinesPerBlock * EncodedLine);
    const BodyEncoder::Ending ending
        = start + length >= inputSize ? BodyEncoder::Ending::EndOfBody : BodyEncoder::Ending::MoreFollows;
    m_cache.resize(BodyEncoder::encodeBase64Lines(input, length, m_cache.data(), ending));
    m_cacheSegment = index;
    m_cacheStart = line * EncodedLine;
    return true;
}

const char *MessageStream::readInput(qsizetype index, qint64 start, qint64 length)
{
    const MessageSegment &segment = m_message.segments().at(index);
    if (segment.kind == MessageSegment::Kind::Base64Data) {
        return segment.bytes.constData() + start;
    }
    if (m_fileSegment != index) {
        m_file.close();
        m_file.setFileName(segment.path);
        m_fileSegment = index;
        if (!m_file.open(QIODevice::ReadOnly)) {
            fail(ComposeError::Kind::AttachmentUnreadable, segment.path);
            return nullptr;
        }
        // A size change would break the size announced to the server; refuse rather
        // than send a message that differs from what was composed.
        if (m_file.size() != segment.inputSize) {
            fail(ComposeError::Kind::AttachmentChanged, segment.path);
            return nullptr;
        }
    }
    if (m_file.pos() != start && !m_file.seek(start)) {
        fail(ComposeError::Kind::AttachmentUnreadable, segment.path);
        return nullptr;
    }
    m_input.resize(length);
    qint64 done = 0;
    while (done < length) {
        const qint64 n = m_file.read(m_input.data() + done, length - done);
        if (n < 0) {
            fail(ComposeError::Kind::AttachmentUnreadable, segment.path);
            return nullptr;
        }
        if (n == 0) {
            fail(ComposeError::Kind::AttachmentChanged, segment.path);
            return nullptr;
        }
        done += n;
    }
    return m_input.constData();
}

void MessageStream::fail(ComposeError::Kind kind, const QString &path)
{
    ComposeError error;
    error.kind = kind;
    error.detail = path;
    m_error = error;
    qCInfo(lcMime) << "reading attachment failed:" << path << m_file.errorString();
    m_file.close();
    m_fileSegment = -1;
    setErrorString(error.message());
}

} // namespace Mime
