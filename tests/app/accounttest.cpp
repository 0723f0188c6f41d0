// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/accounts/account.h"

#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using Accounts::Account;
using Accounts::AccountField;
using Accounts::AuthMethod;
using Accounts::Security;

Q_DECLARE_METATYPE(Accounts::AccountField)
Q_DECLARE_METATYPE(Accounts::Security)
Q_DECLARE_METATYPE(Accounts::AuthMethod)

namespace QTest
{
template<>
char *toString(const Accounts::AccountField &field)
{
    return qstrdup(QByteArray::number(static_cast<int>(field)).prepend("AccountField ").constData());
}
} // namespace QTest

using AccountChange = std::function<void(Account &)>;
Q_DECLARE_METATYPE(AccountChange)

namespace
{

Account validAccount()
{
    Account account;
    account.id = u"ola-example-com"_s;
    account.displayName = u"Ola Kowalska"_s;
    account.email = u"ola@example.com"_s;
    account.host = u"smtp.example.com"_s;
    account.port = 587;
    account.security = Security::StartTls;
    account.authMethod = AuthMethod::Auto;
    account.userName = u"ola@example.com"_s;
    return account;
}

} // namespace

class AccountTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void acceptsValidAccounts_data();
    void acceptsValidAccounts();
    void reportsOneProblemPerField_data();
    void reportsOneProblemPerField();
    void listsProblemsInFieldOrder();
    void securityNamesRoundTrip_data();
    void securityNamesRoundTrip();
    void authNamesRoundTrip_data();
    void authNamesRoundTrip();
    void rejectsUnknownNames_data();
    void rejectsUnknownNames();
    void defaultPorts_data();
    void defaultPorts();
    void validatesIds_data();
    void validatesIds();
    void suggestsIds_data();
    void suggestsIds();
    void knowsWhichMethodsUsePasswords_data();
    void knowsWhichMethodsUsePasswords();
};

void AccountTest::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void AccountTest::acceptsValidAccounts_data()
{
    QTest::addColumn<AccountChange>("change");

    QTest::newRow("typical STARTTLS account") << AccountChange([](Account &) {});
    QTest::newRow("implicit TLS on 465") << AccountChange([](Account &a) {
        a.security = Security::ImplicitTls;
        a.port = 465;
    });
    QTest::newRow("no encryption and no authentication") << AccountChange([](Account &a) {
        a.security = Security::None;
        a.authMethod = AuthMethod::None;
        a.userName.clear();
        a.port = 25;
    });
    QTest::newRow("empty display name") << AccountChange([](Account &a) { a.displayName.clear(); });
    QTest::newRow("display name with Polish letters")
        << AccountChange([](Account &a) { a.displayName = u"Zażółć Gęślą"_s; });
    QTest::newRow("IDN host") << AccountChange([](Account &a) { a.host = u"poczta.przykład.pl"_s; });
    QTest::newRow("IPv4 host") << AccountChange([](Account &a) { a.host = u"127.0.0.1"_s; });
    QTest::newRow("IPv6 host") << AccountChange([](Account &a) { a.host = u"::1"_s; });
    QTest::newRow("single-label host") << AccountChange([](Account &a) { a.host = u"localhost"_s; });
    QTest::newRow("highest port") << AccountChange([](Account &a) { a.port = 65535; });
    QTest::newRow("id of 64 characters") << AccountChange([](Account &a) { a.id = QString(64, u'a'); });
    QTest::newRow("id with dot and underscore") << AccountChange([](Account &a) { a.id = u"work.smtp_2"_s; });
    QTest::newRow("XOAUTH2 with the address as user name")
        << AccountChange([](Account &a) { a.authMethod = AuthMethod::XOAuth2; });
}

void AccountTest::acceptsValidAccounts()
{
    QFETCH(AccountChange, change);
    Account account = validAccount();
    change(account);
    const QList<Accounts::AccountProblem> problems = account.problems();
    for (const auto &problem : problems) {
        qDebug() << "unexpected problem:" << problem.message;
    }
    QVERIFY(problems.isEmpty());
}

void AccountTest::reportsOneProblemPerField_data()
{
    QTest::addColumn<AccountChange>("change");
    QTest::addColumn<AccountField>("field");
    QTest::addColumn<QString>("messageNames"); // a fragment the message must contain

    QTest::newRow("empty id") << AccountChange([](Account &a) { a.id.clear(); }) << AccountField::Id << u"\"\""_s;
    QTest::newRow("id with upper-case letters")
        << AccountChange([](Account &a) { a.id = u"Work"_s; }) << AccountField::Id << u"\"Work\""_s;
    QTest::newRow("id with a slash") << AccountChange([](Account &a) { a.id = u"work/smtp"_s; }) << AccountField::Id
                                     << u"\"work/smtp\""_s;
    QTest::newRow("id with a trailing line break")
        << AccountChange([](Account &a) { a.id = u"work\n"_s; }) << AccountField::Id << u"work"_s;
    QTest::newRow("id starting with a dash")
        << AccountChange([](Account &a) { a.id = u"-work"_s; }) << AccountField::Id << u"\"-work\""_s;
    QTest::newRow("id of 65 characters") << AccountChange([](Account &a) { a.id = QString(65, u'a'); })
                                         << AccountField::Id << u"64"_s;
    QTest::newRow("display name with a line break")
        << AccountChange([](Account &a) { a.displayName = u"Ola\nBcc: everyone"_s; }) << AccountField::DisplayName
        << u"line break"_s;
    QTest::newRow("email without @") << AccountChange([](Account &a) { a.email = u"ola.example.com"_s; })
                                     << AccountField::Email << u"\"ola.example.com\""_s;
    QTest::newRow("empty email") << AccountChange([](Account &a) { a.email.clear(); }) << AccountField::Email
                                 << u"empty"_s;
    QTest::newRow("empty host") << AccountChange([](Account &a) { a.host.clear(); }) << AccountField::Host
                                << u"empty"_s;
    QTest::newRow("host with a port") << AccountChange([](Account &a) { a.host = u"smtp.example.com:587"_s; })
                                      << AccountField::Host << u"\"smtp.example.com:587\""_s;
    QTest::newRow("host given as URL") << AccountChange([](Account &a) { a.host = u"smtp://smtp.example.com"_s; })
                                       << AccountField::Host << u"\"smtp://smtp.example.com\""_s;
    QTest::newRow("host with a space") << AccountChange([](Account &a) { a.host = u"smtp example.com"_s; })
                                       << AccountField::Host << u"\"smtp example.com\""_s;
    QTest::newRow("host with an empty label") << AccountChange([](Account &a) { a.host = u"smtp..example.com"_s; })
                                              << AccountField::Host << u"\"smtp..example.com\""_s;
    QTest::newRow("host starting with a dash") << AccountChange([](Account &a) { a.host = u"-smtp.example.com"_s; })
                                               << AccountField::Host << u"\"-smtp.example.com\""_s;
    QTest::newRow("port 0") << AccountChange([](Account &a) { a.port = 0; }) << AccountField::Port << u"65535"_s;
    QTest::newRow("password without encryption") << AccountChange([](Account &a) {
        a.security = Security::None;
        a.port = 25;
    }) << AccountField::AuthMethod << u"encryption"_s;
    QTest::newRow("OAuth token without encryption") << AccountChange([](Account &a) {
        a.security = Security::None;
        a.authMethod = AuthMethod::OAuthBearer;
    }) << AccountField::AuthMethod << u"encryption"_s;
    QTest::newRow("authentication without user name")
        << AccountChange([](Account &a) { a.userName.clear(); }) << AccountField::UserName << u"user name"_s;
}

void AccountTest::reportsOneProblemPerField()
{
    QFETCH(AccountChange, change);
    QFETCH(AccountField, field);
    QFETCH(QString, messageNames);

    Account account = validAccount();
    change(account);
    const QList<Accounts::AccountProblem> problems = account.problems();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, field);
    const QString message = problems.first().message;
    QVERIFY2(message.contains(messageNames), qPrintable(message));
    // One sentence, ready to show as it is.
    QVERIFY2(message.endsWith(u'.'), qPrintable(message));
    QVERIFY2(!message.contains(u'\n') || field == AccountField::Id, qPrintable(message));
}

void AccountTest::listsProblemsInFieldOrder()
{
    Account account;
    account.id = u"Bad Id"_s;
    account.email = u"nobody"_s;
    account.authMethod = AuthMethod::Plain;
    const QList<Accounts::AccountProblem> problems = account.problems();
    QList<AccountField> fields;
    for (const auto &problem : problems) {
        fields.append(problem.field);
    }
    const QList<AccountField> expected{AccountField::Id, AccountField::Email, AccountField::Host, AccountField::Port,
                                       AccountField::UserName};
    QCOMPARE(fields, expected);
}

void AccountTest::securityNamesRoundTrip_data()
{
    QTest::addColumn<Security>("security");
    QTest::addColumn<QString>("name");

    QTest::newRow("implicit TLS") << Security::ImplicitTls << u"tls"_s;
    QTest::newRow("STARTTLS") << Security::StartTls << u"starttls"_s;
    QTest::newRow("no encryption") << Security::None << u"none"_s;
}

void AccountTest::securityNamesRoundTrip()
{
    QFETCH(Security, security);
    QFETCH(QString, name);
    QCOMPARE(Accounts::toString(security), name);
    // QCOMPARE cannot print these: Accounts::toString() is found by argument-dependent lookup.
    QVERIFY(Accounts::securityFromString(name) == security);
    QVERIFY(Accounts::securityFromString(name.toUpper()) == security);
    QVERIFY(Accounts::securityNames().contains(name));
}

void AccountTest::authNamesRoundTrip_data()
{
    QTest::addColumn<AuthMethod>("method");
    QTest::addColumn<QString>("name");

    QTest::newRow("auto") << AuthMethod::Auto << u"auto"_s;
    QTest::newRow("PLAIN") << AuthMethod::Plain << u"plain"_s;
    QTest::newRow("LOGIN") << AuthMethod::Login << u"login"_s;
    QTest::newRow("CRAM-MD5") << AuthMethod::CramMd5 << u"cram-md5"_s;
    QTest::newRow("SCRAM-SHA-256") << AuthMethod::ScramSha256 << u"scram-sha-256"_s;
    QTest::newRow("XOAUTH2") << AuthMethod::XOAuth2 << u"xoauth2"_s;
    QTest::newRow("OAUTHBEARER") << AuthMethod::OAuthBearer << u"oauthbearer"_s;
    QTest::newRow("none") << AuthMethod::None << u"none"_s;
}

void AccountTest::authNamesRoundTrip()
{
    QFETCH(AuthMethod, method);
    QFETCH(QString, name);
    QCOMPARE(Accounts::toString(method), name);
    QVERIFY(Accounts::authMethodFromString(name) == method);
    QVERIFY(Accounts::authMethodFromString(name.toUpper()) == method);
    QVERIFY(Accounts::authMethodNames().contains(name));
}

void AccountTest::rejectsUnknownNames_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("empty") << QString();
    QTest::newRow("ssl (not a Kurier name)") << u"ssl"_s;
    QTest::newRow("name with a space") << u" tls"_s;
    QTest::newRow("kerberos") << u"gssapi"_s;
}

void AccountTest::rejectsUnknownNames()
{
    QFETCH(QString, name);
    QVERIFY(!Accounts::securityFromString(name).has_value());
    QVERIFY(!Accounts::authMethodFromString(name).has_value());
}

void AccountTest::defaultPorts_data()
{
    QTest::addColumn<Security>("security");
    QTest::addColumn<int>("port");

    QTest::newRow("implicit TLS: submissions") << Security::ImplicitTls << 465;
    QTest::newRow("STARTTLS: submission") << Security::StartTls << 587;
    QTest::newRow("no encryption: smtp") << Security::None << 25;
}

void AccountTest::defaultPorts()
{
    QFETCH(Security, security);
    QFETCH(int, port);
    QCOMPARE(int(Accounts::defaultPort(security)), port);
}

void AccountTest::validatesIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");

    QTest::newRow("lower-case word") << u"work"_s << true;
    QTest::newRow("derived from an address") << u"ola-wp-pl"_s << true;
    QTest::newRow("digit first") << u"2nd"_s << true;
    QTest::newRow("dots and underscores") << u"a.b_c"_s << true;
    QTest::newRow("64 characters") << QString(64, u'x') << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("65 characters") << QString(65, u'x') << false;
    QTest::newRow("upper case") << u"Work"_s << false;
    QTest::newRow("starts with a dot") << u".work"_s << false;
    QTest::newRow("slash (settings group separator)") << u"a/b"_s << false;
    QTest::newRow("backslash") << u"a\\b"_s << false;
    QTest::newRow("space") << u"a b"_s << false;
    QTest::newRow("trailing line break") << u"work\n"_s << false;
    QTest::newRow("percent (INI escape character)") << u"a%20b"_s << false;
    QTest::newRow("Polish letter") << u"łódź"_s << false;
}

void AccountTest::validatesIds()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(Accounts::isValidAccountId(id), valid);
}

void AccountTest::suggestsIds_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("id");

    QTest::newRow("simple") << u"ola@wp.pl"_s << u"ola-wp-pl"_s;
    QTest::newRow("mixed case and dots") << u"Jan.Kowalski@Example.COM"_s << u"jan-kowalski-example-com"_s;
    QTest::newRow("plus tag") << u"ola+lists@example.com"_s << u"ola-lists-example-com"_s;
    QTest::newRow("Polish letters are spelled without diacritics") << u"żółw@przykład.pl"_s << u"zolw-przyklad-pl"_s;
    QTest::newRow("nothing usable") << u"@@@"_s << u"account"_s;
    QTest::newRow("empty") << QString() << u"account"_s;
}

void AccountTest::suggestsIds()
{
    QFETCH(QString, email);
    QFETCH(QString, id);
    QCOMPARE(Accounts::suggestedAccountId(email), id);
    QVERIFY(Accounts::isValidAccountId(Accounts::suggestedAccountId(email)));
}

void AccountTest::knowsWhichMethodsUsePasswords_data()
{
    QTest::addColumn<AuthMethod>("method");
    QTest::addColumn<bool>("usesPassword");

    QTest::newRow("auto") << AuthMethod::Auto << true;
    QTest::newRow("PLAIN") << AuthMethod::Plain << true;
    QTest::newRow("LOGIN") << AuthMethod::Login << true;
    QTest::newRow("CRAM-MD5") << AuthMethod::CramMd5 << true;
    QTest::newRow("SCRAM-SHA-256") << AuthMethod::ScramSha256 << true;
    QTest::newRow("XOAUTH2") << AuthMethod::XOAuth2 << false;
    QTest::newRow("OAUTHBEARER") << AuthMethod::OAuthBearer << false;
    QTest::newRow("none") << AuthMethod::None << false;
}

void AccountTest::knowsWhichMethodsUsePasswords()
{
    QFETCH(AuthMethod, method);
    QFETCH(bool, usesPassword);
    Account account = validAccount();
    account.authMethod = method;
    QCOMPARE(account.usesPassword(), usesPassword);
}

QTEST_GUILESS_MAIN(AccountTest)
#include "accounttest.moc"
