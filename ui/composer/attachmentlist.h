// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/mime/attachment.h"

#include <QListWidget>

class QMimeType;

class QMimeData;

// The files attached to a message: each shown with its name, an icon for its type and its
// size. Files come from the Attach button or are dropped here (the composer window forwards
// drops anywhere on it); Delete removes the selected ones. For files only paths are kept: the
// MIME composer reads them while the message is sent. A reopened draft brings its copies of
// the files as bytes instead, which stay as they were when the draft was saved.
class AttachmentList : public QListWidget
{
    Q_OBJECT
public:
    enum Role { FilePathRole = Qt::UserRole + 1, FileSizeRole, AttachmentRole };

    explicit AttachmentList(QWidget *parent = nullptr);

    // Adds the regular files among paths (each at most once); returns those that are not
    // readable files, for the caller to mention.
    QStringList addFiles(const QStringList &paths);
    QList<Mime::Attachment> attachments() const;
    // Files by path, and attachments held in memory (a draft's copies) as they are.
    void setAttachments(const QList<Mime::Attachment> &attachments);
    // Sum of the files' sizes now and of the held bytes, in bytes (before MIME encoding).
    qint64 totalSize() const;
    void removeSelected();

    // The local files a drag carries, if any.
    static QStringList localFiles(const QMimeData *data);

Q_SIGNALS:
    void changed();
    // Some dropped or chosen paths could not be attached.
    void filesRefused(const QStringList &paths);

private:
    void appendEntry(const Mime::Attachment &attachment, const QMimeType &type, qint64 size, const QString &toolTip);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};
