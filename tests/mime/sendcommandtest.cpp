// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `kurier send ... --dry-run --save FILE` run as a script runs it: the bytes it writes are
// checked by Python's email package (and validate_eml.py where present), every refusal
// has its sysexits status and a sentence naming what is wrong.

#include "../cli/childprocess.h"
#include "emlcheck.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class SendCommandTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void dryRunSavesTheExactMessage();
    void readsTheBodyFromStandardInput();
    void savesToStandardOutput();
    void takesTheSenderFromTheAccount();
    void withoutDryRunTriesToSend();
    void refuses_data();
    void refuses();

private:
    ChildProcess kurier(const QStringList &arguments, const std::optional<QByteArray> &input = std::nullopt,
                        const QString &home = {}) const;
    bool writeFile(const QString &name, const QByteArray &data) const;

    QTemporaryDir m_home;
    QTemporaryDir m_files;
};

void SendCommandTest::initTestCase()
{
    if (QByteArrayLiteral(KURIER_BINARY).isEmpty()) {
        QSKIP("the kurier executable is not built (KURIER_BUILD_UI=OFF)");
    }
    QVERIFY(m_home.isValid());
    QVERIFY(m_files.isValid());
    QVERIFY(writeFile(u"body.txt"_s, "Cześć Bob,\nthe plan is attached.\n\nOla\n"));
    QVERIFY(writeFile(u"body.html"_s, "<p>Cze\xc5\x9b\xc4\x87 <b>Bob</b>, the plan is attached.</p>\n"));
    QVERIFY(writeFile(u"Plan 2026 – wersja końcowa.pdf"_s, "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n%%EOF\n"));
    QVERIFY(writeFile(u"data.csv"_s, "a,b\n1,2\n"));
    QVERIFY(writeFile(u"latin2.txt"_s, "Za\xbf\xf3\xb3\xe6\n"));
    const ChildProcess add = kurier({u"account"_s, u"add"_s, u"ola@kurier.test"_s, u"--name"_s, u"Ola Nowak"_s,
                                     u"--host"_s, u"smtp.kurier.test"_s, u"--security"_s, u"none"_s});
    QVERIFY2(add.finished && add.exitCode == 0, add.err.constData());
}

void SendCommandTest::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

bool SendCommandTest::writeFile(const QString &name, const QByteArray &data) const
{
    QFile file(m_files.filePath(name));
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

ChildProcess SendCommandTest::kurier(const QStringList &arguments, const std::optional<QByteArray> &input,
                                     const QString &home) const
{
    const QString root = home.isEmpty() ? m_home.path() : home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, root + u"/config"_s);
    environment.insert(u"XDG_DATA_HOME"_s, root + u"/data"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.insert(u"LANGUAGE"_s, u"en"_s);
    return ChildProcess::run(QStringLiteral(KURIER_BINARY), arguments, environment, input);
}

void SendCommandTest::dryRunSavesTheExactMessage()
{
    const QString saved = m_files.filePath(u"dry-run.eml"_s);
    const ChildProcess run = kurier({u"send"_s,
                                     u"-f"_s,
                                     u"Ola Nowak <ola@kurier.test>"_s,
                                     u"--to"_s,
                                     u"Bob <bob@kurier.test>"_s,
                                     u"--to"_s,
                                     u"\"Doe, John\" <john@kurier.test>, zoe@bücher.example"_s,
                                     u"--cc"_s,
                                     u"Łucja <lucja@kurier.test>"_s,
                                     u"--bcc"_s,
                                     u"hidden@kurier.test"_s,
                                     u"--subject"_s,
                                     u"Plan na 2026 🎉"_s,
                                     u"--body-file"_s,
                                     m_files.filePath(u"body.txt"_s),
                                     u"--html-file"_s,
                                     m_files.filePath(u"body.html"_s),
                                     u"--attach"_s,
                                     m_files.filePath(u"Plan 2026 – wersja końcowa.pdf"_s),
                                     u"--attach"_s,
                                     m_files.filePath(u"data.csv"_s),
                                     u"--dry-run"_s,
                                     u"--save"_s,
                                     saved});
    QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("not sent (--dry-run)") && run.out.contains("hidden@kurier.test"), run.out.constData());
    const QByteArray eml = readFile(saved);
    QVERIFY(!eml.isEmpty());
    QVERIFY(!eml.contains("hidden@"));
    const QString lines = EmlCheck::lines(eml);
    QVERIFY2(lines.isEmpty(), qPrintable(lines));

    const QJsonObject expected{
        {u"subject"_s, u"Plan na 2026 🎉"_s},
        {u"from"_s, QJsonArray{QJsonArray{u"Ola Nowak"_s, u"ola@kurier.test"_s}}},
        {u"to"_s,
         QJsonArray{QJsonArray{u"Bob"_s, u"bob@kurier.test"_s}, QJsonArray{u"Doe, John"_s, u"john@kurier.test"_s},
                    QJsonArray{QString(), u"zoe@xn--bcher-kva.example"_s}}},
        {u"cc"_s, QJsonArray{QJsonArray{u"Łucja"_s, u"lucja@kurier.test"_s}}},
        {u"text"_s, QString::fromUtf8(readFile(m_files.filePath(u"body.txt"_s)))},
        {u"html"_s, QString::fromUtf8(readFile(m_files.filePath(u"body.html"_s)))},
        {u"absent_headers"_s, QJsonArray{u"Bcc"_s}},
        {u"structure"_s, u"multipart/mixed(multipart/alternative(text/plain,text/html),application/pdf,text/csv)"_s},
        {u"attachments"_s,
         QJsonArray{QJsonObject{{u"filename"_s, u"Plan 2026 – wersja końcowa.pdf"_s},
                                {u"sha256"_s, sha256(readFile(m_files.filePath(u"Plan 2026 – wersja końcowa.pdf"_s)))}},
                    QJsonObject{{u"filename"_s, u"data.csv"_s},
                                {u"sha256"_s, sha256(readFile(m_files.filePath(u"data.csv"_s)))}}}},
    };
    const QString python = EmlCheck::python(u"cli dry-run"_s, eml, expected);
    QVERIFY2(python.isEmpty(), qPrintable(python));
    const QString validator
        = EmlCheck::validator(u"cli dry-run"_s, eml,
                              {u"--expect-header"_s, u"Subject: Plan na 2026 🎉"_s, u"--attachment-sha256"_s,
                               u"data.csv="_s + sha256(readFile(m_files.filePath(u"data.csv"_s)))});
    QVERIFY2(validator.isEmpty(), qPrintable(validator));
}

void SendCommandTest::readsTheBodyFromStandardInput()
{
    const QString saved = m_files.filePath(u"stdin.eml"_s);
    const ChildProcess run = kurier({u"send"_s, u"-f"_s, u"ola@kurier.test"_s, u"--to"_s, u"bob@kurier.test"_s,
                                     u"--subject"_s, u""_s, u"--dry-run"_s, u"--save"_s, saved},
                                    QByteArray("\xef\xbb\xbfLine one\r\nline two – ok\n"));
    QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
    const QString python = EmlCheck::python(u"cli stdin"_s, readFile(saved),
                                            {{u"text"_s, u"Line one\nline two – ok\n"_s}, {u"subject"_s, QString()}});
    QVERIFY2(python.isEmpty(), qPrintable(python));
}

void SendCommandTest::savesToStandardOutput()
{
    const ChildProcess run = kurier({u"send"_s, u"-f"_s, u"ola@kurier.test"_s, u"--to"_s, u"bob@kurier.test"_s,
                                     u"--subject"_s, u"To stdout"_s, u"--dry-run"_s, u"--save"_s, u"-"_s},
                                    QByteArray("Hello\n"));
    QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.startsWith("From: ola@kurier.test\r\n"));
    QVERIFY(!run.out.contains("--dry-run")); // no summary mixed into the message
    const QString python = EmlCheck::python(u"cli stdout"_s, run.out, {{u"subject"_s, u"To stdout"_s}});
    QVERIFY2(python.isEmpty(), qPrintable(python));
}

void SendCommandTest::takesTheSenderFromTheAccount()
{
    const ChildProcess run = kurier({u"send"_s, u"--to"_s, u"bob@kurier.test"_s, u"--subject"_s, u"From the account"_s,
                                     u"--dry-run"_s, u"--save"_s, u"-"_s},
                                    QByteArray("Hi\n"));
    QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.startsWith("From: Ola Nowak <ola@kurier.test>\r\n"), run.out.constData());
    const ChildProcess unknown = kurier(
        {u"send"_s, u"--account"_s, u"nope"_s, u"--to"_s, u"bob@kurier.test"_s, u"--subject"_s, u"x"_s, u"--dry-run"_s},
        QByteArray("Hi\n"));
    QCOMPARE(unknown.exitCode, 64);
    QVERIFY(unknown.err.contains("\"nope\""));

    // Without any account there is no sender unless -f gives one.
    QTemporaryDir empty;
    const ChildProcess none
        = kurier({u"send"_s, u"--to"_s, u"bob@kurier.test"_s, u"--subject"_s, u"x"_s, u"--dry-run"_s},
                 QByteArray("Hi\n"), empty.path());
    QCOMPARE(none.exitCode, 78);
    QVERIFY(none.err.contains("-f"));
}

void SendCommandTest::withoutDryRunTriesToSend()
{
    // The account's server (smtp.kurier.test) does not resolve here: sending fails with the
    // sysexits status for an unknown host, after --save wrote what would have been sent.
    const QString saved = m_files.filePath(u"not-sent.eml"_s);
    const ChildProcess run = kurier({u"send"_s, u"-f"_s, u"ola@kurier.test"_s, u"--to"_s, u"bob@kurier.test"_s,
                                     u"--subject"_s, u"x"_s, u"--save"_s, saved},
                                    QByteArray("Hi\n"));
    QCOMPARE(run.exitCode, 68);
    QVERIFY2(run.err.contains("Not sent"), run.err.constData());
    QVERIFY(!readFile(saved).isEmpty());
}

void SendCommandTest::refuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("named");

    const QStringList base{u"send"_s, u"-f"_s, u"ola@kurier.test"_s, u"--dry-run"_s};
    QTest::newRow("bad --to names the address")
        << base + QStringList{u"--to"_s, u"bob@kurier.test, carol@"_s, u"--subject"_s, u"x"_s} << QByteArray("x") << 65
        << u"\"carol@\""_s;
    QTest::newRow("bad -f") << QStringList{u"send"_s,          u"-f"_s,        u"Ola <ola@>"_s, u"--to"_s,
                                           u"b@kurier.test"_s, u"--subject"_s, u"x"_s,          u"--dry-run"_s}
                            << QByteArray("x") << 65 << u"ola@"_s;
    QTest::newRow("no subject") << base + QStringList{u"--to"_s, u"b@kurier.test"_s} << QByteArray("x") << 64
                                << u"--subject"_s;
    QTest::newRow("no recipients") << base + QStringList{u"--subject"_s, u"x"_s} << QByteArray("x") << 64 << u"--to"_s;
    QTest::newRow("missing attachment") << base
            + QStringList{u"--to"_s, u"b@kurier.test"_s, u"--subject"_s, u"x"_s, u"--attach"_s, u"/nonexistent/a.pdf"_s}
                                        << QByteArray("x") << 74 << u"/nonexistent/a.pdf"_s;
    QTest::newRow("body that is not UTF-8")
        << base + QStringList{u"--to"_s, u"b@kurier.test"_s, u"--subject"_s,
                              u"x"_s,    u"--body-file"_s,   QString() /* filled in below */}
        << QByteArray() << 65 << u"UTF-8"_s;
    QTest::newRow("non-ASCII local part needs SMTPUTF8")
        << base + QStringList{u"--to"_s, u"jøran@example.com"_s, u"--subject"_s, u"x"_s} << QByteArray("x") << 65
        << u"\"jøran@example.com\""_s;
    QTest::newRow("sendmail form without recipients")
        << QStringList{u"send"_s, u"-f"_s, u"ola@kurier.test"_s} << QByteArray("Subject: x\n\nx\n") << 64 << u"-t"_s;
    QTest::newRow("bare recipients mixed with the compose form")
        << base + QStringList{u"--to"_s, u"b@kurier.test"_s, u"--subject"_s, u"x"_s, u"c@kurier.test"_s}
        << QByteArray("x") << 64 << u"--to"_s;
}

void SendCommandTest::refuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, named);
    if (!arguments.isEmpty() && arguments.last().isEmpty()) {
        arguments.last() = m_files.filePath(u"latin2.txt"_s);
    }
    const ChildProcess run = kurier(arguments, input);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, exitCode);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(named), qPrintable(err));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(SendCommandTest)
#include "sendcommandtest.moc"
