// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Compose
{

// The message size limit each account's server announced (EHLO SIZE) the last time Kurier
// talked to it, so that the composer can warn before sending rather than after the upload.
// Kept in its own small INI file, by default beside the account store's; nothing in it is
// secret. A limit is a hint: the server checks again, and may have changed its mind.
class ServerSizeLimits
{
public:
    explicit ServerSizeLimits(const QString &path);

    // <directory of accountSettingsPath>/server-limits.ini
    static QString pathBeside(const QString &accountSettingsPath);

    QString path() const { return m_path; }
    // In octets; 0 when not known (never talked to, or the server announced no limit).
    qint64 sizeLimit(const QString &accountId) const;
    // limit 0 forgets what was known; false if the file cannot be written.
    bool setSizeLimit(const QString &accountId, qint64 limit);

private:
    QString m_path;
};

} // namespace Compose
