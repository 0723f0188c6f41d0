// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/smtp/reply.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Smtp
{

// Incremental, strictly bounded parser for server replies. Bytes go in as they arrive
// (in any split); complete replies come out one at a time. A hostile server cannot make it
// buffer more than maxLineLength bytes of an unfinished line nor collect more than maxLines
// lines for one reply: either limit turns the parser into the Failed state for good.
// Lines may end in CRLF or a bare LF (servers that send bare LF exist); every line of a
// multi-line reply must carry the same code.
class ReplyParser
{
public:
    struct Limits {
        qsizetype maxLineLength = 8192; // octets, without the line end
        int maxLines = 256;
    };

    enum class Failure { None, LineTooLong, TooManyLines, MalformedLine, InconsistentCodes };

    ReplyParser() = default;
    explicit ReplyParser(Limits limits);

    // Appends received bytes. Returns false (and fails) when an unfinished line grows past the limit.
    bool append(QByteArrayView bytes);
    // The next complete reply, if the buffer holds one. Check failure() when this returns nothing.
    std::optional<Reply> takeReply();

    Failure failure() const { return m_failure; }
    // The offending line (truncated) when failure() is not None; for error reports.
    QString failureDetail() const { return m_failureDetail; }
    // Received but not yet consumed octets, including lines of a reply still being collected
    // and any unfinished line: after STARTTLS's 220 this must be zero (injection defence).
    qsizetype bufferedBytes() const { return m_buffer.size() - m_offset + m_pendingBytes; }
    // Forgets everything (used when the connection is replaced).
    void reset();

private:
    bool fail(Failure failure, QByteArrayView line);
    std::optional<Reply> consumeLine(QByteArrayView line);

    Limits m_limits;
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    Reply m_pending; // lines of a multi-line reply collected so far
    qsizetype m_pendingBytes = 0;
    Failure m_failure = Failure::None;
    QString m_failureDetail;
};

} // namespace Smtp
