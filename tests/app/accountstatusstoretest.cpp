// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/accounts/accountstatusstore.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Accounts::AccountStatus;
using Accounts::AccountStatusStore;
using Diagnostics::Category;

Q_DECLARE_METATYPE(Diagnostics::Category)

class AccountStatusStoreTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void livesBesideTheAccountStore();
    void startsUnknown();
    void remembersOk();
    void remembersFailureWithCategory_data();
    void remembersFailureWithCategory();
    void replacesAndForgets();
    void keepsAccountsApart_data();
    void keepsAccountsApart();
    void announcesChanges();
    void ignoresDamagedEntries_data();
    void ignoresDamagedEntries();
    void saysWhichFailuresDescribeTheAccount_data();
    void saysWhichFailuresDescribeTheAccount();
    void describesStatusInWords();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AccountStatusStore> m_store;
    const QDateTime m_when{QDate(2026, 11, 28), QTime(13, 5, 7), Qt::UTC};
};

void AccountStatusStoreTest::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<AccountStatusStore>(AccountStatusStore::pathBeside(m_dir->filePath(u"kurier.ini"_s)));
}

void AccountStatusStoreTest::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void AccountStatusStoreTest::livesBesideTheAccountStore()
{
    QCOMPARE(AccountStatusStore::pathBeside(u"/home/ola/.config/kurier/kurier.ini"_s),
             u"/home/ola/.config/kurier/account-status.ini"_s);
}

void AccountStatusStoreTest::startsUnknown()
{
    const AccountStatus status = m_store->status(u"work"_s);
    QCOMPARE(status.result, AccountStatus::Result::Unknown);
    QVERIFY(!status.isKnown());
    QVERIFY(!status.when.isValid());
    QVERIFY(!QFile::exists(m_store->path()));
}

void AccountStatusStoreTest::remembersOk()
{
    QVERIFY(m_store->recordOk(u"work"_s, m_when));
    // A second store on the same file: the status is on disk, not in memory.
    const AccountStatusStore reopened(m_store->path());
    const AccountStatus status = reopened.status(u"work"_s);
    QCOMPARE(status.result, AccountStatus::Result::Ok);
    QCOMPARE(status.when, m_when);
    QCOMPARE(status.when.timeSpec(), Qt::UTC);
}

void AccountStatusStoreTest::remembersFailureWithCategory_data()
{
    QTest::addColumn<Category>("category");
    for (const Category category : Diagnostics::allCategories()) {
        QTest::newRow(qPrintable(Diagnostics::categoryId(category))) << category;
    }
}

void AccountStatusStoreTest::remembersFailureWithCategory()
{
    QFETCH(Category, category);
    // A local time is kept as the same instant.
    const QDateTime local = m_when.toOffsetFromUtc(2 * 3600);
    QVERIFY(m_store->recordFailure(u"work"_s, category, local));
    const AccountStatus status = AccountStatusStore(m_store->path()).status(u"work"_s);
    QCOMPARE(status.result, AccountStatus::Result::Failed);
    QCOMPARE(status.category, category);
    QCOMPARE(status.when, m_when);
}

void AccountStatusStoreTest::replacesAndForgets()
{
    QVERIFY(m_store->recordFailure(u"work"_s, Category::Timeout, m_when));
    QVERIFY(m_store->recordOk(u"work"_s, m_when.addSecs(60)));
    AccountStatus status = m_store->status(u"work"_s);
    QCOMPARE(status.result, AccountStatus::Result::Ok);
    QCOMPARE(status.when, m_when.addSecs(60));

    QVERIFY(m_store->recordFailure(u"work"_s, Category::CertificateProblem, m_when.addSecs(120)));
    status = m_store->status(u"work"_s);
    QCOMPARE(status.result, AccountStatus::Result::Failed);
    QCOMPARE(status.category, Category::CertificateProblem);

    QVERIFY(m_store->forget(u"work"_s));
    QCOMPARE(m_store->status(u"work"_s), AccountStatus());
    // Nothing to write under an empty id.
    QVERIFY(!m_store->recordOk(QString(), m_when));
}

void AccountStatusStoreTest::keepsAccountsApart_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("plain ids") << u"home"_s << u"work"_s;
    QTest::newRow("a slash is no group") << u"a/b"_s << u"a"_s;
    QTest::newRow("backslash and spaces") << u"x\\y z"_s << u"x"_s;
    QTest::newRow("non-ASCII") << u"żółw"_s << u"zolw"_s;
}

void AccountStatusStoreTest::keepsAccountsApart()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QVERIFY(m_store->recordOk(first, m_when));
    QVERIFY(m_store->recordFailure(second, Category::HostNotFound, m_when));
    QCOMPARE(m_store->status(first).result, AccountStatus::Result::Ok);
    QCOMPARE(m_store->status(second).category, Category::HostNotFound);
    QVERIFY(m_store->forget(second));
    QCOMPARE(m_store->status(first).result, AccountStatus::Result::Ok);
    QVERIFY(!m_store->status(second).isKnown());
}

void AccountStatusStoreTest::announcesChanges()
{
    QSignalSpy changed(m_store.get(), &AccountStatusStore::statusChanged);
    QVERIFY(m_store->recordOk(u"work"_s, m_when));
    QVERIFY(m_store->recordFailure(u"home"_s, Category::ConnectionRefused, m_when));
    QVERIFY(m_store->forget(u"work"_s));
    QCOMPARE(changed.count(), 3);
    QCOMPARE(changed.at(0).at(0).toString(), u"work"_s);
    QCOMPARE(changed.at(1).at(0).toString(), u"home"_s);
    QCOMPARE(changed.at(2).at(0).toString(), u"work"_s);
}

void AccountStatusStoreTest::ignoresDamagedEntries_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<int>("result");
    QTest::addColumn<Category>("category");

    QTest::newRow("unknown result") << QByteArray("[status]\nwork\\result=perhaps\nwork\\when=2026-11-28T13:05:07Z\n")
                                    << int(AccountStatus::Result::Unknown) << Category::Unknown;
    QTest::newRow("no time") << QByteArray("[status]\nwork\\result=ok\n") << int(AccountStatus::Result::Unknown)
                             << Category::Unknown;
    QTest::newRow("bad time") << QByteArray("[status]\nwork\\result=ok\nwork\\when=yesterday\n")
                              << int(AccountStatus::Result::Unknown) << Category::Unknown;
    QTest::newRow("unknown category") << QByteArray(
        "[status]\nwork\\result=failed\nwork\\category=gremlins\nwork\\when=2026-11-28T13:05:07Z\n")
                                      << int(AccountStatus::Result::Failed) << Category::Unknown;
}

void AccountStatusStoreTest::ignoresDamagedEntries()
{
    QFETCH(QByteArray, contents);
    QFETCH(int, result);
    QFETCH(Category, category);
    QFile file(m_store->path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(contents), contents.size());
    file.close();
    const AccountStatus status = m_store->status(u"work"_s);
    QCOMPARE(int(status.result), result);
    QCOMPARE(status.category, category);
}

void AccountStatusStoreTest::saysWhichFailuresDescribeTheAccount_data()
{
    QTest::addColumn<Category>("category");
    QTest::addColumn<bool>("describesAccount");

    QTest::newRow("password") << Category::WrongCredentials << true;
    QTest::newRow("app password") << Category::AppPasswordRequired << true;
    QTest::newRow("OAuth") << Category::OAuthRequired << true;
    QTest::newRow("encryption") << Category::EncryptionRequired << true;
    QTest::newRow("certificate") << Category::CertificateProblem << true;
    QTest::newRow("host") << Category::HostNotFound << true;
    QTest::newRow("refused") << Category::ConnectionRefused << true;
    QTest::newRow("timeout") << Category::Timeout << true;
    QTest::newRow("recipient") << Category::RecipientRejected << false;
    QTest::newRow("size") << Category::MessageTooLarge << false;
    QTest::newRow("content") << Category::ContentRejected << false;
    QTest::newRow("temporary") << Category::Temporary << false;
    QTest::newRow("delivery unknown") << Category::DeliveryUnknown << false;
    QTest::newRow("unknown") << Category::Unknown << false;
}

void AccountStatusStoreTest::saysWhichFailuresDescribeTheAccount()
{
    QFETCH(Category, category);
    QFETCH(bool, describesAccount);
    QCOMPARE(AccountStatusStore::describesAccount(category), describesAccount);
}

void AccountStatusStoreTest::describesStatusInWords()
{
    QCOMPARE(AccountStatusStore::shortText({}), u"Not tested"_s);
    QCOMPARE(AccountStatusStore::shortText({AccountStatus::Result::Ok, Category::Unknown, m_when}), u"OK"_s);
    const AccountStatus failed{AccountStatus::Result::Failed, Category::HostNotFound, m_when};
    QCOMPARE(AccountStatusStore::shortText(failed), u"Failed: server not found"_s);
    const QString sentence = AccountStatusStore::sentence(failed);
    QVERIFY2(sentence.contains(u"server not found"_s)
                 && sentence.contains(QLocale().toString(m_when.toLocalTime(), QLocale::ShortFormat)),
             qPrintable(sentence));
    // Every category has words of its own or the general ones, never an empty reason.
    for (const Category category : Diagnostics::allCategories()) {
        const QString text = AccountStatusStore::shortText({AccountStatus::Result::Failed, category, m_when});
        QVERIFY2(text.size() > u"Failed: "_s.size(), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(AccountStatusStoreTest)
#include "accountstatusstoretest.moc"
