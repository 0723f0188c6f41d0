// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/accounts/accountlistmodel.h"

#include "app/accounts/accountstatusstore.h"
#include "app/accounts/accountstore.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Accounts::Account;
using Accounts::AccountListModel;
using Accounts::AccountStore;
using Accounts::AuthMethod;
using Accounts::Security;

Q_DECLARE_METATYPE(Accounts::Security)

namespace
{

Account makeAccount(const QString &id, const QString &name, Security security = Security::ImplicitTls)
{
    Account account;
    account.id = id;
    account.displayName = name;
    account.email = id + u"@example.com"_s;
    account.host = u"smtp.example.com"_s;
    account.security = security;
    account.port = Accounts::defaultPort(security);
    account.authMethod = security == Security::None ? AuthMethod::None : AuthMethod::Plain;
    account.userName = security == Security::None ? QString() : account.email;
    return account;
}

} // namespace

class AccountListModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void startsWithStoreContents();
    void showsColumns();
    void labelsSecurity_data();
    void labelsSecurity();
    void fallsBackToIdWithoutName();
    void hasHeaders();
    void followsStoreChanges();
    void findsRowsById();
    void answersOutOfRangeQuietly();
    void showsLastTestStatus();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<AccountListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void AccountListModelTest::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<AccountStore>(m_dir->filePath(u"kurier.ini"_s));
    QVERIFY(m_store->add(makeAccount(u"work"_s, u"Ola at work"_s)).ok());
    QVERIFY(m_store->add(makeAccount(u"home"_s, u"Ola at home"_s, Security::StartTls)).ok());
    m_model = std::make_unique<AccountListModel>(m_store.get());
    // Fatal: any broken model invariant fails the test at once.
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void AccountListModelTest::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_store.reset();
    m_dir.reset();
}

void AccountListModelTest::startsWithStoreContents()
{
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(AccountListModel::ColumnCount));
    // Sorted by id, like the store.
    QCOMPARE(m_model->accountAt(0).id, u"home"_s);
    QCOMPARE(m_model->accountAt(1).id, u"work"_s);
    // A table: no children anywhere.
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
    QCOMPARE(m_model->columnCount(m_model->index(0, 0)), 0);
}

void AccountListModelTest::showsColumns()
{
    const int row = m_model->rowOf(u"work"_s);
    auto text = [this, row](int column) { return m_model->index(row, column).data().toString(); };
    QCOMPARE(text(AccountListModel::NameColumn), u"Ola at work"_s);
    QCOMPARE(text(AccountListModel::EmailColumn), u"work@example.com"_s);
    QCOMPARE(text(AccountListModel::ServerColumn), u"smtp.example.com:465"_s);
    QCOMPARE(text(AccountListModel::SecurityColumn), u"SSL/TLS"_s);

    const QModelIndex name = m_model->index(row, AccountListModel::NameColumn);
    QCOMPARE(name.data(AccountListModel::AccountIdRole).toString(), u"work"_s);
    QCOMPARE(name.data(AccountListModel::AccountRole).value<Account>(), *m_store->account(u"work"_s));
    const QString toolTip = name.data(Qt::ToolTipRole).toString();
    QVERIFY2(toolTip.contains(u"work"_s) && toolTip.contains(u"work@example.com"_s), qPrintable(toolTip));
}

void AccountListModelTest::labelsSecurity_data()
{
    QTest::addColumn<Security>("security");
    QTest::addColumn<QString>("label");

    QTest::newRow("implicit TLS") << Security::ImplicitTls << u"SSL/TLS"_s;
    QTest::newRow("STARTTLS") << Security::StartTls << u"STARTTLS"_s;
    QTest::newRow("no encryption") << Security::None << u"None (unencrypted)"_s;
}

void AccountListModelTest::labelsSecurity()
{
    QFETCH(Security, security);
    QFETCH(QString, label);
    QCOMPARE(AccountListModel::securityLabel(security), label);
    QVERIFY(m_store->add(makeAccount(u"probe"_s, u"Probe"_s, security)).ok());
    const QModelIndex index = m_model->index(m_model->rowOf(u"probe"_s), AccountListModel::SecurityColumn);
    QCOMPARE(index.data().toString(), label);
}

void AccountListModelTest::fallsBackToIdWithoutName()
{
    QVERIFY(m_store->add(makeAccount(u"anonymous"_s, QString())).ok());
    const QModelIndex index = m_model->index(m_model->rowOf(u"anonymous"_s), AccountListModel::NameColumn);
    QCOMPARE(index.data().toString(), u"anonymous"_s);
}

void AccountListModelTest::hasHeaders()
{
    QStringList headers;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        headers.append(m_model->headerData(column, Qt::Horizontal).toString());
    }
    QCOMPARE(headers,
             (QStringList{u"Name"_s, u"Email address"_s, u"Outgoing server"_s, u"Security"_s, u"Last test"_s}));
}

void AccountListModelTest::followsStoreChanges()
{
    QSignalSpy aboutToReset(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    QVERIFY(m_store->add(makeAccount(u"alpha"_s, u"Alpha"_s)).ok());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->accountAt(0).id, u"alpha"_s);

    Account changed = *m_store->account(u"work"_s);
    changed.host = u"mail.example.net"_s;
    changed.port = 2525;
    QVERIFY(m_store->update(changed).ok());
    QCOMPARE(reset.count(), 2);
    QCOMPARE(m_model->index(m_model->rowOf(u"work"_s), AccountListModel::ServerColumn).data().toString(),
             u"mail.example.net:2525"_s);

    QVERIFY(m_store->remove(u"home"_s).ok());
    QCOMPARE(reset.count(), 3);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOf(u"home"_s), -1);

    // A failed change leaves the model alone.
    QCOMPARE(m_store->remove(u"home"_s).status, AccountStore::Status::UnknownAccount);
    QCOMPARE(reset.count(), 3);
}

void AccountListModelTest::findsRowsById()
{
    QCOMPARE(m_model->rowOf(u"home"_s), 0);
    QCOMPARE(m_model->rowOf(u"work"_s), 1);
    QCOMPARE(m_model->rowOf(u"nosuch"_s), -1);
    QCOMPARE(m_model->rowOf(QString()), -1);
}

void AccountListModelTest::answersOutOfRangeQuietly()
{
    QCOMPARE(m_model->accountAt(-1), Account());
    QCOMPARE(m_model->accountAt(2), Account());
    QVERIFY(!m_model->index(2, 0).isValid());
    QVERIFY(!m_model->data(QModelIndex()).isValid());
}

void AccountListModelTest::showsLastTestStatus()
{
    const int row = m_model->rowOf(u"work"_s);
    const QModelIndex status = m_model->index(row, AccountListModel::StatusColumn);
    // Without a status store the column stays empty.
    QCOMPARE(status.data().toString(), QString());

    Accounts::AccountStatusStore statuses(Accounts::AccountStatusStore::pathBeside(m_store->settingsPath()));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setStatusStore(&statuses);
    QCOMPARE(status.data().toString(), u"Not tested"_s);

    changed.clear();
    const QDateTime when(QDate(2026, 11, 28), QTime(13, 5), Qt::UTC);
    QVERIFY(statuses.recordFailure(u"work"_s, Diagnostics::Category::WrongCredentials, when));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>(), status);
    QCOMPARE(status.data().toString(), u"Failed: user name or password refused"_s);
    const QString spoken = status.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.contains(u"failed"_s) && spoken.contains(u"user name or password refused"_s), qPrintable(spoken));
    QCOMPARE(status.data(Qt::ToolTipRole).toString(), spoken);
    // The other columns keep their own accessible text (the display text).
    QVERIFY(!m_model->index(row, AccountListModel::NameColumn).data(Qt::AccessibleTextRole).isValid());

    QVERIFY(statuses.recordOk(u"work"_s, when));
    QCOMPARE(status.data().toString(), u"OK"_s);
    // Another account's status does not touch this row.
    changed.clear();
    QVERIFY(statuses.recordOk(u"home"_s, when));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), m_model->rowOf(u"home"_s));
}

QTEST_GUILESS_MAIN(AccountListModelTest)
#include "accountlistmodeltest.moc"
