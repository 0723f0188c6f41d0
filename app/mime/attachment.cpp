// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mime/attachment.h"

#include <QFileInfo>

namespace Mime
{

Attachment Attachment::fromFile(const QString &path, const QString &fileName)
{
    Attachment attachment;
    attachment.filePath = path;
    attachment.fileName = fileName;
    return attachment;
}

Attachment Attachment::fromData(const QByteArray &data, const QString &fileName, const QByteArray &mimeType)
{
    Attachment attachment;
    attachment.data = data;
    attachment.fileName = fileName;
    attachment.mimeType = mimeType;
    return attachment;
}

Attachment Attachment::inlineImage(const QString &path, const QByteArray &contentId)
{
    Attachment attachment;
    attachment.filePath = path;
    attachment.contentId = contentId;
    return attachment;
}

QString Attachment::effectiveFileName() const
{
    if (!fileName.isEmpty() || !isFile()) {
        return fileName;
    }
    return QFileInfo(filePath).fileName();
}

qint64 Attachment::size() const
{
    if (!isFile()) {
        return data.size();
    }
    const QFileInfo info(filePath);
    return info.isFile() ? info.size() : -1;
}

} // namespace Mime
