// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mime/messagecomposer.h"

#include "app/mime/addressparser.h"
#include "app/mime/bodyencoder.h"
#include "app/mime/flowedtext.h"
#include "app/mime/headerfieldwriter.h"
#include "app/mime/rfc5322date.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace Mime
{

namespace
{

constexpr int MaxBoundaryAttempts = 100;
constexpr qint64 CharsetScanBlock = 256 * 1024;

using Kind = ComposeError::Kind;
using Field = ComposeError::Field;

// A node of the MIME tree: a leaf with its encoded body, or a multipart.
struct Node {
    bool multipart = false;
    QByteArray subtype; // multipart: mixed, alternative, related
    QByteArray relatedType; // multipart/related: the root's type
    QList<Node> children;
    QByteArray boundary;
    QByteArray headers; // leaf: its Content-* header fields
    MessageSegment body; // leaf
    bool eightBit = false;
};

bool isAtextAscii(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArrayView("!#$%&'*+-/=?^_`{|}~").contains(c);
}

bool isDotAtomAscii(QByteArrayView text)
{
    if (text.isEmpty() || text.startsWith('.') || text.endsWith('.') || text.contains("..")) {
        return false;
    }
    for (const char c : text) {
        if (c != '.' && !isAtextAscii(c)) {
            return false;
        }
    }
    return true;
}

// "left@right" with both sides dot-atoms (RFC 5322 msg-id without the obsolete forms).
bool isIdContent(QByteArrayView id)
{
    const qsizetype at = id.indexOf('@');
    return at > 0 && isDotAtomAscii(id.first(at)) && isDotAtomAscii(id.sliced(at + 1));
}

bool isMessageId(QByteArrayView id)
{
    return id.size() > 2 && id.size() <= HeaderFieldWriter::MaxPlainWord && id.startsWith('<') && id.endsWith('>')
        && isIdContent(id.sliced(1, id.size() - 2));
}

bool isRfc2045Token(QByteArrayView text)
{
    if (text.isEmpty()) {
        return false;
    }
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f || QByteArrayView("()<>@,;:\\\"/[]?=").contains(c)) {
            return false;
        }
    }
    return true;
}

bool isMimeType(QByteArrayView type)
{
    const qsizetype slash = type.indexOf('/');
    return slash > 0 && isRfc2045Token(type.first(slash)) && isRfc2045Token(type.sliced(slash + 1));
}

// RFC 2046 5.1.1: 1-70 bchars, not ending in a space.
bool isBoundary(QByteArrayView boundary)
{
    static const QByteArrayView extra("'()+_,-./:=? ");
    if (boundary.isEmpty() || boundary.size() > 70 || boundary.endsWith(' ')) {
        return false;
    }
    for (const char c : boundary) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || extra.contains(c);
        if (!ok) {
            return false;
        }
    }
    return true;
}

// Incremental UTF-8 validation, so a text file's charset can be decided block by block.
class Utf8Check
{
public:
    void feed(QByteArrayView bytes)
    {
        for (const char ch : bytes) {
            const auto c = static_cast<unsigned char>(ch);
            if (c >= 0x80) {
                m_ascii = false;
            }
            if (m_pending > 0) {
                if ((c & 0xc0) != 0x80 || (m_first && (c < m_low || c > m_high))) {
                    m_valid = false;
                }
                m_first = false;
                --m_pending;
                continue;
            }
            m_low = 0x80;
            m_high = 0xbf;
            m_first = true;
            if (c < 0x80) {
                continue;
            } else if (c >= 0xc2 && c <= 0xdf) {
                m_pending = 1;
            } else if (c >= 0xe0 && c <= 0xef) {
                m_pending = 2;
                m_low = c == 0xe0 ? 0xa0 : 0x80; // no overlong forms
                m_high = c == 0xed ? 0x9f : 0xbf; // no surrogates
            } else if (c >= 0xf0 && c <= 0xf4) {
                m_pending = 3;
                m_low = c == 0xf0 ? 0x90 : 0x80;
                m_high = c == 0xf4 ? 0x8f : 0xbf;
            } else {
                m_valid = false;
            }
        }
    }
    bool isAscii() const { return m_ascii; }
    bool isValid() const { return m_valid && m_pending == 0; }

private:
    int m_pending = 0;
    unsigned char m_low = 0x80;
    unsigned char m_high = 0xbf;
    bool m_first = false;
    bool m_valid = true;
    bool m_ascii = true;
};

// Display and file names are one line: readers refuse or mangle line breaks in them
// (Python raises on CR/LF in a display name), so control characters become spaces.
QString singleLine(QString text)
{
    for (QChar &c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            c = QLatin1Char(' ');
        }
    }
    return text;
}

QList<Address> singleLineNames(QList<Address> addresses)
{
    for (Address &address : addresses) {
        address.groupName = singleLine(address.groupName);
        address.mailbox.displayName = singleLine(address.mailbox.displayName);
        for (Mailbox &member : address.members) {
            member.displayName = singleLine(member.displayName);
        }
    }
    return addresses;
}

MessageDraft withSingleLineNames(MessageDraft draft)
{
    draft.from.displayName = singleLine(draft.from.displayName);
    draft.to = singleLineNames(draft.to);
    draft.cc = singleLineNames(draft.cc);
    draft.bcc = singleLineNames(draft.bcc);
    draft.replyTo = singleLineNames(draft.replyTo);
    for (Attachment &attachment : draft.attachments) {
        attachment.fileName = singleLine(attachment.effectiveFileName());
    }
    for (Attachment &attachment : draft.inlineImages) {
        attachment.fileName = singleLine(attachment.effectiveFileName());
    }
    return draft;
}

class Builder
{
public:
    Builder(const MessageDraft &draft, const ComposeOptions &options, const ComposeSources &sources)
        : m_draft(draft)
        , m_options(options)
        , m_sources(sources)
        , m_eightBit(options.extensions.testFlag(ServerExtension::EightBitMime) ? BodyEncoder::EightBit::Allowed
                                                                                : BodyEncoder::EightBit::NotAllowed)
    {
    }

    std::optional<ComposeError> error;

    MessageComposer::Result run()
    {
        MessageComposer::Result result;
        Envelope envelope;
        if (!checkAddresses(envelope) || !checkExtraHeaders()) {
            result.error = error;
            return result;
        }
        QList<QByteArray> references;
        QByteArray inReplyTo;
        if (!m_draft.inReplyTo.trimmed().isEmpty() && !normalizedId(m_draft.inReplyTo, inReplyTo)) {
            result.error = error;
            return result;
        }
        for (const QByteArray &reference : m_draft.references) {
            QByteArray id;
            if (!normalizedId(reference, id)) {
                result.error = error;
                return result;
            }
            references += id;
        }
        std::optional<Node> top = buildTree();
        if (!top || !assignBoundaries(*top)) {
            result.error = error;
            return result;
        }
        const QByteArray messageId = m_sources.messageId(m_draft.from.asciiDomain());
        if (!isMessageId(messageId)) {
            return failed(Kind::InvalidMessageId, QString::fromLatin1(messageId));
        }
        envelope.body = containsEightBit(*top) ? Envelope::Body::EightBitMime : Envelope::Body::SevenBit;

        QList<MessageSegment> segments;
        appendLiteral(segments, topHeaders(messageId, inReplyTo, references));
        appendNode(segments, *top, true);
        result.message = ComposedMessage(segments, envelope, messageId);
        return result;
    }

private:
    MessageComposer::Result failed(Kind kind, const QString &detail)
    {
        MessageComposer::Result result;
        result.error = ComposeError{kind, Field::None, detail, std::nullopt};
        return result;
    }

    bool fail(Kind kind, const QString &detail = {}, Field field = Field::None)
    {
        error = ComposeError{kind, field, detail, std::nullopt};
        return false;
    }

    bool checkMailbox(const Mailbox &mailbox, Field field)
    {
        std::optional<AddressError> problem = AddressParser::check(mailbox);
        Kind kind = Kind::InvalidAddress;
        if (!problem && mailbox.needsSmtpUtf8() && !m_options.extensions.testFlag(ServerExtension::SmtpUtf8)) {
            problem = AddressError{AddressError::Kind::NeedsSmtpUtf8, mailbox.address(), {}, 0};
            kind = Kind::NeedsSmtpUtf8;
        }
        if (problem) {
            error = ComposeError{kind, field, mailbox.address(), problem};
            return false;
        }
        return true;
    }

    bool checkAddresses(Envelope &envelope)
    {
        if (!checkMailbox(m_draft.from, Field::From)) {
            return false;
        }
        bool utf8 = m_draft.from.needsSmtpUtf8();
        const QList<std::pair<const QList<Address> *, Field>> lists{{&m_draft.to, Field::To},
                                                                    {&m_draft.cc, Field::Cc},
                                                                    {&m_draft.bcc, Field::Bcc},
                                                                    {&m_draft.replyTo, Field::ReplyTo}};
        QSet<QByteArray> seen;
        for (const auto &[list, field] : lists) {
            for (const Mailbox &mailbox : mailboxesOf(*list)) {
                if (!checkMailbox(mailbox, field)) {
                    return false;
                }
                utf8 = utf8 || mailbox.needsSmtpUtf8();
                if (field == Field::ReplyTo) {
                    continue;
                }
                // Domains are case-insensitive; local parts are the receiving server's business.
                const QByteArray key = mailbox.localPart.toUtf8() + '@' + mailbox.asciiDomain().toLower();
                if (!seen.contains(key)) {
                    seen.insert(key);
                    envelope.recipients += mailbox.wireAddress();
                }
            }
        }
        if (envelope.recipients.isEmpty()) {
            return fail(Kind::NoRecipients);
        }
        envelope.sender = m_draft.from.wireAddress();
        envelope.addresses = utf8 ? Envelope::Addresses::SmtpUtf8 : Envelope::Addresses::Ascii;
        return true;
    }

    bool checkExtraHeaders()
    {
        static const QSet<QByteArray> reserved{"from",       "sender",       "to",          "cc",         "bcc",
                                               "reply-to",   "subject",      "date",        "message-id", "in-reply-to",
                                               "references", "mime-version", "return-path", "received"};
        for (const MessageDraft::ExtraHeader &header : m_draft.extraHeaders) {
            const QString shown = QString::fromUtf8(header.name);
            bool valid = !header.name.isEmpty() && header.name.size() <= 76;
            for (const char c : header.name) {
                const auto u = static_cast<unsigned char>(c);
                valid = valid && u >= 33 && u <= 126 && c != ':';
            }
            if (!valid) {
                return fail(Kind::InvalidHeaderName, shown);
            }
            const QByteArray lower = header.name.toLower();
            if (reserved.contains(lower) || lower.startsWith("content-")) {
                return fail(Kind::ReservedHeaderName, shown);
            }
        }
        return true;
    }

    bool normalizedId(const QByteArray &given, QByteArray &id)
    {
        id = given.trimmed();
        if (!id.startsWith('<')) {
            id = '<' + id + '>';
        }
        if (!isMessageId(id)) {
            return fail(Kind::InvalidMessageId, QString::fromUtf8(given));
        }
        return true;
    }

    // ---- the tree ----

    static Node multipart(const QByteArray &subtype, QList<Node> children)
    {
        Node node;
        node.multipart = true;
        node.subtype = subtype;
        node.children = std::move(children);
        return node;
    }

    std::optional<Node> buildTree()
    {
        std::optional<Node> body;
        const bool hasHtml = !m_draft.html.isEmpty();
        QList<Node> attachments;
        if (hasHtml) {
            Node html = textLeaf("html", m_draft.html, MessageDraft::TextFormat::Fixed);
            if (!m_draft.inlineImages.isEmpty()) {
                if (!checkContentIds()) {
                    return std::nullopt;
                }
                QList<Node> related{html};
                for (const Attachment &image : m_draft.inlineImages) {
                    std::optional<Node> leaf = attachmentLeaf(image, Disposition::Inline);
                    if (!leaf) {
                        return std::nullopt;
                    }
                    related += *leaf;
                }
                html = multipart("related", related);
                html.relatedType = "text/html";
            }
            body = m_draft.plainText.isEmpty()
                ? html
                : multipart("alternative", {textLeaf("plain", m_draft.plainText, m_draft.textFormat), html});
        } else {
            if (!m_draft.plainText.isEmpty()) {
                body = textLeaf("plain", m_draft.plainText, m_draft.textFormat);
            }
            // Images without an HTML text to show them in travel as ordinary attachments.
            for (const Attachment &image : m_draft.inlineImages) {
                std::optional<Node> leaf = attachmentLeaf(image, Disposition::Attachment);
                if (!leaf) {
                    return std::nullopt;
                }
                attachments += *leaf;
            }
        }
        for (const Attachment &attachment : m_draft.attachments) {
            std::optional<Node> leaf = attachmentLeaf(attachment, Disposition::Attachment);
            if (!leaf) {
                return std::nullopt;
            }
            attachments += *leaf;
        }
        if (attachments.isEmpty()) {
            return body ? *body : textLeaf("plain", QString(), MessageDraft::TextFormat::Fixed);
        }
        if (!body) {
            return attachments.size() == 1 ? attachments.first() : multipart("mixed", attachments);
        }
        return multipart("mixed", QList<Node>{*body} + attachments);
    }

    bool checkContentIds()
    {
        QSet<QByteArray> ids;
        for (const Attachment &image : m_draft.inlineImages) {
            if (!isIdContent(image.contentId)) {
                return fail(Kind::InvalidContentId, image.effectiveFileName());
            }
            ids.insert(image.contentId);
        }
        static const QRegularExpression cid(QStringLiteral("cid:([^\"'\\s>)]+)"),
                                            QRegularExpression::CaseInsensitiveOption);
        for (auto it = cid.globalMatch(m_draft.html); it.hasNext();) {
            const QString reference = it.next().captured(1);
            if (!ids.contains(QUrl::fromPercentEncoding(reference.toUtf8()).toUtf8())) {
                return fail(Kind::UnresolvedContentId, reference);
            }
        }
        return true;
    }

    Node textLeaf(const QByteArray &subtype, const QString &text, MessageDraft::TextFormat format)
    {
        const bool flowed = format == MessageDraft::TextFormat::Flowed;
        const QByteArray canonical = BodyEncoder::canonicalText(flowed ? FlowedText::encode(text) : text);
        TransferEncoding encoding = BodyEncoder::chooseForText(canonical, m_eightBit);
        if (flowed && encoding == TransferEncoding::QuotedPrintable) {
            // RFC 3676 4.2: QP would hide the soft breaks' trailing spaces; Thunderbird
            // takes base64 instead, and plain ASCII can stay 7bit.
            encoding = BodyEncoder::fitsSevenBit(canonical) ? TransferEncoding::SevenBit
                : m_eightBit == BodyEncoder::EightBit::Allowed && BodyEncoder::fitsEightBit(canonical)
                ? TransferEncoding::EightBit
                : TransferEncoding::Base64;
        }
        Node node;
        HeaderFieldWriter type("Content-Type");
        type.appendAtom(QByteArray("text/") + subtype);
        type.appendParameter("charset", "UTF-8");
        if (flowed) {
            type.appendParameter("format", "flowed");
        }
        node.headers = type.toByteArray() + QByteArray("Content-Transfer-Encoding: ") + transferEncodingName(encoding)
            + QByteArray("\r\n");
        node.body = literal(BodyEncoder::encode(canonical, encoding));
        node.eightBit = encoding == TransferEncoding::EightBit;
        if (encoding == TransferEncoding::SevenBit || encoding == TransferEncoding::EightBit
            || encoding == TransferEncoding::QuotedPrintable) {
            m_literalBodies += node.body.bytes;
        }
        return node;
    }

    enum class Disposition { Attachment, Inline };

    std::optional<Node> attachmentLeaf(const Attachment &attachment, Disposition disposition)
    {
        const QString name = attachment.effectiveFileName();
        qint64 size = attachment.data.size();
        if (attachment.isFile()) {
            const QFileInfo info(attachment.filePath);
            QFile probe(attachment.filePath);
            if (!info.isFile() || !probe.open(QIODevice::ReadOnly)) {
                fail(Kind::AttachmentUnreadable, attachment.filePath);
                return std::nullopt;
            }
            size = probe.size();
        }
        QByteArray type = attachment.mimeType.trimmed().toLower();
        if (type.isEmpty()) {
            type = detectedType(attachment);
        } else if (!isMimeType(type)) {
            fail(Kind::InvalidMimeType, QString::fromUtf8(attachment.mimeType));
            return std::nullopt;
        }
        if (type == "message/rfc822") {
            std::optional<Node> forwarded = forwardedMessage(attachment, name, disposition);
            if (forwarded || error) {
                return forwarded;
            }
            type = "application/octet-stream"; // not sendable as message/rfc822, see there
        }
        QByteArray charset;
        if (type.startsWith("text/")) {
            const std::optional<QByteArray> found = textCharset(attachment);
            if (!found) {
                return std::nullopt;
            }
            charset = *found;
            if (charset.isEmpty()) {
                // Non-UTF-8 8-bit text: its charset is unknown, and claiming one would
                // garble it; as octets it arrives intact.
                type = "application/octet-stream";
            }
        }

        Node node;
        HeaderFieldWriter contentType("Content-Type");
        contentType.appendAtom(type);
        if (!charset.isEmpty()) {
            contentType.appendParameter("charset", charset);
        }
        if (!name.isEmpty() && m_options.legacyFileNames == ComposeOptions::LegacyFileNames::Include) {
            contentType.appendLegacyNameParameter("name", name);
        }
        node.headers = contentType.toByteArray() + dispositionHeader(disposition, name);
        if (!attachment.contentId.isEmpty() && disposition == Disposition::Inline) {
            node.headers += QByteArray("Content-ID: <") + attachment.contentId + QByteArray(">\r\n");
        }
        node.headers += "Content-Transfer-Encoding: base64\r\n";
        if (attachment.isFile()) {
            node.body.kind = MessageSegment::Kind::Base64File;
            node.body.path = attachment.filePath;
            node.body.inputSize = size;
        } else {
            node.body.kind = MessageSegment::Kind::Base64Data;
            node.body.bytes = attachment.data;
            node.body.inputSize = size;
        }
        node.body.size = BodyEncoder::base64LinesSize(size);
        return node;
    }

    static QByteArray dispositionHeader(Disposition disposition, const QString &name)
    {
        HeaderFieldWriter header("Content-Disposition");
        header.appendAtom(disposition == Disposition::Inline ? "inline" : "attachment");
        if (!name.isEmpty()) {
            header.appendFileNameParameter("filename", name);
        }
        return header.toByteArray();
    }

    static QByteArray detectedType(const Attachment &attachment)
    {
        const QMimeDatabase database;
        const QMimeType type = attachment.isFile()
            ? database.mimeTypeForFile(attachment.filePath)
            : database.mimeTypeForFileNameAndData(attachment.effectiveFileName(), attachment.data);
        const QByteArray name = type.name().toLatin1();
        if (!type.isValid() || type.isDefault() || name.startsWith("inode/") || name == "application/x-zerosize"
            || !isMimeType(name)) {
            return "application/octet-stream";
        }
        return name;
    }

    // "us-ascii", "UTF-8", or empty for 8-bit text that is not UTF-8; nullopt on a read error.
    std::optional<QByteArray> textCharset(const Attachment &attachment)
    {
        Utf8Check check;
        if (attachment.isFile()) {
            QFile file(attachment.filePath);
            if (!file.open(QIODevice::ReadOnly)) {
                fail(Kind::AttachmentUnreadable, attachment.filePath);
                return std::nullopt;
            }
            while (!file.atEnd()) {
                const QByteArray block = file.read(CharsetScanBlock);
                if (block.isEmpty()) {
                    fail(Kind::AttachmentUnreadable, attachment.filePath);
                    return std::nullopt;
                }
                check.feed(block);
            }
        } else {
            check.feed(attachment.data);
        }
        if (check.isAscii()) {
            return QByteArray("us-ascii");
        }
        return check.isValid() ? QByteArray("UTF-8") : QByteArray();
    }

    // A forwarded message as message/rfc822, which RFC 2046 5.2.1 allows only in 7bit or
    // 8bit: its bytes go in unchanged apart from line ends made CRLF. One that would need
    // binary, or 8bit the server does not take, returns nullopt and goes as octets.
    std::optional<Node> forwardedMessage(const Attachment &attachment, const QString &name, Disposition disposition)
    {
        QByteArray bytes = attachment.data;
        if (attachment.isFile()) {
            QFile file(attachment.filePath);
            if (!file.open(QIODevice::ReadOnly)) {
                fail(Kind::AttachmentUnreadable, attachment.filePath);
                return std::nullopt;
            }
            bytes = file.readAll();
        }
        const QByteArray canonical = BodyEncoder::canonicalLineEnds(bytes);
        TransferEncoding encoding = TransferEncoding::SevenBit;
        if (!BodyEncoder::fitsSevenBit(canonical)) {
            if (m_eightBit != BodyEncoder::EightBit::Allowed || !BodyEncoder::fitsEightBit(canonical)) {
                return std::nullopt;
            }
            encoding = TransferEncoding::EightBit;
        }
        Node node;
        HeaderFieldWriter contentType("Content-Type");
        contentType.appendAtom("message/rfc822");
        if (!name.isEmpty() && m_options.legacyFileNames == ComposeOptions::LegacyFileNames::Include) {
            contentType.appendLegacyNameParameter("name", name);
        }
        node.headers = contentType.toByteArray() + dispositionHeader(disposition, name)
            + QByteArray("Content-Transfer-Encoding: ") + transferEncodingName(encoding) + QByteArray("\r\n");
        node.body = literal(canonical);
        node.eightBit = encoding == TransferEncoding::EightBit;
        m_literalBodies += canonical;
        return node;
    }

    static MessageSegment literal(const QByteArray &bytes)
    {
        MessageSegment segment;
        segment.kind = MessageSegment::Kind::Literal;
        segment.bytes = bytes;
        segment.size = bytes.size();
        return segment;
    }

    // ---- boundaries ----

    bool assignBoundaries(Node &node)
    {
        if (!node.multipart) {
            return true;
        }
        bool found = false;
        for (int attempt = 0; attempt < MaxBoundaryAttempts && !found; ++attempt) {
            const QByteArray candidate = m_sources.boundary();
            found = isBoundary(candidate) && isUnused(candidate);
            if (found) {
                node.boundary = candidate;
            }
        }
        if (!found) {
            return fail(Kind::NoUniqueBoundary);
        }
        m_boundaries += node.boundary;
        for (Node &child : node.children) {
            if (!assignBoundaries(child)) {
                return false;
            }
        }
        return true;
    }

    bool isUnused(const QByteArray &candidate) const
    {
        // A delimiter line is "--" + boundary; text that merely contains the boundary
        // anywhere is avoided too, which is simpler and stricter. Base64 bodies never
        // contain "--", and neither do the part headers at the start of a line.
        for (const QByteArray &body : m_literalBodies) {
            if (body.contains(candidate)) {
                return false;
            }
        }
        for (const QByteArray &other : m_boundaries) {
            if (other.startsWith(candidate) || candidate.startsWith(other)) {
                return false;
            }
        }
        return true;
    }

    static bool containsEightBit(const Node &node)
    {
        if (!node.multipart) {
            return node.eightBit;
        }
        for (const Node &child : node.children) {
            if (containsEightBit(child)) {
                return true;
            }
        }
        return false;
    }

    // ---- serialisation ----

    QByteArray topHeaders(const QByteArray &messageId, const QByteArray &inReplyTo, const QList<QByteArray> &references)
    {
        const AddressForm form
            = m_options.extensions.testFlag(ServerExtension::SmtpUtf8) ? AddressForm::Utf8 : AddressForm::Ascii;
        QByteArray out;
        HeaderFieldWriter from("From");
        from.appendMailbox(m_draft.from, form);
        out += from.toByteArray();
        if (!m_draft.to.isEmpty()) {
            HeaderFieldWriter to("To");
            to.appendAddressList(m_draft.to, form);
            out += to.toByteArray();
        }
        if (!m_draft.cc.isEmpty()) {
            HeaderFieldWriter cc("Cc");
            cc.appendAddressList(m_draft.cc, form);
            out += cc.toByteArray();
        }
        if (m_draft.to.isEmpty() && m_draft.cc.isEmpty()) {
            // Only Bcc recipients: say so instead of leaving To out (RFC 5322 A.1.3).
            out += "To: undisclosed-recipients:;\r\n";
        }
        if (!m_draft.replyTo.isEmpty()) {
            HeaderFieldWriter replyTo("Reply-To");
            replyTo.appendAddressList(m_draft.replyTo, form);
            out += replyTo.toByteArray();
        }
        HeaderFieldWriter subject("Subject");
        subject.appendText(m_draft.subject);
        out += subject.toByteArray();
        out += QByteArray("Date: ") + Rfc5322Date::format(m_sources.clock()) + QByteArray("\r\n");
        out += QByteArray("Message-ID: ") + messageId + QByteArray("\r\n");
        if (!inReplyTo.isEmpty()) {
            HeaderFieldWriter header("In-Reply-To");
            header.appendMessageIds({inReplyTo});
            out += header.toByteArray();
        }
        if (!references.isEmpty()) {
            HeaderFieldWriter header("References");
            header.appendMessageIds(references);
            out += header.toByteArray();
        }
        for (const MessageDraft::ExtraHeader &extra : m_draft.extraHeaders) {
            HeaderFieldWriter header(extra.name);
            header.appendText(extra.value);
            out += header.toByteArray();
        }
        out += "MIME-Version: 1.0\r\n";
        return out;
    }

    static void appendLiteral(QList<MessageSegment> &segments, const QByteArray &bytes)
    {
        if (!segments.isEmpty() && segments.last().kind == MessageSegment::Kind::Literal) {
            segments.last().bytes += bytes;
            segments.last().size = segments.last().bytes.size();
            return;
        }
        segments += literal(bytes);
    }

    // Headers, the empty line and the body; the CRLF after a body belongs to whatever
    // follows (the next delimiter, or the end of the message).
    void appendNode(QList<MessageSegment> &segments, const Node &node, bool top)
    {
        if (!node.multipart) {
            appendLiteral(segments, node.headers + "\r\n");
            if (node.body.kind == MessageSegment::Kind::Literal) {
                if (!node.body.bytes.isEmpty()) {
                    appendLiteral(segments, node.body.bytes);
                }
            } else if (node.body.size > 0) {
                segments += node.body;
            }
            // A message ends with CRLF (SMTP needs it before the final dot); a body that
            // already does is left as it is, so its decoded text stays exact.
            const bool endsWithLineBreak
                = node.body.kind == MessageSegment::Kind::Literal && node.body.bytes.endsWith("\r\n");
            if (top && node.body.size > 0 && !endsWithLineBreak) {
                appendLiteral(segments, "\r\n");
            }
            return;
        }
        HeaderFieldWriter type("Content-Type");
        type.appendAtom(QByteArray("multipart/") + node.subtype);
        type.appendParameter("boundary", node.boundary);
        if (!node.relatedType.isEmpty()) {
            type.appendParameter("type", node.relatedType);
        }
        QByteArray headers = type.toByteArray();
        if (containsEightBit(node)) {
            headers += "Content-Transfer-Encoding: 8bit\r\n"; // RFC 2045 6.4
        }
        appendLiteral(segments, headers + "\r\n");
        for (qsizetype i = 0; i < node.children.size(); ++i) {
            appendLiteral(segments,
                          (i == 0 ? QByteArray() : QByteArray("\r\n")) + QByteArray("--") + node.boundary
                              + QByteArray("\r\n"));
            appendNode(segments, node.children.at(i), false);
        }
        appendLiteral(segments,
                      QByteArray("\r\n--") + node.boundary + QByteArray("--") + QByteArray(top ? "\r\n" : ""));
    }

    const MessageDraft m_draft;
    const ComposeOptions &m_options;
    const ComposeSources &m_sources;
    const BodyEncoder::EightBit m_eightBit;
    QList<QByteArray> m_literalBodies;
    QList<QByteArray> m_boundaries;
};

} // namespace

MessageComposer::MessageComposer(ComposeSources sources)
    : m_sources(std::move(sources))
{
}

MessageComposer::Result MessageComposer::compose(const MessageDraft &draft, const ComposeOptions &options) const
{
    Builder builder(withSingleLineNames(draft), options, m_sources);
    return builder.run();
}

} // namespace Mime
