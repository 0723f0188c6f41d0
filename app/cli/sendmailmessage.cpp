// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/sendmailmessage.h"

#include "app/mime/address.h"
#include "app/mime/addressparser.h"
#include "app/smtp/dataencoder.h"

namespace Cli
{

namespace
{

bool hasEightBit(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) > 127) {
            return true;
        }
    }
    return false;
}

// One header line, without its line end, and the offset of the next line.
QByteArrayView lineAt(const QByteArray &bytes, qsizetype start, qsizetype *next)
{
    qsizetype end = bytes.indexOf('\n', start);
    *next = end < 0 ? bytes.size() : end + 1;
    if (end < 0) {
        end = bytes.size();
    }
    QByteArrayView line = QByteArrayView(bytes).sliced(start, end - start);
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    return line;
}

} // namespace

std::optional<SendmailMessage> SendmailMessage::parse(QByteArray input, Input mode, QString *problem)
{
    if (mode == Input::StopAtLoneDot) {
        qsizetype start = 0;
        while (start < input.size()) {
            qsizetype next = 0;
            if (lineAt(input, start, &next) == ".") {
                input.truncate(start);
                break;
            }
            start = next;
        }
    }
    if (input.trimmed().isEmpty()) {
        *problem = tr("The message on standard input is empty.");
        return std::nullopt;
    }
    if (input.contains('\0')) {
        *problem = tr("The message contains a NUL byte, which SMTP cannot carry.");
        return std::nullopt;
    }
    qsizetype start = 0;
    int number = 1;
    while (start < input.size()) {
        qsizetype next = 0;
        const QByteArrayView line = lineAt(input, start, &next);
        if (line.size() > Smtp::DataEncoder::MaxLineLength) {
            *problem = tr("Line %1 of the message is %2 bytes long; SMTP allows at most 998. Encode the message "
                          "(e.g. use the compose form of \"kurier send\" or attach the content).")
                           .arg(number)
                           .arg(line.size());
            return std::nullopt;
        }
        start = next;
        ++number;
    }
    SendmailMessage message;
    message.m_bytes = std::move(input);
    return message;
}

qsizetype SendmailMessage::headerEnd() const
{
    qsizetype start = 0;
    while (start < m_bytes.size()) {
        qsizetype next = 0;
        if (lineAt(m_bytes, start, &next).isEmpty()) {
            return start;
        }
        start = next;
    }
    return m_bytes.size();
}

QStringList SendmailMessage::fieldValues(const QByteArray &name) const
{
    QStringList values;
    const qsizetype end = headerEnd();
    qsizetype start = 0;
    QByteArray current;
    bool collecting = false;
    while (start < end) {
        qsizetype next = 0;
        const QByteArrayView line = lineAt(m_bytes, start, &next);
        const bool continuation = !line.isEmpty() && (line.front() == ' ' || line.front() == '\t');
        if (!continuation) {
            if (collecting) {
                values.append(QString::fromUtf8(current).trimmed());
            }
            collecting = false;
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.first(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0) {
                collecting = true;
                current = line.sliced(colon + 1).toByteArray();
            }
        } else if (collecting) {
            current += line.toByteArray();
        }
        start = next;
    }
    if (collecting) {
        values.append(QString::fromUtf8(current).trimmed());
    }
    return values;
}

std::optional<QStringList> SendmailMessage::headerRecipients(QString *problem) const
{
    QStringList recipients;
    for (const QByteArray &field : {QByteArray("To"), QByteArray("Cc"), QByteArray("Bcc")}) {
        for (const QString &value : fieldValues(field)) {
            if (value.isEmpty()) {
                continue;
            }
            const Mime::AddressParser::ListResult parsed = Mime::AddressParser::parseList(value);
            if (!parsed.ok()) {
                *problem
                    = tr("The %1 field cannot be read: %2").arg(QString::fromLatin1(field), parsed.error->message());
                return std::nullopt;
            }
            for (const Mime::Mailbox &mailbox : Mime::mailboxesOf(parsed.addresses)) {
                recipients.append(mailbox.address());
            }
        }
    }
    return recipients;
}

QString SendmailMessage::fromAddress() const
{
    const QStringList from = fieldValues("From");
    if (from.size() != 1) {
        return {};
    }
    const Mime::AddressParser::MailboxResult parsed = Mime::AddressParser::parseMailbox(from.first());
    return parsed.ok() ? parsed.mailbox.address() : QString();
}

void SendmailMessage::removeBcc()
{
    const qsizetype end = headerEnd();
    QByteArray kept;
    kept.reserve(m_bytes.size());
    qsizetype start = 0;
    bool dropping = false;
    while (start < end) {
        qsizetype next = 0;
        const QByteArrayView line = lineAt(m_bytes, start, &next);
        const bool continuation = !line.isEmpty() && (line.front() == ' ' || line.front() == '\t');
        if (!continuation) {
            const qsizetype colon = line.indexOf(':');
            dropping = colon > 0 && line.first(colon).trimmed().compare("Bcc", Qt::CaseInsensitive) == 0;
        }
        if (!dropping) {
            kept += QByteArrayView(m_bytes).sliced(start, next - start);
        }
        start = next;
    }
    kept += QByteArrayView(m_bytes).sliced(end);
    m_bytes = kept;
}

Smtp::MessageSource::Requirements SendmailMessage::requirements() const
{
    const qsizetype end = headerEnd();
    Smtp::MessageSource::Requirements result;
    if (hasEightBit(QByteArrayView(m_bytes).first(end))) {
        // RFC 6532 headers: UTF-8 in header fields needs SMTPUTF8 and an 8-bit transport.
        result |= Smtp::MessageSource::Requirement::SmtpUtf8;
        result |= Smtp::MessageSource::Requirement::EightBitMime;
    }
    if (hasEightBit(QByteArrayView(m_bytes).sliced(end))) {
        result |= Smtp::MessageSource::Requirement::EightBitMime;
    }
    return result;
}

} // namespace Cli
