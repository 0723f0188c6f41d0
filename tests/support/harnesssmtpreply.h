// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

// One SMTP reply as HarnessSmtpClient read it: the three-digit code and the text of each line
// without the "250-" / "250 " prefix. code is 0 when no complete reply arrived (timeout, closed
// connection); the client's errorString() then says why. Made for assertions in tests, which
// is why it offers the EHLO view (keywords and their parameters) too.
struct HarnessSmtpReply {
    int code = 0;
    QByteArrayList lines;

    bool isValid() const { return code != 0; }
    // RFC 3463 enhanced status code at the start of the first line ("5.7.8"), or empty.
    QByteArray enhancedCode() const;
    // All lines joined with " | ", for failure messages.
    QString text() const;

    // EHLO view: the first line is the greeting, each further line one extension.
    bool offers(const QByteArray &keyword) const;
    // The parameters after the keyword, e.g. {"PLAIN", "LOGIN"} for AUTH, {"65536"} for SIZE.
    QByteArrayList parameters(const QByteArray &keyword) const;
};
