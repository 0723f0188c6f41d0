// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/harnessmaildir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

HarnessMaildir::HarnessMaildir(const QString &path)
    : m_path(path)
{
}

QStringList HarnessMaildir::messageFiles() const
{
    QFileInfoList entries;
    for (const QString &folder : {QStringLiteral("new"), QStringLiteral("cur")}) {
        entries += QDir(QDir(m_path).filePath(folder)).entryInfoList(QDir::Files | QDir::NoDotAndDotDot);
    }
    std::sort(entries.begin(), entries.end(), [](const QFileInfo &left, const QFileInfo &right) {
        return left.lastModified() != right.lastModified() ? left.lastModified() < right.lastModified()
                                                           : left.fileName() < right.fileName();
    });
    QStringList paths;
    for (const QFileInfo &entry : entries) {
        paths.append(entry.absoluteFilePath());
    }
    return paths;
}

QByteArray HarnessMaildir::findMessage(const QByteArray &marker) const
{
    for (const QString &path : messageFiles()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            continue; // moved from new/ to cur/ between listing and opening
        }
        const QByteArray content = file.readAll();
        if (content.contains(marker)) {
            return content;
        }
    }
    return {};
}
