// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mime/addressparser.h"

#include <QUrl>

namespace Mime
{

namespace
{

using Kind = AddressError::Kind;

constexpr qsizetype MaxLocalPartOctets = 64;
constexpr qsizetype MaxDomainOctets = 253;
constexpr qsizetype MaxLabelOctets = 63;
constexpr qsizetype MaxAddressOctets = 254; // RFC 5321 4.5.3.1.3: a path is at most 256 with its <>

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r') || c == QLatin1Char('\n')
        || (c.unicode() > 0x7f && c.isSpace());
}

bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || u == 0x7f || (u > 0x7f && c.category() == QChar::Other_Control);
}

// RFC 5322 specials, plus the quote that starts a quoted-string.
bool isSpecial(QChar c)
{
    static const QString specials = QStringLiteral("()<>[]:;@\\,.\"");
    return c.unicode() < 0x80 && specials.contains(c);
}

// atext, with RFC 6532's UTF-8 characters.
bool isAtext(QChar c)
{
    return !isSpace(c) && !isControl(c) && !isSpecial(c);
}

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7f) {
            return false;
        }
    }
    return true;
}

bool isLdhLabel(const QByteArray &label)
{
    if (label.isEmpty() || label.size() > MaxLabelOctets || label.startsWith('-') || label.endsWith('-')) {
        return false;
    }
    for (const char c : label) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok) {
            return false;
        }
    }
    return true;
}

std::optional<Kind> domainProblem(const QString &domain)
{
    if (domain.isEmpty()) {
        return Kind::EmptyDomain;
    }
    QByteArray ace;
    if (isAscii(domain)) {
        ace = domain.toLatin1();
    } else {
        // IDN domains are checked in the A-label form, the form that goes on the wire.
        ace = QUrl::toAce(domain, QUrl::AceProcessingOption::IgnoreIDNWhitelist);
        if (ace.isEmpty()) {
            return Kind::InvalidDomain;
        }
    }
    if (ace.size() > MaxDomainOctets) {
        return Kind::DomainTooLong;
    }
    const QList<QByteArray> labels = ace.split('.');
    if (labels.size() < 2 && isLdhLabel(ace)) {
        return Kind::DomainWithoutDot;
    }
    for (const QByteArray &label : labels) {
        if (!isLdhLabel(label)) {
            return Kind::InvalidDomain;
        }
    }
    bool numeric = true;
    for (const char c : labels.last()) {
        numeric = numeric && c >= '0' && c <= '9';
    }
    if (numeric) {
        return Kind::DomainLiteral; // 192.0.2.1 written without brackets
    }
    return std::nullopt;
}

struct Token {
    enum class Type { Atom, Quoted, Special, End };
    Type type = Type::End;
    QString text; // Atom/Quoted: the value (quoted-pairs resolved); Special: the character
    qsizetype start = 0;
    qsizetype end = 0;
    bool spaceBefore = false;
    QString commentBefore; // text of the comment(s) just before this token

    bool is(char special) const { return type == Type::Special && text == QLatin1Char(special); }
    bool isWord() const { return type == Type::Atom || type == Type::Quoted; }
};

struct LexError {
    Kind kind;
    qsizetype position;
    QString character;
};

// Splits text into RFC 5322 lexical tokens; CFWS becomes Token::spaceBefore.
class Lexer
{
public:
    explicit Lexer(const QString &text)
        : m_text(text)
    {
    }

    std::optional<LexError> run(QList<Token> &tokens)
    {
        bool space = false;
        QString comment;
        qsizetype i = 0;
        const qsizetype n = m_text.size();
        while (i < n) {
            const QChar c = m_text.at(i);
            if (isSpace(c)) {
                space = true;
                ++i;
                continue;
            }
            if (c == QLatin1Char('(')) {
                qsizetype control = -1;
                const qsizetype close = skipComment(i, comment, control);
                if (control >= 0) {
                    return LexError{Kind::ControlCharacter, control, QString(m_text.at(control))};
                }
                if (close < 0) {
                    return LexError{Kind::UnterminatedComment, i, {}};
                }
                space = true;
                i = close;
                continue;
            }
            Token token;
            token.start = i;
            token.spaceBefore = space;
            token.commentBefore = comment.trimmed();
            space = false;
            comment.clear();
            if (c == QLatin1Char('"')) {
                token.type = Token::Type::Quoted;
                qsizetype j = i + 1;
                bool closed = false;
                while (j < n) {
                    QChar q = m_text.at(j);
                    if (q == QLatin1Char('"')) {
                        closed = true;
                        ++j;
                        break;
                    }
                    if (q == QLatin1Char('\\') && j + 1 < n) {
                        ++j;
                        q = m_text.at(j);
                    }
                    if (q == QLatin1Char('\r') || q == QLatin1Char('\n')) {
                        q = QLatin1Char(' '); // a folded quoted-string unfolds to its white space
                    } else if (isControl(q) && q != QLatin1Char('\t')) {
                        return LexError{Kind::ControlCharacter, j, QString(q)};
                    }
                    token.text += q;
                    ++j;
                }
                if (!closed) {
                    return LexError{Kind::UnterminatedQuote, i, {}};
                }
                token.end = j;
                i = j;
            } else if (isSpecial(c)) {
                token.type = Token::Type::Special;
                token.text = c;
                token.end = i + 1;
                ++i;
            } else if (isControl(c)) {
                return LexError{Kind::ControlCharacter, i, QString(c)};
            } else {
                token.type = Token::Type::Atom;
                qsizetype j = i;
                while (j < n && isAtext(m_text.at(j))) {
                    ++j;
                }
                token.text = m_text.mid(i, j - i);
                token.end = j;
                i = j;
            }
            tokens.append(token);
        }
        Token end;
        end.type = Token::Type::End;
        end.start = end.end = n;
        end.spaceBefore = space;
        end.commentBefore = comment.trimmed();
        tokens.append(end);
        return std::nullopt;
    }

private:
    // Returns the index after the comment that starts at i, or -1 if it is never closed;
    // `control` is set to the position of a control character, which a comment (a possible
    // display name) may not hold either.
    qsizetype skipComment(qsizetype i, QString &comment, qsizetype &control) const
    {
        int depth = 0;
        qsizetype j = i;
        QString inner;
        while (j < m_text.size()) {
            QChar c = m_text.at(j);
            const bool escaped = c == QLatin1Char('\\') && j + 1 < m_text.size();
            if (escaped) {
                ++j;
                c = m_text.at(j);
            }
            if (isControl(c) && !isSpace(c)) {
                control = j;
                return -1;
            }
            if (escaped) {
                inner += c;
                ++j;
                continue;
            }
            if (c == QLatin1Char('(')) {
                if (depth > 0) {
                    inner += c;
                }
                ++depth;
            } else if (c == QLatin1Char(')')) {
                --depth;
                if (depth == 0) {
                    if (!comment.isEmpty()) {
                        comment += QLatin1Char(' ');
                    }
                    comment += inner.simplified();
                    return j + 1;
                }
                inner += c;
            } else {
                inner += c;
            }
            ++j;
        }
        return -1;
    }

    const QString &m_text;
};

enum class Context { List, GroupMember, Single };

class Parser
{
public:
    Parser(const QString &text, QList<Token> tokens)
        : m_text(text)
        , m_tokens(std::move(tokens))
    {
    }

    const Token &at(qsizetype i) const { return m_tokens.at(qMin(i, m_tokens.size() - 1)); }
    const Token &current() const { return at(m_pos); }
    qsizetype pos() const { return m_pos; }
    std::optional<AddressError> &error() { return m_error; }

    // The entry that starts at token `first`, up to the separator that ends it.
    QString entryText(qsizetype first, qsizetype errorToken, Context context) const
    {
        qsizetype k = qMax(errorToken, first);
        int angle = 0;
        for (qsizetype j = first; j < k; ++j) {
            angle += at(j).is('<') ? 1 : at(j).is('>') ? -1 : 0;
        }
        while (at(k).type != Token::Type::End) {
            const Token &t = at(k);
            if (t.is('<')) {
                ++angle;
            } else if (t.is('>')) {
                --angle;
            } else if (angle <= 0 && (t.is(',') || (context == Context::GroupMember && t.is(';')))) {
                break;
            }
            ++k;
        }
        const qsizetype from = at(first).start;
        const qsizetype to = at(k).type == Token::Type::End ? m_text.size() : at(k).start;
        return m_text.mid(from, to - from).trimmed();
    }

    bool fail(Kind kind, qsizetype first, qsizetype errorToken, Context context, const QString &character = {})
    {
        AddressError error;
        error.kind = kind;
        error.address = entryText(first, errorToken, context);
        error.character = character;
        error.position = at(errorToken).start;
        m_error = error;
        return false;
    }

    QString phraseText(qsizetype from, qsizetype to) const
    {
        QString text;
        for (qsizetype i = from; i < to; ++i) {
            if (i > from && at(i).spaceBefore) {
                text += QLatin1Char(' ');
            }
            text += at(i).text;
        }
        return text;
    }

    // An address at the current token; groups only where the context allows them.
    bool parseAddress(Context context, Address &out)
    {
        const qsizetype first = m_pos;
        while (current().isWord() || current().is('.')) {
            ++m_pos;
        }
        const Token &next = current();
        if (next.is('<')) {
            Mailbox mailbox;
            mailbox.displayName = phraseText(first, m_pos);
            ++m_pos;
            if (current().is('>')) {
                return fail(Kind::EmptyAngle, first, m_pos, context);
            }
            if (!parseAddrSpec(first, context, mailbox)) {
                return false;
            }
            if (!current().is('>')) {
                if (current().type == Token::Type::End) {
                    return fail(Kind::UnterminatedAngle, first, m_pos, context);
                }
                if (current().spaceBefore) {
                    return fail(Kind::ContainsSpace, first, m_pos, context);
                }
                return fail(Kind::UnexpectedCharacter, first, m_pos, context, current().text);
            }
            ++m_pos;
            out = Address::fromMailbox(mailbox);
            return true;
        }
        if (next.is(':') && m_pos > first) {
            if (context != Context::List) {
                return fail(context == Context::GroupMember ? Kind::NestedGroup : Kind::GroupNotAllowed, first, m_pos,
                            context);
            }
            const QString name = phraseText(first, m_pos);
            ++m_pos;
            QList<Mailbox> members;
            while (true) {
                while (current().is(',')) {
                    ++m_pos;
                }
                if (current().is(';')) {
                    ++m_pos;
                    break;
                }
                if (current().type == Token::Type::End) {
                    return fail(Kind::UnterminatedGroup, first, m_pos, Context::List);
                }
                const qsizetype memberStart = m_pos;
                Address member;
                if (!parseAddress(Context::GroupMember, member)) {
                    return false;
                }
                members += member.mailbox;
                if (current().is(',')) {
                    continue;
                }
                if (current().is(';')) {
                    ++m_pos;
                    break;
                }
                if (current().type == Token::Type::End) {
                    return fail(Kind::UnterminatedGroup, first, m_pos, Context::List);
                }
                return fail(Kind::TrailingText, memberStart, m_pos, Context::GroupMember);
            }
            out = Address::group(name, members);
            return true;
        }
        if (next.is('@')) {
            m_pos = first;
            Mailbox mailbox;
            if (!parseAddrSpec(first, context, mailbox)) {
                return false;
            }
            // "jan@example.com (Jan Kowalski)": the old way of giving a display name.
            mailbox.displayName = current().commentBefore;
            out = Address::fromMailbox(mailbox);
            return true;
        }
        if (m_pos > first) {
            return fail(Kind::MissingAt, first, m_pos, context);
        }
        if (next.type == Token::Type::End) {
            return fail(Kind::Empty, first, m_pos, context);
        }
        return fail(Kind::UnexpectedCharacter, first, m_pos, context, next.text);
    }

    // local-part "@" domain, starting at the current token.
    bool parseAddrSpec(qsizetype entryStart, Context context, Mailbox &mailbox)
    {
        const qsizetype localStart = m_pos;
        while (current().isWord() || current().is('.')) {
            ++m_pos;
        }
        const qsizetype localEnd = m_pos;
        if (!current().is('@')) {
            if (localEnd == localStart) {
                if (current().type == Token::Type::End || current().is('>') || current().is(',')) {
                    return fail(Kind::MissingAt, entryStart, m_pos, context);
                }
                return fail(Kind::UnexpectedCharacter, entryStart, m_pos, context, current().text);
            }
            return fail(Kind::MissingAt, entryStart, m_pos, context);
        }
        if (!checkLocalPart(entryStart, localStart, localEnd, context, mailbox.localPart)) {
            return false;
        }
        if (current().spaceBefore) {
            return fail(Kind::ContainsSpace, entryStart, m_pos, context);
        }
        ++m_pos; // '@'
        if (!parseDomain(entryStart, context, mailbox.domain)) {
            return false;
        }
        if (mailbox.wireAddress().size() > MaxAddressOctets) {
            return fail(Kind::AddressTooLong, entryStart, localStart, context);
        }
        return true;
    }

    bool checkLocalPart(qsizetype entryStart, qsizetype from, qsizetype to, Context context, QString &localPart)
    {
        if (from == to) {
            return fail(Kind::EmptyLocalPart, entryStart, to, context);
        }
        bool expectWord = true;
        QString value;
        for (qsizetype i = from; i < to; ++i) {
            const Token &t = at(i);
            if (i > from && t.spaceBefore) {
                return fail(Kind::ContainsSpace, entryStart, i, context);
            }
            if (t.is('.')) {
                if (expectWord) {
                    return fail(Kind::LocalPartDots, entryStart, i, context);
                }
                expectWord = true;
            } else {
                if (!expectWord) {
                    return fail(Kind::InvalidLocalPartCharacter, entryStart, i, context, QStringLiteral("\""));
                }
                expectWord = false;
            }
            value += t.text;
        }
        if (expectWord) {
            return fail(Kind::LocalPartDots, entryStart, to - 1, context);
        }
        if (value.isEmpty()) {
            return fail(Kind::EmptyLocalPart, entryStart, from, context);
        }
        if (value.toUtf8().size() > MaxLocalPartOctets) {
            return fail(Kind::LocalPartTooLong, entryStart, from, context);
        }
        localPart = value;
        return true;
    }

    bool parseDomain(qsizetype entryStart, Context context, QString &domain)
    {
        if (current().is('[')) {
            return fail(Kind::DomainLiteral, entryStart, m_pos, context);
        }
        const qsizetype from = m_pos;
        while ((current().type == Token::Type::Atom || current().is('.')) && !current().spaceBefore) {
            domain += current().text;
            ++m_pos;
        }
        if (m_pos == from) {
            if (current().spaceBefore && current().type == Token::Type::Atom) {
                return fail(Kind::ContainsSpace, entryStart, m_pos, context);
            }
            if (current().type == Token::Type::End || current().is(',') || current().is('>') || current().is(';')) {
                return fail(Kind::EmptyDomain, entryStart, m_pos, context);
            }
            return fail(Kind::UnexpectedCharacter, entryStart, m_pos, context, current().text);
        }
        const Token &after = current();
        if (!after.spaceBefore && (after.isWord() || after.is('@') || after.is('[') || after.is(']'))) {
            return fail(after.type == Token::Type::Special ? Kind::UnexpectedCharacter : Kind::InvalidDomain,
                        entryStart, m_pos, context, after.text);
        }
        if (const std::optional<Kind> problem = domainProblem(domain)) {
            return fail(*problem, entryStart, from, context);
        }
        return true;
    }

    void skip(char special)
    {
        while (current().is(special)) {
            ++m_pos;
        }
    }

private:
    const QString &m_text;
    QList<Token> m_tokens;
    qsizetype m_pos = 0;
    std::optional<AddressError> m_error;
};

// The entry around a lexer error: from the last top-level comma before it to the end.
AddressError lexError(const QString &text, const LexError &error)
{
    qsizetype entryStart = 0;
    bool inQuote = false;
    int comment = 0;
    for (qsizetype i = 0; i < error.position && i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\')) {
            ++i;
        } else if (inQuote) {
            inQuote = c != QLatin1Char('"');
        } else if (c == QLatin1Char('(')) {
            ++comment;
        } else if (c == QLatin1Char(')') && comment > 0) {
            --comment;
        } else if (comment == 0 && c == QLatin1Char('"')) {
            inQuote = true;
        } else if (comment == 0 && c == QLatin1Char(',')) {
            entryStart = i + 1;
        }
    }
    qsizetype entryEnd = text.size();
    if (error.kind == Kind::ControlCharacter) {
        const qsizetype comma = text.indexOf(QLatin1Char(','), error.position);
        entryEnd = comma < 0 ? text.size() : comma;
    }
    AddressError out;
    out.kind = error.kind;
    out.address = text.mid(entryStart, entryEnd - entryStart).trimmed();
    out.character = error.character;
    out.position = error.position;
    return out;
}

} // namespace

AddressParser::ListResult AddressParser::parseList(const QString &text)
{
    ListResult result;
    QList<Token> tokens;
    if (const std::optional<LexError> error = Lexer(text).run(tokens)) {
        result.error = lexError(text, *error);
        return result;
    }
    Parser parser(text, tokens);
    while (true) {
        parser.skip(',');
        if (parser.current().type == Token::Type::End) {
            break;
        }
        const qsizetype first = parser.pos();
        Address address;
        if (!parser.parseAddress(Context::List, address)) {
            result.error = parser.error();
            result.addresses.clear();
            return result;
        }
        result.addresses += address;
        if (parser.current().is(',')) {
            continue;
        }
        if (parser.current().type != Token::Type::End) {
            parser.fail(Kind::TrailingText, first, parser.pos(), Context::List);
            result.error = parser.error();
            result.addresses.clear();
            return result;
        }
    }
    return result;
}

AddressParser::MailboxResult AddressParser::parseMailbox(const QString &text)
{
    MailboxResult result;
    QList<Token> tokens;
    if (const std::optional<LexError> error = Lexer(text).run(tokens)) {
        result.error = lexError(text, *error);
        return result;
    }
    Parser parser(text, tokens);
    Address address;
    if (!parser.parseAddress(Context::Single, address)) {
        result.error = parser.error();
        return result;
    }
    parser.skip(',');
    if (parser.current().type != Token::Type::End) {
        const bool another = parser.pos() > 0 && parser.at(parser.pos() - 1).is(',');
        parser.fail(another ? Kind::MultipleAddresses : Kind::TrailingText, 0, parser.pos(), Context::Single);
        if (another) {
            parser.error()->address = text.trimmed();
        }
        result.error = parser.error();
        return result;
    }
    result.mailbox = address.mailbox;
    return result;
}

AddressParser::MailboxResult AddressParser::parseAddrSpec(const QString &text)
{
    MailboxResult result;
    QList<Token> tokens;
    if (const std::optional<LexError> error = Lexer(text).run(tokens)) {
        result.error = lexError(text, *error);
        return result;
    }
    Parser parser(text, tokens);
    const auto failAt = [&](Kind kind, qsizetype token, const QString &character = {}) {
        parser.fail(kind, 0, token, Context::Single, character);
        parser.error()->address = text.trimmed();
        result.error = parser.error();
        return result;
    };
    if (tokens.size() == 1) {
        return failAt(Kind::Empty, 0);
    }
    // The last '@' separates local part and domain, so an '@' before it is reported
    // as a character the local part may not hold.
    qsizetype at = -1;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens.at(i).is('@')) {
            at = i;
        }
    }
    if (at < 0) {
        return failAt(Kind::MissingAt, 0);
    }
    for (qsizetype i = 0; i < at; ++i) {
        const Token &t = tokens.at(i);
        if (t.type == Token::Type::Special && !t.is('.')) {
            return failAt(Kind::InvalidLocalPartCharacter, i, t.text);
        }
    }
    Mailbox mailbox;
    if (!parser.checkLocalPart(0, 0, at, Context::Single, mailbox.localPart)) {
        parser.error()->address = text.trimmed();
        result.error = parser.error();
        return result;
    }
    if (tokens.at(at).spaceBefore) {
        return failAt(Kind::ContainsSpace, at);
    }
    for (qsizetype i = at + 1; i < tokens.size() - 1; ++i) {
        const Token &t = tokens.at(i);
        if (t.spaceBefore) {
            return failAt(Kind::ContainsSpace, i);
        }
        if (t.is('[')) {
            return failAt(Kind::DomainLiteral, i);
        }
        if (t.type != Token::Type::Atom && !t.is('.')) {
            return failAt(Kind::InvalidDomain, i);
        }
        mailbox.domain += t.text;
    }
    if (const std::optional<Kind> problem = domainProblem(mailbox.domain)) {
        return failAt(*problem, at + 1);
    }
    if (tokens.last().spaceBefore) {
        return failAt(Kind::ContainsSpace, tokens.size() - 1);
    }
    if (mailbox.wireAddress().size() > MaxAddressOctets) {
        return failAt(Kind::AddressTooLong, 0);
    }
    result.mailbox = mailbox;
    return result;
}

std::optional<AddressError> AddressParser::check(const Mailbox &mailbox)
{
    AddressError error;
    error.address = mailbox.address();
    if (mailbox.isEmpty()) {
        error.kind = Kind::Empty;
        return error;
    }
    if (mailbox.localPart.isEmpty()) {
        error.kind = Kind::EmptyLocalPart;
        return error;
    }
    for (const QChar c : mailbox.localPart) {
        if (isControl(c) && c != QLatin1Char('\t')) {
            error.kind = Kind::ControlCharacter;
            error.character = c;
            return error;
        }
    }
    if (mailbox.localPart.toUtf8().size() > MaxLocalPartOctets) {
        error.kind = Kind::LocalPartTooLong;
        return error;
    }
    for (const QChar c : mailbox.domain) {
        if (!isAtext(c) && c != QLatin1Char('.')) {
            error.kind = isControl(c) ? Kind::ControlCharacter : Kind::InvalidDomain;
            error.character = c;
            return error;
        }
    }
    if (const std::optional<Kind> problem = domainProblem(mailbox.domain)) {
        error.kind = *problem;
        return error;
    }
    if (mailbox.wireAddress().size() > MaxAddressOctets) {
        error.kind = Kind::AddressTooLong;
        return error;
    }
    return std::nullopt;
}

bool AddressParser::isDotAtom(const QString &text)
{
    if (text.isEmpty() || text.startsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char('.'))
        || text.contains(QLatin1String(".."))) {
        return false;
    }
    for (const QChar c : text) {
        if (c != QLatin1Char('.') && !isAtext(c)) {
            return false;
        }
    }
    return true;
}

bool AddressParser::isPhraseOfAtoms(const QString &text)
{
    if (text.isEmpty() || text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' '))
        || text.contains(QLatin1String("  "))) {
        return false;
    }
    for (const QChar c : text) {
        if (c != QLatin1Char(' ') && !isAtext(c)) {
            return false;
        }
    }
    return true;
}

QString AddressParser::quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\')) {
            out += QLatin1Char('\\');
        }
        out += c;
    }
    out += QLatin1Char('"');
    return out;
}

} // namespace Mime
