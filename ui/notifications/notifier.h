// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

// Tells the person at the desk about something that happened while they were elsewhere
// (a message sent, a message that needs them), through whatever the desktop offers.
// notify() never blocks; when the desktop cannot show it, notShown() hands the
// notification back so that the caller shows it another way (the status bar).
// A notification carries only what the person needs to recognise the event: never a
// password, never the list of recipients.
class Notifier : public QObject
{
    Q_OBJECT
public:
    struct Notification {
        enum class Urgency { Normal, Critical };

        QString summary; // one line: "Message sent"
        QString body; // plain text: which message, from which account
        Urgency urgency = Urgency::Normal;
    };

    using QObject::QObject;

    virtual void notify(const Notification &notification) = 0;

Q_SIGNALS:
    void notShown(const Notifier::Notification &notification);
};

Q_DECLARE_METATYPE(Notifier::Notification)
