// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The outbox's pure policies: the retry schedule (backoff, jitter, cap, greylisting, giving
// up) and the per-account throttle, driven by explicit times instead of a clock.

#include "app/outbox/retrypolicy.h"
#include "app/outbox/throttle.h"
#include "app/smtp/reply.h"

#include <QTest>
#include <QTimeZone>

using namespace std::chrono_literals;
using Outbox::RetryPolicy;
using Outbox::Throttle;

namespace
{

const QDateTime T0(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);

Smtp::Error replyError(int code, const QString &enhanced, const QString &text)
{
    Smtp::Error error = Smtp::Error::local(Smtp::Error::Kind::RecipientRejected, Smtp::Phase::RcptTo);
    error.replyCode = code;
    error.enhancedCode = enhanced;
    error.serverText = text;
    error.permanence = code >= 500 ? Smtp::Error::Permanence::Permanent : Smtp::Error::Permanence::Temporary;
    return error;
}

} // namespace

class RetryPolicyTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void backoffWithoutJitter_data();
    void backoffWithoutJitter();
    void jitterStaysWithinItsBounds_data();
    void jitterStaysWithinItsBounds();
    void recognisesGreylisting_data();
    void recognisesGreylisting();
    void greylistingDelaysTheFirstRetryOnly();
    void givesUpAfterItsLimit();
    void configuredDelaysAndCap();
    void unknownHostIsTemporaryOnlyAFewTimes_data();
    void unknownHostIsTemporaryOnlyAFewTimes();
    void throttleSchedulesFiftyMessagesAtTwentyAMinute();
    void throttleWindowSlides();
    void unlimitedThrottleNeverWaits();
    void splitsRecipients_data();
    void splitsRecipients();
};

void RetryPolicyTest::backoffWithoutJitter_data()
{
    QTest::addColumn<int>("failedAttempts");
    QTest::addColumn<qint64>("expectedSeconds");
    QTest::newRow("first failure: 1 min") << 1 << qint64(60);
    QTest::newRow("second: 5 min") << 2 << qint64(300);
    QTest::newRow("third: 15 min") << 3 << qint64(900);
    QTest::newRow("fourth: 60 min") << 4 << qint64(3600);
    QTest::newRow("tenth: capped at 60 min") << 10 << qint64(3600);
}

void RetryPolicyTest::backoffWithoutJitter()
{
    QFETCH(int, failedAttempts);
    QFETCH(qint64, expectedSeconds);
    const RetryPolicy policy;
    const Smtp::Error error = Smtp::Error::local(Smtp::Error::Kind::ConnectionLost, Smtp::Phase::Ehlo);
    const std::optional<QDateTime> next = policy.nextAttempt(failedAttempts, error, T0, T0, 0.5);
    QVERIFY(next);
    QCOMPARE(T0.secsTo(*next), expectedSeconds);
}

void RetryPolicyTest::jitterStaysWithinItsBounds_data()
{
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("expectedMs");
    QTest::newRow("lowest: -20 %") << 0.0 << qint64(240000);
    QTest::newRow("middle: none") << 0.5 << qint64(300000);
    QTest::newRow("highest: +20 %") << 1.0 << qint64(360000);
    QTest::newRow("out of range is clamped") << 7.0 << qint64(360000);
}

void RetryPolicyTest::jitterStaysWithinItsBounds()
{
    QFETCH(double, random);
    QFETCH(qint64, expectedMs);
    QCOMPARE(RetryPolicy().delayAfter(2, random).count(), expectedMs);
}

void RetryPolicyTest::recognisesGreylisting_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("greylisting");
    QTest::newRow("451 4.7.1 postgrey") << 451 << QStringLiteral("4.7.1")
                                        << QStringLiteral("<bob@example.org>: Recipient address rejected: "
                                                          "Greylisted, see http://postgrey.schweikert.ch/")
                                        << true;
    QTest::newRow("450 4.2.0 greylisted") << 450 << QStringLiteral("4.2.0") << QStringLiteral("Greylisted") << true;
    QTest::newRow("451 without code, wording")
        << 451 << QString() << QStringLiteral("Please try again later, greylisting in action") << true;
    QTest::newRow("451 4.3.0 local error")
        << 451 << QStringLiteral("4.3.0") << QStringLiteral("Local error in processing") << false;
    QTest::newRow("421 service closing") << 421 << QStringLiteral("4.7.0") << QStringLiteral("Too many connections")
                                         << false;
    QTest::newRow("550 permanent") << 550 << QStringLiteral("5.7.1") << QStringLiteral("Greylisted forever") << false;
}

void RetryPolicyTest::recognisesGreylisting()
{
    QFETCH(int, code);
    QFETCH(QString, enhanced);
    QFETCH(QString, text);
    QFETCH(bool, greylisting);
    QCOMPARE(RetryPolicy::isGreylisting(replyError(code, enhanced, text)), greylisting);
}

void RetryPolicyTest::greylistingDelaysTheFirstRetryOnly()
{
    const RetryPolicy policy;
    const Smtp::Error greylisted = replyError(451, QStringLiteral("4.7.1"), QStringLiteral("Greylisted"));
    // A retry after one minute would be greylisted again: the first waits six.
    QCOMPARE(T0.secsTo(*policy.nextAttempt(1, greylisted, T0, T0, 0.0)), qint64(360));
    QCOMPARE(T0.secsTo(*policy.nextAttempt(1, greylisted, T0, T0, 0.5)), qint64(396));
    // Later ones follow the normal schedule.
    QCOMPARE(T0.secsTo(*policy.nextAttempt(3, greylisted, T0, T0, 0.5)), qint64(900));
}

void RetryPolicyTest::givesUpAfterItsLimit()
{
    const RetryPolicy policy;
    const Smtp::Error error = Smtp::Error::local(Smtp::Error::Kind::Timeout, Smtp::Phase::Greeting);
    QVERIFY(policy.nextAttempt(40, error, T0, T0.addSecs(95 * 3600), 0.5));
    QVERIFY(!policy.nextAttempt(41, error, T0, T0.addSecs(96 * 3600), 0.5));
}

void RetryPolicyTest::configuredDelaysAndCap()
{
    RetryPolicy policy;
    policy.delays = {10s, 20s, 2h};
    policy.cap = 30min;
    policy.jitter = 0;
    QCOMPARE(policy.delayAfter(1, 0.9).count(), 10000);
    QCOMPARE(policy.delayAfter(2, 0.1).count(), 20000);
    QCOMPARE(policy.delayAfter(3, 0.5).count(), 30 * 60 * 1000);
    policy.delays.clear();
    QCOMPARE(policy.delayAfter(1, 0.5).count(), 30 * 60 * 1000);
}

void RetryPolicyTest::throttleSchedulesFiftyMessagesAtTwentyAMinute()
{
    Throttle throttle(Outbox::ThrottleLimits{20, 100});
    QDateTime now = T0;
    QList<qint64> startSeconds;
    // What the dispatcher does: start whenever the throttle allows, else wait for the slot.
    while (startSeconds.size() < 50) {
        const QDateTime slot = throttle.nextSlot(now);
        QVERIFY(slot >= now);
        now = slot;
        throttle.recordStart(now);
        startSeconds.append(T0.secsTo(now));
        QVERIFY(startSeconds.size() <= 50);
    }
    QList<qint64> expected;
    for (int i = 0; i < 50; ++i) {
        expected.append(60 * (i / 20)); // 20 at 0 s, 20 at 60 s, 10 at 120 s
    }
    QCOMPARE(startSeconds, expected);
}

void RetryPolicyTest::throttleWindowSlides()
{
    Throttle throttle(Outbox::ThrottleLimits{3, 0});
    throttle.recordStart(T0);
    throttle.recordStart(T0.addSecs(10));
    throttle.recordStart(T0.addSecs(20));
    QCOMPARE(throttle.nextSlot(T0.addSecs(30)), T0.addSecs(60));
    QCOMPARE(throttle.nextSlot(T0.addSecs(60)), T0.addSecs(60));
    throttle.recordStart(T0.addSecs(60));
    QCOMPARE(throttle.nextSlot(T0.addSecs(61)), T0.addSecs(70));
}

void RetryPolicyTest::unlimitedThrottleNeverWaits()
{
    Throttle throttle(Outbox::ThrottleLimits{0, 0});
    for (int i = 0; i < 1000; ++i) {
        throttle.recordStart(T0);
    }
    QCOMPARE(throttle.nextSlot(T0), T0);
}

void RetryPolicyTest::splitsRecipients_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QList<int>>("sizes");
    QTest::newRow("under the limit") << 3 << 100 << QList<int>{3};
    QTest::newRow("exactly the limit") << 100 << 100 << QList<int>{100};
    QTest::newRow("250 at 100") << 250 << 100 << QList<int>{100, 100, 50};
    QTest::newRow("no limit") << 250 << 0 << QList<int>{250};
}

void RetryPolicyTest::splitsRecipients()
{
    QFETCH(int, count);
    QFETCH(int, limit);
    QFETCH(QList<int>, sizes);
    QStringList recipients;
    for (int i = 0; i < count; ++i) {
        recipients.append(QStringLiteral("r%1@example.org").arg(i));
    }
    const QList<QStringList> envelopes = Throttle::splitRecipients(recipients, limit);
    QList<int> actual;
    QStringList joined;
    for (const QStringList &envelope : envelopes) {
        actual.append(int(envelope.size()));
        joined += envelope;
    }
    QCOMPARE(actual, sizes);
    QCOMPARE(joined, recipients);
}

void RetryPolicyTest::unknownHostIsTemporaryOnlyAFewTimes_data()
{
    QTest::addColumn<Smtp::Error::Kind>("kind");
    QTest::addColumn<int>("failedAttempts");
    QTest::addColumn<RetryPolicy::Network>("network");
    QTest::addColumn<bool>("retried");

    using K = Smtp::Error::Kind;
    using N = RetryPolicy::Network;
    QTest::newRow("unknown host, first failure") << K::HostNotFound << 1 << N::Reachable << true;
    QTest::newRow("unknown host, second failure") << K::HostNotFound << 2 << N::Reachable << true;
    QTest::newRow("unknown host, third failure: needs attention") << K::HostNotFound << 3 << N::Reachable << false;
    QTest::newRow("unknown host, tenth failure") << K::HostNotFound << 10 << N::Reachable << false;
    QTest::newRow("unknown host while offline, third failure") << K::HostNotFound << 3 << N::Offline << true;
    QTest::newRow("unknown host while offline, tenth failure") << K::HostNotFound << 10 << N::Offline << true;
    QTest::newRow("refused connection, tenth failure") << K::ConnectionRefused << 10 << N::Reachable << true;
    QTest::newRow("network error, tenth failure") << K::NetworkError << 10 << N::Reachable << true;
}

void RetryPolicyTest::unknownHostIsTemporaryOnlyAFewTimes()
{
    QFETCH(Smtp::Error::Kind, kind);
    QFETCH(int, failedAttempts);
    QFETCH(RetryPolicy::Network, network);
    QFETCH(bool, retried);
    const Smtp::Error error = Smtp::Error::local(kind, Smtp::Phase::Connecting);
    QVERIFY(RetryPolicy::isRetryable(error));
    const RetryPolicy policy;
    // Well within the four days after which every temporary failure is handed to the user.
    const std::optional<QDateTime> next = policy.nextAttempt(failedAttempts, error, T0, T0.addSecs(3600), 0.5, network);
    QCOMPARE(next.has_value(), retried);
}

QTEST_GUILESS_MAIN(RetryPolicyTest)
#include "retrypolicytest.moc"
