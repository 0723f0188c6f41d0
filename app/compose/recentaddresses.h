// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/mime/mailbox.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Compose
{

// The addresses mail was sent to, most recent first, so that the composer can complete
// what the user starts typing. Kept in its own small INI file (by default beside the
// account store's) and bounded to MaxEntries; it holds addresses and display names only,
// never a secret. One address is one entry, whatever its spelling of case; the display
// name last used with it wins.
class RecentAddresses
{
public:
    static constexpr int MaxEntries = 500;

    explicit RecentAddresses(const QString &path);

    // <directory of accountSettingsPath>/recent-addresses.ini
    static QString pathBeside(const QString &accountSettingsPath);

    QString path() const { return m_path; }
    // "Name <local@domain>" or "local@domain", as AddressParser reads them back.
    QStringList entries() const;
    // Moves these to the front (first of the list first); false if the file cannot be written.
    bool remember(const QList<Mime::Mailbox> &mailboxes);

private:
    QString m_path;
};

} // namespace Compose
