// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Smtp
{

// Turns message bytes into the DATA stream, chunk by chunk (RFC 5321 §4.5.2, and the
// SMTP-smuggling lessons of SMTP.md §2.4): every bare CR and bare LF becomes CRLF, every
// line starting with '.' gets a second dot (the first line too), and finish() closes with
// exactly one CRLF.CRLF, adding the CRLF a message without a final line end lacks.
// It also notes what the session must check: octets above 127 and over-long lines.
class DataEncoder
{
public:
    // RFC 5322 §2.1.1 / RFC 5321 §4.5.3.1.6: 998 octets plus CRLF.
    static constexpr qsizetype MaxLineLength = 998;

    void encode(QByteArrayView input, QByteArray &output);
    void finish(QByteArray &output);

    bool sawEightBit() const { return m_sawEightBit; }
    // Longest line of the *input* (without its line end), so the session can refuse to send
    // what a server would have to break or reject.
    qsizetype longestLine() const { return m_longestLine; }

private:
    void endLine(QByteArray &output);

    bool m_atLineStart = true;
    bool m_pendingCr = false;
    bool m_sawEightBit = false;
    qsizetype m_lineLength = 0;
    qsizetype m_longestLine = 0;
};

} // namespace Smtp
