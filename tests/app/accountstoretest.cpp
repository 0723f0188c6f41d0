// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/accounts/accountstore.h"
#include "app/smtp/sessionsettings.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using Accounts::Account;
using Accounts::AccountStore;
using Accounts::AuthMethod;
using Accounts::Security;
using Status = Accounts::AccountStore::Status;

using StoreOperation = std::function<AccountStore::Result(AccountStore &)>;
Q_DECLARE_METATYPE(StoreOperation)

namespace
{

Account makeAccount(const QString &id, const QString &email = u"ola@example.com"_s)
{
    Account account;
    account.id = id;
    account.displayName = u"Ola Kowalska"_s;
    account.email = email;
    account.host = u"smtp.example.com"_s;
    account.port = 465;
    account.security = Security::ImplicitTls;
    account.authMethod = AuthMethod::Plain;
    account.userName = email;
    return account;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(content), content.size());
}

QStringList idsOf(const QList<Account> &accounts)
{
    QStringList ids;
    for (const Account &account : accounts) {
        ids.append(account.id);
    }
    return ids;
}

} // namespace

class AccountStoreTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void startsEmptyWithoutCreatingFiles();
    void roundTripsAccounts_data();
    void roundTripsAccounts();
    void listsAccountsSortedById();
    void writesSettingsVersion();
    void neverWritesASecret();
    void migratesUnversionedFile();
    void opensNewerFileReadOnly_data();
    void opensNewerFileReadOnly();
    void picksDefaultAccount();
    void findsAccountByAddress_data();
    void findsAccountByAddress();
    void removesAccounts();
    void rejectsDuplicateId();
    void updatesAccounts();
    void rejectsInvalidAccount();
    void ignoresHandEditedInvalidIds();
    void reportsWriteFailure_data();
    void reportsWriteFailure();
    void keepsAccountWhenRemoveCannotBeSaved();
    void makesUniqueIds();
    void keepsPinnedCertificate();
    void keepsSendingLimits();
    void readsSendingLimits_data();
    void readsSendingLimits();

private:
    QString settingsPath() const { return m_dir->filePath(u"config/kurier/kurier.ini"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void AccountStoreTest::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void AccountStoreTest::startsEmptyWithoutCreatingFiles()
{
    AccountStore store(settingsPath());
    QVERIFY(store.accounts().isEmpty());
    QVERIFY(!store.defaultAccount().has_value());
    QVERIFY(!store.isReadOnly());
    QCOMPARE(store.settingsPath(), settingsPath());
    QVERIFY(!QFileInfo::exists(settingsPath()));
    QVERIFY(!QFileInfo::exists(QFileInfo(settingsPath()).absolutePath()));
}

void AccountStoreTest::roundTripsAccounts_data()
{
    QTest::addColumn<Account>("account");

    QTest::newRow("implicit TLS with PLAIN") << makeAccount(u"work"_s);
    Account starttls = makeAccount(u"home"_s, u"jan@example.org"_s);
    starttls.security = Security::StartTls;
    starttls.port = 587;
    starttls.authMethod = AuthMethod::Auto;
    starttls.displayName = u"Jan \"Janek\" Nowak, Sp. z o.o.; [dział]"_s;
    QTest::newRow("STARTTLS with INI-special characters in the name") << starttls;
    Account plain = makeAccount(u"relay"_s);
    plain.security = Security::None;
    plain.port = 25;
    plain.authMethod = AuthMethod::None;
    plain.userName.clear();
    plain.displayName.clear();
    QTest::newRow("no encryption, no authentication, no name") << plain;
    Account idn = makeAccount(u"idn"_s, u"żaneta@przykład.pl"_s);
    idn.host = u"poczta.przykład.pl"_s;
    idn.displayName = u"Żaneta Gęś"_s;
    idn.authMethod = AuthMethod::XOAuth2;
    QTest::newRow("IDN address and host, XOAUTH2") << idn;
    QTest::newRow("id with dot, dash and underscore") << makeAccount(u"a.b_c-d"_s);
    QTest::newRow("id that is an INI section name") << makeAccount(u"general"_s);
    QTest::newRow("id of 64 characters") << makeAccount(QString(64, u'z'));
    Account limited = makeAccount(u"limited"_s);
    limited.sendingLimits = {5, 20};
    QTest::newRow("own sending limits") << limited;
    Account unlimited = makeAccount(u"unlimited"_s);
    unlimited.sendingLimits = {0, 0};
    QTest::newRow("no sending limits") << unlimited;
}

void AccountStoreTest::roundTripsAccounts()
{
    QFETCH(Account, account);
    {
        AccountStore store(settingsPath());
        QSignalSpy changed(&store, &AccountStore::accountsChanged);
        const AccountStore::Result result = store.add(account);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.message, QString());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(store.account(account.id).value_or(Account()), account);
    }
    AccountStore reopened(settingsPath());
    QVERIFY(reopened.contains(account.id));
    QCOMPARE(reopened.accounts(), QList<Account>{account});
    QCOMPARE(reopened.account(account.id).value_or(Account()), account);
}

void AccountStoreTest::listsAccountsSortedById()
{
    AccountStore store(settingsPath());
    for (const QString &id : {u"zeta"_s, u"alpha-2"_s, u"alpha"_s, u"0-first"_s, u"alpha.b"_s}) {
        QVERIFY(store.add(makeAccount(id)).ok());
    }
    const QStringList expected{u"0-first"_s, u"alpha"_s, u"alpha-2"_s, u"alpha.b"_s, u"zeta"_s};
    QCOMPARE(idsOf(store.accounts()), expected);
    QCOMPARE(idsOf(AccountStore(settingsPath()).accounts()), expected);
}

void AccountStoreTest::writesSettingsVersion()
{
    AccountStore store(settingsPath());
    QCOMPARE(store.settingsVersion(), 0);
    QVERIFY(store.add(makeAccount(u"work"_s)).ok());
    QCOMPARE(store.settingsVersion(), AccountStore::CurrentSettingsVersion);
    const QSettings raw(settingsPath(), QSettings::IniFormat);
    QCOMPARE(raw.value(u"settingsVersion"_s).toInt(), AccountStore::CurrentSettingsVersion);
}

void AccountStoreTest::neverWritesASecret()
{
    AccountStore store(settingsPath());
    Account account = makeAccount(u"work"_s);
    QVERIFY(store.add(account).ok());
    QVERIFY(store.setDefaultAccountId(u"work"_s).ok());

    // Every key the file may hold is a setting; none of them can carry a password or token.
    const QSettings raw(settingsPath(), QSettings::IniFormat);
    QStringList keys = raw.allKeys();
    keys.sort();
    QStringList expected{u"settingsVersion"_s,        u"defaultAccount"_s,     u"accounts/work/name"_s,
                         u"accounts/work/email"_s,    u"accounts/work/host"_s, u"accounts/work/port"_s,
                         u"accounts/work/security"_s, u"accounts/work/auth"_s, u"accounts/work/username"_s};
    expected.sort();
    QCOMPARE(keys, expected);
    const QByteArray content = readFile(settingsPath()).toLower();
    for (const char *word : {"password", "secret", "token", "pass="}) {
        QVERIFY2(!content.contains(word), word);
    }
}

void AccountStoreTest::migratesUnversionedFile()
{
    writeFile(settingsPath(),
              "[accounts]\n"
              "old\\name=Old\n"
              "old\\email=old@example.com\n"
              "old\\host=smtp.example.com\n"
              "old\\port=587\n"
              "old\\security=starttls\n"
              "old\\auth=login\n"
              "old\\username=old\n");
    AccountStore store(settingsPath());
    QVERIFY(!store.isReadOnly());
    QCOMPARE(store.settingsVersion(), AccountStore::CurrentSettingsVersion);
    const std::optional<Account> old = store.account(u"old"_s);
    QVERIFY(old);
    QVERIFY(old->authMethod == AuthMethod::Login);
    QCOMPARE(int(old->port), 587);
    const QSettings raw(settingsPath(), QSettings::IniFormat);
    QCOMPARE(raw.value(u"settingsVersion"_s).toInt(), AccountStore::CurrentSettingsVersion);
}

void AccountStoreTest::opensNewerFileReadOnly_data()
{
    QTest::addColumn<StoreOperation>("operation");

    QTest::newRow("add") << StoreOperation([](AccountStore &s) { return s.add(makeAccount(u"new"_s)); });
    QTest::newRow("update") << StoreOperation([](AccountStore &s) {
        Account changed = *s.account(u"future"_s);
        changed.port = 2525;
        return s.update(changed);
    });
    QTest::newRow("remove") << StoreOperation([](AccountStore &s) { return s.remove(u"future"_s); });
    QTest::newRow("set default") << StoreOperation([](AccountStore &s) { return s.setDefaultAccountId(u"future"_s); });
}

void AccountStoreTest::opensNewerFileReadOnly()
{
    QFETCH(StoreOperation, operation);
    const QByteArray newer = "[General]\n"
                             "settingsVersion=99\n"
                             "someFutureSetting=true\n"
                             "\n"
                             "[accounts]\n"
                             "future\\email=ola@example.com\n"
                             "future\\host=smtp.example.com\n"
                             "future\\port=465\n"
                             "future\\security=tls\n"
                             "future\\auth=plain\n"
                             "future\\username=ola@example.com\n";
    writeFile(settingsPath(), newer);

    AccountStore store(settingsPath());
    QVERIFY(store.isReadOnly());
    QCOMPARE(store.settingsVersion(), 99);
    // What can be read is still shown, so the user sees their accounts.
    QCOMPARE(idsOf(store.accounts()), QStringList{u"future"_s});

    QSignalSpy changed(&store, &AccountStore::accountsChanged);
    const AccountStore::Result result = operation(store);
    QCOMPARE(result.status, Status::NewerSettingsVersion);
    QVERIFY2(result.message.contains(QDir::toNativeSeparators(settingsPath())), qPrintable(result.message));
    QVERIFY2(result.message.contains(u"newer version of Kurier"_s), qPrintable(result.message));
    QVERIFY2(result.message.contains(u"99"_s), qPrintable(result.message));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(readFile(settingsPath()), newer);
}

void AccountStoreTest::picksDefaultAccount()
{
    AccountStore store(settingsPath());
    QVERIFY(!store.defaultAccount().has_value());
    QVERIFY(store.add(makeAccount(u"work"_s)).ok());
    QVERIFY(store.add(makeAccount(u"home"_s)).ok());
    // Without a stored choice, the first by id.
    QCOMPARE(store.defaultAccount()->id, u"home"_s);

    QVERIFY(store.setDefaultAccountId(u"work"_s).ok());
    QCOMPARE(store.defaultAccount()->id, u"work"_s);
    QCOMPARE(AccountStore(settingsPath()).defaultAccount()->id, u"work"_s);

    const AccountStore::Result unknown = store.setDefaultAccountId(u"nosuch"_s);
    QCOMPARE(unknown.status, Status::UnknownAccount);
    QVERIFY2(unknown.message.contains(u"\"nosuch\""_s), qPrintable(unknown.message));
    QCOMPARE(store.defaultAccount()->id, u"work"_s);

    // Removing the default falls back to the first remaining account.
    QVERIFY(store.remove(u"work"_s).ok());
    QCOMPARE(store.defaultAccount()->id, u"home"_s);
    const QSettings raw(settingsPath(), QSettings::IniFormat);
    QVERIFY(!raw.contains(u"defaultAccount"_s));
}

void AccountStoreTest::findsAccountByAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("expectedId"); // empty: none

    QTest::newRow("exact") << u"jan@example.org"_s << u"home"_s;
    QTest::newRow("case differs") << u"Jan@Example.ORG"_s << u"home"_s;
    QTest::newRow("two accounts: the first by id") << u"ola@example.com"_s << u"shared-a"_s;
    QTest::newRow("unknown") << u"nobody@example.org"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void AccountStoreTest::findsAccountByAddress()
{
    QFETCH(QString, address);
    QFETCH(QString, expectedId);
    AccountStore store(settingsPath());
    QVERIFY(store.add(makeAccount(u"shared-b"_s)).ok());
    QVERIFY(store.add(makeAccount(u"shared-a"_s)).ok());
    QVERIFY(store.add(makeAccount(u"home"_s, u"jan@example.org"_s)).ok());

    const std::optional<Account> found = store.accountWithAddress(address);
    QCOMPARE(found ? found->id : QString(), expectedId);
}

void AccountStoreTest::removesAccounts()
{
    AccountStore store(settingsPath());
    QVERIFY(store.add(makeAccount(u"work"_s)).ok());
    QVERIFY(store.add(makeAccount(u"home"_s)).ok());
    QSignalSpy changed(&store, &AccountStore::accountsChanged);

    QVERIFY(store.remove(u"work"_s).ok());
    QCOMPARE(changed.count(), 1);
    QVERIFY(!store.contains(u"work"_s));
    QVERIFY(!store.account(u"work"_s).has_value());
    QCOMPARE(idsOf(AccountStore(settingsPath()).accounts()), QStringList{u"home"_s});
    QVERIFY(!readFile(settingsPath()).contains("work"));

    const AccountStore::Result unknown = store.remove(u"work"_s);
    QCOMPARE(unknown.status, Status::UnknownAccount);
    QVERIFY2(unknown.message.contains(u"\"work\""_s), qPrintable(unknown.message));
    QCOMPARE(changed.count(), 1);
}

void AccountStoreTest::rejectsDuplicateId()
{
    AccountStore store(settingsPath());
    const Account original = makeAccount(u"work"_s);
    QVERIFY(store.add(original).ok());
    QSignalSpy changed(&store, &AccountStore::accountsChanged);

    Account other = makeAccount(u"work"_s, u"jan@example.org"_s);
    const AccountStore::Result duplicate = store.add(other);
    QCOMPARE(duplicate.status, Status::DuplicateId);
    QVERIFY2(duplicate.message.contains(u"\"work\""_s), qPrintable(duplicate.message));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(store.account(u"work"_s).value_or(Account()), original);
    QCOMPARE(AccountStore(settingsPath()).account(u"work"_s).value_or(Account()), original);
}

void AccountStoreTest::updatesAccounts()
{
    AccountStore store(settingsPath());
    QVERIFY(store.add(makeAccount(u"work"_s)).ok());
    QSignalSpy changed(&store, &AccountStore::accountsChanged);

    Account changedAccount = makeAccount(u"work"_s);
    changedAccount.host = u"mail.example.net"_s;
    changedAccount.port = 2525;
    changedAccount.security = Security::StartTls;
    QVERIFY(store.update(changedAccount).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(AccountStore(settingsPath()).account(u"work"_s).value_or(Account()), changedAccount);

    const AccountStore::Result unknown = store.update(makeAccount(u"home"_s));
    QCOMPARE(unknown.status, Status::UnknownAccount);
    QVERIFY(!store.contains(u"home"_s));
    QCOMPARE(changed.count(), 1);
}

void AccountStoreTest::rejectsInvalidAccount()
{
    AccountStore store(settingsPath());
    QSignalSpy changed(&store, &AccountStore::accountsChanged);
    Account invalid = makeAccount(u"work"_s);
    invalid.host = u"smtp.example.com:465"_s;
    const AccountStore::Result result = store.add(invalid);
    QCOMPARE(result.status, Status::InvalidAccount);
    QCOMPARE(result.message, invalid.problems().first().message);
    QCOMPARE(changed.count(), 0);
    QVERIFY(!QFileInfo::exists(settingsPath()));
}

void AccountStoreTest::ignoresHandEditedInvalidIds()
{
    writeFile(settingsPath(),
              "[General]\n"
              "settingsVersion=1\n"
              "\n"
              "[accounts]\n"
              "Bad%20Id\\email=x@example.com\n"
              "good\\email=ola@example.com\n"
              "good\\host=smtp.example.com\n"
              "good\\port=465\n"
              "good\\security=tls\n"
              "good\\auth=plain\n"
              "good\\username=ola\n");
    AccountStore store(settingsPath());
    QCOMPARE(idsOf(store.accounts()), QStringList{u"good"_s});
    QVERIFY(!store.contains(u"Bad Id"_s));
}

void AccountStoreTest::reportsWriteFailure_data()
{
    QTest::addColumn<QString>("obstacle"); // a path made a file or a directory so writing fails
    QTest::addColumn<bool>("obstacleIsDirectory");
    QTest::addColumn<Status>("status");

    QTest::newRow("settings directory is a file") << u"config/kurier"_s << false << Status::WriteFailed;
    // A settings file that cannot be read must not be replaced by one holding only the new account.
    QTest::newRow("settings file is a directory") << u"config/kurier/kurier.ini"_s << true << Status::ReadFailed;
}

void AccountStoreTest::reportsWriteFailure()
{
    QFETCH(QString, obstacle);
    QFETCH(bool, obstacleIsDirectory);
    QFETCH(Status, status);
    const QString obstaclePath = m_dir->filePath(obstacle);
    if (obstacleIsDirectory) {
        QVERIFY(QDir().mkpath(obstaclePath));
    } else {
        writeFile(obstaclePath, "not a directory");
    }

    AccountStore store(settingsPath());
    QSignalSpy changed(&store, &AccountStore::accountsChanged);
    const AccountStore::Result failed = store.add(makeAccount(u"work"_s));
    QCOMPARE(failed.status, status);
    QVERIFY2(failed.message.contains(QDir::toNativeSeparators(settingsPath())), qPrintable(failed.message));
    QCOMPARE(changed.count(), 0);
    // The store still describes the file, which has no account.
    QVERIFY(!store.contains(u"work"_s));
    QVERIFY(store.accounts().isEmpty());

    // Once the obstacle is gone, the same store writes again and says so (QSettings alone
    // would keep reporting its first error for ever).
    if (obstacleIsDirectory) {
        QVERIFY(QDir(obstaclePath).removeRecursively());
    } else {
        QVERIFY(QFile::remove(obstaclePath));
    }
    const AccountStore::Result retried = store.add(makeAccount(u"work"_s));
    QVERIFY2(retried.ok(), qPrintable(retried.message));
    QVERIFY(changed.count() >= 1);
    QVERIFY(store.add(makeAccount(u"home"_s)).ok());
    QCOMPARE(idsOf(AccountStore(settingsPath()).accounts()), (QStringList{u"home"_s, u"work"_s}));
}

void AccountStoreTest::keepsAccountWhenRemoveCannotBeSaved()
{
    AccountStore store(settingsPath());
    QVERIFY(store.add(makeAccount(u"work"_s)).ok());
    const QByteArray before = readFile(settingsPath());
    QSignalSpy changed(&store, &AccountStore::accountsChanged);

    // Put a file where the settings directory was, as a full or read-only disk would refuse.
    const QString settingsDir = QFileInfo(settingsPath()).absolutePath();
    QVERIFY(QDir().rename(settingsDir, settingsDir + u".away"_s));
    writeFile(settingsDir, "not a directory");

    const AccountStore::Result failed = store.remove(u"work"_s);
    QCOMPARE(failed.status, Status::WriteFailed);
    QCOMPARE(changed.count(), 0);

    QVERIFY(QFile::remove(settingsDir));
    QVERIFY(QDir().rename(settingsDir + u".away"_s, settingsDir));
    QCOMPARE(readFile(settingsPath()), before);
    AccountStore reopened(settingsPath());
    QVERIFY(reopened.contains(u"work"_s));
    QVERIFY(reopened.remove(u"work"_s).ok());
    QVERIFY(AccountStore(settingsPath()).accounts().isEmpty());
}

void AccountStoreTest::makesUniqueIds()
{
    AccountStore store(settingsPath());
    QCOMPARE(store.uniqueId(u"ola-wp-pl"_s), u"ola-wp-pl"_s);
    QVERIFY(store.add(makeAccount(u"ola-wp-pl"_s)).ok());
    QCOMPARE(store.uniqueId(u"ola-wp-pl"_s), u"ola-wp-pl-2"_s);
    QVERIFY(store.add(makeAccount(u"ola-wp-pl-2"_s)).ok());
    QCOMPARE(store.uniqueId(u"ola-wp-pl"_s), u"ola-wp-pl-3"_s);

    const QString longBase(64, u'x');
    QVERIFY(store.add(makeAccount(longBase)).ok());
    const QString unique = store.uniqueId(longBase);
    QVERIFY(Accounts::isValidAccountId(unique));
    QVERIFY(unique != longBase);
}

void AccountStoreTest::keepsPinnedCertificate()
{
    const QString pin
        = u"ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89"_s;
    {
        AccountStore store(settingsPath());
        Account pinned = makeAccount(u"pinned"_s);
        pinned.pinnedCertificateSha256 = pin;
        QVERIFY(store.add(pinned).ok());
        QVERIFY(store.add(makeAccount(u"plain"_s)).ok());
    }
    AccountStore reopened(settingsPath());
    const std::optional<Account> pinned = reopened.account(u"pinned"_s);
    QVERIFY(pinned);
    QCOMPARE(pinned->pinnedCertificateSha256, pin);
    QCOMPARE(Smtp::SessionSettings::fromAccount(*pinned).pinnedCertificateSha256, pin);
    QVERIFY(reopened.account(u"plain"_s)->pinnedCertificateSha256.isEmpty());
    // Only an account that has a pin gets the key; a version 1 Kurier cannot change this file.
    const QSettings raw(settingsPath(), QSettings::IniFormat);
    QVERIFY(raw.contains(u"accounts/pinned/pinnedCertificateSha256"_s));
    QVERIFY(!raw.contains(u"accounts/plain/pinnedCertificateSha256"_s));
    QVERIFY(raw.value(u"settingsVersion"_s).toInt() >= 2);

    // Removing the pin removes the key.
    Account unpinned = *pinned;
    unpinned.pinnedCertificateSha256.clear();
    QVERIFY(reopened.update(unpinned).ok());
    QVERIFY(!QSettings(settingsPath(), QSettings::IniFormat).contains(u"accounts/pinned/pinnedCertificateSha256"_s));
}

void AccountStoreTest::keepsSendingLimits()
{
    {
        AccountStore store(settingsPath());
        Account limited = makeAccount(u"limited"_s);
        limited.sendingLimits.messagesPerMinute = 10;
        QVERIFY(store.add(limited).ok());
        QVERIFY(store.add(makeAccount(u"plain"_s)).ok());
    }
    AccountStore reopened(settingsPath());
    const Accounts::SendingLimits expected{10, Accounts::SendingLimits::DefaultRecipientsPerMessage};
    QCOMPARE(reopened.account(u"limited"_s)->sendingLimits, expected);
    QCOMPARE(reopened.account(u"plain"_s)->sendingLimits, Accounts::SendingLimits());
    // Only a limit the user changed is written, so the others follow the defaults; version 3
    // marks the file, so a version 2 Kurier (which rewrites whole accounts) leaves it alone.
    const QSettings raw(settingsPath(), QSettings::IniFormat);
    QCOMPARE(raw.value(u"accounts/limited/messagesPerMinute"_s).toInt(), 10);
    QVERIFY(!raw.contains(u"accounts/limited/recipientsPerMessage"_s));
    QVERIFY(!raw.contains(u"accounts/plain/messagesPerMinute"_s));
    QVERIFY(!raw.contains(u"accounts/plain/recipientsPerMessage"_s));
    QCOMPARE(raw.value(u"settingsVersion"_s).toInt(), 3);

    // Back to the defaults: the keys go.
    Account backToDefaults = *reopened.account(u"limited"_s);
    backToDefaults.sendingLimits = {};
    QVERIFY(reopened.update(backToDefaults).ok());
    QVERIFY(!QSettings(settingsPath(), QSettings::IniFormat).contains(u"accounts/limited/messagesPerMinute"_s));
}

void AccountStoreTest::readsSendingLimits_data()
{
    QTest::addColumn<QByteArray>("lines");
    QTest::addColumn<int>("perMinute");
    QTest::addColumn<int>("perMessage");

    const int minute = Accounts::SendingLimits::DefaultMessagesPerMinute;
    const int message = Accounts::SendingLimits::DefaultRecipientsPerMessage;
    QTest::newRow("version 2 file without limits") << QByteArray() << minute << message;
    QTest::newRow("both set") << QByteArray("w\\messagesPerMinute=12\nw\\recipientsPerMessage=7\n") << 12 << 7;
    QTest::newRow("zero means no limit") << QByteArray("w\\messagesPerMinute=0\n") << 0 << message;
    QTest::newRow("negative by hand") << QByteArray("w\\messagesPerMinute=-5\n") << minute << message;
    QTest::newRow("not a number") << QByteArray("w\\recipientsPerMessage=many\n") << minute << message;
    QTest::newRow("too large") << QByteArray("w\\recipientsPerMessage=100000000\n") << minute << message;
}

void AccountStoreTest::readsSendingLimits()
{
    QFETCH(QByteArray, lines);
    QFETCH(int, perMinute);
    QFETCH(int, perMessage);
    writeFile(settingsPath(),
              "settingsVersion=2\n"
              "[accounts]\n"
              "w\\name=W\n"
              "w\\email=w@example.com\n"
              "w\\host=smtp.example.com\n"
              "w\\port=587\n"
              "w\\security=starttls\n"
              "w\\auth=login\n"
              "w\\username=w\n"
                  + lines);
    AccountStore store(settingsPath());
    QVERIFY(!store.isReadOnly());
    QCOMPARE(store.settingsVersion(), AccountStore::CurrentSettingsVersion);
    const std::optional<Account> account = store.account(u"w"_s);
    QVERIFY(account);
    QCOMPARE(account->sendingLimits.messagesPerMinute, perMinute);
    QCOMPARE(account->sendingLimits.recipientsPerMessage, perMessage);
}

QTEST_GUILESS_MAIN(AccountStoreTest)
#include "accountstoretest.moc"
