// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Runs against a real Secret Service: tests/harness/with-keyring.sh starts a private D-Bus
// session with an unlocked gnome-keyring for this process. Without one the test fails
// rather than skips, so CI cannot pass with the keychain untested.

#include "app/secrets/keychainsecretstore.h"
#include "tests/support/secretjobresult.h"

#include "tests/cli/childprocess.h"

#include <QDirIterator>
#include <QPointer>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Secrets::KeychainSecretStore;
using Secrets::SecretJob;
using Secrets::SecretKind;
using Secrets::SecretResult;
using TestSupport::waitForSecretResult;
using Status = Secrets::SecretResult::Status;

Q_DECLARE_METATYPE(Secrets::SecretKind)

namespace QTest
{
template<>
char *toString(const Secrets::SecretResult::Status &status)
{
    static const char *const names[] = {"Ok", "NotFound", "NoBackend", "AccessDenied", "Failed"};
    return qstrdup(names[static_cast<int>(status)]);
}
} // namespace QTest

namespace
{

// Kept apart from the service Kurier itself uses, even in a private keyring.
const QString testService = u"kurier-test"_s;

// The attributes QtKeychain's libsecret backend gives an entry (schema "org.qt.keychain"):
// "server" is the service, "user" the key. Other programs find Kurier's entries by them.
QStringList attributesOf(const QString &key)
{
    return {u"server"_s, testService, u"user"_s, key};
}

ChildProcess secretTool(const QStringList &arguments, const std::optional<QByteArray> &input = std::nullopt)
{
    return ChildProcess::run(u"secret-tool"_s, arguments, QProcessEnvironment::systemEnvironment(), input);
}

// Sets environment variables for one scope and puts the previous values back afterwards.
class EnvironmentOverride
{
public:
    void set(const char *name, const QByteArray &value)
    {
        remember(name);
        qputenv(name, value);
    }
    void unset(const char *name)
    {
        remember(name);
        qunsetenv(name);
    }
    ~EnvironmentOverride()
    {
        for (const auto &[name, value] : std::as_const(m_saved)) {
            if (value) {
                qputenv(name.constData(), *value);
            } else {
                qunsetenv(name.constData());
            }
        }
    }

private:
    void remember(const char *name)
    {
        m_saved.append(
            {QByteArray(name), qEnvironmentVariableIsSet(name) ? std::optional(qgetenv(name)) : std::nullopt});
    }

    QList<std::pair<QByteArray, std::optional<QByteArray>>> m_saved;
};

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

class KeychainSecretStoreTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void writesReadsAndRemoves_data();
    void writesReadsAndRemoves();
    void overwrites();
    void reportsNotFound();
    void removesMissingEntryQuietly();
    void keepsKindsAndAccountsApart();
    void showsEntryToOtherPrograms();
    void readsEntryWrittenByOtherPrograms();
    void usesKurierServiceByDefault();
    void answersNoBackendWithoutSessionBus();

private:
    std::unique_ptr<KeychainSecretStore> m_store;
};

void KeychainSecretStoreTest::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "No D-Bus session: run this test through tests/harness/with-keyring.sh (ctest does).");
    QVERIFY2(!QStandardPaths::findExecutable(u"secret-tool"_s).isEmpty(),
             "secret-tool (libsecret-tools) is needed to look at the keychain from another process.");
}

void KeychainSecretStoreTest::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_store = std::make_unique<KeychainSecretStore>(testService, nullptr);
}

void KeychainSecretStoreTest::cleanup()
{
    // Leave no entry behind for the next test function, whatever it failed on.
    for (const QString &id : {u"work"_s, u"home"_s}) {
        for (const SecretKind kind : {SecretKind::SmtpPassword, SecretKind::OAuthTokens}) {
            secretTool(QStringList{u"clear"_s} + attributesOf(KeychainSecretStore::keyFor(id, kind)));
        }
    }
    m_store.reset();
}

void KeychainSecretStoreTest::writesReadsAndRemoves_data()
{
    QTest::addColumn<SecretKind>("kind");
    QTest::addColumn<QString>("secret");

    QTest::newRow("ASCII password") << SecretKind::SmtpPassword << u"correct horse battery staple"_s;
    QTest::newRow("password with Polish letters and emoji") << SecretKind::SmtpPassword << u"zażółć 🔑 gęślą"_s;
    QTest::newRow("password with quotes, backslash and spaces") << SecretKind::SmtpPassword << u" a\"b'c\\d "_s;
    QTest::newRow("OAuth tokens as JSON")
        << SecretKind::OAuthTokens << u"{\"access_token\":\"ya29.x\",\"refresh_token\":\"1//y\"}"_s;
}

void KeychainSecretStoreTest::writesReadsAndRemoves()
{
    QFETCH(SecretKind, kind);
    QFETCH(QString, secret);

    const SecretResult written = waitForSecretResult(m_store->write(u"work"_s, kind, secret));
    QVERIFY2(written.ok(), qPrintable(written.message));
    const SecretResult read = waitForSecretResult(m_store->read(u"work"_s, kind));
    QVERIFY2(read.ok(), qPrintable(read.message));
    QCOMPARE(read.secret, secret);

    const SecretResult removed = waitForSecretResult(m_store->remove(u"work"_s, kind));
    QVERIFY2(removed.ok(), qPrintable(removed.message));
    QCOMPARE(waitForSecretResult(m_store->read(u"work"_s, kind)).status, Status::NotFound);
}

void KeychainSecretStoreTest::overwrites()
{
    QVERIFY(waitForSecretResult(m_store->write(u"work"_s, SecretKind::SmtpPassword, u"old"_s)).ok());
    QVERIFY(waitForSecretResult(m_store->write(u"work"_s, SecretKind::SmtpPassword, u"new"_s)).ok());
    QCOMPARE(waitForSecretResult(m_store->read(u"work"_s, SecretKind::SmtpPassword)).secret, u"new"_s);
    // One entry, not two: another program sees only the new secret.
    const ChildProcess search = secretTool(QStringList{u"search"_s, u"--all"_s} + attributesOf(u"work/smtp"_s));
    QVERIFY(search.finished);
    QCOMPARE(search.out.count("secret = "), 1);
    QVERIFY(search.out.contains("secret = new"));
}

void KeychainSecretStoreTest::reportsNotFound()
{
    const SecretResult result = waitForSecretResult(m_store->read(u"home"_s, SecretKind::SmtpPassword));
    QCOMPARE(result.status, Status::NotFound);
    QCOMPARE(result.secret, QString());
    QVERIFY2(result.message.endsWith(u'.'), qPrintable(result.message));
}

void KeychainSecretStoreTest::removesMissingEntryQuietly()
{
    const SecretResult result = waitForSecretResult(m_store->remove(u"home"_s, SecretKind::SmtpPassword));
    QVERIFY2(result.ok(), qPrintable(result.message));
}

void KeychainSecretStoreTest::keepsKindsAndAccountsApart()
{
    QVERIFY(waitForSecretResult(m_store->write(u"work"_s, SecretKind::SmtpPassword, u"work password"_s)).ok());
    QVERIFY(waitForSecretResult(m_store->write(u"work"_s, SecretKind::OAuthTokens, u"work tokens"_s)).ok());
    QVERIFY(waitForSecretResult(m_store->write(u"home"_s, SecretKind::SmtpPassword, u"home password"_s)).ok());

    QCOMPARE(waitForSecretResult(m_store->read(u"work"_s, SecretKind::SmtpPassword)).secret, u"work password"_s);
    QCOMPARE(waitForSecretResult(m_store->read(u"work"_s, SecretKind::OAuthTokens)).secret, u"work tokens"_s);
    QCOMPARE(waitForSecretResult(m_store->read(u"home"_s, SecretKind::SmtpPassword)).secret, u"home password"_s);
    QCOMPARE(waitForSecretResult(m_store->read(u"home"_s, SecretKind::OAuthTokens)).status, Status::NotFound);

    QVERIFY(waitForSecretResult(m_store->remove(u"work"_s, SecretKind::SmtpPassword)).ok());
    QCOMPARE(waitForSecretResult(m_store->read(u"work"_s, SecretKind::OAuthTokens)).secret, u"work tokens"_s);
    QCOMPARE(waitForSecretResult(m_store->read(u"home"_s, SecretKind::SmtpPassword)).secret, u"home password"_s);
}

void KeychainSecretStoreTest::showsEntryToOtherPrograms()
{
    const QString secret = u"wspólne hasło"_s;
    QVERIFY(waitForSecretResult(m_store->write(u"work"_s, SecretKind::SmtpPassword, secret)).ok());

    const ChildProcess lookup = secretTool(QStringList{u"lookup"_s} + attributesOf(u"work/smtp"_s));
    QVERIFY2(lookup.finished && lookup.exitCode == 0, lookup.err.constData());
    QCOMPARE(QString::fromUtf8(lookup.out), secret);

    const ChildProcess search = secretTool(QStringList{u"search"_s, u"--all"_s} + attributesOf(u"work/smtp"_s));
    QVERIFY2(search.out.contains("schema = org.qt.keychain"), search.out.constData());

    QVERIFY(waitForSecretResult(m_store->remove(u"work"_s, SecretKind::SmtpPassword)).ok());
    const ChildProcess gone = secretTool(QStringList{u"lookup"_s} + attributesOf(u"work/smtp"_s));
    QVERIFY(gone.finished);
    QVERIFY(gone.exitCode != 0);
    QCOMPARE(gone.out, QByteArray());
}

void KeychainSecretStoreTest::readsEntryWrittenByOtherPrograms()
{
    // A password an administrator put there with secret-tool serves Kurier as well.
    const QStringList store = QStringList{u"store"_s, u"--label=Kurier: home"_s} + attributesOf(u"home/smtp"_s)
        + QStringList{u"type"_s, u"plaintext"_s};
    const ChildProcess stored = secretTool(store, QByteArray("from another program"));
    QVERIFY2(stored.finished && stored.exitCode == 0, stored.err.constData());

    const SecretResult read = waitForSecretResult(m_store->read(u"home"_s, SecretKind::SmtpPassword));
    QVERIFY2(read.ok(), qPrintable(read.message));
    QCOMPARE(read.secret, u"from another program"_s);
}

void KeychainSecretStoreTest::usesKurierServiceByDefault()
{
    QCOMPARE(KeychainSecretStore().service(), u"kurier"_s);
    QCOMPARE(m_store->service(), testService);
}

void KeychainSecretStoreTest::answersNoBackendWithoutSessionBus()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    {
        EnvironmentOverride environment;
        environment.unset("DBUS_SESSION_BUS_ADDRESS");
        environment.set("XDG_RUNTIME_DIR", QByteArray());
        // Any insecure fallback would land under these (QtKeychain's is QSettings in the config dir).
        environment.set("HOME", home.path().toUtf8());
        environment.set("XDG_CONFIG_HOME", (home.path() + u"/config"_s).toUtf8());
        environment.set("XDG_DATA_HOME", (home.path() + u"/data"_s).toUtf8());
        environment.set("XDG_CACHE_HOME", (home.path() + u"/cache"_s).toUtf8());

        KeychainSecretStore store(testService, nullptr);
        const SecretResult written = waitForSecretResult(store.write(u"work"_s, SecretKind::SmtpPassword, u"s3cret"_s));
        QCOMPARE(written.status, Status::NoBackend);
        QVERIFY2(written.message.contains(u"No keychain is available"_s), qPrintable(written.message));
        QVERIFY2(written.message.endsWith(u'.'), qPrintable(written.message));
        QCOMPARE(waitForSecretResult(store.read(u"work"_s, SecretKind::SmtpPassword)).status, Status::NoBackend);
        QCOMPARE(waitForSecretResult(store.remove(u"work"_s, SecretKind::SmtpPassword)).status, Status::NoBackend);
    }
    QCOMPARE(filesUnder(home.path()), QStringList());
    // Nor did anything reach the keychain that is there after all.
    const ChildProcess lookup = secretTool(QStringList{u"lookup"_s} + attributesOf(u"work/smtp"_s));
    QVERIFY(lookup.finished);
    QCOMPARE(lookup.out, QByteArray());
}

QTEST_GUILESS_MAIN(KeychainSecretStoreTest)
#include "keychainsecretstoretest.moc"
