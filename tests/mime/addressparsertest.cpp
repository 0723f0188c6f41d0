// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mime/addressparser.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using Mime::Address;
using Mime::AddressError;
using Mime::AddressParser;
using Mime::Mailbox;

namespace
{

Mailbox mb(const QString &name, const QString &local, const QString &domain)
{
    return Mailbox{name, local, domain};
}

Address one(const QString &name, const QString &local, const QString &domain)
{
    return Address::fromMailbox(mb(name, local, domain));
}

} // namespace

Q_DECLARE_METATYPE(Mime::AddressError::Kind)

class AddressParserTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void readsLists_data();
    void readsLists();
    void namesTheOffendingAddress_data();
    void namesTheOffendingAddress();
    void readsSingleMailbox_data();
    void readsSingleMailbox();
    void readsAddrSpec_data();
    void readsAddrSpec();
    void displayStringRoundTrips_data();
    void displayStringRoundTrips();
    void convertsIdnToALabels();
    void flagsNonAsciiLocalParts();
    void checksMailboxesBuiltInCode_data();
    void checksMailboxesBuiltInCode();
    void readsFiftyRecipientsInOrder();
};

void AddressParserTest::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void AddressParserTest::readsLists_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QList<Address>>("expected");

    QTest::newRow("bare address") << u"ola@example.com"_s << QList<Address>{one({}, u"ola"_s, u"example.com"_s)};
    QTest::newRow("display name") << u"Ola Nowak <ola@example.com>"_s
                                  << QList<Address>{one(u"Ola Nowak"_s, u"ola"_s, u"example.com"_s)};
    QTest::newRow("angle brackets without a name")
        << u"<ola@example.com>"_s << QList<Address>{one({}, u"ola"_s, u"example.com"_s)};
    QTest::newRow("quoted name with a comma is one address (case 21)")
        << uR"("Doe, John" <john@example.com>)"_s << QList<Address>{one(u"Doe, John"_s, u"john"_s, u"example.com"_s)};
    QTest::newRow("quoted name with escaped quote and backslash (case 21)")
        << uR"("O\"Neil \\ Jr" <oneil@example.com>)"_s
        << QList<Address>{one(uR"(O"Neil \ Jr)"_s, u"oneil"_s, u"example.com"_s)};
    QTest::newRow("Unicode name with comma, quoted (case 22)")
        << uR"("Zoë, Ünicode" <zoe@example.com>)"_s
        << QList<Address>{one(u"Zoë, Ünicode"_s, u"zoe"_s, u"example.com"_s)};
    QTest::newRow("unquoted Unicode name") << u"Jöran Øygårdvær <joran@example.no>"_s
                                           << QList<Address>{one(u"Jöran Øygårdvær"_s, u"joran"_s, u"example.no"_s)};
    QTest::newRow("unquoted dots in the name (obsolete phrase)")
        << u"John Q. Public <jqp@example.com>"_s
        << QList<Address>{one(u"John Q. Public"_s, u"jqp"_s, u"example.com"_s)};
    QTest::newRow("two addresses") << u"a@example.com, B <b@example.com>"_s
                                   << QList<Address>{one({}, u"a"_s, u"example.com"_s),
                                                     one(u"B"_s, u"b"_s, u"example.com"_s)};
    QTest::newRow("IDN domain kept as typed (case 24)")
        << u"user@bücher.example"_s << QList<Address>{one({}, u"user"_s, u"bücher.example"_s)};
    QTest::newRow("UTF-8 local part (case 25)")
        << u"jøran@example.com"_s << QList<Address>{one({}, u"jøran"_s, u"example.com"_s)};
    QTest::newRow("quoted local part") << uR"("john doe"@example.com)"_s
                                       << QList<Address>{one({}, u"john doe"_s, u"example.com"_s)};
    QTest::newRow("group") << u"Team: a@x.org, Bea <b@x.org>;"_s
                           << QList<Address>{Address::group(
                                  u"Team"_s, {mb({}, u"a"_s, u"x.org"_s), mb(u"Bea"_s, u"b"_s, u"x.org"_s)})};
    QTest::newRow("empty group") << u"undisclosed-recipients:;"_s
                                 << QList<Address>{Address::group(u"undisclosed-recipients"_s, {})};
    QTest::newRow("group between addresses")
        << u"a@x.org, Team: b@x.org;, c@x.org"_s
        << QList<Address>{one({}, u"a"_s, u"x.org"_s), Address::group(u"Team"_s, {mb({}, u"b"_s, u"x.org"_s)}),
                          one({}, u"c"_s, u"x.org"_s)};
    QTest::newRow("comment as display name")
        << u"jan@example.com (Jan Kowalski)"_s << QList<Address>{one(u"Jan Kowalski"_s, u"jan"_s, u"example.com"_s)};
    QTest::newRow("comments elsewhere are ignored")
        << u"(boss) Jan <jan@example.com> (work)"_s << QList<Address>{one(u"Jan"_s, u"jan"_s, u"example.com"_s)};
    QTest::newRow("pasted list with line breaks")
        << u"a@x.org,\r\n  b@x.org\n"_s << QList<Address>{one({}, u"a"_s, u"x.org"_s), one({}, u"b"_s, u"x.org"_s)};
    QTest::newRow("empty entries are skipped")
        << u", a@x.org,, b@x.org,"_s << QList<Address>{one({}, u"a"_s, u"x.org"_s), one({}, u"b"_s, u"x.org"_s)};
    QTest::newRow("no-break space counts as space")
        << u"Ola\u00a0Nowak <ola@example.com>"_s << QList<Address>{one(u"Ola Nowak"_s, u"ola"_s, u"example.com"_s)};
    QTest::newRow("blank input is an empty list") << u"   "_s << QList<Address>{};
    QTest::newRow("every atext special") << u"!#$%&'*+-/=?^_`{|}~@example.com"_s
                                         << QList<Address>{one({}, u"!#$%&'*+-/=?^_`{|}~"_s, u"example.com"_s)};
}

void AddressParserTest::readsLists()
{
    QFETCH(QString, input);
    QFETCH(QList<Address>, expected);
    const AddressParser::ListResult result = AddressParser::parseList(input);
    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->message() : QString()));
    QCOMPARE(result.addresses.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(result.addresses.at(i).toDisplayString(), expected.at(i).toDisplayString());
        QVERIFY(result.addresses.at(i) == expected.at(i));
    }
}

void AddressParserTest::namesTheOffendingAddress_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<AddressError::Kind>("kind");
    QTest::addColumn<QString>("offending");

    using K = AddressError::Kind;
    QTest::newRow("no @") << u"ola.example.com"_s << K::MissingAt << u"ola.example.com"_s;
    QTest::newRow("culprit in the middle of a list")
        << u"a@x.org, Bob Smith, c@x.org"_s << K::MissingAt << u"Bob Smith"_s;
    QTest::newRow("missing comma") << u"a@x.org b@x.org"_s << K::TrailingText << u"a@x.org b@x.org"_s;
    QTest::newRow("unterminated quote") << uR"(a@x.org, "Doe, John <j@x.org>)"_s << K::UnterminatedQuote
                                        << uR"("Doe, John <j@x.org>)"_s;
    QTest::newRow("unterminated angle") << u"John <j@x.org"_s << K::UnterminatedAngle << u"John <j@x.org"_s;
    QTest::newRow("empty angle") << u"a@x.org, John <>"_s << K::EmptyAngle << u"John <>"_s;
    QTest::newRow("space inside the address") << u"john doe@x.org"_s << K::ContainsSpace << u"john doe@x.org"_s;
    QTest::newRow("space before the @") << u"john @x.org"_s << K::ContainsSpace << u"john @x.org"_s;
    QTest::newRow("two dots") << u"a..b@x.org"_s << K::LocalPartDots << u"a..b@x.org"_s;
    QTest::newRow("leading dot") << u"J <.a@x.org>"_s << K::LocalPartDots << u"J <.a@x.org>"_s;
    QTest::newRow("local part of 65 octets")
        << QString(65, u'a') + u"@x.org"_s << K::LocalPartTooLong << QString(65, u'a') + u"@x.org"_s;
    QTest::newRow("empty local part") << u"@x.org"_s << K::EmptyLocalPart << u"@x.org"_s;
    QTest::newRow("empty domain") << u"b@x.org, a@"_s << K::EmptyDomain << u"a@"_s;
    QTest::newRow("label starting with a hyphen") << u"a@-x.org"_s << K::InvalidDomain << u"a@-x.org"_s;
    QTest::newRow("underscore in the domain") << u"a@ex_ample.org"_s << K::InvalidDomain << u"a@ex_ample.org"_s;
    QTest::newRow("domain without a dot") << u"a@localhost"_s << K::DomainWithoutDot << u"a@localhost"_s;
    QTest::newRow("domain literal") << u"a@[127.0.0.1]"_s << K::DomainLiteral << u"a@[127.0.0.1]"_s;
    QTest::newRow("bare IPv4 domain") << u"a@127.0.0.1"_s << K::DomainLiteral << u"a@127.0.0.1"_s;
    QTest::newRow("two @") << u"a@b@x.org"_s << K::UnexpectedCharacter << u"a@b@x.org"_s;
    QTest::newRow("group inside a group") << u"A: B: c@x.org;;"_s << K::NestedGroup << u"B: c@x.org"_s;
    QTest::newRow("group without ;") << u"Team: c@x.org"_s << K::UnterminatedGroup << u"Team: c@x.org"_s;
    QTest::newRow("control character") << u"x@y.org, a\u0001b@x.org"_s << K::ControlCharacter << u"a\u0001b@x.org"_s;
    QTest::newRow("control character in a comment")
        << u"b@x.org, a@x.org (Jan\u0001)"_s << K::ControlCharacter << u"a@x.org (Jan\u0001)"_s;
    QTest::newRow("unterminated comment") << u"a@x.org (Jan"_s << K::UnterminatedComment << u"a@x.org (Jan"_s;
    QTest::newRow("stray character") << u"a@x.org, ; b@x.org"_s << K::UnexpectedCharacter << u"; b@x.org"_s;
    QTest::newRow("address longer than 254 octets") << QString(64, u'a') + u"@"_s + QString(62, u'b') + u"."_s
            + QString(62, u'c') + u"."_s + QString(62, u'd') + u".com"_s
                                                    << K::AddressTooLong
                                                    << QString(64, u'a') + u"@"_s + QString(62, u'b') + u"."_s
            + QString(62, u'c') + u"."_s + QString(62, u'd') + u".com"_s;
}

void AddressParserTest::namesTheOffendingAddress()
{
    QFETCH(QString, input);
    QFETCH(AddressError::Kind, kind);
    QFETCH(QString, offending);
    const AddressParser::ListResult result = AddressParser::parseList(input);
    QVERIFY(!result.ok());
    QVERIFY(result.addresses.isEmpty());
    QCOMPARE(result.error->kind, kind);
    QCOMPARE(result.error->address, offending);
    const QString message = result.error->message();
    QVERIFY2(message.contains(u'"' + offending + u'"'), qPrintable(message));
    QVERIFY2(message.endsWith(u'.'), qPrintable(message));
}

void AddressParserTest::readsSingleMailbox_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // display string, or empty for an error
    QTest::addColumn<AddressError::Kind>("kind");

    using K = AddressError::Kind;
    QTest::newRow("name and address") << u"Ola <ola@example.com>"_s << u"Ola <ola@example.com>"_s << K::Empty;
    QTest::newRow("trailing comma tolerated") << u"ola@example.com,"_s << u"ola@example.com"_s << K::Empty;
    QTest::newRow("empty") << u" "_s << QString() << K::Empty;
    QTest::newRow("two addresses") << u"a@x.org, b@x.org"_s << QString() << K::MultipleAddresses;
    QTest::newRow("group") << u"Team: a@x.org;"_s << QString() << K::GroupNotAllowed;
}

void AddressParserTest::readsSingleMailbox()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(AddressError::Kind, kind);
    const AddressParser::MailboxResult result = AddressParser::parseMailbox(input);
    if (expected.isEmpty()) {
        QVERIFY(!result.ok());
        QCOMPARE(result.error->kind, kind);
        QVERIFY(!result.error->message().isEmpty());
    } else {
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->message() : QString()));
        QCOMPARE(result.mailbox.toDisplayString(), expected);
    }
}

void AddressParserTest::readsAddrSpec_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<AddressError::Kind>("kind");

    using K = AddressError::Kind;
    QTest::newRow("plain") << u"ola@wp.pl"_s << true << K::Empty;
    QTest::newRow("IDN") << u"ola@przykład.pl"_s << true << K::Empty;
    QTest::newRow("display name is not an addr-spec") << u"Ola <ola@wp.pl>"_s << false << K::InvalidLocalPartCharacter;
    QTest::newRow("comma") << u"ola,k@wp.pl"_s << false << K::InvalidLocalPartCharacter;
    QTest::newRow("last @ splits") << u"a@b@wp.pl"_s << false << K::InvalidLocalPartCharacter;
    QTest::newRow("no @") << u"ola"_s << false << K::MissingAt;
    QTest::newRow("empty") << QString() << false << K::Empty;
}

void AddressParserTest::readsAddrSpec()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(AddressError::Kind, kind);
    const AddressParser::MailboxResult result = AddressParser::parseAddrSpec(input);
    QCOMPARE(result.ok(), valid);
    if (!valid) {
        QCOMPARE(result.error->kind, kind);
    }
}

void AddressParserTest::displayStringRoundTrips_data()
{
    QTest::addColumn<Address>("address");
    QTest::newRow("plain") << one({}, u"a"_s, u"x.org"_s);
    QTest::newRow("name with comma") << one(u"Doe, John"_s, u"j"_s, u"x.org"_s);
    QTest::newRow("name with quotes and backslash") << one(uR"(O"Neil \ Jr)"_s, u"o"_s, u"x.org"_s);
    QTest::newRow("name with parentheses") << one(u"Ola (work)"_s, u"o"_s, u"x.org"_s);
    QTest::newRow("name with leading space") << one(u" Ola"_s, u"o"_s, u"x.org"_s);
    QTest::newRow("name that looks like an address") << one(u"x@y.org"_s, u"o"_s, u"x.org"_s);
    QTest::newRow("local part with space") << one({}, u"john doe"_s, u"x.org"_s);
    QTest::newRow("local part with quote") << one({}, uR"(a"b)"_s, u"x.org"_s);
    QTest::newRow("group with special name")
        << Address::group(u"Zespół: A, B"_s, {mb(u"A"_s, u"a"_s, u"x.org"_s), mb({}, u"b"_s, u"x.org"_s)});
}

void AddressParserTest::displayStringRoundTrips()
{
    QFETCH(Address, address);
    const AddressParser::ListResult result = AddressParser::parseList(address.toDisplayString());
    QVERIFY2(result.ok(), qPrintable(address.toDisplayString()));
    QCOMPARE(result.addresses.size(), 1);
    QVERIFY2(result.addresses.first() == address, qPrintable(result.addresses.first().toDisplayString()));
}

void AddressParserTest::convertsIdnToALabels()
{
    const AddressParser::ListResult result = AddressParser::parseList(u"Kunde <user@Bücher.example>"_s);
    QVERIFY(result.ok());
    const Mailbox mailbox = result.addresses.first().mailbox;
    QCOMPARE(mailbox.asciiDomain(), "xn--bcher-kva.example");
    QCOMPARE(mailbox.wireAddress(), "user@xn--bcher-kva.example");
    QVERIFY(!mailbox.needsSmtpUtf8());
    // ASCII domains are written as typed.
    QCOMPARE(Mailbox({}, u"a"_s, u"Example.COM"_s).wireAddress(), "a@Example.COM");
}

void AddressParserTest::flagsNonAsciiLocalParts()
{
    const AddressParser::MailboxResult result = AddressParser::parseMailbox(u"jøran@bücher.example"_s);
    QVERIFY(result.ok());
    QVERIFY(result.mailbox.needsSmtpUtf8());
    QCOMPARE(result.mailbox.wireAddress(), u"jøran@xn--bcher-kva.example"_s.toUtf8());
    QVERIFY(!Mailbox({}, u"ola"_s, u"x.org"_s).needsSmtpUtf8());
}

void AddressParserTest::checksMailboxesBuiltInCode_data()
{
    QTest::addColumn<Mailbox>("mailbox");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<AddressError::Kind>("kind");

    using K = AddressError::Kind;
    QTest::newRow("valid") << mb(u"A\nB"_s, u"a"_s, u"x.org"_s) << true << K::Empty;
    QTest::newRow("empty") << Mailbox() << false << K::Empty;
    QTest::newRow("line break in local part") << mb({}, u"a\r\nBcc: x"_s, u"x.org"_s) << false << K::ControlCharacter;
    QTest::newRow("line break in domain") << mb({}, u"a"_s, u"x.org\r\nBcc: y"_s) << false << K::ControlCharacter;
    QTest::newRow("angle bracket in domain") << mb({}, u"a"_s, u"x.org>"_s) << false << K::InvalidDomain;
    QTest::newRow("no domain") << mb({}, u"a"_s, {}) << false << K::EmptyDomain;
}

void AddressParserTest::checksMailboxesBuiltInCode()
{
    QFETCH(Mailbox, mailbox);
    QFETCH(bool, valid);
    QFETCH(AddressError::Kind, kind);
    const std::optional<AddressError> error = AddressParser::check(mailbox);
    QCOMPARE(!error.has_value(), valid);
    if (error) {
        QCOMPARE(error->kind, kind);
    }
}

void AddressParserTest::readsFiftyRecipientsInOrder()
{
    QStringList entries;
    for (int i = 0; i < 50; ++i) {
        entries += u"\"Person %1, Tester\" <p%1@example.com>"_s.arg(i);
    }
    const AddressParser::ListResult result = AddressParser::parseList(entries.join(u", "_s));
    QVERIFY(result.ok());
    QCOMPARE(result.addresses.size(), 50);
    for (int i = 0; i < 50; ++i) {
        QCOMPARE(result.addresses.at(i).mailbox.localPart, u"p%1"_s.arg(i));
        QCOMPARE(result.addresses.at(i).mailbox.displayName, u"Person %1, Tester"_s.arg(i));
    }
}

QTEST_GUILESS_MAIN(AddressParserTest)
#include "addressparsertest.moc"
