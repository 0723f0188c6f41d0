// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/smtp/sendrequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Cli
{

// A complete RFC 5322 message as a sendmail-style caller pipes it in: read as it is (the
// session turns its line ends into CRLF on the wire), checked before any connection for
// what no server should get (lines over 998 octets, NUL bytes), and inspected for what
// the envelope needs: the recipients in To/Cc/Bcc (for -t), the From address, and whether
// it needs 8BITMIME or SMTPUTF8.
class SendmailMessage
{
    Q_DECLARE_TR_FUNCTIONS(Cli::SendmailMessage)
public:
    enum class Input {
        WholeInput, // -i / -oi: read to the end of the input
        StopAtLoneDot, // classic sendmail: a line with only "." ends the message
    };

    // problem receives a translated sentence when the result is empty.
    static std::optional<SendmailMessage> parse(QByteArray input, Input mode, QString *problem);

    // Unfolded values of every field with this name (case-insensitive), in order.
    QStringList fieldValues(const QByteArray &name) const;
    // The addresses of To, Cc and Bcc (for -t); problem set if one cannot be read.
    std::optional<QStringList> headerRecipients(QString *problem) const;
    // The From field's address, if there is exactly one readable.
    QString fromAddress() const;
    // Drops every Bcc field (with its continuation lines): -t keeps Bcc recipients secret.
    void removeBcc();

    QByteArray bytes() const { return m_bytes; }
    Smtp::MessageSource::Requirements requirements() const;

private:
    qsizetype headerEnd() const; // offset just after the header section's last line end

    QByteArray m_bytes;
};

} // namespace Cli
