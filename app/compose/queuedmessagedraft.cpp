// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/compose/queuedmessagedraft.h"

#include "app/mime/addressparser.h"
#include "app/mime/messagereader.h"

#include <QRegularExpression>
#include <QSet>

namespace Compose
{

Mime::MessageDraft draftFromQueuedMessage(const QByteArray &bytes, const QStringList &envelopeRecipients)
{
    const Mime::MessageReader message = Mime::MessageReader::read(bytes);
    Mime::MessageDraft draft;
    const QList<Mime::Mailbox> from
        = Mime::mailboxesOf(Mime::AddressParser::parseList(message.field("From")).addresses);
    if (!from.isEmpty()) {
        draft.from = from.first();
    }
    draft.to = Mime::AddressParser::parseList(message.field("To")).addresses;
    draft.cc = Mime::AddressParser::parseList(message.field("Cc")).addresses;
    draft.replyTo = Mime::AddressParser::parseList(message.field("Reply-To")).addresses;
    QSet<QString> named;
    for (const Mime::Mailbox &mailbox : Mime::mailboxesOf(draft.to + draft.cc)) {
        named.insert(mailbox.address().toCaseFolded());
    }
    for (const QString &recipient : envelopeRecipients) {
        if (named.contains(recipient.toCaseFolded())) {
            continue;
        }
        const Mime::AddressParser::MailboxResult parsed = Mime::AddressParser::parseAddrSpec(recipient);
        if (parsed.ok()) {
            draft.bcc.append(Mime::Address::fromMailbox(parsed.mailbox));
            named.insert(recipient.toCaseFolded());
        }
    }
    draft.subject = message.field("Subject");
    draft.inReplyTo = message.rawField("In-Reply-To").trimmed();
    static const QRegularExpression messageId(QStringLiteral("<[^<>\\s]+>"));
    const QString references = QString::fromLatin1(message.rawField("References"));
    for (auto match = messageId.globalMatch(references); match.hasNext();) {
        draft.references.append(match.next().captured().toLatin1());
    }
    draft.plainText = message.plainText();
    int unnamed = 0;
    for (const Mime::MessageReader::File &file : message.files()) {
        const QString name = file.fileName.isEmpty() ? QStringLiteral("attachment-%1").arg(++unnamed) : file.fileName;
        draft.attachments.append(Mime::Attachment::fromData(file.data, name, file.mimeType));
    }
    return draft;
}

} // namespace Compose
