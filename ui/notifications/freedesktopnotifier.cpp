// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notifications/freedesktopnotifier.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTimer>
#include <QVariantMap>

Q_LOGGING_CATEGORY(lcNotifications, "kurier.notifications")

const QString FreedesktopNotifier::serviceName = QStringLiteral("org.freedesktop.Notifications");
const QString FreedesktopNotifier::objectPath = QStringLiteral("/org/freedesktop/Notifications");

namespace
{

// The urgency levels of the Desktop Notifications Specification (a byte).
constexpr uchar normalUrgency = 1;
constexpr uchar criticalUrgency = 2;

} // namespace

FreedesktopNotifier::FreedesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : Notifier(parent)
    , m_bus(bus)
{
}

void FreedesktopNotifier::notify(const Notification &notification)
{
    if (!m_bus.isConnected()) {
        // Queued, so that callers see the same order of events as after a failed call.
        QTimer::singleShot(0, this, [this, notification] { Q_EMIT notShown(notification); });
        return;
    }
    const bool critical = notification.urgency == Notification::Urgency::Critical;
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(critical ? criticalUrgency : normalUrgency));
    hints.insert(QStringLiteral("category"),
                 critical ? QStringLiteral("transfer.error") : QStringLiteral("transfer.complete"));
    const QString desktopEntry = QGuiApplication::desktopFileName();
    if (!desktopEntry.isEmpty()) {
        hints.insert(QStringLiteral("desktop-entry"), desktopEntry);
    }
    const QString appName = QGuiApplication::applicationDisplayName();
    QDBusMessage call = QDBusMessage::createMethodCall(serviceName, objectPath, serviceName, QStringLiteral("Notify"));
    // app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout (-1: the server's default)
    call << appName << uint(0) << (desktopEntry.isEmpty() ? QStringLiteral("mail-send") : desktopEntry)
         << notification.summary << notification.body << QStringList() << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, notification](QDBusPendingCallWatcher *done) {
        done->deleteLater();
        const QDBusPendingReply<uint> reply = *done;
        if (reply.isError()) {
            qCInfo(lcNotifications) << "no desktop notification:" << reply.error().name() << reply.error().message();
            Q_EMIT notShown(notification);
        }
    });
}
