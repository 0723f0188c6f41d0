// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/secrets/memorysecretstore.h"
#include "tests/support/secretjobresult.h"

#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Secrets::MemorySecretStore;
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

class MemorySecretStoreTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void writesAndReadsBack_data();
    void writesAndReadsBack();
    void overwrites();
    void removes();
    void reportsNotFound();
    void removesMissingEntryQuietly();
    void keepsKindsAndAccountsApart();
    void finishesOnceAndLater();
    void namesKeychainEntries_data();
    void namesKeychainEntries();

private:
    // Waits for the job's one finished() and returns its result.

    std::unique_ptr<MemorySecretStore> m_store;
};

void MemorySecretStoreTest::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_store = std::make_unique<MemorySecretStore>();
}

void MemorySecretStoreTest::writesAndReadsBack_data()
{
    QTest::addColumn<SecretKind>("kind");
    QTest::addColumn<QString>("secret");

    QTest::newRow("ASCII password") << SecretKind::SmtpPassword << u"correct horse battery staple"_s;
    QTest::newRow("password with Polish letters and emoji") << SecretKind::SmtpPassword << u"zażółć 🔑 gęślą"_s;
    QTest::newRow("password with quotes and backslash") << SecretKind::SmtpPassword << u"a\"b'c\\d"_s;
    QTest::newRow("OAuth tokens as JSON")
        << SecretKind::OAuthTokens << u"{\"access_token\":\"ya29.x\",\"refresh_token\":\"1//y\"}"_s;
}

void MemorySecretStoreTest::writesAndReadsBack()
{
    QFETCH(SecretKind, kind);
    QFETCH(QString, secret);
    const SecretResult written = waitForSecretResult(m_store->write(u"work"_s, kind, secret));
    QVERIFY2(written.ok(), qPrintable(written.message));
    QCOMPARE(written.secret, QString());
    const SecretResult read = waitForSecretResult(m_store->read(u"work"_s, kind));
    QVERIFY2(read.ok(), qPrintable(read.message));
    QCOMPARE(read.secret, secret);
    QCOMPARE(read.message, QString());
}

void MemorySecretStoreTest::overwrites()
{
    QVERIFY(waitForSecretResult(m_store->write(u"work"_s, SecretKind::SmtpPassword, u"old"_s)).ok());
    QVERIFY(waitForSecretResult(m_store->write(u"work"_s, SecretKind::SmtpPassword, u"new"_s)).ok());
    QCOMPARE(waitForSecretResult(m_store->read(u"work"_s, SecretKind::SmtpPassword)).secret, u"new"_s);
}

void MemorySecretStoreTest::removes()
{
    QVERIFY(waitForSecretResult(m_store->write(u"work"_s, SecretKind::SmtpPassword, u"s3cret"_s)).ok());
    QVERIFY(waitForSecretResult(m_store->remove(u"work"_s, SecretKind::SmtpPassword)).ok());
    const SecretResult read = waitForSecretResult(m_store->read(u"work"_s, SecretKind::SmtpPassword));
    QCOMPARE(read.status, Status::NotFound);
    QCOMPARE(read.secret, QString());
}

void MemorySecretStoreTest::reportsNotFound()
{
    const SecretResult result = waitForSecretResult(m_store->read(u"nosuch"_s, SecretKind::SmtpPassword));
    QCOMPARE(result.status, Status::NotFound);
    QVERIFY(!result.ok());
    QCOMPARE(result.secret, QString());
    QVERIFY(!result.message.isEmpty());
    QVERIFY2(result.message.endsWith(u'.'), qPrintable(result.message));
}

void MemorySecretStoreTest::removesMissingEntryQuietly()
{
    // Same contract as the keychain: removing succeeds once nothing is left.
    const SecretResult result = waitForSecretResult(m_store->remove(u"nosuch"_s, SecretKind::SmtpPassword));
    QVERIFY2(result.ok(), qPrintable(result.message));
}

void MemorySecretStoreTest::keepsKindsAndAccountsApart()
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

void MemorySecretStoreTest::finishesOnceAndLater()
{
    SecretJob *job = m_store->write(u"work"_s, SecretKind::SmtpPassword, u"s3cret"_s);
    QPointer<SecretJob> guard(job);
    QSignalSpy finished(job, &SecretJob::finished);
    // Connecting after the call must still hear the result: it is never emitted synchronously.
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.count(), 1);
    // The job deletes itself once it has reported.
    QTRY_VERIFY(guard.isNull());
    QCOMPARE(finished.count(), 1);
}

void MemorySecretStoreTest::namesKeychainEntries_data()
{
    QTest::addColumn<SecretKind>("kind");
    QTest::addColumn<QString>("key");

    QTest::newRow("SMTP password") << SecretKind::SmtpPassword << u"work/smtp"_s;
    QTest::newRow("OAuth tokens") << SecretKind::OAuthTokens << u"work/oauth2"_s;
}

void MemorySecretStoreTest::namesKeychainEntries()
{
    QFETCH(SecretKind, kind);
    QFETCH(QString, key);
    QCOMPARE(Secrets::SecretStore::keyFor(u"work"_s, kind), key);
}

QTEST_GUILESS_MAIN(MemorySecretStoreTest)
#include "memorysecretstoretest.moc"
