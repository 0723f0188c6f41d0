// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/mime/address.h"
#include "app/mime/attachment.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Mime
{

// What the user composed, before it becomes bytes: a plain value the composer window, the
// command line and the outbox fill in and MessageComposer turns into a message. Texts are
// Unicode with any line ends; nothing here is encoded yet.
struct MessageDraft {
    // How the plain text is sent: as typed, or RFC 3676 format=flowed (soft line breaks
    // so that readers can re-wrap paragraphs).
    enum class TextFormat { Fixed, Flowed };

    struct ExtraHeader {
        QByteArray name; // e.g. "X-Kurier-Test"; header names the composer sets itself are refused
        QString value; // unstructured text, encoded as needed

        bool operator==(const ExtraHeader &other) const = default;
    };

    Mailbox from;
    QList<Address> to;
    QList<Address> cc;
    QList<Address> bcc; // envelope only, never written
    QList<Address> replyTo;
    QString subject;
    QByteArray inReplyTo; // "<id@host>" (angle brackets may be omitted)
    QList<QByteArray> references;
    QString plainText;
    TextFormat textFormat = TextFormat::Fixed;
    QString html; // optional; sent as the richer alternative of plainText
    QList<Attachment> inlineImages; // shown inside the HTML, referenced by cid:
    QList<Attachment> attachments;
    QList<ExtraHeader> extraHeaders;

    bool operator==(const MessageDraft &other) const = default;
};

} // namespace Mime

Q_DECLARE_METATYPE(Mime::MessageDraft)
