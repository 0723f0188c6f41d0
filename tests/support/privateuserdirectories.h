// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace TestSupport
{

// A throw-away home for a kurier child process: its own config, data and cache folders and
// HOME below a temporary directory, so a test never touches the user's settings or outbox.
// The child logs Kurier's debug output on stderr (tests check that no secret is in it) and
// speaks the C.UTF-8 locale.
class PrivateUserDirectories
{
public:
    // Makes the folders; false when the temporary directory or one of them could not be made.
    bool create() const
    {
        if (!m_root.isValid()) {
            return false;
        }
        for (const char *dir : {"config/kurier", "data", "home", "cache"}) {
            if (!QDir().mkpath(path(QString::fromLatin1(dir)))) {
                return false;
            }
        }
        return true;
    }

    QString rootPath() const { return m_root.path(); }
    QString path(const QString &relative) const { return m_root.filePath(relative); }
    QString settingsPath() const { return path(QStringLiteral("config/kurier/kurier.ini")); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), path(QStringLiteral("cache")));
        env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("kurier.*.debug=true"));
        env.insert(QStringLiteral("QT_FORCE_STDERR_LOGGING"), QStringLiteral("1"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return env;
    }

private:
    QTemporaryDir m_root;
};

} // namespace TestSupport
