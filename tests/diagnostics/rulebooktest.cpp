// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/diagnostics/rulebook.h"

#include <QSet>
#include <QTest>

using namespace Diagnostics;

// The rule table shipped as a resource: complete in English and Polish, every rule sourced,
// every category and action covered, and broken tables reported rather than half-read.
class RuleBookTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInTableIsClean();
    void everyTextHasEnglishAndPolish();
    void everyCategoryAndActionHasItsTexts();
    void everyCategoryHasARule();
    void everyRuleHasAPublicSource();
    void knowsTheProviders();
    void rulesAreTriedByLevel();
    void brokenTablesAreReported_data();
    void brokenTablesAreReported();
};

void RuleBookTest::builtInTableIsClean()
{
    const QStringList problems = RuleBook::builtIn().problems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(RuleBook::builtIn().rules().size() > 60);
}

void RuleBookTest::everyTextHasEnglishAndPolish()
{
    const auto texts = RuleBook::builtIn().allTexts();
    QVERIFY(texts.size() > 80);
    for (const auto &[where, text] : texts) {
        QVERIFY2(!text.english.trimmed().isEmpty(), qPrintable(where + QLatin1String(" has no English")));
        QVERIFY2(!text.polish.trimmed().isEmpty(), qPrintable(where + QLatin1String(" has no Polish")));
        QVERIFY2(text.english != text.polish || text.english.contains(QLatin1Char('{')),
                 qPrintable(where + QLatin1String(": the Polish text is the English one")));
        QCOMPARE(LocalizedText::placeholders(text.polish), LocalizedText::placeholders(text.english));
    }
}

void RuleBookTest::everyCategoryAndActionHasItsTexts()
{
    const RuleBook &book = RuleBook::builtIn();
    for (const Category category : allCategories()) {
        const RuleBook::CategoryEntry *entry = book.category(category);
        QVERIFY2(entry, qPrintable(categoryId(category)));
        QVERIFY2(entry->title.isComplete() && entry->explanation.isComplete(), qPrintable(categoryId(category)));
        QVERIFY2(!entry->actions.isEmpty(), qPrintable(categoryId(category) + QLatin1String(" suggests nothing")));
    }
    for (const SuggestedAction::Kind kind : SuggestedAction::allKinds()) {
        QVERIFY2(book.actionText(kind).isComplete(), qPrintable(SuggestedAction::id(kind)));
        QVERIFY(SuggestedAction::fromId(SuggestedAction::id(kind)) == kind);
    }
    for (const char *detail : {"provider", "server", "server-host", "certificate-names", "certificate-validity",
                               "certificate-issuer", "error"}) {
        QVERIFY2(book.detail(QLatin1String(detail)).isComplete(), detail);
    }
}

void RuleBookTest::everyCategoryHasARule()
{
    QSet<Category> covered;
    for (const RuleBook::Rule &rule : RuleBook::builtIn().rules()) {
        covered.insert(rule.category);
    }
    for (const Category category : allCategories()) {
        QVERIFY2(covered.contains(category), qPrintable(categoryId(category)));
    }
}

void RuleBookTest::everyRuleHasAPublicSource()
{
    for (const RuleBook::Rule &rule : RuleBook::builtIn().rules()) {
        QVERIFY2(rule.source.isValid() && rule.source.scheme() == QLatin1String("https")
                     && !rule.source.host().isEmpty(),
                 qPrintable(rule.id));
    }
}

void RuleBookTest::knowsTheProviders()
{
    const RuleBook &book = RuleBook::builtIn();
    for (const char *id :
         {"gmail", "microsoft", "yahoo", "icloud", "gmx", "webde", "fastmail", "zoho", "wp", "o2", "onet", "interia"}) {
        const RuleBook::Provider *provider = book.provider(QLatin1String(id));
        QVERIFY2(provider, id);
        QVERIFY(!provider->hosts.isEmpty());
        QVERIFY(provider->isRecognisedIn(provider->hosts.first().startsWith(QLatin1String("*."))
                                             ? QLatin1String("smtp") + provider->hosts.first().mid(1)
                                             : provider->hosts.first(),
                                         QString()));
    }
    const RuleBook::Provider *gmail = book.provider(QStringLiteral("gmail"));
    QVERIFY(gmail->isRecognisedIn(QString(), QStringLiteral("Username and Password not accepted. - gsmtp")));
    QVERIFY(gmail->isRecognisedIn(QStringLiteral("SMTP.GMAIL.COM"), QString()));
    QVERIFY(!gmail->isRecognisedIn(QStringLiteral("smtp.gmail.com.evil.example"), QString()));
    QVERIFY(!gmail->isRecognisedIn(QStringLiteral("notgoogle.com"), QString()));
}

void RuleBookTest::rulesAreTriedByLevel()
{
    int previous = -1;
    for (const RuleBook::Rule &rule : RuleBook::builtIn().rules()) {
        QVERIFY2(int(rule.level) >= previous, qPrintable(rule.id));
        previous = int(rule.level);
    }
}

void RuleBookTest::brokenTablesAreReported_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");

    const QByteArray rule = R"("rules": [{"id": "r", "level": "basic", "match": {"code": [535]},
        "category": "wrong-credentials", "source": "https://example.org/r"}])";
    QTest::newRow("not JSON") << QByteArray("{") << QStringLiteral("not a JSON object");
    QTest::newRow("missing category entries") << QByteArray("{}") << QStringLiteral("category unknown has no entry");
    QTest::newRow("missing action text") << QByteArray("{}") << QStringLiteral("action copy-diagnostics has no text");
    QTest::newRow("unknown category") << QByteArray(R"({"categories": {"no-such-thing": {}}})")
                                      << QStringLiteral("unknown category \"no-such-thing\"");
    QTest::newRow("Polish missing") << QByteArray(
        R"({"categories": {"unknown": {"retry": "never", "title": {"en": "Failed"},
           "explanation": {"en": "x", "pl": "y"}}}})")
                                    << QStringLiteral("category unknown title: needs English and Polish");
    QTest::newRow("different placeholders")
        << QByteArray(R"({"details": {"server": {"en": "Server {host}", "pl": "Serwer {port}"}}})")
        << QStringLiteral("detail server: English and Polish use different placeholders");
    QTest::newRow("bad pattern") << QByteArray(
        R"({"rules": [{"id": "p", "level": "pattern", "match": {"text": "(unclosed"},
           "category": "unknown", "source": "https://example.org/"}]})")
                                 << QStringLiteral("rule p: bad pattern");
    QTest::newRow("rule without source") << QByteArray(
        R"({"rules": [{"id": "s", "level": "basic", "match": {"code": [550]}, "category": "unknown"}]})")
                                         << QStringLiteral("rule s: needs an https source");
    QTest::newRow("rule matching everything")
        << QByteArray(R"({"rules": [{"id": "e", "level": "basic", "match": {}, "category": "unknown",
           "source": "https://example.org/"}]})")
        << QStringLiteral("rule e: matches everything");
    QTest::newRow("unknown action in a rule")
        << QByteArray(R"({"rules": [{"id": "a", "level": "basic", "match": {"code": [550]}, "category": "unknown",
           "actions": ["reboot"], "source": "https://example.org/"}]})")
        << QStringLiteral("rule a: unknown action \"reboot\"");
    QTest::newRow("unknown TLS error") << QByteArray(
        R"({"rules": [{"id": "t", "level": "kind", "match": {"kind": ["certificate-invalid"],
           "ssl_error": ["Sunburn"]}, "category": "unknown", "source": "https://example.org/"}]})")
                                       << QStringLiteral("rule t: unknown TLS error Sunburn");
    QTest::newRow("provider rule without provider")
        << QByteArray(R"({"rules": [{"id": "v", "level": "provider", "match": {"code": [550]}, "category": "unknown",
           "source": "https://example.org/"}]})")
        << QStringLiteral("rule v: provider rules, and only they, name a known provider");
    QTest::newRow("placeholder in a main text")
        << QByteArray(R"({"categories": {"unknown": {"retry": "never", "title": {"en": "Failed on {host}",
           "pl": "Błąd na {host}"}, "explanation": {"en": "x", "pl": "y"}}}})")
        << QStringLiteral("category unknown title: only detail texts may hold placeholders");
    QTest::newRow("a valid rule is no problem") << QByteArray("{" + rule + "}") << QString();
}

void RuleBookTest::brokenTablesAreReported()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    const QStringList problems = RuleBook::fromJson(json).problems();
    if (problem.isEmpty()) {
        for (const QString &p : problems) {
            QVERIFY2(!p.startsWith(QLatin1String("rule r")), qPrintable(p));
        }
        return;
    }
    const bool found
        = std::any_of(problems.cbegin(), problems.cend(), [&](const QString &p) { return p.startsWith(problem); });
    QVERIFY2(found, qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(RuleBookTest)
#include "rulebooktest.moc"
