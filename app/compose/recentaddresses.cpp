// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/compose/recentaddresses.h"

#include "app/mime/addressparser.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace Compose
{

namespace
{

const QString keyEntries = QStringLiteral("recipients/entries");

QString addressOf(const QString &entry)
{
    const Mime::AddressParser::MailboxResult parsed = Mime::AddressParser::parseMailbox(entry);
    return parsed.ok() ? parsed.mailbox.address().toCaseFolded() : QString();
}

} // namespace

RecentAddresses::RecentAddresses(const QString &path)
    : m_path(path)
{
}

QString RecentAddresses::pathBeside(const QString &accountSettingsPath)
{
    return QFileInfo(accountSettingsPath).absolutePath() + QStringLiteral("/recent-addresses.ini");
}

QStringList RecentAddresses::entries() const
{
    const QSettings settings(m_path, QSettings::IniFormat);
    QStringList result;
    // The file is user-editable: anything that no longer parses is left out rather than offered.
    for (const QString &entry : settings.value(keyEntries).toStringList()) {
        if (!addressOf(entry).isEmpty() && result.size() < MaxEntries) {
            result.append(entry);
        }
    }
    return result;
}

bool RecentAddresses::remember(const QList<Mime::Mailbox> &mailboxes)
{
    QStringList updated;
    QStringList seen;
    for (const Mime::Mailbox &mailbox : mailboxes) {
        const QString key = mailbox.address().toCaseFolded();
        if (!mailbox.isEmpty() && !seen.contains(key)) {
            updated.append(mailbox.toDisplayString());
            seen.append(key);
        }
    }
    for (const QString &entry : entries()) {
        const QString key = addressOf(entry);
        if (!seen.contains(key)) {
            updated.append(entry);
            seen.append(key);
        }
    }
    while (updated.size() > MaxEntries) {
        updated.removeLast();
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSettings settings(m_path, QSettings::IniFormat);
    settings.setValue(keyEntries, updated);
    settings.sync();
    return settings.status() == QSettings::NoError;
}

} // namespace Compose
