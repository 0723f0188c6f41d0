// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/troubleshooting/diagnosticsreport.h"

#include <QTest>

namespace
{

const QString password = QStringLiteral("Tr0ub4dor&3");
const QString userName = QStringLiteral("ola@example.com");

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QString plainPayload()
{
    return base64(QByteArray(1, '\0') + userName.toUtf8() + QByteArray(1, '\0') + password.toUtf8());
}

} // namespace

class DiagnosticsReportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masksSecrets_data();
    void masksSecrets();
    void keepsOrdinaryText();
    void buildsSections();
};

void DiagnosticsReportTest::masksSecrets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("secrets");

    QTest::newRow("password in a server's echo")
        << QStringLiteral("12:00:00.000 TLS S: 535 5.7.8 bad password ") + password << QStringList{password};
    QTest::newRow("AUTH PLAIN initial response")
        << QStringLiteral("12:00:00.000 TLS C: AUTH PLAIN ") + plainPayload() << QStringList{password};
    QTest::newRow("AUTH PLAIN payload without padding")
        << QStringLiteral("C: AUTH PLAIN ") + plainPayload().remove(QLatin1Char('=')) << QStringList{password};
    QTest::newRow("AUTH LOGIN answer after 334")
        << QStringLiteral("12:00:00.000 TLS S: 334 UGFzc3dvcmQ6\n12:00:00.001 TLS C: ") + base64(password.toUtf8())
        << QStringList{password};
    QTest::newRow("unknown secret in an AUTH line")
        << QStringLiteral("12:00:00.000 TLS C: AUTH XOAUTH2 dXNlcj1v") << QStringList{};
}

void DiagnosticsReportTest::masksSecrets()
{
    QFETCH(QString, text);
    QFETCH(QStringList, secrets);

    const QString scrubbed = DiagnosticsReport::scrubbed(text, secrets, userName);
    QVERIFY(!DiagnosticsReport::containsSecret(scrubbed, {password}, userName));
    QVERIFY(scrubbed.contains(DiagnosticsReport::mask()));
    QVERIFY(!scrubbed.contains(QStringLiteral("dXNlcj1v")));
}

void DiagnosticsReportTest::keepsOrdinaryText()
{
    const QString text = QStringLiteral("12:00:00.000     S: 220 mail.example.com ESMTP\n"
                                        "12:00:00.001 TLS C: AUTH PLAIN [initial response redacted]\n"
                                        "12:00:00.002 TLS S: 334 [challenge redacted]\n"
                                        "12:00:00.003 TLS C: [response redacted]\n"
                                        "12:00:00.004 TLS S: 235 2.7.0 Authentication successful");
    QCOMPARE(DiagnosticsReport::scrubbed(text, {password}, userName), text);
    // Secrets too short to be told from ordinary words are not searched for.
    QCOMPARE(DiagnosticsReport::scrubbed(QStringLiteral("S: 250 ok"), {QStringLiteral("ok")}),
             QStringLiteral("S: 250 ok"));
}

void DiagnosticsReportTest::buildsSections()
{
    DiagnosticsReport report;
    report.addSection(QStringLiteral("Account"), {QStringLiteral("Server: smtp.example.com, port 587")});
    report.addSection(QStringLiteral("Transcript"), {QStringLiteral("a"), QStringLiteral("b")});
    QCOMPARE(report.text(),
             QStringLiteral("== Account ==\nServer: smtp.example.com, port 587\n\n"
                            "== Transcript ==\na\nb\n"));
}

QTEST_MAIN(DiagnosticsReportTest)
#include "diagnosticsreporttest.moc"
