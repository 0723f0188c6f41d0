// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Drives the real `kurier` binary the way scripts and cron jobs do: fresh XDG directories,
// stdin closed after what the row gives, no D-Bus session (so no keychain can be reached and
// nothing of the user's can be touched). Checks exit codes, the one-sentence errors and
// that a refused command leaves no trace.

#include "tests/cli/childprocess.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace
{

// A settings file as a later Kurier might write it.
const QByteArray newerSettings = "[General]\n"
                                 "settingsVersion=99\n"
                                 "\n"
                                 "[accounts]\n"
                                 "future\\email=ola@example.com\n"
                                 "future\\host=smtp.example.com\n"
                                 "future\\port=465\n"
                                 "future\\security=tls\n"
                                 "future\\auth=plain\n"
                                 "future\\username=ola@example.com\n";

QStringList addArgs(const QStringList &extra = {})
{
    return QStringList{u"account"_s, u"add"_s} + extra;
}

// Every file and directory under root with its content: "nothing written" means equal trees.
QMap<QString, QByteArray> treeOf(const QString &root)
{
    QMap<QString, QByteArray> tree;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (it.fileInfo().isDir()) {
            tree.insert(path + u'/', {});
        } else if (file.open(QIODevice::ReadOnly)) {
            tree.insert(path, file.readAll());
        } else {
            tree.insert(path, "<unreadable>");
        }
    }
    return tree;
}

} // namespace

class CliTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void printsVersion();
    void printsHelp_data();
    void printsHelp();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void addsListsAndRemovesAccount();
    void listsEmptyJsonArray();
    void listsNamesVerbatim();
    void listsReadOnlySettingsWithoutLogLines();
    void derivesUniqueIds();

private:
    QString path(const QString &relative) const { return m_root->filePath(relative); }
    QString settingsPath() const { return path(u"config/kurier/kurier.ini"_s); }
    QProcessEnvironment environment() const;
    ChildProcess kurier(const QStringList &arguments, const QByteArray &input = {}) const;
    void writeSettings(const QByteArray &content);

    std::unique_ptr<QTemporaryDir> m_root;
};

void CliTest::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(KURIER_BINARY)).isExecutable(), "the kurier binary has not been built");
}

void CliTest::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(m_root->isValid());
    for (const QString &dir : {u"config"_s, u"data"_s, u"home"_s, u"cache"_s}) {
        QVERIFY(QDir().mkpath(path(dir)));
    }
}

QProcessEnvironment CliTest::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, path(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, path(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, path(u"cache"_s));
    env.insert(u"HOME"_s, path(u"home"_s));
    // No session bus: the user's keychain stays out of reach, and a command that tried to
    // use one would fail with 78 instead of the status a row expects.
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, QString());
    // As a user runs it: Qt's default logging rules, and log output where the test sees it.
    env.remove(u"QT_LOGGING_RULES"_s);
    env.insert(u"QT_FORCE_STDERR_LOGGING"_s, u"1"_s);
    env.remove(u"LANGUAGE"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return env;
}

ChildProcess CliTest::kurier(const QStringList &arguments, const QByteArray &input) const
{
    return ChildProcess::run(QStringLiteral(KURIER_BINARY), arguments, environment(), input);
}

void CliTest::writeSettings(const QByteArray &content)
{
    QVERIFY(QDir().mkpath(QFileInfo(settingsPath()).absolutePath()));
    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
}

void CliTest::printsVersion()
{
    const ChildProcess run = kurier({u"--version"_s});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("kurier " KURIER_VERSION_STRING "\n"));
    QVERIFY(QRegularExpression(u"\\Akurier \\d+\\.\\d+\\.\\d+\\n\\z"_s).match(QString::fromUtf8(run.out)).hasMatch());
    QCOMPARE(run.err, QByteArray());
}

void CliTest::printsHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("usage");

    QTest::newRow("--help") << QStringList{u"--help"_s} << u"Usage: kurier [COMMAND]"_s;
    QTest::newRow("-h") << QStringList{u"-h"_s} << u"Usage: kurier [COMMAND]"_s;
    QTest::newRow("help") << QStringList{u"help"_s} << u"Usage: kurier [COMMAND]"_s;
    QTest::newRow("account --help") << QStringList{u"account"_s, u"--help"_s} << u"Usage: kurier account add|"_s;
    QTest::newRow("account -h") << QStringList{u"account"_s, u"-h"_s} << u"Usage: kurier account add|"_s;
    QTest::newRow("account add --help") << addArgs({u"--help"_s}) << u"Usage: kurier account add [options] EMAIL"_s;
    QTest::newRow("account add -h") << addArgs({u"-h"_s}) << u"Usage: kurier account add [options] EMAIL"_s;
    QTest::newRow("account add -help") << addArgs({u"-help"_s}) << u"Usage: kurier account add [options] EMAIL"_s;
    QTest::newRow("account add EMAIL -h (after an argument)")
        << addArgs({u"ola@example.com"_s, u"--host"_s, u"smtp.example.com"_s, u"-h"_s})
        << u"Usage: kurier account add [options] EMAIL"_s;
    QTest::newRow("account list --help") << QStringList{u"account"_s, u"list"_s, u"--help"_s}
                                         << u"Usage: kurier account list [options]"_s;
    QTest::newRow("account remove -h") << QStringList{u"account"_s, u"remove"_s, u"-h"_s}
                                       << u"Usage: kurier account remove [options] ID"_s;
}

void CliTest::printsHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, usage);

    const ChildProcess run = kurier(arguments);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.startsWith(usage), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral(KURIER_BINARY)), qPrintable(out));
    // Asking for help never creates settings.
    QVERIFY(!QFileInfo::exists(settingsPath()));
}

void CliTest::rejectsBadInput_data()
{
    QTest::addColumn<QStringList>("setup"); // an "account add" run first, or empty
    QTest::addColumn<QByteArray>("settings"); // a settings file put in place first, or empty
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("names"); // the sentence on stderr names the problem

    const QStringList host{u"--host"_s, u"smtp.example.com"_s};
    const QStringList ola = QStringList{u"ola@example.com"_s} + host;
    const QStringList none;

    QTest::newRow("malformed address") << none << QByteArray() << addArgs(QStringList{u"ola.example.com"_s} + host)
                                       << QByteArray() << 64 << u"\"ola.example.com\""_s;
    QTest::newRow("address with two @") << none << QByteArray()
                                        << addArgs(QStringList{u"ola@home@example.com"_s} + host) << QByteArray() << 64
                                        << u"ola@home@example.com"_s;
    QTest::newRow("port 0") << none << QByteArray() << addArgs(ola + QStringList{u"--port"_s, u"0"_s}) << QByteArray()
                            << 64 << u"\"0\""_s;
    QTest::newRow("port 70000") << none << QByteArray() << addArgs(ola + QStringList{u"--port"_s, u"70000"_s})
                                << QByteArray() << 64 << u"\"70000\""_s;
    QTest::newRow("port abc") << none << QByteArray() << addArgs(ola + QStringList{u"--port"_s, u"abc"_s})
                              << QByteArray() << 64 << u"\"abc\""_s;
    QTest::newRow("negative port") << none << QByteArray() << addArgs(ola + QStringList{u"--port=-25"_s})
                                   << QByteArray() << 64 << u"\"-25\""_s;
    QTest::newRow("port without its value")
        << none << QByteArray() << addArgs(ola + QStringList{u"--port"_s}) << QByteArray() << 64 << u"port"_s;
    QTest::newRow("unknown security") << none << QByteArray() << addArgs(ola + QStringList{u"--security"_s, u"ssl"_s})
                                      << QByteArray() << 64 << u"\"ssl\""_s;
    QTest::newRow("unknown auth") << none << QByteArray() << addArgs(ola + QStringList{u"--auth"_s, u"kerberos"_s})
                                  << QByteArray() << 64 << u"\"kerberos\""_s;
    QTest::newRow("--security none with --auth plain")
        << none << QByteArray() << addArgs(ola + QStringList{u"--security"_s, u"none"_s, u"--auth"_s, u"plain"_s})
        << QByteArray() << 64 << u"without encryption"_s;
    QTest::newRow("--password-stdin without encryption")
        << none << QByteArray() << addArgs(ola + QStringList{u"--security"_s, u"none"_s, u"--password-stdin"_s})
        << QByteArray("s3cret\n") << 64 << u"--password-stdin"_s;
    QTest::newRow("--password-stdin with empty stdin")
        << none << QByteArray() << addArgs(ola + QStringList{u"--password-stdin"_s}) << QByteArray() << 64
        << u"standard input was empty"_s;
    QTest::newRow("--password-stdin with only a line break")
        << none << QByteArray() << addArgs(ola + QStringList{u"--password-stdin"_s}) << QByteArray("\n") << 64
        << u"standard input was empty"_s;
    QTest::newRow("--password-stdin with two lines")
        << none << QByteArray() << addArgs(ola + QStringList{u"--password-stdin"_s}) << QByteArray("first\nsecond\n")
        << 64 << u"line break"_s;
    QTest::newRow("missing EMAIL") << none << QByteArray() << addArgs(host) << QByteArray() << 64 << u"email address"_s;
    QTest::newRow("two EMAILs") << none << QByteArray()
                                << addArgs(QStringList{u"ola@example.com"_s, u"jan@example.com"_s} + host)
                                << QByteArray() << 64 << u"jan@example.com"_s;
    QTest::newRow("no --host") << none << QByteArray() << addArgs({u"ola@example.com"_s}) << QByteArray() << 64
                               << u"--host"_s;
    QTest::newRow("host with a port") << none << QByteArray()
                                      << addArgs(
                                             QStringList{u"ola@example.com"_s, u"--host"_s, u"smtp.example.com:587"_s})
                                      << QByteArray() << 64 << u"\"smtp.example.com:587\""_s;
    QTest::newRow("invalid --id") << none << QByteArray() << addArgs(ola + QStringList{u"--id"_s, u"Work Mail"_s})
                                  << QByteArray() << 64 << u"\"Work Mail\""_s;
    QTest::newRow("name with a line break")
        << none << QByteArray() << addArgs(ola + QStringList{u"--name"_s, u"Ola\nBcc: all@example.com"_s})
        << QByteArray() << 64 << u"line break"_s;
    QTest::newRow("duplicate id") << addArgs(ola + QStringList{u"--id"_s, u"work"_s}) << QByteArray()
                                  << addArgs(QStringList{u"jan@example.com"_s, u"--id"_s, u"work"_s} + host)
                                  << QByteArray() << 64 << u"\"work\""_s;
    QTest::newRow("unknown command") << none << QByteArray() << QStringList{u"frobnicate"_s} << QByteArray() << 64
                                     << u"\"frobnicate\""_s;
    QTest::newRow("unknown option") << none << QByteArray() << QStringList{u"--frobnicate"_s} << QByteArray() << 64
                                    << u"\"--frobnicate\""_s;
    QTest::newRow("unknown option of account add")
        << none << QByteArray() << addArgs(ola + QStringList{u"--frobnicate"_s}) << QByteArray() << 64
        << u"frobnicate"_s;
    QTest::newRow("unknown account command")
        << none << QByteArray() << QStringList{u"account"_s, u"rename"_s} << QByteArray() << 64 << u"\"rename\""_s;
    QTest::newRow("account without a command")
        << none << QByteArray() << QStringList{u"account"_s} << QByteArray() << 64 << u"add, list, remove or test"_s;
    QTest::newRow("remove of an unknown id")
        << addArgs(ola) << QByteArray() << QStringList{u"account"_s, u"remove"_s, u"nosuch"_s} << QByteArray() << 64
        << u"\"nosuch\""_s;
    QTest::newRow("remove without an id") << none << QByteArray() << QStringList{u"account"_s, u"remove"_s}
                                          << QByteArray() << 64 << u"id of the account"_s;
    QTest::newRow("list with an argument") << none << QByteArray() << QStringList{u"account"_s, u"list"_s, u"all"_s}
                                           << QByteArray() << 64 << u"no arguments"_s;
    QTest::newRow("add to settings from a newer Kurier")
        << none << newerSettings << addArgs(ola) << QByteArray() << 78 << u"newer version of Kurier"_s;
    QTest::newRow("remove from settings from a newer Kurier")
        << none << newerSettings << QStringList{u"account"_s, u"remove"_s, u"future"_s} << QByteArray() << 78
        << u"newer version of Kurier"_s;
}

void CliTest::rejectsBadInput()
{
    QFETCH(QStringList, setup);
    QFETCH(QByteArray, settings);
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, names);

    if (!setup.isEmpty()) {
        const ChildProcess prepared = kurier(setup);
        QVERIFY2(prepared.finished && prepared.exitCode == 0, prepared.err.constData());
    }
    if (!settings.isEmpty()) {
        writeSettings(settings);
    }
    const QMap<QString, QByteArray> before = treeOf(m_root->path());

    const ChildProcess run = kurier(arguments, input);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.out, QByteArray());
    // Exactly one sentence on one line, naming the problem; no log lines around it.
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.endsWith(u".\n"_s), qPrintable(err));
    QVERIFY2(err.count(u'\n') == 1, qPrintable(err));
    QVERIFY2(err.contains(names), qPrintable(err));
    // Qt prints a category's messages as "kurier.accounts: ...".
    static const QRegularExpression logLine(u"^kurier\\.[a-z.]+: "_s, QRegularExpression::MultilineOption);
    QVERIFY2(!err.contains(logLine), qPrintable(err));
    // Nothing written: no settings file, no new account, no other file.
    QCOMPARE(treeOf(m_root->path()), before);
}

void CliTest::addsListsAndRemovesAccount()
{
    const ChildProcess added = kurier(addArgs({u"ola@example.com"_s, u"--name"_s, u"Ola Kowalska"_s, u"--host"_s,
                                               u"smtp.example.com"_s, u"--security"_s, u"tls"_s}));
    QVERIFY(added.finished);
    QCOMPARE(added.err, QByteArray());
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(added.out, QByteArray("ola-example-com\n"));
    QVERIFY(QFileInfo::exists(settingsPath()));

    const ChildProcess listed = kurier({u"account"_s, u"list"_s, u"--json"_s});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.err, QByteArray());
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(listed.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(json.isArray());
    QCOMPARE(json.array().size(), 1);
    const QJsonObject account = json.array().first().toObject();
    QStringList keys = account.keys();
    keys.sort();
    QStringList expectedKeys{u"id"_s,   u"name"_s,     u"email"_s, u"host"_s,
                             u"port"_s, u"security"_s, u"auth"_s,  u"username"_s};
    expectedKeys.sort();
    QCOMPARE(keys, expectedKeys);
    QCOMPARE(account.value(u"id"_s).toString(), u"ola-example-com"_s);
    QCOMPARE(account.value(u"name"_s).toString(), u"Ola Kowalska"_s);
    QCOMPARE(account.value(u"email"_s).toString(), u"ola@example.com"_s);
    QCOMPARE(account.value(u"host"_s).toString(), u"smtp.example.com"_s);
    QCOMPARE(account.value(u"port"_s).toInt(), 465);
    QVERIFY(account.value(u"port"_s).isDouble());
    QCOMPARE(account.value(u"security"_s).toString(), u"tls"_s);
    QCOMPARE(account.value(u"auth"_s).toString(), u"auto"_s);
    QCOMPARE(account.value(u"username"_s).toString(), u"ola@example.com"_s);

    const ChildProcess text = kurier({u"account"_s, u"list"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("ola-example-com") && text.out.contains("smtp.example.com:465"), text.out.constData());

    // Without a keychain the account goes; stderr says its keychain entry could not be checked.
    const ChildProcess removed = kurier({u"account"_s, u"remove"_s, u"ola-example-com"_s});
    QCOMPARE(removed.exitCode, 0);
    QCOMPARE(removed.out, QByteArray());
    QCOMPARE(removed.err.count('\n'), 1);
    QVERIFY2(removed.err.contains("was removed, but no keychain could be reached"), removed.err.constData());
    QCOMPARE(kurier({u"account"_s, u"list"_s, u"--json"_s}).out, QByteArray("[]\n"));
}

void CliTest::listsEmptyJsonArray()
{
    const ChildProcess listed = kurier({u"account"_s, u"list"_s, u"--json"_s});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.out, QByteArray("[]\n"));
    QCOMPARE(listed.err, QByteArray());
    // Reading creates nothing.
    QVERIFY(!QFileInfo::exists(settingsPath()));
}

void CliTest::listsNamesVerbatim()
{
    const QString name = u"Ola %1 %2 \"100%\" Kowalska"_s;
    const ChildProcess added
        = kurier(addArgs({u"ola@example.com"_s, u"--name"_s, name, u"--host"_s, u"smtp.example.com"_s}));
    QCOMPARE(added.exitCode, 0);
    const ChildProcess listed = kurier({u"account"_s, u"list"_s});
    QCOMPARE(listed.exitCode, 0);
    const QString out = QString::fromUtf8(listed.out);
    QVERIFY2(out.contains(name + u" <ola@example.com>"_s), qPrintable(out));
    QVERIFY2(out.contains(u"smtp.example.com:587"_s), qPrintable(out));
}

void CliTest::listsReadOnlySettingsWithoutLogLines()
{
    writeSettings(newerSettings);
    const ChildProcess listed = kurier({u"account"_s, u"list"_s, u"--json"_s});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.err, QByteArray());
    QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 1);
}

void CliTest::derivesUniqueIds()
{
    const QStringList add = addArgs({u"Ola@Example.com"_s, u"--host"_s, u"smtp.example.com"_s});
    QCOMPARE(kurier(add).out, QByteArray("ola-example-com\n"));
    QCOMPARE(kurier(add).out, QByteArray("ola-example-com-2\n"));
}

QTEST_GUILESS_MAIN(CliTest)
#include "clitest.moc"
