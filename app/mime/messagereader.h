// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Mime
{

// Reads a message back into what a person wrote: header fields (unfolded, RFC 2047 words
// decoded), the plain text and the attached files, with transfer encodings (base64,
// quoted-printable) and RFC 2231 parameters undone. It reads what MessageComposer writes and
// is lenient with other writers; it never fails, it returns what it could read. Nesting and
// the number of parts are bounded, so hostile input costs linear time at most.
class MessageReader
{
public:
    static constexpr int MaxDepth = 8;
    static constexpr int MaxParts = 1000;

    struct Field {
        QByteArray name;
        QByteArray value; // unfolded, raw (encoded words not yet decoded)
    };
    struct File {
        QString fileName;
        QByteArray mimeType; // "type/subtype", lower case
        QByteArray data; // decoded
    };

    static MessageReader read(const QByteArray &message);

    // The first field with this name (case-insensitive), raw and unfolded; empty if absent.
    QByteArray rawField(QByteArrayView name) const;
    // The first field with this name as text: encoded words decoded, whitespace simplified.
    QString field(QByteArrayView name) const;
    const QList<Field> &fields() const { return m_fields; }
    // The first text/plain part that is not an attachment, decoded (format=flowed undone).
    QString plainText() const { return m_plainText; }
    QList<File> files() const { return m_files; }

    // Splits a header section into unfolded fields (stops at the first empty line).
    static QList<Field> parseFields(QByteArrayView header);
    // Unstructured header text with its RFC 2047 encoded words decoded.
    static QString decodeText(QByteArrayView value);

private:
    void readPart(QByteArrayView part, int depth);

    QList<Field> m_fields;
    QString m_plainText;
    bool m_haveText = false;
    QList<File> m_files;
    int m_parts = 0;
};

} // namespace Mime
