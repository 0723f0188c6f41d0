// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/localdnsserver.h"

#include <QDnsLookup>
#include <QSignalSpy>
#include <QTest>

// The DNS test server answers exactly what it was given; other tests rely on that.
class LocalDnsServerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_server.addMx(QStringLiteral("custom.test"), QStringLiteral("mx1.bigprovider.test"), 10);
        m_server.addMx(QStringLiteral("custom.test"), QStringLiteral("mx2.bigprovider.test"), 20);
        m_server.addSrv(QStringLiteral("_submissions._tcp.srv.test"), QStringLiteral("mail.srv.test"), 465);
        m_server.addTxt(QStringLiteral("custom.test"), {QStringLiteral("v=spf1 mx -all")});
        m_server.addTxt(QStringLiteral("_dmarc.custom.test"), {QStringLiteral("v=DMARC1; p=reject, sp=none")});
        m_server.addAddress(QStringLiteral("mail.srv.test"), QHostAddress(QStringLiteral("127.0.53.2")));
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void answersMx()
    {
        QDnsLookup lookup(QDnsLookup::MX, QStringLiteral("custom.test"), m_server.address());
        QSignalSpy finished(&lookup, &QDnsLookup::finished);
        lookup.lookup();
        QVERIFY(finished.wait(5000));
        QCOMPARE(lookup.error(), QDnsLookup::NoError);
        QCOMPARE(lookup.mailExchangeRecords().size(), 2);
        QCOMPARE(lookup.mailExchangeRecords().first().exchange(), QStringLiteral("mx1.bigprovider.test"));
    }

    void answersSrvTxtAndAddresses()
    {
        QDnsLookup srv(QDnsLookup::SRV, QStringLiteral("_submissions._tcp.srv.test"), m_server.address());
        QDnsLookup txt(QDnsLookup::TXT, QStringLiteral("_dmarc.custom.test"), m_server.address());
        QDnsLookup a(QDnsLookup::A, QStringLiteral("mail.srv.test"), m_server.address());
        srv.lookup();
        txt.lookup();
        a.lookup();
        QTRY_VERIFY_WITH_TIMEOUT(srv.isFinished() && txt.isFinished() && a.isFinished(), 5000);
        QCOMPARE(srv.serviceRecords().size(), 1);
        QCOMPARE(srv.serviceRecords().first().target(), QStringLiteral("mail.srv.test"));
        QCOMPARE(srv.serviceRecords().first().port(), quint16(465));
        QCOMPARE(txt.textRecords().size(), 1);
        QCOMPARE(txt.textRecords().first().values().join(), QByteArray("v=DMARC1; p=reject, sp=none"));
        QCOMPARE(a.hostAddressRecords().first().value(), QHostAddress(QStringLiteral("127.0.53.2")));
    }

    void saysNxdomainForUnknownNames()
    {
        QDnsLookup lookup(QDnsLookup::MX, QStringLiteral("nothing-here.test"), m_server.address());
        QSignalSpy finished(&lookup, &QDnsLookup::finished);
        lookup.lookup();
        QVERIFY(finished.wait(5000));
        QCOMPARE(lookup.error(), QDnsLookup::NotFoundError);
    }

private:
    LocalDnsServer m_server{QHostAddress(QStringLiteral("127.0.53.1"))};
};

QTEST_GUILESS_MAIN(LocalDnsServerTest)
#include "localdnsservertest.moc"
