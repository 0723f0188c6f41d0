// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The `kurier` binary against a real Secret Service (tests/harness/with-keyring.sh gives this
// test a private, unlocked gnome-keyring): the password given on stdin lands in the keychain
// and nowhere else, other processes find it there, and removing the account removes it.

#include "app/secrets/keychainsecretstore.h"

#include "tests/cli/childprocess.h"
#include "tests/support/secretjobresult.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Secrets::SecretKind;
using Secrets::SecretResult;

namespace
{

// Spaces, quotes, shell and INI specials, Polish letters and an emoji: whatever a password
// holds must come back byte for byte, and must not appear anywhere else.
const QString password = u"Hasło: zażółć \"gęślą\" $HOME `id` ;=% 🔑 jaźń"_s;

QStringList attributesOf(const QString &accountId)
{
    // QtKeychain's libsecret attributes: "server" is the service, "user" the entry key.
    return {u"server"_s, QString::fromLatin1(Secrets::KeychainSecretStore::DefaultService), u"user"_s,
            Secrets::SecretStore::keyFor(accountId, SecretKind::SmtpPassword)};
}

ChildProcess secretTool(const QStringList &arguments)
{
    return ChildProcess::run(u"secret-tool"_s, arguments, QProcessEnvironment::systemEnvironment());
}

QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle)) {
            found.append(file.fileName());
        }
    }
    return found;
}

QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files.append(it.next());
    }
    return files;
}

} // namespace

class CliKeychainTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void storesPasswordOnlyInKeychain();
    void refusesWithoutKeychain();
    void refusesWithoutUnlockedKeyring();
    void undoesKeychainEntryWhenSettingsCannotBeSaved();
    void replacesLeftoverEntry();

private:
    QString path(const QString &relative) const { return m_root->filePath(relative); }
    QProcessEnvironment environment() const;
    ChildProcess kurier(const QStringList &arguments, const QByteArray &input = {},
                        const QProcessEnvironment &environment = {}) const;
    QByteArray lookUp(const QString &accountId) const;
    void verifyNoOutputShows(const ChildProcess &run) const;

    std::unique_ptr<QTemporaryDir> m_root;
};

void CliKeychainTest::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(KURIER_BINARY)).isExecutable(), "the kurier binary has not been built");
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "No D-Bus session: run this test through tests/harness/with-keyring.sh (ctest does).");
    QVERIFY2(!QStandardPaths::findExecutable(u"secret-tool"_s).isEmpty(),
             "secret-tool (libsecret-tools) is needed to look at the keychain from another process.");
}

void CliKeychainTest::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(m_root->isValid());
    for (const QString &dir : {u"config"_s, u"data"_s, u"home"_s, u"cache"_s}) {
        QVERIFY(QDir().mkpath(path(dir)));
    }
}

void CliKeychainTest::cleanup()
{
    for (const QString &id : {u"ola-example-com"_s, u"work"_s}) {
        secretTool(QStringList{u"clear"_s} + attributesOf(id));
    }
    m_root.reset();
}

QProcessEnvironment CliKeychainTest::environment() const
{
    // The private session bus of the harness stays; everything on disk is this test's.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, path(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, path(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, path(u"cache"_s));
    env.insert(u"HOME"_s, path(u"home"_s));
    env.remove(u"QT_LOGGING_RULES"_s);
    env.insert(u"QT_FORCE_STDERR_LOGGING"_s, u"1"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return env;
}

ChildProcess CliKeychainTest::kurier(const QStringList &arguments, const QByteArray &input,
                                     const QProcessEnvironment &env) const
{
    return ChildProcess::run(QStringLiteral(KURIER_BINARY), arguments, env.isEmpty() ? environment() : env, input);
}

QByteArray CliKeychainTest::lookUp(const QString &accountId) const
{
    const ChildProcess lookup = secretTool(QStringList{u"lookup"_s} + attributesOf(accountId));
    return lookup.finished && lookup.exitCode == 0 ? lookup.out : QByteArray();
}

void CliKeychainTest::verifyNoOutputShows(const ChildProcess &run) const
{
    for (const QByteArray &part : {password.toUtf8(), u"zażółć"_s.toUtf8(), QByteArray("gęślą")}) {
        QVERIFY(!run.out.contains(part));
        QVERIFY(!run.err.contains(part));
    }
}

void CliKeychainTest::storesPasswordOnlyInKeychain()
{
    const ChildProcess added
        = kurier({u"account"_s, u"add"_s, u"ola@example.com"_s, u"--name"_s, u"Ola"_s, u"--host"_s,
                  u"smtp.example.com"_s, u"--security"_s, u"tls"_s, u"--auth"_s, u"plain"_s, u"--password-stdin"_s},
                 password.toUtf8() + '\n');
    QVERIFY(added.finished);
    QVERIFY2(added.err.isEmpty(), added.err.constData());
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(added.out, QByteArray("ola-example-com\n"));
    verifyNoOutputShows(added);

    // A second process sees the account, with exactly the documented fields and no secret.
    const ChildProcess listed = kurier({u"account"_s, u"list"_s, u"--json"_s});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.err, QByteArray());
    verifyNoOutputShows(listed);
    const QJsonArray accounts = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(accounts.size(), 1);
    const QJsonObject account = accounts.first().toObject();
    QStringList keys = account.keys();
    keys.sort();
    QCOMPARE(
        keys,
        (QStringList{u"auth"_s, u"email"_s, u"host"_s, u"id"_s, u"name"_s, u"port"_s, u"security"_s, u"username"_s}));
    QCOMPARE(account.value(u"id"_s).toString(), u"ola-example-com"_s);
    QCOMPARE(account.value(u"port"_s).toInt(), 465);
    QCOMPARE(account.value(u"security"_s).toString(), u"tls"_s);
    QCOMPARE(account.value(u"auth"_s).toString(), u"plain"_s);
    QCOMPARE(account.value(u"username"_s).toString(), u"ola@example.com"_s);

    // A third process reads the password back (without the line end that closed stdin)...
    QCOMPARE(QString::fromUtf8(lookUp(u"ola-example-com"_s)), password);
    // ...and so does Kurier's own store, the way the sending code will.
    Secrets::KeychainSecretStore store;
    const SecretResult result
        = TestSupport::waitForSecretResult(store.read(u"ola-example-com"_s, SecretKind::SmtpPassword));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.secret, password);

    // The password is in no file under the config, data, cache or home directories.
    QVERIFY(QFileInfo::exists(path(u"config/kurier/kurier.ini"_s)));
    QCOMPARE(filesContaining(m_root->path(), password.toUtf8()), QStringList());
    QCOMPARE(filesContaining(m_root->path(), u"zażółć"_s.toUtf8()), QStringList());

    const ChildProcess removed = kurier({u"account"_s, u"remove"_s, u"ola-example-com"_s});
    QCOMPARE(removed.exitCode, 0);
    QCOMPARE(removed.err, QByteArray());
    QCOMPARE(removed.out, QByteArray());
    QCOMPARE(lookUp(u"ola-example-com"_s), QByteArray());
    QCOMPARE(kurier({u"account"_s, u"list"_s, u"--json"_s}).out, QByteArray("[]\n"));
}

void CliKeychainTest::refusesWithoutKeychain()
{
    QProcessEnvironment env = environment();
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, QString());

    const ChildProcess added = kurier(
        {u"account"_s, u"add"_s, u"ola@example.com"_s, u"--host"_s, u"smtp.example.com"_s, u"--password-stdin"_s},
        password.toUtf8(), env);
    QVERIFY(added.finished);
    QCOMPARE(added.exitCode, 78);
    QCOMPARE(added.out, QByteArray());
    const QString err = QString::fromUtf8(added.err);
    QCOMPARE(err.count(u'\n'), 1);
    QVERIFY2(err.endsWith(u".\n"_s), qPrintable(err));
    QVERIFY2(err.contains(u"No keychain is available"_s), qPrintable(err));
    QVERIFY2(err.contains(u"not added"_s), qPrintable(err));
    verifyNoOutputShows(added);
    // Nothing written: no settings, no plaintext fallback anywhere, no keychain entry.
    QCOMPARE(filesUnder(m_root->path()), QStringList());
    QCOMPARE(lookUp(u"ola-example-com"_s), QByteArray());
}

void CliKeychainTest::refusesWithoutUnlockedKeyring()
{
    // A session bus that starts the Secret Service on demand, as over SSH on a server:
    // gnome-keyring comes up with no unlocked keyring and no display to ask for one.
    QVERIFY(QDir().mkpath(path(u"runtime"_s)));
    QVERIFY(QFile::setPermissions(path(u"runtime"_s),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    QProcessEnvironment env = environment();
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, path(u"runtime"_s));
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);

    const ChildProcess added
        = ChildProcess::run(u"dbus-run-session"_s,
                            {u"--"_s, QStringLiteral(KURIER_BINARY), u"account"_s, u"add"_s, u"ola@example.com"_s,
                             u"--host"_s, u"smtp.example.com"_s, u"--password-stdin"_s},
                            env, password.toUtf8());
    QVERIFY(added.finished);
    QCOMPARE(added.exitCode, 78);
    QCOMPARE(added.out, QByteArray());
    // stderr also carries what the bus and the keyring daemon say; Kurier's sentence is last.
    const QString lastLine = QString::fromUtf8(added.err.trimmed().split('\n').constLast());
    QVERIFY2(lastLine.startsWith(u"The password could not be stored, so the account was not added"_s),
             added.err.constData());
    QVERIFY2(lastLine.contains(u"locked"_s), qPrintable(lastLine));
    verifyNoOutputShows(added);
    QVERIFY(!QFileInfo::exists(path(u"config/kurier/kurier.ini"_s)));
    QCOMPARE(filesContaining(m_root->path(), password.toUtf8()), QStringList());
}

void CliKeychainTest::undoesKeychainEntryWhenSettingsCannotBeSaved()
{
    // A file where the settings directory belongs: the settings cannot be written.
    QFile blocker(path(u"config/kurier"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    const ChildProcess added = kurier({u"account"_s, u"add"_s, u"ola@example.com"_s, u"--id"_s, u"work"_s, u"--host"_s,
                                       u"smtp.example.com"_s, u"--password-stdin"_s},
                                      password.toUtf8());
    QVERIFY(added.finished);
    QCOMPARE(added.exitCode, 74);
    QCOMPARE(added.out, QByteArray());
    QCOMPARE(added.err.count('\n'), 1);
    QVERIFY2(added.err.contains("not added"), added.err.constData());
    verifyNoOutputShows(added);
    // The password written first was taken back, so no orphan entry is left.
    QCOMPARE(lookUp(u"work"_s), QByteArray());
}

void CliKeychainTest::replacesLeftoverEntry()
{
    // An entry left by an earlier installation under the same id is replaced, not duplicated.
    const ChildProcess first = kurier({u"account"_s, u"add"_s, u"ola@example.com"_s, u"--id"_s, u"work"_s, u"--host"_s,
                                       u"smtp.example.com"_s, u"--password-stdin"_s},
                                      QByteArray("old password"));
    QCOMPARE(first.exitCode, 0);
    QVERIFY(QFile::remove(path(u"config/kurier/kurier.ini"_s)));

    const ChildProcess second = kurier({u"account"_s, u"add"_s, u"ola@example.com"_s, u"--id"_s, u"work"_s, u"--host"_s,
                                        u"smtp.example.com"_s, u"--password-stdin"_s},
                                       QByteArray("new password"));
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(lookUp(u"work"_s), QByteArray("new password"));
    const ChildProcess search = secretTool(QStringList{u"search"_s, u"--all"_s} + attributesOf(u"work"_s));
    QCOMPARE(search.out.count("secret = "), 1);
}

QTEST_GUILESS_MAIN(CliKeychainTest)
#include "clikeychaintest.moc"
