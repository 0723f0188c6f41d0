// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/compose/serversizelimits.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace Compose
{

namespace
{

QString keyFor(const QString &accountId)
{
    return QStringLiteral("sizeLimit/") + accountId;
}

} // namespace

ServerSizeLimits::ServerSizeLimits(const QString &path)
    : m_path(path)
{
}

QString ServerSizeLimits::pathBeside(const QString &accountSettingsPath)
{
    return QFileInfo(accountSettingsPath).absolutePath() + QStringLiteral("/server-limits.ini");
}

qint64 ServerSizeLimits::sizeLimit(const QString &accountId) const
{
    const QSettings settings(m_path, QSettings::IniFormat);
    bool ok = false;
    const qint64 limit = settings.value(keyFor(accountId)).toLongLong(&ok);
    return ok && limit > 0 ? limit : 0;
}

bool ServerSizeLimits::setSizeLimit(const QString &accountId, qint64 limit)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSettings settings(m_path, QSettings::IniFormat);
    if (limit > 0) {
        settings.setValue(keyFor(accountId), limit);
    } else {
        settings.remove(keyFor(accountId));
    }
    settings.sync();
    return settings.status() == QSettings::NoError;
}

} // namespace Compose
