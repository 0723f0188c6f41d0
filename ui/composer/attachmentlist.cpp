// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/composer/attachmentlist.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QIcon>
#include <QKeyEvent>
#include <QLocale>
#include <QMimeData>
#include <QMimeDatabase>
#include <QStyle>

AttachmentList::AttachmentList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("attachmentList"));
    setAccessibleName(tr("Attachments"));
    setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setViewMode(QListView::ListMode);
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    setSpacing(2);
}

QStringList AttachmentList::addFiles(const QStringList &paths)
{
    static const QMimeDatabase mimeDatabase;
    QStringList refused;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isFile() || !info.isReadable()) {
            refused.append(path);
            continue;
        }
        const QString absolute = info.absoluteFilePath();
        bool already = false;
        for (int row = 0; row < count() && !already; ++row) {
            already = item(row)->data(FilePathRole).toString() == absolute;
        }
        if (already) {
            continue;
        }
        const QMimeType type = mimeDatabase.mimeTypeForFile(info);
        appendEntry(
            Mime::Attachment::fromFile(absolute), type, info.size(),
            tr("%1\n%2, %3")
                .arg(QDir::toNativeSeparators(absolute), type.comment(), locale().formattedDataSize(info.size())));
    }
    if (!refused.isEmpty()) {
        Q_EMIT filesRefused(refused);
    }
    Q_EMIT changed();
    return refused;
}

void AttachmentList::appendEntry(const Mime::Attachment &attachment, const QMimeType &type, qint64 size,
                                 const QString &toolTip)
{
    QIcon icon = QIcon::fromTheme(type.iconName(), QIcon::fromTheme(type.genericIconName()));
    if (icon.isNull()) {
        icon = style()->standardIcon(QStyle::SP_FileIcon);
    }
    auto *entry = new QListWidgetItem(
        icon, tr("%1 (%2)").arg(attachment.effectiveFileName(), locale().formattedDataSize(size)), this);
    entry->setData(FilePathRole, attachment.filePath);
    entry->setData(FileSizeRole, size);
    entry->setData(AttachmentRole, QVariant::fromValue(attachment));
    entry->setToolTip(toolTip);
}

QList<Mime::Attachment> AttachmentList::attachments() const
{
    QList<Mime::Attachment> result;
    for (int row = 0; row < count(); ++row) {
        result.append(item(row)->data(AttachmentRole).value<Mime::Attachment>());
    }
    return result;
}

void AttachmentList::setAttachments(const QList<Mime::Attachment> &attachments)
{
    static const QMimeDatabase mimeDatabase;
    clear();
    QStringList paths;
    for (const Mime::Attachment &attachment : attachments) {
        if (attachment.isFile()) {
            paths.append(attachment.filePath);
            continue;
        }
        const QMimeType type = attachment.mimeType.isEmpty()
            ? mimeDatabase.mimeTypeForFileNameAndData(attachment.effectiveFileName(), attachment.data)
            : mimeDatabase.mimeTypeForName(QString::fromLatin1(attachment.mimeType));
        appendEntry(attachment, type, attachment.data.size(),
                    tr("%1\n%2, %3 (the copy kept with the draft)")
                        .arg(attachment.effectiveFileName(), type.comment(),
                             locale().formattedDataSize(attachment.data.size())));
    }
    addFiles(paths);
}

qint64 AttachmentList::totalSize() const
{
    qint64 total = 0;
    for (int row = 0; row < count(); ++row) {
        const QString path = item(row)->data(FilePathRole).toString();
        // A file's size now, not when attached: the file may have grown since.
        total += path.isEmpty() ? item(row)->data(FileSizeRole).toLongLong() : qMax<qint64>(0, QFileInfo(path).size());
    }
    return total;
}

void AttachmentList::removeSelected()
{
    const QList<QListWidgetItem *> selected = selectedItems();
    if (selected.isEmpty()) {
        return;
    }
    qDeleteAll(selected);
    Q_EMIT changed();
}

QStringList AttachmentList::localFiles(const QMimeData *data)
{
    QStringList paths;
    if (!data || !data->hasUrls()) {
        return paths;
    }
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile()) {
            paths.append(url.toLocalFile());
        }
    }
    return paths;
}

void AttachmentList::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    } else {
        event->ignore();
    }
}

void AttachmentList::dragMoveEvent(QDragMoveEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    } else {
        event->ignore();
    }
}

void AttachmentList::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    addFiles(paths);
}

void AttachmentList::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
        removeSelected();
        return;
    }
    QListWidget::keyPressEvent(event);
}
