// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/smtp/dataencoder.h"

#include <algorithm>

namespace Smtp
{

void DataEncoder::endLine(QByteArray &output)
{
    output.append("\r\n", 2);
    m_longestLine = std::max(m_longestLine, m_lineLength);
    m_lineLength = 0;
    m_atLineStart = true;
}

void DataEncoder::encode(QByteArrayView input, QByteArray &output)
{
    output.reserve(output.size() + input.size() + input.size() / 64 + 8);
    const char *data = input.data();
    const qsizetype size = input.size();
    qsizetype i = 0;
    while (i < size) {
        if (m_pendingCr) {
            // A CR is only half a line end; whatever follows decides whether it was a CRLF
            // or a bare CR, and both become one CRLF on the wire.
            m_pendingCr = false;
            endLine(output);
            if (data[i] == '\n') {
                ++i;
                continue;
            }
        }
        // Copy the run of ordinary octets in one go: this loop is the hot path for 25 MB.
        qsizetype end = i;
        while (end < size && data[end] != '\r' && data[end] != '\n') {
            m_sawEightBit = m_sawEightBit || static_cast<unsigned char>(data[end]) > 127;
            ++end;
        }
        if (end > i) {
            if (m_atLineStart && data[i] == '.') {
                output.append('.');
            }
            output.append(data + i, end - i);
            m_lineLength += end - i;
            m_atLineStart = false;
            i = end;
        }
        if (i < size) {
            if (data[i] == '\r') {
                m_pendingCr = true;
            } else {
                endLine(output);
            }
            ++i;
        }
    }
}

void DataEncoder::finish(QByteArray &output)
{
    if (m_pendingCr || !m_atLineStart) {
        m_pendingCr = false;
        endLine(output);
    }
    output.append(".\r\n", 3);
}

} // namespace Smtp
