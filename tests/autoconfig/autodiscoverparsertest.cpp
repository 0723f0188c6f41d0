// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoconfig/autodiscoverparser.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using Autoconfig::AutodiscoverParser;
using Autoconfig::Security;
using Action = Autoconfig::AutodiscoverParser::Response::Action;

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

const QString Address = QStringLiteral("ola@corp.test");

} // namespace

class AutodiscoverParserTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void readsSmtpBlocks()
    {
        const AutodiscoverParser::Result result
            = AutodiscoverParser::parse(fixture(QStringLiteral("autodiscover-settings.xml")), Address);
        QCOMPARE(result.error, AutodiscoverParser::Error::None);
        QCOMPARE(result.response->action, Action::Settings);
        QCOMPARE(result.response->displayName, QStringLiteral("Ola Nowak"));
        // IMAP is not ours, and the SPA (NTLM) block is of no use to Kurier.
        QCOMPARE(result.response->smtpServers.size(), 2);
        const Autoconfig::OutgoingServer &first = result.response->smtpServers[0];
        QCOMPARE(first.hostname, QStringLiteral("smtp.corp.test"));
        QCOMPARE(first.port, quint16(587));
        QCOMPARE(first.security, Security::StartTls);
        QCOMPARE(first.username, QStringLiteral("ola.nowak"));
        const Autoconfig::OutgoingServer &second = result.response->smtpServers[1];
        QCOMPARE(second.security, Security::ImplicitTls);
        QCOMPARE(second.username, Address);
    }

    void readsRedirects_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<AutodiscoverParser::Error>("error");
        QTest::addColumn<QString>("target");
        QTest::newRow("to another address")
            << u"autodiscover-redirect-addr.xml"_s << AutodiscoverParser::Error::None << u"ola@tenant.corp.test"_s;
        QTest::newRow("to another https url") << u"autodiscover-redirect-url.xml"_s << AutodiscoverParser::Error::None
                                              << u"https://autodiscover.hoster.test/autodiscover/autodiscover.xml"_s;
        QTest::newRow("to a plain http url is refused")
            << u"autodiscover-redirect-http.xml"_s << AutodiscoverParser::Error::Refused << u""_s;
        QTest::newRow("server error") << u"autodiscover-error.xml"_s << AutodiscoverParser::Error::ServerError << u""_s;
        QTest::newRow("a clientConfig is not autodiscover")
            << u"minimal.xml"_s << AutodiscoverParser::Error::NotAutodiscover << u""_s;
        QTest::newRow("billion laughs") << u"billion-laughs.xml"_s << AutodiscoverParser::Error::Refused << u""_s;
        QTest::newRow("truncated") << u"autodiscover-truncated.xml"_s << AutodiscoverParser::Error::NotWellFormed
                                   << u""_s;
    }

    void readsRedirects()
    {
        QFETCH(QString, file);
        QFETCH(AutodiscoverParser::Error, error);
        QFETCH(QString, target);
        const AutodiscoverParser::Result result = AutodiscoverParser::parse(fixture(file), Address);
        QCOMPARE(result.error, error);
        if (error != AutodiscoverParser::Error::None) {
            QVERIFY(!result.response);
            return;
        }
        if (result.response->action == Action::RedirectAddress) {
            QCOMPARE(result.response->redirectAddress, target);
        } else {
            QCOMPARE(result.response->action, Action::RedirectUrl);
            QCOMPARE(result.response->redirectUrl.toString(), target);
        }
    }

    void refusesOversizedResponses()
    {
        QByteArray document = fixture(QStringLiteral("autodiscover-settings.xml"));
        document.append(QByteArray(AutodiscoverParser::MaxBytes, ' '));
        QCOMPARE(AutodiscoverParser::parse(document, Address).error, AutodiscoverParser::Error::TooLarge);
    }
};

QTEST_GUILESS_MAIN(AutodiscoverParserTest)
#include "autodiscoverparsertest.moc"
