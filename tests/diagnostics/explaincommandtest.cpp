// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace
{

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// `language` sets LANG with no LC_* overriding it, the way a user's session does.
Run runKurier(const QStringList &arguments, const std::optional<QByteArray> &input, const QString &language,
              const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LC_ALL"));
    environment.remove(QStringLiteral("LC_MESSAGES"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("LANG"), language);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home);
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(KURIER_BINARY), arguments);
    Run run;
    if (!process.waitForStarted(10000)) {
        return run;
    }
    if (input) {
        process.write(*input);
    }
    process.closeWriteChannel();
    if (finished.isEmpty() && !finished.wait(30000)) {
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

// `kurier explain` end to end through the real executable: the JSON contract, standard input,
// the user's language, and usage errors.
class ExplainCommandTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void printsTheJsonContract();
    void readsAMultiLineReplyFromStandardInput();
    void speaksTheUsersLanguage();
    void joinsArgumentsIntoOneReply();
    void refusesEmptyInput();
    void hasHelp();

private:
    QTemporaryDir m_home;
};

void ExplainCommandTest::initTestCase()
{
    QVERIFY2(QByteArray(KURIER_BINARY).size() > 0, "tests need the kurier executable (KURIER_BUILD_UI=ON)");
    QVERIFY(m_home.isValid());
}

void ExplainCommandTest::printsTheJsonContract()
{
    const Run run = runKurier({QStringLiteral("explain"), QStringLiteral("--json"),
                               QStringLiteral("535 5.7.139 Authentication unsuccessful, basic authentication is "
                                              "disabled. [PN0PR01CA0024.INDPRD01.PROD.OUTLOOK.COM]")},
                              std::nullopt, QStringLiteral("C.UTF-8"), m_home.path());
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(), run.out.constData());
    const QJsonObject json = document.object();
    QCOMPARE(json.value(QLatin1String("category")).toString(), QStringLiteral("oauth-required"));
    QVERIFY(json.value(QLatin1String("retryable")).isBool());
    QCOMPARE(json.value(QLatin1String("retryable")).toBool(), false);
    QVERIFY(!json.value(QLatin1String("title")).toString().isEmpty());
    QVERIFY(!json.value(QLatin1String("explanation")).toString().isEmpty());
    QCOMPARE(json.value(QLatin1String("reply_code")).toInt(), 535);
    QCOMPARE(json.value(QLatin1String("enhanced_code")).toString(), QStringLiteral("5.7.139"));
    QVERIFY(json.value(QLatin1String("server_text")).toString().startsWith(QLatin1String("535 5.7.139")));
    const QJsonArray actions = json.value(QLatin1String("actions")).toArray();
    QVERIFY(!actions.isEmpty());
    QCOMPARE(actions.first().toObject().value(QLatin1String("id")).toString(), QStringLiteral("switch-to-oauth"));
    for (const QJsonValue &action : actions) {
        QVERIFY(!action.toObject().value(QLatin1String("id")).toString().isEmpty());
        QVERIFY(!action.toObject().value(QLatin1String("text")).toString().isEmpty());
    }
    QVERIFY(run.err.isEmpty());
}

void ExplainCommandTest::readsAMultiLineReplyFromStandardInput()
{
    const QByteArray reply = "534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1&scc=1&plt=AKgnsbs7\r\n"
                             "534-5.7.14 x1DeI0bGyNqNHRRUuucw0k95Ph-CY> Please log in via your web browser and\r\n"
                             "534-5.7.14 then try again.\r\n"
                             "534 5.7.14  https://support.google.com/mail/answer/78754 100sm8943270iot.39 - gsmtp\r\n";
    const Run run = runKurier({QStringLiteral("explain"), QStringLiteral("--json")}, reply, QStringLiteral("C.UTF-8"),
                              m_home.path());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QLatin1String("category")).toString(), QStringLiteral("web-login-required"));
    QCOMPARE(json.value(QLatin1String("enhanced_code")).toString(), QStringLiteral("5.7.14"));
    QCOMPARE(json.value(QLatin1String("provider")).toString(), QStringLiteral("gmail"));
}

void ExplainCommandTest::speaksTheUsersLanguage()
{
    const QStringList arguments{QStringLiteral("explain"),
                                QStringLiteral("552 5.3.4 Message size exceeds fixed limit")};
    const Run polish = runKurier(arguments, std::nullopt, QStringLiteral("pl_PL.UTF-8"), m_home.path());
    QCOMPARE(polish.exitCode, 0);
    const QString text = QString::fromUtf8(polish.out);
    QVERIFY2(text.startsWith(QStringLiteral("Wiadomość jest za duża dla tego serwera")), polish.out.constData());
    QVERIFY(text.contains(QStringLiteral("552 5.3.4 Message size exceeds fixed limit")));

    const Run english = runKurier(arguments, std::nullopt, QStringLiteral("en_GB.UTF-8"), m_home.path());
    QCOMPARE(english.exitCode, 0);
    QVERIFY2(english.out.startsWith("The message is too large for this server"), english.out.constData());
}

void ExplainCommandTest::joinsArgumentsIntoOneReply()
{
    const Run run = runKurier({QStringLiteral("explain"), QStringLiteral("--json"), QStringLiteral("535"),
                               QStringLiteral("Incorrect"), QStringLiteral("authentication"), QStringLiteral("data")},
                              std::nullopt, QStringLiteral("C.UTF-8"), m_home.path());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QLatin1String("server_text")).toString(), QStringLiteral("535 Incorrect authentication data"));
    QCOMPARE(json.value(QLatin1String("category")).toString(), QStringLiteral("wrong-credentials"));
}

void ExplainCommandTest::refusesEmptyInput()
{
    const Run run
        = runKurier({QStringLiteral("explain")}, QByteArray("\n  \n"), QStringLiteral("C.UTF-8"), m_home.path());
    QCOMPARE(run.exitCode, 64);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.isEmpty());
}

void ExplainCommandTest::hasHelp()
{
    const Run run = runKurier({QStringLiteral("explain"), QStringLiteral("--help")}, std::nullopt,
                              QStringLiteral("C.UTF-8"), m_home.path());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("--json"));
    const Run main = runKurier({QStringLiteral("--help")}, std::nullopt, QStringLiteral("C.UTF-8"), m_home.path());
    QVERIFY(main.out.contains("explain"));
}

QTEST_GUILESS_MAIN(ExplainCommandTest)
#include "explaincommandtest.moc"
