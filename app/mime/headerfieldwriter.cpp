// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mime/headerfieldwriter.h"

#include "app/mime/addressparser.h"
#include "app/mime/encodedword.h"

namespace Mime
{

namespace
{

// Below this many free columns an encoded-word starts on a new line rather than being
// squeezed into a sliver of one.
constexpr int MinEncodedWordRoom = 24;
// The legacy name= words stay short so the quoted-string continues on lines of ≤ 76.
constexpr int LegacyWordLength = 60;
// Longer runs of white space between words travel inside encoded-words: folding can only
// move a run to the next line, and a run too long for any line would need a continuation
// line of white space alone, which ends the header for some readers.
constexpr int MaxPlainSpace = 16;

bool isFoldingSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

// A word of unstructured text that cannot be written as it is.
bool needsEncoding(const QString &word)
{
    if (word.size() > HeaderFieldWriter::MaxPlainWord || word.contains(QLatin1String("=?"))) {
        return true;
    }
    for (const QChar c : word) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e) {
            return true;
        }
    }
    return false;
}

// RFC 2231 attribute-char, minus a few that some parsers mishandle.
bool isParameterLiteral(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '!' || c == '#'
        || c == '$' || c == '&' || c == '+' || c == '-' || c == '.' || c == '^' || c == '_' || c == '`' || c == '|'
        || c == '~';
}

QByteArray percentEncoded(QByteArrayView utf8)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if (isParameterLiteral(c)) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0x0f];
        }
    }
    return out;
}

bool isToken(QByteArrayView value)
{
    if (value.isEmpty()) {
        return false;
    }
    for (const char ch : value) {
        const auto c = static_cast<unsigned char>(ch);
        // RFC 2045 token: any CHAR except SPACE, CTLs and tspecials.
        if (c <= 0x20 || c >= 0x7f || QByteArrayView("()<>@,;:\\\"/[]?=").contains(static_cast<char>(c))) {
            return false;
        }
    }
    return true;
}

} // namespace

HeaderFieldWriter::HeaderFieldWriter(QByteArrayView name)
    : m_out(name.toByteArray() + ':')
    , m_column(static_cast<int>(name.size()) + 1)
{
}

bool HeaderFieldWriter::isPrintableAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e) {
            return false;
        }
    }
    return true;
}

QByteArray HeaderFieldWriter::quotedString(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    out += '"';
    return out;
}

void HeaderFieldWriter::fold()
{
    m_out += "\r\n";
    m_column = 0;
    m_lineHasToken = false;
    m_lineHasEncodedWord = false;
}

int HeaderFieldWriter::lineLimit() const
{
    return m_lineHasEncodedWord ? EncodedWordLineLimit : FoldColumn;
}

void HeaderFieldWriter::appendToken(QByteArrayView token, QByteArrayView whitespace, bool encodedWord)
{
    const int width = static_cast<int>(whitespace.size() + token.size());
    const int limit = encodedWord ? EncodedWordLineLimit : lineLimit();
    // Never fold right after "Name:" (a first line holding only the name confuses some
    // DKIM signers); a token that does not fit anywhere keeps a line of its own.
    if (m_lineHasToken && !whitespace.isEmpty() && m_column + width > limit) {
        fold();
    }
    m_out += whitespace;
    m_out += token;
    m_column += width;
    m_lineHasToken = true;
    m_lineHasEncodedWord = m_lineHasEncodedWord || encodedWord;
}

void HeaderFieldWriter::appendAtom(const QByteArray &token, Spacing spacing)
{
    appendToken(token, spacing == Spacing::Folding ? QByteArrayView(" ") : QByteArrayView(), false);
}

void HeaderFieldWriter::appendEncoded(QByteArrayView utf8, QByteArrayView whitespace)
{
    qsizetype from = 0;
    QByteArrayView space = whitespace;
    while (from < utf8.size()) {
        int room = EncodedWordLineLimit - m_column - static_cast<int>(space.size());
        if (m_lineHasToken && room < MinEncodedWordRoom) {
            fold();
            room = EncodedWordLineLimit - static_cast<int>(space.size());
        }
        QByteArray word = EncodedWord::take(utf8, from, qBound(0, room, EncodedWord::MaxLength));
        if (word.isEmpty()) {
            // Not even one character fits after a long header name: a fresh line always has
            // room, since the white space before an encoded run is short (MaxPlainSpace).
            Q_ASSERT(m_column > 0 && !m_lineHasToken);
            fold();
            room = EncodedWordLineLimit - static_cast<int>(space.size());
            word = EncodedWord::take(utf8, from, qBound(0, room, EncodedWord::MaxLength));
        }
        appendToken(word, space, true);
        // Between adjacent encoded-words the space is only a separator (RFC 2047 6.2);
        // the text's own white space is inside the words.
        space = " ";
    }
}

void HeaderFieldWriter::appendText(const QString &text)
{
    // Split into (white space, word) pairs; white space between two words that both need
    // encoding goes inside the encoded run, since readers drop it between encoded-words.
    struct Piece {
        QString space;
        QString word;
        bool encode = false;
    };
    QList<Piece> pieces;
    qsizetype i = 0;
    while (i < text.size()) {
        Piece piece;
        while (i < text.size() && isFoldingSpace(text.at(i))) {
            piece.space += text.at(i++);
        }
        while (i < text.size() && !isFoldingSpace(text.at(i))) {
            piece.word += text.at(i++);
        }
        piece.encode = needsEncoding(piece.word);
        pieces += piece;
    }
    if (pieces.isEmpty()) {
        return;
    }
    // Readers strip white space around the value, so leading or trailing white space
    // survives only inside an encoded-word.
    if (!pieces.first().space.isEmpty()) {
        pieces.first().encode = true;
    }
    if (pieces.last().word.isEmpty()) {
        pieces.last().encode = true;
        if (pieces.size() > 1) {
            pieces[pieces.size() - 2].encode = true;
        }
    }
    for (qsizetype p = 1; p < pieces.size(); ++p) {
        if (pieces.at(p).space.size() > MaxPlainSpace) {
            pieces[p - 1].encode = true;
            pieces[p].encode = true;
        }
    }

    for (qsizetype p = 0; p < pieces.size();) {
        const Piece &piece = pieces.at(p);
        // The first piece's leading space, if any, is part of the text (encoded); otherwise
        // the separator after "Name:" is a plain space.
        const bool first = p == 0;
        if (!piece.encode) {
            const QByteArray space = first ? QByteArray(" ") : piece.space.toLatin1();
            appendToken(piece.word.toLatin1(), space, false);
            ++p;
            continue;
        }
        QString run = first ? piece.space + piece.word : piece.word;
        qsizetype q = p + 1;
        while (q < pieces.size() && pieces.at(q).encode) {
            run += pieces.at(q).space + pieces.at(q).word;
            ++q;
        }
        const QByteArray space = first ? QByteArray(" ") : piece.space.toLatin1();
        appendEncoded(run.toUtf8(), space);
        p = q;
    }
}

bool HeaderFieldWriter::appendPhrase(const QString &phrase)
{
    if (phrase.isEmpty()) {
        return false;
    }
    if (isPrintableAscii(phrase) && phrase.size() <= MaxPlainWord && !phrase.contains(QLatin1String("=?"))) {
        if (AddressParser::isPhraseOfAtoms(phrase)) {
            for (const QString &word : phrase.split(QLatin1Char(' '))) {
                appendAtom(word.toLatin1());
            }
        } else {
            appendAtom(quotedString(phrase.toLatin1()));
        }
        return false;
    }
    appendEncoded(phrase.toUtf8(), " ");
    return true;
}

int HeaderFieldWriter::phraseWidth(const QString &phrase) const
{
    if (phrase.isEmpty()) {
        return 0;
    }
    if (isPrintableAscii(phrase)) {
        return static_cast<int>(phrase.size()) + 3;
    }
    return EncodedWord::encodedLength(phrase.toUtf8()) + 1;
}

void HeaderFieldWriter::appendMailbox(const Mailbox &mailbox, AddressForm form)
{
    Q_UNUSED(form) // the caller has refused UTF-8 local parts where the form is ASCII
    const QByteArray address = mailbox.wireAddress();
    if (mailbox.displayName.isEmpty()) {
        appendAtom(address);
        return;
    }
    appendPhrase(mailbox.displayName);
    appendAtom('<' + address + '>');
}

void HeaderFieldWriter::appendAddressList(const QList<Address> &addresses, AddressForm form)
{
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const Address &address = addresses.at(i);
        if (i > 0) {
            appendAtom(",", Spacing::Glued);
        }
        // Keep an address on one line when it fits on a fresh one: fold after the comma.
        int width
            = 1 + phraseWidth(address.kind == Address::Kind::Group ? address.groupName : address.mailbox.displayName);
        if (address.kind == Address::Kind::Mailbox) {
            width += static_cast<int>(address.mailbox.wireAddress().size()) + 3;
        }
        if (m_lineHasToken && m_column + width > lineLimit() && width <= FoldColumn) {
            fold();
        }
        if (address.kind == Address::Kind::Mailbox) {
            appendMailbox(address.mailbox, form);
            continue;
        }
        // RFC 2047 5(3): an encoded-word is separated from a following special by white space.
        const bool encoded = appendPhrase(address.groupName);
        appendAtom(":", encoded ? Spacing::Folding : Spacing::Glued);
        for (qsizetype m = 0; m < address.members.size(); ++m) {
            if (m > 0) {
                appendAtom(",", Spacing::Glued);
            }
            appendMailbox(address.members.at(m), form);
        }
        appendAtom(";", Spacing::Glued);
    }
}

void HeaderFieldWriter::appendMessageIds(const QList<QByteArray> &ids)
{
    for (const QByteArray &id : ids) {
        appendAtom(id);
    }
}

void HeaderFieldWriter::appendParameter(QByteArrayView attribute, QByteArrayView value)
{
    appendAtom(";", Spacing::Glued);
    appendAtom(attribute.toByteArray() + '=' + (isToken(value) ? value.toByteArray() : quotedString(value)));
}

void HeaderFieldWriter::appendFileNameParameter(QByteArrayView attribute, const QString &fileName)
{
    // What fits on a fresh line: a leading space, the parameter and the ';' after it.
    const int room = FoldColumn - 2;
    if (isPrintableAscii(fileName) && !fileName.contains(QLatin1String("=?"))) {
        const QByteArray simple = attribute.toByteArray() + '=' + quotedString(fileName.toLatin1());
        if (simple.size() <= room) {
            appendAtom(";", Spacing::Glued);
            appendAtom(simple);
            return;
        }
    }
    const QByteArray utf8 = fileName.toUtf8();
    const QByteArray single = attribute.toByteArray() + "*=UTF-8''" + percentEncoded(utf8);
    if (single.size() <= room) {
        appendAtom(";", Spacing::Glued);
        appendAtom(single);
        return;
    }
    // RFC 2231 3 continuations, numbered from 0, each holding whole characters so that a
    // reader decoding segment by segment never sees half a character.
    qsizetype from = 0;
    for (int index = 0; from < utf8.size(); ++index) {
        QByteArray segment = attribute.toByteArray() + '*' + QByteArray::number(index)
            + "*=" + (index == 0 ? QByteArray("UTF-8''") : QByteArray());
        const qsizetype prefix = segment.size();
        while (from < utf8.size()) {
            const qsizetype length = qMin<qsizetype>(EncodedWord::sequenceLength(utf8.at(from)), utf8.size() - from);
            const QByteArray piece = percentEncoded(utf8.sliced(from, length));
            if (segment.size() > prefix && segment.size() + piece.size() > room) {
                break;
            }
            segment += piece;
            from += length;
        }
        appendAtom(";", Spacing::Glued);
        appendAtom(segment);
    }
}

void HeaderFieldWriter::appendLegacyNameParameter(QByteArrayView attribute, const QString &fileName)
{
    if (isPrintableAscii(fileName) && !fileName.contains(QLatin1String("=?"))) {
        appendParameter(attribute, fileName.toLatin1());
        return;
    }
    // Thunderbird's form (mail.strictly_mime.parm_folding = 1): encoded-words inside the
    // quoted value, folded between words.
    const QByteArray utf8 = fileName.toUtf8();
    QList<QByteArray> words;
    for (qsizetype from = 0; from < utf8.size();) {
        words += EncodedWord::take(utf8, from, LegacyWordLength);
    }
    appendAtom(";", Spacing::Glued);
    for (qsizetype i = 0; i < words.size(); ++i) {
        QByteArray token = i == 0 ? attribute.toByteArray() + "=\"" + words.at(i) : words.at(i);
        if (i == words.size() - 1) {
            token += '"';
        }
        appendToken(token, " ", true);
    }
}

QByteArray HeaderFieldWriter::toByteArray() const
{
    return m_out + "\r\n";
}

} // namespace Mime
