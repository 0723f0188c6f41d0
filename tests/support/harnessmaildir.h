// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Read-only view of a harness user's Maildir (HarnessConfig::User::maildir), where Postfix's
// virtual(8) delivers: one file per message in new/ (cur/ once something marked it seen).
// Messages are looked up by a marker the test put into them, because the Maildir keeps the
// mail of every earlier test. Delivered files start with the headers Postfix added
// (Return-Path, Delivered-To, Received) before the message as it was sent.
class HarnessMaildir
{
public:
    explicit HarnessMaildir(const QString &path);

    // Absolute paths of all delivered message files, oldest first.
    QStringList messageFiles() const;
    // The first delivered message containing marker, or an empty array (not delivered yet).
    QByteArray findMessage(const QByteArray &marker) const;

private:
    QString m_path;
};
