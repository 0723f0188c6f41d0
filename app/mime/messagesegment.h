// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Mime
{

// One stretch of a composed message's bytes: literal bytes (headers, boundaries, encoded
// text), or the base64 form of an attachment that is encoded only when it is read, from
// memory or from a file on disk. Its size is known without encoding anything.
struct MessageSegment {
    enum class Kind { Literal, Base64Data, Base64File };

    Kind kind = Kind::Literal;
    QByteArray bytes; // Literal: the bytes; Base64Data: the raw data to encode
    QString path; // Base64File
    qint64 inputSize = 0; // Base64File: the file's size when the message was composed
    qint64 offset = 0; // where the segment starts in the message
    qint64 size = 0; // its length in the message
};

} // namespace Mime
