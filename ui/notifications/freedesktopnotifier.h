// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/notifications/notifier.h"

#include <QDBusConnection>

// Notifications through the freedesktop.org notification service
// (org.freedesktop.Notifications on the session bus, the one every Linux desktop runs):
// an asynchronous Notify call; when there is no bus, no such service or the call fails,
// notShown() follows from the event loop.
class FreedesktopNotifier : public Notifier
{
    Q_OBJECT
public:
    static const QString serviceName; // org.freedesktop.Notifications
    static const QString objectPath; // /org/freedesktop/Notifications

    explicit FreedesktopNotifier(const QDBusConnection &bus = QDBusConnection::sessionBus(), QObject *parent = nullptr);

    void notify(const Notification &notification) override;

private:
    QDBusConnection m_bus;
};
