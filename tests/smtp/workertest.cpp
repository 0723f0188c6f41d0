// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The worker in its own thread, as the composition root runs it: jobs cross threads as
// values through queued connections, one account's messages share one connection.

#include "app/smtp/worker.h"
#include "tests/support/fakesmtpserver.h"
#include "tests/support/scriptedtransport.h"

#include <QRegularExpression>
#include <QTest>
#include <QThread>

using Smtp::SendJob;
using Smtp::SendResult;
using Smtp::Worker;
using TestSupport::FakeSmtpServer;

namespace
{

const QString Password = QStringLiteral("alice-Secret-7");

// Collects the worker's signals in the test's thread.
class Collector : public QObject
{
public:
    QList<SendResult> results;
    QList<quint64> started;
    int transcriptLines = 0;
    QList<std::pair<quint64, qint64>> progress;

    SendResult result(quint64 id) const
    {
        for (const SendResult &result : results) {
            if (result.requestId == id) {
                return result;
            }
        }
        return {};
    }
};

SendJob job(quint64 id, const QString &accountId, quint16 port)
{
    SendJob job;
    job.accountId = accountId;
    job.settings.host = QStringLiteral("localhost");
    job.settings.port = port;
    job.settings.security = Accounts::Security::StartTls;
    job.settings.userName = QStringLiteral("alice");
    job.settings.additionalCaCertificates = FakeSmtpServer::caCertificates();
    job.credentials = Smtp::Credentials::password(Password);
    job.request.id = id;
    job.request.reversePath = QStringLiteral("alice@kurier.test");
    job.request.recipients = {QStringLiteral("bob@kurier.test")};
    job.request.message
        = Smtp::MessageSource::fromBytes("Subject: worker " + QByteArray::number(id) + "\r\n\r\nhi\r\n", {});
    return job;
}

} // namespace

class WorkerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void sendsQueueOverOneConnection();
    void accountsProceedSideBySide();
    void cancelsQueuedJob();
    void retriesOnceWhenReusedConnectionWasGone();
    void shutDownCancelsEverything();

private:
    void startWorker(Worker::TransportFactoryMaker maker = {});
    void submit(const SendJob &job);

    QThread m_thread;
    Worker *m_worker = nullptr;
    Collector *m_collector = nullptr;
};

void WorkerTest::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_collector = new Collector;
}

void WorkerTest::cleanup()
{
    if (m_worker) {
        QMetaObject::invokeMethod(m_worker, &QObject::deleteLater, Qt::QueuedConnection);
        m_worker = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
    delete m_collector;
}

void WorkerTest::startWorker(Worker::TransportFactoryMaker maker)
{
    m_worker = new Worker(std::move(maker));
    m_worker->moveToThread(&m_thread);
    Collector *collector = m_collector;
    connect(m_worker, &Worker::finished, collector,
            [collector](const SendResult &result) { collector->results.append(result); });
    connect(m_worker, &Worker::started, collector, [collector](quint64 id) { collector->started.append(id); });
    connect(m_worker, &Worker::transcriptLine, collector,
            [collector](quint64, const Smtp::TranscriptLine &) { ++collector->transcriptLines; });
    connect(m_worker, &Worker::progress, collector, [collector](quint64 id, qint64 sent, qint64) {
        collector->progress.append({id, sent});
    });
    m_thread.start();
}

void WorkerTest::submit(const SendJob &sendJob)
{
    QMetaObject::invokeMethod(m_worker, "submit", Qt::QueuedConnection, Q_ARG(Smtp::SendJob, sendJob));
}

void WorkerTest::sendsQueueOverOneConnection()
{
    FakeSmtpServer server({});
    QVERIFY(server.listenOnLoopback());
    startWorker();
    for (quint64 id = 1; id <= 5; ++id) {
        submit(job(id, QStringLiteral("alice"), server.serverPort()));
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_collector->results.size(), 5, 20000);
    for (quint64 id = 1; id <= 5; ++id) {
        QCOMPARE(m_collector->results.at(int(id - 1)).requestId, id); // in submission order
        QCOMPARE(m_collector->results.at(int(id - 1)).outcome, SendResult::Outcome::Sent);
    }
    QCOMPARE(m_collector->started, (QList<quint64>{1, 2, 3, 4, 5}));
    QVERIFY(m_collector->transcriptLines > 10);
    QVERIFY(!m_collector->progress.isEmpty());
    QCOMPARE(server.record().connections, 1);
    QCOMPARE(server.record().authSuccesses, 1);
    QCOMPARE(server.record().messages.size(), 5);
}

void WorkerTest::accountsProceedSideBySide()
{
    FakeSmtpServer first({});
    FakeSmtpServer second({});
    QVERIFY(first.listenOnLoopback());
    QVERIFY(second.listenOnLoopback());
    startWorker();
    submit(job(1, QStringLiteral("first"), first.serverPort()));
    submit(job(2, QStringLiteral("second"), second.serverPort()));
    submit(job(3, QStringLiteral("first"), first.serverPort()));
    QTRY_COMPARE_WITH_TIMEOUT(m_collector->results.size(), 3, 20000);
    for (const SendResult &result : std::as_const(m_collector->results)) {
        QCOMPARE(result.outcome, SendResult::Outcome::Sent);
    }
    QCOMPARE(first.record().messages.size(), 2);
    QCOMPARE(second.record().messages.size(), 1);
    QCOMPARE(first.record().connections, 1);
}

void WorkerTest::cancelsQueuedJob()
{
    FakeSmtpServer server({});
    QVERIFY(server.listenOnLoopback());
    startWorker();
    submit(job(1, QStringLiteral("alice"), server.serverPort()));
    submit(job(2, QStringLiteral("alice"), server.serverPort()));
    QMetaObject::invokeMethod(m_worker, "cancel", Qt::QueuedConnection, Q_ARG(quint64, 2));
    QTRY_COMPARE_WITH_TIMEOUT(m_collector->results.size(), 2, 20000);
    QCOMPARE(m_collector->result(1).outcome, SendResult::Outcome::Sent);
    const SendResult cancelled = m_collector->result(2);
    QCOMPARE(cancelled.outcome, SendResult::Outcome::Failed);
    QVERIFY(cancelled.error);
    QCOMPARE(cancelled.error->kind, Smtp::Error::Kind::Cancelled);
    QCOMPARE(server.record().messages.size(), 1);
}

void WorkerTest::retriesOnceWhenReusedConnectionWasGone()
{
    // The server drops the idle connection just as the second message reuses it.
    const QStringList greeting{QStringLiteral("TLS"),
                               QStringLiteral("S: 220 mx"),
                               QStringLiteral("C: EHLO [127.0.0.1]"),
                               QStringLiteral("S: 250-mx"),
                               QStringLiteral("S: 250-PIPELINING"),
                               QStringLiteral("S: 250 AUTH PLAIN"),
                               QStringLiteral("C: AUTH PLAIN AGFsaWNlAGFsaWNlLVNlY3JldC03"),
                               QStringLiteral("S: 235 ok")};
    const QStringList transaction{QStringLiteral("C: MAIL FROM:<alice@kurier.test>"),
                                  QStringLiteral("C: RCPT TO:<bob@kurier.test>"),
                                  QStringLiteral("S: 250 ok"),
                                  QStringLiteral("S: 250 ok"),
                                  QStringLiteral("C: DATA"),
                                  QStringLiteral("S: 354 go"),
                                  QStringLiteral("C: <message>"),
                                  QStringLiteral("S: 250 queued")};
    const QStringList first = greeting + transaction
        + QStringList{QStringLiteral("C: RSET"), QStringLiteral("C: MAIL FROM:<alice@kurier.test>"),
                      QStringLiteral("C: RCPT TO:<bob@kurier.test>"), QStringLiteral("CLOSE")};
    const QStringList second = greeting + transaction;
    auto log = std::make_shared<TestSupport::ScriptLog>();
    const Smtp::TransportFactory factory = TestSupport::ScriptedTransport::factory({first, second}, log);
    startWorker([factory](const Smtp::SessionSettings &) { return factory; });
    SendJob one = job(1, QStringLiteral("alice"), 465);
    one.settings.security = Accounts::Security::ImplicitTls;
    SendJob two = one;
    two.request.id = 2;
    submit(one);
    QTRY_COMPARE_WITH_TIMEOUT(m_collector->results.size(), 1, 10000);
    submit(two);
    QTRY_COMPARE_WITH_TIMEOUT(m_collector->results.size(), 2, 10000);
    QVERIFY2(log->mismatch.isEmpty(), qPrintable(log->mismatch));
    QCOMPARE(m_collector->result(2).outcome, SendResult::Outcome::Sent);
    QCOMPARE(log->connections, 2);
    QCOMPARE(log->messages.size(), 2);
    // The lost attempt stays in the transcript.
    bool lostAttemptRecorded = false;
    for (const Smtp::TranscriptLine &line : m_collector->result(2).transcript) {
        lostAttemptRecorded = lostAttemptRecorded || line.text == QLatin1String("RSET");
    }
    QVERIFY(lostAttemptRecorded);
}

void WorkerTest::shutDownCancelsEverything()
{
    TestSupport::FakeSmtpBehaviour stalling;
    stalling.stallAt = "MAIL";
    FakeSmtpServer server(stalling);
    QVERIFY(server.listenOnLoopback());
    startWorker();
    submit(job(1, QStringLiteral("alice"), server.serverPort()));
    submit(job(2, QStringLiteral("alice"), server.serverPort()));
    QTRY_VERIFY_WITH_TIMEOUT(server.record().received("MAIL"), 10000);
    QMetaObject::invokeMethod(m_worker, "shutDown", Qt::QueuedConnection);
    QTRY_COMPARE_WITH_TIMEOUT(m_collector->results.size(), 2, 10000);
    for (const SendResult &result : std::as_const(m_collector->results)) {
        QVERIFY(result.error);
        QCOMPARE(result.error->kind, Smtp::Error::Kind::Cancelled);
    }
    QVERIFY(server.record().messages.isEmpty());
}

QTEST_GUILESS_MAIN(WorkerTest)
#include "workertest.moc"
