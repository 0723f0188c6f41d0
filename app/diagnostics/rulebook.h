// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/diagnostics/category.h"
#include "app/diagnostics/failureevidence.h"
#include "app/diagnostics/localizedtext.h"
#include "app/diagnostics/suggestedaction.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QUrl>

#include <optional>
#include <utility>

namespace Diagnostics
{

// Kurier's knowledge about failures, read from a data file (compiled in as
// :/diagnostics/explanations.json): the wording of every category and action in English and
// Polish, the providers Kurier recognises, and the rules that map evidence to a category,
// each with the public source where its reply text is documented. Reading never throws; what
// is wrong with the file is collected in problems() (a test keeps the built-in table clean).
class RuleBook
{
public:
    // The order in which rules are tried: what Kurier itself observed (kind), then the
    // provider's own wording, generic wording, the enhanced code, the basic code, the phase.
    enum class Level { Kind, Provider, Pattern, Enhanced, Basic, Phase };
    enum class RetryPolicy { Never, Always, WhenTransient };

    struct ActionTemplate {
        SuggestedAction::Kind kind = SuggestedAction::Kind::CopyDiagnostics;
        QUrl url;
        LocalizedText adminText;
    };

    // Every listed constraint must hold; an empty list or pattern does not constrain.
    struct Condition {
        QList<FailureEvidence::Kind> kinds;
        QList<FailureEvidence::Phase> phases;
        QList<int> codes;
        QList<int> codeClasses; // 4 for "4xx"
        QStringList enhancedCodes; // "5.7.8", "5.7.*", "*.1.1"
        QRegularExpression text; // against FailureEvidence::matchText(), case-insensitive
        QList<quint16> ports;
        QList<QSslError::SslError> sslErrors; // any of them

        bool isEmpty() const;
        bool matches(const FailureEvidence &evidence, const QString &matchText) const;
    };

    struct Rule {
        QString id;
        Level level = Level::Pattern;
        QString providerId; // only for Level::Provider
        Condition condition;
        Category category = Category::Unknown;
        std::optional<bool> retryable; // overrides the category's policy
        LocalizedText title; // overrides the category's, when set
        LocalizedText explanation; // overrides the category's, when set
        QList<ActionTemplate> actions; // replaces the category's, when set
        QUrl source; // where the reply text (or the behaviour) is documented
    };

    struct CategoryEntry {
        RetryPolicy retry = RetryPolicy::Never;
        LocalizedText title;
        LocalizedText explanation;
        QList<ActionTemplate> actions;
    };

    struct Provider {
        QString id;
        QString name;
        QStringList hosts; // "smtp.gmail.com" or "*.outlook.com"
        QList<QRegularExpression> signatures; // wording only this provider uses
        QUrl source;

        bool isRecognisedIn(const QString &host, const QString &text) const;
    };

    static const RuleBook &builtIn();
    static RuleBook fromJson(const QByteArray &json);

    QStringList problems() const { return m_problems; }

    const CategoryEntry *category(Category category) const;
    LocalizedText actionText(SuggestedAction::Kind kind) const;
    LocalizedText detail(const QString &key) const;
    const QList<Provider> &providers() const { return m_providers; }
    const Provider *provider(const QString &id) const;
    const QList<Rule> &rules() const { return m_rules; } // in evaluation order

    // Every text of the table with a label saying where it is, for completeness checks.
    QList<std::pair<QString, LocalizedText>> allTexts() const;

    static QString levelId(Level level);

private:
    void read(const QByteArray &json);
    void validate();

    QMap<Category, CategoryEntry> m_categories;
    QMap<SuggestedAction::Kind, LocalizedText> m_actions;
    QMap<QString, LocalizedText> m_details;
    QList<Provider> m_providers;
    QList<Rule> m_rules;
    QStringList m_problems;
};

} // namespace Diagnostics
