// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoconfig/configparser.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using Autoconfig::Authentication;
using Autoconfig::ConfigParser;
using Autoconfig::Security;

namespace
{

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(KURIER_TEST_DATA_DIR "/autoconfig/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", qPrintable(name));
    }
    return file.readAll();
}

QByteArray nested(int depth)
{
    QByteArray xml = "<clientConfig><emailProvider id=\"deep.test\"><domain>deep.test</domain>";
    for (int i = 0; i < depth; ++i) {
        xml += "<x>";
    }
    for (int i = 0; i < depth; ++i) {
        xml += "</x>";
    }
    return xml + "</emailProvider></clientConfig>";
}

} // namespace

class ConfigParserTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void readsMinimalFile()
    {
        const ConfigParser::Result result = ConfigParser::parse(fixture(QStringLiteral("minimal.xml")));
        QCOMPARE(result.error, ConfigParser::Error::None);
        QVERIFY(result.config);
        QCOMPARE(result.config->id, QStringLiteral("example.test"));
        QCOMPARE(result.config->domains, QStringList{QStringLiteral("example.test")});
        QCOMPARE(result.config->outgoingServers.size(), 1);
        const Autoconfig::OutgoingServer &server = result.config->outgoingServers.first();
        QCOMPARE(server.hostname, QStringLiteral("smtp.example.test"));
        QCOMPARE(server.port, quint16(465));
        QCOMPARE(server.security, Security::ImplicitTls);
        QCOMPARE(server.authentications, QList<Authentication>{Authentication::PasswordCleartext});
        QCOMPARE(server.username, QStringLiteral("%EMAILADDRESS%"));
        QVERIFY(result.ignored.isEmpty());
    }

    void readsEveryPart()
    {
        const ConfigParser::Result result = ConfigParser::parse(fixture(QStringLiteral("full.xml")));
        QCOMPARE(result.error, ConfigParser::Error::None);
        const Autoconfig::ProviderConfig &config = *result.config;
        QCOMPARE(config.domains, (QStringList{QStringLiteral("full.test"), QStringLiteral("full-alias.test")}));
        QCOMPARE(config.displayShortName, QStringLiteral("Full"));
        QCOMPARE(config.outgoingServers.size(), 2);
        // Unknown methods are skipped, the known ones keep the provider's order.
        QCOMPARE(config.outgoingServers[0].authentications,
                 (QList<Authentication>{Authentication::OAuth2, Authentication::PasswordCleartext}));
        QCOMPARE(config.outgoingServers[1].security, Security::StartTls);
        QCOMPARE(config.outgoingServers[1].authentications,
                 (QList<Authentication>{Authentication::PasswordEncrypted, Authentication::PasswordCleartext}));
        QVERIFY(config.offersOAuth2());
        QCOMPARE(config.enableHints.size(), 1);
        QCOMPARE(config.enableHints[0].visitUrl, QUrl(QStringLiteral("https://settings.full.test/smtp")));
        QCOMPARE(Autoconfig::pickText(config.enableHints[0].instructions, QStringLiteral("pl")),
                 QStringLiteral("Najpierw włącz dostęp SMTP w ustawieniach."));
        QCOMPARE(Autoconfig::pickText(config.enableHints[0].instructions, QStringLiteral("de")),
                 QStringLiteral("Allow SMTP access in the settings first."));
        QCOMPARE(config.documentation.size(), 1); // the javascript: link is dropped
        QCOMPARE(Autoconfig::pickText(config.documentation[0].descriptions, QStringLiteral("en")),
                 QStringLiteral("Setting up a mail program"));
        QVERIFY(config.oauth2);
        QCOMPARE(config.oauth2->issuer, QStringLiteral("auth.full.test"));
        QCOMPARE(config.oauth2->tokenUrl, QUrl(QStringLiteral("https://auth.full.test/token")));
    }

    void skipsOnlyTheInvalidSections()
    {
        const ConfigParser::Result result = ConfigParser::parse(fixture(QStringLiteral("invalid-sections.xml")));
        QCOMPARE(result.error, ConfigParser::Error::None);
        QCOMPARE(result.config->outgoingServers.size(), 1);
        QCOMPARE(result.config->outgoingServers[0].hostname, QStringLiteral("good.mixed.test"));
        QCOMPARE(result.config->outgoingServers[0].security, Security::StartTls);
        QCOMPARE(result.ignored.size(), 5);
    }

    void refusesDocuments_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<ConfigParser::Error>("error");
        QTest::newRow("billion laughs") << fixture(QStringLiteral("billion-laughs.xml"))
                                        << ConfigParser::Error::DocumentTypeDeclaration;
        QTest::newRow("external entity") << fixture(QStringLiteral("external-entity.xml"))
                                         << ConfigParser::Error::DocumentTypeDeclaration;
        QTest::newRow("undeclared entity")
            << fixture(QStringLiteral("undeclared-entity.xml")) << ConfigParser::Error::NotWellFormed;
        QTest::newRow("truncated") << fixture(QStringLiteral("truncated.xml")) << ConfigParser::Error::NotWellFormed;
        QTest::newRow("html page") << fixture(QStringLiteral("html-page.xml")) << ConfigParser::Error::NotClientConfig;
        QTest::newRow("no provider") << fixture(QStringLiteral("no-provider.xml"))
                                     << ConfigParser::Error::NoEmailProvider;
        QTest::newRow("no domain") << fixture(QStringLiteral("no-domain.xml")) << ConfigParser::Error::NoValidDomain;
        QTest::newRow("only kerberos") << fixture(QStringLiteral("no-usable-server.xml"))
                                       << ConfigParser::Error::NoUsableOutgoingServer;
        QTest::newRow("empty") << QByteArray() << ConfigParser::Error::NotWellFormed;
        QTest::newRow("binary junk") << QByteArray("\x00\xff\xfe<\x01", 5) << ConfigParser::Error::NotWellFormed;
        QTest::newRow("nested 1000 deep") << nested(1000) << ConfigParser::Error::TooDeep;
        QTest::newRow("oversized (1 MiB)")
            << fixture(QStringLiteral("minimal.xml")).append(QByteArray(1 << 20, ' ')) << ConfigParser::Error::TooLarge;
        QByteArray manyElements = "<clientConfig><emailProvider>";
        for (int i = 0; i < 30000; ++i) {
            manyElements += "<a/>";
        }
        QTest::newRow("30000 elements") << manyElements.append("</emailProvider></clientConfig>")
                                        << ConfigParser::Error::TooManyElements;
        QTest::newRow("trailing garbage")
            << fixture(QStringLiteral("minimal.xml")).append("<second/>") << ConfigParser::Error::NotWellFormed;
    }

    void refusesDocuments()
    {
        QFETCH(QByteArray, document);
        QFETCH(ConfigParser::Error, error);
        const ConfigParser::Result result = ConfigParser::parse(document);
        QCOMPARE(result.error, error);
        QVERIFY(!result.config);
    }

    void replacesPlaceholders_data()
    {
        QTest::addColumn<QString>("hostname");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("expectedHost");
        QTest::addColumn<QString>("expectedUser");
        QTest::newRow("full address") << u"smtp.wp.pl"_s << u"%EMAILADDRESS%"_s << u"ola@wp.pl"_s << u"smtp.wp.pl"_s
                                      << u"ola@wp.pl"_s;
        QTest::newRow("local part") << u"smtp.wp.pl"_s << u"%EMAILLOCALPART%"_s << u"ola@wp.pl"_s << u"smtp.wp.pl"_s
                                    << u"ola"_s;
        QTest::newRow("domain in host name") << u"%EMAILDOMAIN%"_s << u"%EMAILLOCALPART%.%EMAILDOMAIN%"_s
                                             << u"jan@Mail.EE"_s << u"mail.ee"_s << u"jan.mail.ee"_s;
        QTest::newRow("every occurrence") << u"smtp.%EMAILDOMAIN%"_s << u"%EMAILLOCALPART%-%EMAILLOCALPART%"_s
                                          << u"a@b.test"_s << u"smtp.b.test"_s << u"a-a"_s;
        QTest::newRow("missing user name means the address")
            << u"smtp.b.test"_s << u""_s << u"a@b.test"_s << u"smtp.b.test"_s << u"a@b.test"_s;
        QTest::newRow("IDN domain goes out as A-label")
            << u"smtp.%EMAILDOMAIN%"_s << u"%EMAILADDRESS%"_s << u"zażółć@gęślą.pl"_s << u"smtp.xn--gl-qla2f4p.pl"_s
            << u"zażółć@gęślą.pl"_s;
        QTest::newRow("local part with @ inside quotes keeps the last @")
            << u"smtp.%EMAILDOMAIN%"_s << u"%EMAILLOCALPART%"_s << u"\"a@b\"@c.test"_s << u"smtp.c.test"_s
            << u"\"a@b\""_s;
    }

    void replacesPlaceholders()
    {
        QFETCH(QString, hostname);
        QFETCH(QString, username);
        QFETCH(QString, address);
        QFETCH(QString, expectedHost);
        QFETCH(QString, expectedUser);
        Autoconfig::ProviderConfig config;
        Autoconfig::OutgoingServer server;
        server.hostname = hostname;
        server.port = 465;
        server.authentications = {Authentication::PasswordCleartext};
        server.username = username;
        config.outgoingServers = {server};
        const Autoconfig::ProviderConfig resolved = config.forAddress(address);
        QCOMPARE(resolved.outgoingServers.size(), 1);
        QCOMPARE(resolved.outgoingServers[0].hostname, expectedHost);
        QCOMPARE(resolved.outgoingServers[0].username, expectedUser);
    }

    void dropsServersWhoseHostBecomesInvalid()
    {
        Autoconfig::ProviderConfig config;
        config.outgoingServers = {{QStringLiteral("%EMAILLOCALPART%.example.test"),
                                   465,
                                   Security::ImplicitTls,
                                   {Authentication::PasswordCleartext},
                                   QString()}};
        QVERIFY(config.forAddress(QStringLiteral("a b@example.test")).outgoingServers.isEmpty());
    }

    // The real ISP database, when the shared folder is beside the project (it is not in CI clones
    // without it): every file must parse and offer at least one outgoing server.
    void parsesEveryIspdbFile()
    {
        const QDir ispdb(QStringLiteral(KURIER_SHARED_DIR "/ispdb"));
        const QStringList files = ispdb.entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name);
        if (files.isEmpty()) {
            QSKIP("the shared ISPDB snapshot is not present");
        }
        int servers = 0;
        for (const QString &name : files) {
            QFile file(ispdb.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const ConfigParser::Result result = ConfigParser::parse(file.readAll());
            QVERIFY2(result.error == ConfigParser::Error::None, qPrintable(name + QLatin1Char(' ') + result.detail));
            QVERIFY2(!result.config->domains.isEmpty(), qPrintable(name));
            const Autoconfig::ProviderConfig forUser
                = result.config->forAddress(QStringLiteral("ola@") + result.config->domains.first());
            QVERIFY2(!forUser.outgoingServers.isEmpty(), qPrintable(name));
            servers += int(forUser.outgoingServers.size());
        }
        QCOMPARE(files.size(), 163);
        QCOMPARE(servers, 202); // every <outgoingServer type="smtp"> in the snapshot is usable

        QFile wp(ispdb.filePath(QStringLiteral("wp.pl.xml")));
        QVERIFY(wp.open(QIODevice::ReadOnly));
        const Autoconfig::ProviderConfig config
            = ConfigParser::parse(wp.readAll()).config->forAddress(QStringLiteral("ola@wp.pl"));
        QCOMPARE(config.outgoingServers[0].hostname, QStringLiteral("smtp.wp.pl"));
        QCOMPARE(config.outgoingServers[0].port, quint16(465));
        QCOMPARE(config.outgoingServers[0].security, Security::ImplicitTls);
        QCOMPARE(config.outgoingServers[0].username, QStringLiteral("ola"));
    }
};

QTEST_GUILESS_MAIN(ConfigParserTest)
#include "configparsertest.moc"
