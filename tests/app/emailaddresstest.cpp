// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/accounts/emailaddress.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using Accounts::EmailAddressCheck;

class EmailAddressTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void acceptsAddrSpecs_data();
    void acceptsAddrSpecs();
    void rejectsWithPreciseMessage_data();
    void rejectsWithPreciseMessage();
    void findsDomain_data();
    void findsDomain();
};

void EmailAddressTest::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void EmailAddressTest::acceptsAddrSpecs_data()
{
    QTest::addColumn<QString>("address");

    QTest::newRow("simple") << u"ola@wp.pl"_s;
    QTest::newRow("dotted local part") << u"jan.kowalski@example.com"_s;
    QTest::newRow("plus tag") << u"ola+kurier@example.com"_s;
    QTest::newRow("every atext special") << u"!#$%&'*+-/=?^_`{|}~@example.com"_s;
    QTest::newRow("upper case") << u"Ola@Example.COM"_s;
    QTest::newRow("digits only") << u"12345@example.com"_s;
    QTest::newRow("subdomain") << u"ola@mail.corp.example.co.uk"_s;
    QTest::newRow("hyphen inside a label") << u"ola@my-mail.example"_s;
    QTest::newRow("IDN domain") << u"ola@przykład.pl"_s;
    QTest::newRow("IDN domain as A-label") << u"ola@xn--przykad-4ib.pl"_s;
    QTest::newRow("IDN domain with German letters") << u"kunde@bücher.de"_s;
    QTest::newRow("UTF-8 local part (RFC 6532)") << u"żaneta@przykład.pl"_s;
    QTest::newRow("Cyrillic address") << u"почта@пример.рф"_s;
    QTest::newRow("local part of 64 characters") << QString(64, u'a') + u"@example.com"_s;
    QTest::newRow("label of 63 characters") << u"ola@"_s + QString(63, u'b') + u".com"_s;
}

void EmailAddressTest::acceptsAddrSpecs()
{
    QFETCH(QString, address);
    QCOMPARE(EmailAddressCheck::problem(address), QString());
    QVERIFY(EmailAddressCheck::isValid(address));
}

void EmailAddressTest::rejectsWithPreciseMessage_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("problemWords"); // what the message must say besides the address

    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("only spaces") << u"   "_s << u"empty"_s;
    QTest::newRow("no @") << u"ola.example.com"_s << u"no @"_s;
    QTest::newRow("empty local part") << u"@example.com"_s << u"before the @ is empty"_s;
    QTest::newRow("empty domain") << u"ola@"_s << u"after the @ is empty"_s;
    QTest::newRow("two @") << u"ola@home@example.com"_s << u"\"@\""_s;
    QTest::newRow("space inside") << u"ola kowalska@example.com"_s << u"space"_s;
    QTest::newRow("leading space") << u" ola@example.com"_s << u"space"_s;
    QTest::newRow("line break (header injection)") << u"ola@example.com\nBcc: x@y.pl"_s << u"space"_s;
    QTest::newRow("leading dot") << u".ola@example.com"_s << u"dot"_s;
    QTest::newRow("trailing dot in local part") << u"ola.@example.com"_s << u"dot"_s;
    QTest::newRow("two dots in a row") << u"ola..k@example.com"_s << u"two dots"_s;
    QTest::newRow("comma") << u"ola,k@example.com"_s << u"\",\""_s;
    QTest::newRow("angle brackets") << u"<ola@example.com>"_s << u"\"<\""_s;
    QTest::newRow("display name form") << u"Ola <ola@example.com>"_s << u"space"_s;
    QTest::newRow("quoted local part") << u"\"ola\"@example.com"_s << u"\"\"\""_s;
    QTest::newRow("local part of 65 characters") << QString(65, u'a') + u"@example.com"_s << u"64"_s;
    QTest::newRow("domain without dot") << u"ola@localhost"_s << u"no dot"_s;
    QTest::newRow("domain with trailing dot") << u"ola@example.com."_s << u"not a valid domain"_s;
    QTest::newRow("empty domain label") << u"ola@example..com"_s << u"not a valid domain"_s;
    QTest::newRow("label starting with hyphen") << u"ola@-example.com"_s << u"not a valid domain"_s;
    QTest::newRow("label ending with hyphen") << u"ola@example-.com"_s << u"not a valid domain"_s;
    QTest::newRow("underscore in domain") << u"ola@ex_ample.com"_s << u"not a valid domain"_s;
    QTest::newRow("label of 64 characters") << u"ola@"_s + QString(64, u'b') + u".com"_s << u"not a valid domain"_s;
    QTest::newRow("domain literal") << u"ola@[127.0.0.1]"_s << u"not a valid domain"_s;
    QTest::newRow("IDN with a forbidden character") << u"ola@przykład!.pl"_s << u"not a valid domain"_s;
    const QString label60(60, u'x');
    QTest::newRow("domain longer than 253")
        << u"ola@"_s + QStringList(5, label60).join(u'.') + u".com"_s << u"too long"_s;
    QTest::newRow("address longer than 254")
        << QString(64, u'a') + u"@"_s + QStringList(3, label60).join(u'.') + u".eeeeeeeeee.com"_s << u"254"_s;
}

void EmailAddressTest::rejectsWithPreciseMessage()
{
    QFETCH(QString, address);
    QFETCH(QString, problemWords);

    const QString message = EmailAddressCheck::problem(address);
    QVERIFY(!EmailAddressCheck::isValid(address));
    QVERIFY2(message.contains(problemWords), qPrintable(message));
    // The message names the address the user typed (without the surrounding spaces) so it
    // can stand alone on a command line or in a log of a batch import.
    if (!address.trimmed().isEmpty()) {
        QVERIFY2(message.contains(u'"' + address.trimmed() + u'"'), qPrintable(message));
    }
    QVERIFY2(message.endsWith(u'.'), qPrintable(message));
}

void EmailAddressTest::findsDomain_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("domain");

    QTest::newRow("simple") << u"ola@wp.pl"_s << u"wp.pl"_s;
    QTest::newRow("IDN kept as typed") << u"ola@przykład.pl"_s << u"przykład.pl"_s;
    QTest::newRow("last @ decides") << u"a@b@example.com"_s << u"example.com"_s;
    QTest::newRow("no @") << u"ola"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void EmailAddressTest::findsDomain()
{
    QFETCH(QString, address);
    QFETCH(QString, domain);
    QCOMPARE(EmailAddressCheck::domainOf(address), domain);
}

QTEST_GUILESS_MAIN(EmailAddressTest)
#include "emailaddresstest.moc"
