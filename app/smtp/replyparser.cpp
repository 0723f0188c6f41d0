// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/smtp/replyparser.h"

namespace Smtp
{

namespace
{

constexpr qsizetype MaxDetailLength = 120;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// "x.y.z" at the start of text (RFC 3463: class 2/4/5, subject and detail of 1-3 digits),
// followed by a space or the end; its class must agree with the reply code.
QString enhancedCodeAt(QByteArrayView text, int code)
{
    const char expectedClass = static_cast<char>('0' + code / 100);
    if (text.size() < 5 || text[0] != expectedClass || text[1] != '.') {
        return {};
    }
    qsizetype pos = 2;
    for (int part = 0; part < 2; ++part) {
        const qsizetype start = pos;
        while (pos < text.size() && isDigit(text[pos]) && pos - start < 4) {
            ++pos;
        }
        const qsizetype digits = pos - start;
        if (digits < 1 || digits > 3) {
            return {};
        }
        if (part == 0) {
            if (pos >= text.size() || text[pos] != '.') {
                return {};
            }
            ++pos;
        }
    }
    if (pos < text.size() && text[pos] != ' ') {
        return {};
    }
    return QString::fromLatin1(text.first(pos));
}

} // namespace

ReplyParser::ReplyParser(Limits limits)
    : m_limits(limits)
{
}

void ReplyParser::reset()
{
    m_buffer.clear();
    m_offset = 0;
    m_pending = {};
    m_pendingBytes = 0;
    m_failure = Failure::None;
    m_failureDetail.clear();
}

bool ReplyParser::fail(Failure failure, QByteArrayView line)
{
    m_failure = failure;
    m_failureDetail = QString::fromUtf8(line.first(std::min(line.size(), MaxDetailLength)));
    m_buffer.clear();
    m_offset = 0;
    return false;
}

bool ReplyParser::append(QByteArrayView bytes)
{
    if (m_failure != Failure::None) {
        return false;
    }
    if (m_offset > 0 && m_offset * 2 >= m_buffer.size()) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
    m_buffer.append(bytes);
    // Only the tail after the last line end can be an unfinished line; check its length now
    // so that a server that never sends a newline cannot grow the buffer without bound.
    const qsizetype lastNewline = m_buffer.lastIndexOf('\n');
    const qsizetype tailStart = lastNewline < m_offset ? m_offset : lastNewline + 1;
    if (m_buffer.size() - tailStart > m_limits.maxLineLength + 1) {
        return fail(Failure::LineTooLong, QByteArrayView(m_buffer).sliced(tailStart));
    }
    return true;
}

std::optional<Reply> ReplyParser::takeReply()
{
    while (m_failure == Failure::None) {
        const qsizetype newline = m_buffer.indexOf('\n', m_offset);
        if (newline < 0) {
            return std::nullopt;
        }
        QByteArrayView line = QByteArrayView(m_buffer).sliced(m_offset, newline - m_offset);
        const qsizetype consumed = newline + 1 - m_offset;
        m_offset = newline + 1;
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        if (line.size() > m_limits.maxLineLength) {
            fail(Failure::LineTooLong, line);
            return std::nullopt;
        }
        m_pendingBytes += consumed;
        if (std::optional<Reply> reply = consumeLine(line)) {
            return reply;
        }
    }
    return std::nullopt;
}

std::optional<Reply> ReplyParser::consumeLine(QByteArrayView line)
{
    // RFC 5321 §4.2: Reply-code [ ("-" / SP) textstring ]; the code is 2yz..5yz.
    const bool wellFormed = line.size() >= 3 && line[0] >= '2' && line[0] <= '5' && line[1] >= '0' && line[1] <= '5'
        && isDigit(line[2]) && (line.size() == 3 || line[3] == ' ' || line[3] == '-');
    if (!wellFormed) {
        fail(Failure::MalformedLine, line);
        return std::nullopt;
    }
    const int code = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
    if (!m_pending.lines.isEmpty() && code != m_pending.code) {
        fail(Failure::InconsistentCodes, line);
        return std::nullopt;
    }
    if (m_pending.lines.size() >= m_limits.maxLines) {
        fail(Failure::TooManyLines, line);
        return std::nullopt;
    }
    m_pending.code = code;
    m_pending.lines.append(QString::fromUtf8(line));
    if (m_pending.enhancedCode.isEmpty() && line.size() > 4) {
        m_pending.enhancedCode = enhancedCodeAt(line.sliced(4), code);
    }
    const bool last = line.size() == 3 || line[3] == ' ';
    if (!last) {
        return std::nullopt;
    }
    Reply complete = std::move(m_pending);
    m_pending = {};
    m_pendingBytes = 0;
    return complete;
}

} // namespace Smtp
