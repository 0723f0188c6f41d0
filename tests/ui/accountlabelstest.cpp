// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/accountlabels.h"
#include "ui/accounts/accountsettingsform.h"

#include <QComboBox>
#include <QLabel>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;
using Accounts::Security;

Q_DECLARE_METATYPE(Accounts::Security)

class AccountLabelsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void describesPort_data();
    void describesPort();
    void formDescribesChosenPort();
};

void AccountLabelsTest::describesPort_data()
{
    QTest::addColumn<int>("port");
    QTest::addColumn<Security>("security");
    QTest::addColumn<QString>("text");

    QTest::newRow("465 TLS") << 465 << Security::ImplicitTls << u"465: TLS from the first byte"_s;
    QTest::newRow("587 STARTTLS") << 587 << Security::StartTls << u"587: STARTTLS, encryption required"_s;
    QTest::newRow("465 with STARTTLS")
        << 465 << Security::StartTls
        << u"465: servers on this port usually expect TLS from the first byte, not STARTTLS"_s;
    QTest::newRow("587 with TLS")
        << 587 << Security::ImplicitTls
        << u"587: servers on this port usually expect STARTTLS, not TLS from the first byte"_s;
    QTest::newRow("25")
        << 25 << Security::StartTls
        << u"25: the port between mail servers; many networks and providers block it for mail programs"_s;
    QTest::newRow("2525 STARTTLS") << 2525 << Security::StartTls
                                   << u"2525: STARTTLS, encryption required, on a port your provider chose"_s;
    QTest::newRow("2465 TLS") << 2465 << Security::ImplicitTls
                              << u"2465: TLS from the first byte, on a port your provider chose"_s;
    QTest::newRow("unencrypted") << 2525 << Security::None
                                 << u"2525: no encryption; the password and the message cross the network readable"_s;
}

void AccountLabelsTest::describesPort()
{
    QFETCH(int, port);
    QFETCH(Security, security);
    QFETCH(QString, text);
    QCOMPARE(AccountLabels::port(quint16(port), security), text);
}

void AccountLabelsTest::formDescribesChosenPort()
{
    AccountSettingsForm form;
    auto *hint = form.findChild<QLabel *>(u"portHint"_s);
    auto *port = form.findChild<QSpinBox *>(u"portSpin"_s);
    auto *security = form.findChild<QComboBox *>(u"securityCombo"_s);
    QVERIFY(hint && port && security);

    Accounts::Account account;
    account.email = u"ola@example.com"_s;
    account.host = u"smtp.example.com"_s;
    account.security = Security::ImplicitTls;
    account.port = 465;
    form.setAccount(account, AccountSettingsForm::Origin::ExistingAccount);
    QVERIFY2(hint->text().startsWith(u"465: TLS from the first byte"_s), qPrintable(hint->text()));

    // The security choice moves the port (it follows until typed), and the hint with it.
    security->setCurrentIndex(security->findData(int(Security::StartTls)));
    QCOMPARE(port->value(), 587);
    QVERIFY2(hint->text().startsWith(u"587: STARTTLS, encryption required"_s), qPrintable(hint->text()));

    // A port the user chose is described as it is.
    port->setValue(2525);
    QVERIFY2(hint->text().startsWith(u"2525: STARTTLS, encryption required, on a port your provider chose"_s),
             qPrintable(hint->text()));
}

QTEST_MAIN(AccountLabelsTest)
#include "accountlabelstest.moc"
