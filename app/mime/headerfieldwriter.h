// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/mime/address.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Mime
{

// Writes one header field as it goes on the wire: "Name: value" folded at white space so
// that lines stay within 78 octets (76 on lines holding encoded-words, RFC 2047 2), with
// every user-supplied text encoded for its place — RFC 2047 words in unstructured text and
// phrases only, quoted-strings where specials need them, RFC 2231 for file names — so no
// value can ever put a CR, LF or NUL on the wire or start a new header line. Tokens that
// cannot be broken (a long URL, an address) keep their own line; no line exceeds 998.
class HeaderFieldWriter
{
public:
    static constexpr int FoldColumn = 78;
    static constexpr int EncodedWordLineLimit = 76;
    // Longer pure-ASCII words are encoded so that they can be split (RFC 5322 2.1.1, 998).
    static constexpr int MaxPlainWord = 900;

    enum class Spacing { Glued, Folding }; // the token follows the previous one directly, or after a space
    enum class LegacyName { Include, Omit };

    // name must be a valid field name (the composer checks user-given names).
    explicit HeaderFieldWriter(QByteArrayView name);

    // An unbreakable token (pure ASCII, or UTF-8 where SMTPUTF8 allows it).
    void appendAtom(const QByteArray &token, Spacing spacing = Spacing::Folding);
    // Unstructured text (Subject, extra headers): words as they are where possible,
    // RFC 2047 words where needed; white space is kept exactly.
    void appendText(const QString &text);
    // An RFC 5322 phrase (display or group name): atoms, a quoted-string or encoded-words.
    // Returns whether it became encoded-words (a following special then needs a space).
    bool appendPhrase(const QString &phrase);
    void appendMailbox(const Mailbox &mailbox, AddressForm form);
    // Comma-separated; folding prefers the space after a comma.
    void appendAddressList(const QList<Address> &addresses, AddressForm form);
    // Message-IDs (References, In-Reply-To), folded between ids, never encoded.
    void appendMessageIds(const QList<QByteArray> &ids);
    // "; attribute=value" for a value that is a token or needs only quoting (ASCII).
    void appendParameter(QByteArrayView attribute, QByteArrayView value);
    // "; filename=..." in the best form: a quoted-string for printable ASCII, otherwise
    // RFC 2231 (filename*=UTF-8''...), with continuations cut on character boundaries.
    void appendFileNameParameter(QByteArrayView attribute, const QString &fileName);
    // The legacy, non-standard "; name="=?UTF-8?B?...?="" that Outlook and Gmail read.
    void appendLegacyNameParameter(QByteArrayView attribute, const QString &fileName);

    // The complete field, ending in CRLF.
    QByteArray toByteArray() const;

    // Helpers shared with the composer.
    static bool isPrintableAscii(const QString &text);
    static QByteArray quotedString(QByteArrayView text);

private:
    void fold();
    int lineLimit() const;
    void appendEncoded(QByteArrayView utf8, QByteArrayView whitespace);
    void appendToken(QByteArrayView token, QByteArrayView whitespace, bool encodedWord);
    int phraseWidth(const QString &phrase) const;

    QByteArray m_out;
    int m_column = 0;
    bool m_lineHasToken = false;
    bool m_lineHasEncodedWord = false;
};

} // namespace Mime
