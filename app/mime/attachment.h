// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace Mime
{

// A file attached to a message, or an inline image of its HTML body. Either a path on
// disk — read in chunks while the message is written, never loaded whole — or bytes
// already in memory. An empty mimeType means "detect it" (QMimeDatabase: name and
// content); inline images carry the contentId the HTML refers to as "cid:<contentId>".
struct Attachment {
    QString filePath; // when set, the content is this file
    QByteArray data; // otherwise, these bytes
    QString fileName; // the name recipients see; defaults to the file's own name
    QByteArray mimeType; // "type/subtype" without parameters; empty = detect
    QByteArray contentId; // without angle brackets, e.g. "logo.1@example.com"

    bool operator==(const Attachment &other) const = default;

    static Attachment fromFile(const QString &path, const QString &fileName = {});
    static Attachment fromData(const QByteArray &data, const QString &fileName, const QByteArray &mimeType = {});
    static Attachment inlineImage(const QString &path, const QByteArray &contentId);

    bool isFile() const { return !filePath.isEmpty(); }
    // The name recipients see: fileName, else the file's own name.
    QString effectiveFileName() const;
    // Current size in bytes (the file's size on disk, or the data's); -1 if unreadable.
    qint64 size() const;
};

} // namespace Mime

Q_DECLARE_METATYPE(Mime::Attachment)
