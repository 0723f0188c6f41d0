// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The notifier against a notification service on the private session bus that
// with-keyring.sh gives the test (never the desktop's own).
#include "ui/notifications/freedesktopnotifier.h"
#include "tests/ui/fakenotificationservice.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Urgency = Notifier::Notification::Urgency;

Q_DECLARE_METATYPE(Notifier::Notification::Urgency)

class FreedesktopNotifierTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void callsNotify_data();
    void callsNotify();
    void handsBackWithoutService();
    void handsBackWithoutBus();
};

void FreedesktopNotifierTest::initTestCase()
{
    QVERIFY2(QDBusConnection::sessionBus().isConnected(), "no private session bus (run through with-keyring.sh)");
    QApplication::setApplicationDisplayName(u"Kurier"_s);
    QApplication::setDesktopFileName(u"org.kurier.Kurier"_s);
}

void FreedesktopNotifierTest::callsNotify_data()
{
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("body");
    QTest::addColumn<Urgency>("urgency");
    QTest::addColumn<int>("urgencyByte");
    QTest::addColumn<QString>("category");

    QTest::newRow("sent") << u"Message sent"_s << u"\"Plan spotkania\" was sent from Ola Kowalska."_s << Urgency::Normal
                          << 1 << u"transfer.complete"_s;
    QTest::newRow("needs attention") << u"A message needs your attention"_s
                                     << u"\"Raport\" from Ola was not sent: Password not accepted"_s
                                     << Urgency::Critical << 2 << u"transfer.error"_s;
    QTest::newRow("non-ASCII") << u"Wiadomość wysłana"_s << u"„Zażółć gęślą jaźń” — wysłano."_s << Urgency::Normal << 1
                               << u"transfer.complete"_s;
}

void FreedesktopNotifierTest::callsNotify()
{
    QFETCH(QString, summary);
    QFETCH(QString, body);
    QFETCH(Urgency, urgency);
    QFETCH(int, urgencyByte);
    QFETCH(QString, category);

    FakeNotificationService service;
    QVERIFY(service.start());
    QSignalSpy notified(&service, &FakeNotificationService::notified);
    FreedesktopNotifier notifier;
    QSignalSpy notShown(&notifier, &Notifier::notShown);
    notifier.notify({summary, body, urgency});
    QVERIFY(notified.wait(5000));
    QCOMPARE(service.calls.size(), 1);
    const FakeNotificationService::Call &call = service.calls.first();
    QCOMPARE(call.appName, u"Kurier"_s);
    QCOMPARE(call.appIcon, u"org.kurier.Kurier"_s);
    QCOMPARE(call.summary, summary);
    QCOMPARE(call.body, body);
    QCOMPARE(call.replacesId, 0u);
    QVERIFY(call.actions.isEmpty());
    QCOMPARE(call.expireTimeout, -1);
    QCOMPARE(call.hints.value(u"urgency"_s).toInt(), urgencyByte);
    QCOMPARE(call.hints.value(u"category"_s).toString(), category);
    QCOMPARE(call.hints.value(u"desktop-entry"_s).toString(), u"org.kurier.Kurier"_s);
    // The reply came back without an error: nothing is handed back.
    QTest::qWait(100);
    QCOMPARE(notShown.count(), 0);
}

void FreedesktopNotifierTest::handsBackWithoutService()
{
    // No one owns org.freedesktop.Notifications on this bus (a desktop without a notification daemon).
    QVERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(FreedesktopNotifier::serviceName));
    FreedesktopNotifier notifier;
    QSignalSpy notShown(&notifier, &Notifier::notShown);
    notifier.notify({u"Message sent"_s, u"\"Hello\" was sent from home."_s, Urgency::Normal});
    QCOMPARE(notShown.count(), 0); // never from inside notify()
    QVERIFY(notShown.wait(5000));
    const auto shown = notShown.first().first().value<Notifier::Notification>();
    QCOMPARE(shown.summary, u"Message sent"_s);
    QCOMPARE(shown.body, u"\"Hello\" was sent from home."_s);
}

void FreedesktopNotifierTest::handsBackWithoutBus()
{
    const QDBusConnection nowhere(u"kurier-no-such-connection"_s);
    QVERIFY(!nowhere.isConnected());
    FreedesktopNotifier notifier(nowhere);
    QSignalSpy notShown(&notifier, &Notifier::notShown);
    notifier.notify({u"A message needs your attention"_s, QString(), Urgency::Critical});
    QCOMPARE(notShown.count(), 0);
    QVERIFY(notShown.wait(5000));
    QCOMPARE(notShown.first().first().value<Notifier::Notification>().urgency, Urgency::Critical);
}

QTEST_MAIN(FreedesktopNotifierTest)
#include "freedesktopnotifiertest.moc"
