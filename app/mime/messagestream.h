// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/mime/composedmessage.h"
#include "app/mime/composeerror.h"

#include <QFile>
#include <QIODevice>

#include <optional>

namespace Mime
{

// Reads a ComposedMessage's bytes, producing them as they are asked for: file
// attachments are read from disk a block at a time and base64-encoded on the fly, so the
// memory used stays at a few hundred KiB whatever the message size. A random-access,
// read-only device whose size() is the exact message size from the start; seek() and a
// second pass (or a second stream) give the same bytes. Used by the SMTP worker for DATA
// and by `kurier send --save`. If an attachment becomes unreadable or changes size after
// composing, read() returns -1, errorString() says why and streamError() has the details.
class MessageStream : public QIODevice
{
    Q_OBJECT
public:
    explicit MessageStream(const ComposedMessage &message, QObject *parent = nullptr);
    ~MessageStream() override;

    // ReadOnly only; the device is always unbuffered (it buffers by itself).
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override;
    bool seek(qint64 pos) override;

    std::optional<ComposeError> streamError() const { return m_error; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    qsizetype segmentAt(qint64 position);
    qint64 readBase64(qsizetype index, qint64 offset, char *out, qint64 maxSize);
    bool fillCache(qsizetype index, qint64 offset);
    const char *readInput(qsizetype index, qint64 start, qint64 length);
    void fail(ComposeError::Kind kind, const QString &path);

    ComposedMessage m_message;
    qint64 m_position = 0;
    qsizetype m_segment = 0;
    // Encoded bytes of segment m_cacheSegment, from segment-relative offset m_cacheStart.
    qsizetype m_cacheSegment = -1;
    qint64 m_cacheStart = 0;
    QByteArray m_cache;
    QByteArray m_input;
    QFile m_file;
    qsizetype m_fileSegment = -1;
    std::optional<ComposeError> m_error;
};

} // namespace Mime
