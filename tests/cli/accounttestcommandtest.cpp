// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `kurier account test ID [--json]` as scripts run it: accounts are added with
// `kurier account add --password-stdin` (so the password lives only in the private keyring of
// tests/harness/with-keyring.sh) and tested against the real Postfix harness. Checks the JSON
// shape of the command-line contract, the exit statuses, and that no output shows the password.

#include "tests/cli/childprocess.h"
#include "tests/support/harnessconfig.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Service = HarnessConfig::Service;

class AccountTestCommandTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void printsJson_data();
    void printsJson();
    void printsSteps();
    void refusesUnknownAccount();

private:
    QProcessEnvironment environment() const;
    ChildProcess kurier(const QStringList &arguments, const QByteArray &input = {}) const;
    void addAccount(const QString &id, const QString &host, quint16 port, const QString &security, const QString &auth,
                    const QString &password);

    HarnessConfig m_config;
    std::unique_ptr<QTemporaryDir> m_root;
    QStringList m_ids;
};

void AccountTestCommandTest::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(KURIER_BINARY)).isExecutable(), "the kurier binary has not been built");
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "No D-Bus session: run this test through tests/harness/with-keyring.sh (ctest does).");
    m_config = HarnessConfig::load(QStringLiteral(KURIER_HARNESS_STATE_DIR));
    QVERIFY2(m_config.isValid(), qPrintable(m_config.errorString()));
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(m_root->isValid());

    const QString host = m_config.tlsHostName();
    const QString password = m_config.user(u"alice"_s).password;
    addAccount(u"alice-tls"_s, host, m_config.endpoint(Service::ImplicitTls).port, u"tls"_s, u"auto"_s, password);
    addAccount(u"alice-starttls"_s, host, m_config.endpoint(Service::Submission).port, u"starttls"_s, u"plain"_s,
               password);
    addAccount(u"alice-wrong"_s, host, m_config.endpoint(Service::Submission).port, u"starttls"_s, u"auto"_s,
               password + u"-wrong"_s);
    addAccount(u"alice-plain"_s, host, m_config.endpoint(Service::Plain).port, u"none"_s, u"none"_s, QString());
    addAccount(u"alice-nopassword"_s, host, m_config.endpoint(Service::ImplicitTls).port, u"tls"_s, u"auto"_s,
               QString());
    // A port that was free a moment ago on this helper's own loopback address.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress(u"127.0.70.3"_s), 0));
    const quint16 closed = probe.serverPort();
    probe.close();
    addAccount(u"alice-closed"_s, u"127.0.70.3"_s, closed, u"tls"_s, u"auto"_s, password);
}

void AccountTestCommandTest::cleanupTestCase()
{
    for (const QString &id : std::as_const(m_ids)) {
        kurier({u"account"_s, u"remove"_s, id});
    }
}

void AccountTestCommandTest::init()
{
    // Unexpected warnings are failures.
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

QProcessEnvironment AccountTestCommandTest::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, m_root->filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_root->filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, m_root->filePath(u"cache"_s));
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.remove(u"QT_LOGGING_RULES"_s);
    return env;
}

ChildProcess AccountTestCommandTest::kurier(const QStringList &arguments, const QByteArray &input) const
{
    return ChildProcess::run(QStringLiteral(KURIER_BINARY), arguments, environment(), input, 60000);
}

void AccountTestCommandTest::addAccount(const QString &id, const QString &host, quint16 port, const QString &security,
                                        const QString &auth, const QString &password)
{
    QStringList arguments{u"account"_s,
                          u"add"_s,
                          m_config.user(u"alice"_s).address,
                          u"--id"_s,
                          id,
                          u"--host"_s,
                          host,
                          u"--port"_s,
                          QString::number(port),
                          u"--security"_s,
                          security,
                          u"--auth"_s,
                          auth};
    if (!password.isEmpty()) {
        arguments += u"--password-stdin"_s;
    }
    const ChildProcess added = kurier(arguments, password.toUtf8());
    QVERIFY2(added.finished && added.exitCode == 0, added.err.constData());
    m_ids.append(id);
}

void AccountTestCommandTest::printsJson_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("statuses"); // per step: resolve, connect, tls, ehlo, auth
    QTest::addColumn<QString>("category"); // the error object's; empty: "error" is null

    const QStringList allPassed{u"passed"_s, u"passed"_s, u"passed"_s, u"passed"_s, u"passed"_s};
    QTest::newRow("implicit TLS: 0") << u"alice-tls"_s << 0 << allPassed << QString();
    QTest::newRow("STARTTLS: 0") << u"alice-starttls"_s << 0 << allPassed << QString();
    QTest::newRow("wrong password: 77") << u"alice-wrong"_s << 77
                                        << QStringList{u"passed"_s, u"passed"_s, u"passed"_s, u"passed"_s, u"failed"_s}
                                        << u"wrong-credentials"_s;
    QTest::newRow("plain port without login: 0")
        << u"alice-plain"_s << 0 << QStringList{u"passed"_s, u"passed"_s, u"skipped"_s, u"passed"_s, u"skipped"_s}
        << QString();
    QTest::newRow("closed port: 75") << u"alice-closed"_s << 75
                                     << QStringList{u"passed"_s, u"failed"_s, u"skipped"_s, u"skipped"_s, u"skipped"_s}
                                     << u"connection-refused"_s;
}

void AccountTestCommandTest::printsJson()
{
    QFETCH(QString, id);
    QFETCH(int, exitCode);
    QFETCH(QStringList, statuses);
    QFETCH(QString, category);

    const ChildProcess run = kurier({u"account"_s, u"test"_s, id, u"--json"_s});
    QVERIFY(run.finished);
    QVERIFY2(run.exitCode == exitCode, run.err.constData());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &parseError);
    QVERIFY2(document.isObject(), qPrintable(parseError.errorString()));
    const QJsonObject json = document.object();

    // The contract: {"ok": bool, "steps": [{"name", "ok", "elapsed_ms", "detail"}], "error": explain-object|null}
    QVERIFY(json.value(u"ok"_s).isBool());
    QCOMPARE(json.value(u"ok"_s).toBool(), exitCode == 0);
    const QJsonArray steps = json.value(u"steps"_s).toArray();
    QCOMPARE(steps.size(), 5);
    const QStringList names{u"resolve"_s, u"connect"_s, u"tls"_s, u"ehlo"_s, u"auth"_s};
    QStringList actual;
    for (int i = 0; i < steps.size(); ++i) {
        const QJsonObject step = steps.at(i).toObject();
        QCOMPARE(step.value(u"name"_s).toString(), names.at(i));
        QVERIFY(step.value(u"ok"_s).isBool());
        QCOMPARE(step.value(u"ok"_s).toBool(), step.value(u"status"_s).toString() == u"passed"_s);
        QVERIFY(step.value(u"elapsed_ms"_s).isDouble());
        QVERIFY(!step.value(u"detail"_s).toString().isEmpty());
        actual.append(step.value(u"status"_s).toString());
    }
    QCOMPARE(actual, statuses);
    if (category.isEmpty()) {
        QVERIFY(json.value(u"error"_s).isNull());
    } else {
        const QJsonObject error = json.value(u"error"_s).toObject();
        QCOMPARE(error.value(u"category"_s).toString(), category);
        QVERIFY(error.value(u"retryable"_s).isBool());
        QVERIFY(!error.value(u"title"_s).toString().isEmpty());
        QVERIFY(error.value(u"actions"_s).isArray());
    }
    if (statuses.at(2) == u"passed"_s) {
        QVERIFY(json.value(u"tls"_s).toString().startsWith(u"TLSv1."_s));
        QVERIFY(!json.value(u"certificates"_s).toArray().isEmpty());
    }
    const QByteArray password = m_config.user(u"alice"_s).password.toUtf8();
    QVERIFY(!run.out.contains(password));
    QVERIFY(!run.err.contains(password));
}

void AccountTestCommandTest::printsSteps()
{
    const ChildProcess ok = kurier({u"account"_s, u"test"_s, u"alice-tls"_s});
    QVERIFY(ok.finished);
    QVERIFY2(ok.exitCode == 0, ok.err.constData());
    QVERIFY(ok.out.contains("TLSv1."));
    QVERIFY(ok.out.contains(m_config.user(u"alice"_s).address.toUtf8()));

    const ChildProcess missing = kurier({u"account"_s, u"test"_s, u"alice-nopassword"_s});
    QVERIFY(missing.finished);
    QCOMPARE(missing.exitCode, 78);
    QVERIFY(missing.err.contains("alice-nopassword"));

    const ChildProcess wrong = kurier({u"account"_s, u"test"_s, u"alice-wrong"_s});
    QVERIFY(wrong.finished);
    QCOMPARE(wrong.exitCode, 77);
    QVERIFY2(wrong.out.contains("535"), wrong.out.constData());
}

void AccountTestCommandTest::refusesUnknownAccount()
{
    const ChildProcess run = kurier({u"account"_s, u"test"_s, u"nobody-here"_s, u"--json"_s});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 64);
    QVERIFY(run.err.contains("nobody-here"));
}

QTEST_GUILESS_MAIN(AccountTestCommandTest)
#include "accounttestcommandtest.moc"
