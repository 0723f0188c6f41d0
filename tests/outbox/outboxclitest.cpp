// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The outbox from the command line with the built `kurier` binary: a real process killed with
// SIGKILL in the DATA phase queues its message again on the next start, and the message
// then reaches the real Postfix harness exactly once (counted in the Maildir); killed after
// the final dot, it is "delivery unknown" and never resent; and several `kurier send --queue`
// processes writing while another connection (the GUI's) writes too leave a sound outbox.

#include "app/accounts/accountstore.h"
#include "app/outbox/store.h"
#include "tests/cli/childprocess.h"
#include "tests/support/fakesmtpserver.h"
#include "tests/support/harnessconfig.h"
#include "tests/support/harnessmaildir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using TestSupport::FakeSmtpBehaviour;
using TestSupport::FakeSmtpServer;

namespace
{

constexpr int WaitMs = 30000;
const QString AccountId = QStringLiteral("ola");

} // namespace

class OutboxCliTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void killedInDataIsQueuedAgainAndDeliveredOnce();
    void killedAfterFinalDotIsDeliveryUnknown();
    void scriptsAndTheGuiQueueAtTheSameTime();
    void listAndRemove();

private:
    QProcessEnvironment environment() const;
    ChildProcess kurier(const QStringList &arguments, const QByteArray &input = {}) const;
    void pointAccountAt(const QString &host, quint16 port);
    QJsonArray listJson() const;
    std::optional<Outbox::OutboxMessage> storedMessage(qint64 id) const;
    QByteArray messageWithMarker(const QByteArray &marker, qint64 bodyBytes) const;
    int countDelivered(const QByteArray &marker) const;
    void killWhen(QProcess &process, const std::function<bool()> &condition);

    HarnessConfig m_config;
    std::unique_ptr<QTemporaryDir> m_root;
    QString m_recipient;
};

void OutboxCliTest::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(KURIER_BINARY)).isExecutable(), "the kurier binary has not been built");
    m_config = HarnessConfig::load(QStringLiteral(KURIER_HARNESS_STATE_DIR));
    QVERIFY2(m_config.isValid(), qPrintable(m_config.errorString()));
    m_recipient = m_config.user(QStringLiteral("bob")).address;
    QVERIFY(!m_recipient.isEmpty());
}

void OutboxCliTest::init()
{
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(m_root->isValid());
}

QProcessEnvironment OutboxCliTest::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_root->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_root->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_root->filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

ChildProcess OutboxCliTest::kurier(const QStringList &arguments, const QByteArray &input) const
{
    return ChildProcess::run(QStringLiteral(KURIER_BINARY), arguments, environment(), input, 60000);
}

void OutboxCliTest::pointAccountAt(const QString &host, quint16 port)
{
    // The account as the wizard would leave it; edited between runs like a user would.
    Accounts::AccountStore store(m_root->filePath(QStringLiteral("config/kurier/kurier.ini")));
    Accounts::Account account;
    account.id = AccountId;
    account.displayName = QStringLiteral("Ola");
    account.email = m_config.user(QStringLiteral("alice")).address;
    account.host = host;
    account.port = port;
    account.security = Accounts::Security::None;
    account.authMethod = Accounts::AuthMethod::None;
    QVERIFY(store.contains(AccountId) ? store.update(account).ok() : store.add(account).ok());
}

QJsonArray OutboxCliTest::listJson() const
{
    const ChildProcess list = kurier({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json")});
    if (!list.finished || list.exitCode != 0) {
        qWarning("outbox list failed: %s", list.err.constData());
        return {};
    }
    return QJsonDocument::fromJson(list.out).array();
}

std::optional<Outbox::OutboxMessage> OutboxCliTest::storedMessage(qint64 id) const
{
    // Read through a connection of the test's own, as the GUI would while a script runs.
    Outbox::Store store(m_root->filePath(QStringLiteral("data/kurier/outbox.sqlite")));
    if (!store.open().ok()) {
        return std::nullopt;
    }
    return store.message(id);
}

QByteArray OutboxCliTest::messageWithMarker(const QByteArray &marker, qint64 bodyBytes) const
{
    QByteArray message = "From: " + m_config.user(QStringLiteral("alice")).address.toUtf8()
        + "\r\nTo: " + m_recipient.toUtf8() + "\r\nSubject: outbox " + marker + "\r\nMessage-ID: <" + marker
        + "@kurier.test>\r\n\r\n" + marker + "\r\n";
    const QByteArray line = QByteArray(76, 'k') + "\r\n";
    while (message.size() < bodyBytes) {
        message += line;
    }
    return message;
}

int OutboxCliTest::countDelivered(const QByteArray &marker) const
{
    const HarnessMaildir maildir(m_config.user(QStringLiteral("bob")).maildir);
    int count = 0;
    for (const QString &path : maildir.messageFiles()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.read(4096).contains(QByteArray("Message-ID: <" + marker))) {
            ++count;
        }
    }
    return count;
}

void OutboxCliTest::killWhen(QProcess &process, const std::function<bool()> &condition)
{
    QTRY_VERIFY_WITH_TIMEOUT(condition() || process.state() == QProcess::NotRunning, WaitMs);
    QCOMPARE(process.state(), QProcess::Running);
    QSignalSpy finished(&process, &QProcess::finished);
    process.kill(); // SIGKILL: no clean-up of any kind
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);
}

void OutboxCliTest::killedInDataIsQueuedAgainAndDeliveredOnce()
{
    // A server that never answers DATA: the sender has started the DATA phase and waits.
    // (Stalling after 354 instead does not keep a plaintext sender from writing the final
    // dot: the SMTP transport then buffers the whole message in memory, see the report.)
    FakeSmtpBehaviour behaviour;
    behaviour.tls = FakeSmtpBehaviour::Tls::None;
    behaviour.requireAuth = false;
    behaviour.capabilities = {QStringLiteral("PIPELINING"), QStringLiteral("SIZE 104857600"),
                              QStringLiteral("8BITMIME"), QStringLiteral("ENHANCEDSTATUSCODES")};
    behaviour.stallAt = "DATA";
    FakeSmtpServer server(behaviour);
    QVERIFY(server.listenOnLoopback());
    pointAccountAt(QStringLiteral("127.0.0.1"), server.serverPort());

    const QByteArray marker = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const ChildProcess queued = kurier({QStringLiteral("send"), QStringLiteral("--account"), AccountId,
                                        QStringLiteral("--queue"), QStringLiteral("-t")},
                                       messageWithMarker(marker, 2 * 1024 * 1024));
    QVERIFY2(queued.finished && queued.exitCode == 0, queued.err.constData());
    const qint64 id = queued.out.trimmed().toLongLong();
    QVERIFY(id > 0);

    QProcess flush;
    flush.setProcessEnvironment(environment());
    flush.start(QStringLiteral(KURIER_BINARY), {QStringLiteral("outbox"), QStringLiteral("flush")});
    QVERIFY(flush.waitForStarted(WaitMs));
    killWhen(flush, [&] { return server.record().received("DATA"); });
    const std::optional<Outbox::OutboxMessage> atKill = storedMessage(id);
    QVERIFY(atKill);
    QVERIFY(!atKill->finalDotAt.isValid()); // no final dot: the server cannot have the message
    QVERIFY(server.record().messages.isEmpty());

    // Restart: the message is queued again, not lost and not "unknown".
    const QJsonArray afterRestart = listJson();
    QCOMPARE(afterRestart.size(), 1);
    QCOMPARE(afterRestart.at(0).toObject().value(QLatin1String("state")).toString(), QStringLiteral("queued"));
    QCOMPARE(afterRestart.at(0).toObject().value(QLatin1String("attempts")).toInt(), 1);

    // The user points the account at a working server (the real Postfix) and sends.
    pointAccountAt(m_config.host(), m_config.endpoint(HarnessConfig::Service::Plain).port);
    const ChildProcess delivered = kurier({QStringLiteral("outbox"), QStringLiteral("flush")});
    QVERIFY2(delivered.finished && delivered.exitCode == 0, delivered.err.constData());
    QTRY_COMPARE_WITH_TIMEOUT(countDelivered(marker), 1, WaitMs);
    const QJsonArray afterSending = listJson();
    QCOMPARE(afterSending.at(0).toObject().value(QLatin1String("state")).toString(), QStringLiteral("sent"));
    QVERIFY(afterSending.at(0)
                .toObject()
                .value(QLatin1String("server_reply"))
                .toString()
                .contains(QLatin1String("queued as")));

    // Another run and another restart change nothing: exactly once.
    const ChildProcess again = kurier({QStringLiteral("outbox"), QStringLiteral("flush")});
    QVERIFY(again.finished);
    QCOMPARE(again.exitCode, 0);
    QTest::qWait(0);
    QCOMPARE(countDelivered(marker), 1);
}

void OutboxCliTest::killedAfterFinalDotIsDeliveryUnknown()
{
    FakeSmtpBehaviour behaviour;
    behaviour.tls = FakeSmtpBehaviour::Tls::None;
    behaviour.requireAuth = false;
    behaviour.stallAt = "."; // the message is read, its reply never comes
    FakeSmtpServer server(behaviour);
    QVERIFY(server.listenOnLoopback());
    pointAccountAt(QStringLiteral("127.0.0.1"), server.serverPort());
    const QByteArray marker = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const ChildProcess queued = kurier({QStringLiteral("send"), QStringLiteral("--queue"), QStringLiteral("-t")},
                                       messageWithMarker(marker, 1000));
    QVERIFY2(queued.finished && queued.exitCode == 0, queued.err.constData());
    const qint64 id = queued.out.trimmed().toLongLong();

    QProcess flush;
    flush.setProcessEnvironment(environment());
    flush.start(QStringLiteral(KURIER_BINARY), {QStringLiteral("outbox"), QStringLiteral("flush")});
    QVERIFY(flush.waitForStarted(WaitMs));
    killWhen(flush, [&] {
        const std::optional<Outbox::OutboxMessage> message = storedMessage(id);
        return server.record().messages.size() == 1 && message && message->finalDotAt.isValid();
    });

    QJsonArray list = listJson();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value(QLatin1String("state")).toString(), QStringLiteral("delivery-unknown"));
    // flush leaves it alone: the server may have it.
    server.behaviour().stallAt.clear();
    const ChildProcess again = kurier({QStringLiteral("outbox"), QStringLiteral("flush")});
    QVERIFY(again.finished);
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(server.record().messages.size(), 1);
    list = listJson();
    QCOMPARE(list.at(0).toObject().value(QLatin1String("state")).toString(), QStringLiteral("delivery-unknown"));
}

void OutboxCliTest::scriptsAndTheGuiQueueAtTheSameTime()
{
    pointAccountAt(m_config.host(), m_config.endpoint(HarnessConfig::Service::Plain).port);
    constexpr int Scripts = 6;
    constexpr int GuiMessages = 30;
    std::vector<std::unique_ptr<QProcess>> scripts;
    for (int i = 0; i < Scripts; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment());
        process->start(QStringLiteral(KURIER_BINARY),
                       {QStringLiteral("send"), QStringLiteral("--account"), AccountId, QStringLiteral("--to"),
                        m_recipient, QStringLiteral("--subject"), QStringLiteral("script %1").arg(i),
                        QStringLiteral("--queue")});
        QVERIFY(process->waitForStarted(WaitMs));
        process->write("queued by a script\n");
        process->closeWriteChannel();
        scripts.push_back(std::move(process));
    }
    // Meanwhile the GUI's own connection writes too.
    Outbox::Store gui(m_root->filePath(QStringLiteral("data/kurier/outbox.sqlite")));
    QVERIFY(gui.open().ok());
    for (int i = 0; i < GuiMessages; ++i) {
        Outbox::NewMessage message;
        message.accountId = AccountId;
        message.reversePath = m_config.user(QStringLiteral("alice")).address;
        message.recipients = {m_recipient};
        message.subject = QStringLiteral("gui %1").arg(i);
        message.bytes = "Subject: gui\r\n\r\nfrom the window\r\n";
        QVERIFY2(gui.enqueue(message), qPrintable(gui.errorString()));
    }
    for (const auto &process : scripts) {
        QSignalSpy finished(process.get(), &QProcess::finished);
        QVERIFY(process->state() == QProcess::NotRunning || finished.wait(WaitMs));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
    }
    const QJsonArray list = listJson();
    QCOMPARE(list.size(), Scripts + GuiMessages);
    QSet<QString> subjects;
    for (const QJsonValue &entry : list) {
        subjects.insert(entry.toObject().value(QLatin1String("subject")).toString());
        QCOMPARE(entry.toObject().value(QLatin1String("state")).toString(), QStringLiteral("queued"));
    }
    QCOMPARE(subjects.size(), Scripts + GuiMessages);
    QCOMPARE(gui.messages().size(), Scripts + GuiMessages);
}

void OutboxCliTest::listAndRemove()
{
    pointAccountAt(m_config.host(), m_config.endpoint(HarnessConfig::Service::Plain).port);
    ChildProcess empty = kurier({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(empty.exitCode, 0);
    QCOMPARE(empty.out.trimmed(), QByteArray("[]"));
    const ChildProcess queued
        = kurier({QStringLiteral("send"), QStringLiteral("--to"), m_recipient, QStringLiteral("--subject"),
                  QStringLiteral("to remove"), QStringLiteral("--queue")},
                 "text\n");
    QCOMPARE(queued.exitCode, 0);
    const QString id = QString::fromUtf8(queued.out.trimmed());
    const QJsonObject entry = listJson().at(0).toObject();
    for (const char *field :
         {"id", "account", "subject", "recipients", "state", "attempts", "next_attempt", "last_error"}) {
        QVERIFY2(entry.contains(QLatin1String(field)), field);
    }
    QCOMPARE(entry.value(QLatin1String("recipients")).toArray().at(0).toString(), m_recipient);
    QCOMPARE(kurier({QStringLiteral("outbox"), QStringLiteral("remove"), QStringLiteral("nonsense")}).exitCode, 64);
    QCOMPARE(kurier({QStringLiteral("outbox"), QStringLiteral("remove"), QStringLiteral("9999")}).exitCode, 64);
    QCOMPARE(kurier({QStringLiteral("outbox"), QStringLiteral("remove"), id}).exitCode, 0);
    QVERIFY(listJson().isEmpty());
    QCOMPARE(kurier({QStringLiteral("outbox"), QStringLiteral("frobnicate")}).exitCode, 64);
}

QTEST_GUILESS_MAIN(OutboxCliTest)
#include "outboxclitest.moc"
