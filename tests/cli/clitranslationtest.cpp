// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The command line speaks the user's language: with a Polish locale, `kurier --help` and
// the errors come from the Polish catalogue compiled into the binary.

#include "tests/cli/childprocess.h"

#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class CliTranslationTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void speaksPolish_data();
    void speaksPolish();

private:
    QTemporaryDir m_root;
};

void CliTranslationTest::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(KURIER_BINARY)).isExecutable(), "the kurier binary has not been built");
    QVERIFY(m_root.isValid());
}

void CliTranslationTest::speaksPolish_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("onStderr");
    QTest::addColumn<QString>("polish"); // a word only the Polish catalogue has

    QTest::newRow("kurier --help") << QStringList{u"--help"_s} << 0 << false << u"Użycie"_s;
    QTest::newRow("kurier account add --help")
        << QStringList{u"account"_s, u"add"_s, u"--help"_s} << 0 << false << u"hasło"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << 64 << true << u"polecenie"_s;
}

void CliTranslationTest::speaksPolish()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(bool, onStderr);
    QFETCH(QString, polish);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"pl_PL.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, QString());
    env.insert(u"LC_ALL"_s, QString());
    env.remove(u"LC_MESSAGES"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, m_root.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_root.filePath(u"data"_s));
    env.insert(u"HOME"_s, m_root.path());
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);

    const ChildProcess run = ChildProcess::run(QStringLiteral(KURIER_BINARY), arguments, env);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, exitCode);
    const QString text = QString::fromUtf8(onStderr ? run.err : run.out);
    QVERIFY2(text.contains(polish, Qt::CaseInsensitive), qPrintable(text));
}

QTEST_GUILESS_MAIN(CliTranslationTest)
#include "clitranslationtest.moc"
