// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/diagnostics/rulebook.h"

#include "app/logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>

#include <algorithm>
#include <array>

namespace Diagnostics
{

namespace
{

using Level = RuleBook::Level;

constexpr std::array<std::pair<Level, const char *>, 6> levelIds{{
    {Level::Kind, "kind"},
    {Level::Provider, "provider"},
    {Level::Pattern, "pattern"},
    {Level::Enhanced, "enhanced"},
    {Level::Basic, "basic"},
    {Level::Phase, "phase"},
}};

std::optional<Level> levelFromId(const QString &id)
{
    for (const auto &[level, name] : levelIds) {
        if (id == QLatin1String(name)) {
            return level;
        }
    }
    return std::nullopt;
}

bool enhancedCodeMatches(const QString &pattern, const QString &code)
{
    const QStringList wanted = pattern.split(QLatin1Char('.'));
    const QStringList actual = code.split(QLatin1Char('.'));
    if (wanted.size() != 3 || actual.size() != 3) {
        return false;
    }
    for (int i = 0; i < 3; ++i) {
        if (wanted.at(i) != QLatin1String("*") && wanted.at(i).toInt() != actual.at(i).toInt()) {
            return false;
        }
    }
    return true;
}

bool hostMatches(const QString &pattern, const QString &host)
{
    if (pattern.startsWith(QLatin1String("*."))) {
        const QStringView suffix = QStringView(pattern).mid(1); // ".outlook.com"
        return host.endsWith(suffix, Qt::CaseInsensitive) || host.compare(suffix.mid(1), Qt::CaseInsensitive) == 0;
    }
    return host.compare(pattern, Qt::CaseInsensitive) == 0;
}

QRegularExpression compiled(const QString &pattern)
{
    return QRegularExpression(
        pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

} // namespace

bool RuleBook::Condition::isEmpty() const
{
    return kinds.isEmpty() && phases.isEmpty() && codes.isEmpty() && codeClasses.isEmpty() && enhancedCodes.isEmpty()
        && text.pattern().isEmpty() && ports.isEmpty() && sslErrors.isEmpty();
}

bool RuleBook::Condition::matches(const FailureEvidence &evidence, const QString &matchText) const
{
    if (!kinds.isEmpty() && !kinds.contains(evidence.kind)) {
        return false;
    }
    if (!phases.isEmpty() && !phases.contains(evidence.phase)) {
        return false;
    }
    if (!codes.isEmpty() || !codeClasses.isEmpty()) {
        if (!codes.contains(evidence.replyCode) && !codeClasses.contains(evidence.replyCode / 100)) {
            return false;
        }
    }
    if (!enhancedCodes.isEmpty()) {
        const bool any = std::any_of(enhancedCodes.cbegin(), enhancedCodes.cend(), [&](const QString &pattern) {
            return enhancedCodeMatches(pattern, evidence.enhancedCode);
        });
        if (!any) {
            return false;
        }
    }
    if (!ports.isEmpty() && !ports.contains(evidence.port)) {
        return false;
    }
    if (!sslErrors.isEmpty()) {
        const bool any = std::any_of(sslErrors.cbegin(), sslErrors.cend(),
                                     [&](QSslError::SslError error) { return evidence.sslErrors.contains(error); });
        if (!any) {
            return false;
        }
    }
    if (!text.pattern().isEmpty() && !text.match(matchText).hasMatch()) {
        return false;
    }
    return true;
}

bool RuleBook::Provider::isRecognisedIn(const QString &host, const QString &text) const
{
    if (!host.isEmpty()) {
        for (const QString &pattern : hosts) {
            if (hostMatches(pattern, host)) {
                return true;
            }
        }
    }
    return std::any_of(signatures.cbegin(), signatures.cend(),
                       [&](const QRegularExpression &signature) { return signature.match(text).hasMatch(); });
}

const RuleBook &RuleBook::builtIn()
{
    static const RuleBook book = [] {
        QFile file(QStringLiteral(":/diagnostics/explanations.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcDiagnostics) << "the explanation table is missing from the resources";
            return RuleBook::fromJson(QByteArray());
        }
        RuleBook result = RuleBook::fromJson(file.readAll());
        for (const QString &problem : result.problems()) {
            qCWarning(lcDiagnostics) << "explanation table:" << problem;
        }
        return result;
    }();
    return book;
}

RuleBook RuleBook::fromJson(const QByteArray &json)
{
    RuleBook book;
    book.read(json);
    book.validate();
    return book;
}

const RuleBook::CategoryEntry *RuleBook::category(Category category) const
{
    const auto it = m_categories.constFind(category);
    return it == m_categories.cend() ? nullptr : &it.value();
}

LocalizedText RuleBook::actionText(SuggestedAction::Kind kind) const
{
    return m_actions.value(kind);
}

LocalizedText RuleBook::detail(const QString &key) const
{
    return m_details.value(key);
}

const RuleBook::Provider *RuleBook::provider(const QString &id) const
{
    for (const Provider &p : m_providers) {
        if (p.id == id) {
            return &p;
        }
    }
    return nullptr;
}

QString RuleBook::levelId(Level level)
{
    for (const auto &[value, name] : levelIds) {
        if (value == level) {
            return QString::fromLatin1(name);
        }
    }
    return QString();
}

QList<std::pair<QString, LocalizedText>> RuleBook::allTexts() const
{
    QList<std::pair<QString, LocalizedText>> texts;
    const auto addActions = [&texts](const QString &where, const QList<ActionTemplate> &actions) {
        for (const ActionTemplate &action : actions) {
            if (!action.adminText.isEmpty()) {
                texts.append(
                    {where + QLatin1String(" admin text for ") + SuggestedAction::id(action.kind), action.adminText});
            }
        }
    };
    for (auto it = m_categories.cbegin(); it != m_categories.cend(); ++it) {
        const QString where = QLatin1String("category ") + categoryId(it.key());
        texts.append({where + QLatin1String(" title"), it->title});
        texts.append({where + QLatin1String(" explanation"), it->explanation});
        addActions(where, it->actions);
    }
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        texts.append({QLatin1String("action ") + SuggestedAction::id(it.key()), it.value()});
    }
    for (auto it = m_details.cbegin(); it != m_details.cend(); ++it) {
        texts.append({QLatin1String("detail ") + it.key(), it.value()});
    }
    for (const Rule &rule : m_rules) {
        const QString where = QLatin1String("rule ") + rule.id;
        if (!rule.title.isEmpty()) {
            texts.append({where + QLatin1String(" title"), rule.title});
        }
        if (!rule.explanation.isEmpty()) {
            texts.append({where + QLatin1String(" explanation"), rule.explanation});
        }
        addActions(where, rule.actions);
    }
    return texts;
}

void RuleBook::read(const QByteArray &json)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        m_problems.append(
            QStringLiteral("not a JSON object: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
        return;
    }
    const QJsonObject root = document.object();

    const auto readActions = [this](const QJsonValue &value, const QString &where) {
        QList<ActionTemplate> actions;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &entry : array) {
            const QString id
                = entry.isString() ? entry.toString() : entry.toObject().value(QLatin1String("id")).toString();
            const std::optional<SuggestedAction::Kind> kind = SuggestedAction::fromId(id);
            if (!kind) {
                m_problems.append(QStringLiteral("%1: unknown action \"%2\"").arg(where, id));
                continue;
            }
            ActionTemplate action;
            action.kind = *kind;
            if (entry.isObject()) {
                const QJsonObject object = entry.toObject();
                action.url = QUrl(object.value(QLatin1String("url")).toString());
                action.adminText = LocalizedText::fromJson(object.value(QLatin1String("admin")));
            }
            actions.append(action);
        }
        return actions;
    };

    const QJsonObject categories = root.value(QLatin1String("categories")).toObject();
    for (auto it = categories.constBegin(); it != categories.constEnd(); ++it) {
        const std::optional<Category> category = categoryFromId(it.key());
        if (!category) {
            m_problems.append(QStringLiteral("unknown category \"%1\"").arg(it.key()));
            continue;
        }
        const QJsonObject object = it.value().toObject();
        CategoryEntry entry;
        const QString retry = object.value(QLatin1String("retry")).toString();
        if (retry == QLatin1String("always")) {
            entry.retry = RetryPolicy::Always;
        } else if (retry == QLatin1String("when-transient")) {
            entry.retry = RetryPolicy::WhenTransient;
        } else if (retry == QLatin1String("never")) {
            entry.retry = RetryPolicy::Never;
        } else {
            m_problems.append(
                QStringLiteral("category %1: retry must be never, always or when-transient").arg(it.key()));
        }
        entry.title = LocalizedText::fromJson(object.value(QLatin1String("title")));
        entry.explanation = LocalizedText::fromJson(object.value(QLatin1String("explanation")));
        entry.actions = readActions(object.value(QLatin1String("actions")), QLatin1String("category ") + it.key());
        m_categories.insert(*category, entry);
    }

    const QJsonObject actions = root.value(QLatin1String("actions")).toObject();
    for (auto it = actions.constBegin(); it != actions.constEnd(); ++it) {
        const std::optional<SuggestedAction::Kind> kind = SuggestedAction::fromId(it.key());
        if (!kind) {
            m_problems.append(QStringLiteral("unknown action \"%1\"").arg(it.key()));
            continue;
        }
        m_actions.insert(*kind, LocalizedText::fromJson(it.value()));
    }

    const QJsonObject details = root.value(QLatin1String("details")).toObject();
    for (auto it = details.constBegin(); it != details.constEnd(); ++it) {
        m_details.insert(it.key(), LocalizedText::fromJson(it.value()));
    }

    const QJsonArray providers = root.value(QLatin1String("providers")).toArray();
    for (const QJsonValue &value : providers) {
        const QJsonObject object = value.toObject();
        Provider provider;
        provider.id = object.value(QLatin1String("id")).toString();
        provider.name = object.value(QLatin1String("name")).toString();
        provider.source = QUrl(object.value(QLatin1String("source")).toString());
        const QJsonArray hosts = object.value(QLatin1String("hosts")).toArray();
        for (const QJsonValue &host : hosts) {
            provider.hosts.append(host.toString());
        }
        const QJsonArray signatures = object.value(QLatin1String("signatures")).toArray();
        for (const QJsonValue &signature : signatures) {
            const QRegularExpression expression = compiled(signature.toString());
            if (!expression.isValid()) {
                m_problems.append(
                    QStringLiteral("provider %1: bad signature %2").arg(provider.id, signature.toString()));
                continue;
            }
            provider.signatures.append(expression);
        }
        m_providers.append(provider);
    }

    const QMetaEnum sslErrorEnum = QMetaEnum::fromType<QSslError::SslError>();
    const QJsonArray rules = root.value(QLatin1String("rules")).toArray();
    for (const QJsonValue &value : rules) {
        const QJsonObject object = value.toObject();
        Rule rule;
        rule.id = object.value(QLatin1String("id")).toString();
        const QString where = QLatin1String("rule ") + rule.id;
        const std::optional<Level> level = levelFromId(object.value(QLatin1String("level")).toString());
        if (!level) {
            m_problems.append(where + QLatin1String(": unknown level"));
            continue;
        }
        rule.level = *level;
        rule.providerId = object.value(QLatin1String("provider")).toString();
        const std::optional<Category> category = categoryFromId(object.value(QLatin1String("category")).toString());
        if (!category) {
            m_problems.append(where + QLatin1String(": unknown category"));
            continue;
        }
        rule.category = *category;
        if (object.contains(QLatin1String("retryable"))) {
            rule.retryable = object.value(QLatin1String("retryable")).toBool();
        }
        rule.title = LocalizedText::fromJson(object.value(QLatin1String("title")));
        rule.explanation = LocalizedText::fromJson(object.value(QLatin1String("explanation")));
        rule.actions = readActions(object.value(QLatin1String("actions")), where);
        rule.source = QUrl(object.value(QLatin1String("source")).toString());

        const QJsonObject match = object.value(QLatin1String("match")).toObject();
        Condition &condition = rule.condition;
        for (const QJsonValue &kind : match.value(QLatin1String("kind")).toArray()) {
            if (const std::optional<FailureEvidence::Kind> k = FailureEvidence::kindFromId(kind.toString())) {
                condition.kinds.append(*k);
            } else {
                m_problems.append(where + QLatin1String(": unknown kind ") + kind.toString());
            }
        }
        for (const QJsonValue &phase : match.value(QLatin1String("phase")).toArray()) {
            if (const std::optional<FailureEvidence::Phase> p = FailureEvidence::phaseFromId(phase.toString())) {
                condition.phases.append(*p);
            } else {
                m_problems.append(where + QLatin1String(": unknown phase ") + phase.toString());
            }
        }
        for (const QJsonValue &code : match.value(QLatin1String("code")).toArray()) {
            if (code.isDouble()) {
                condition.codes.append(code.toInt());
            } else if (const QString text = code.toString(); text.size() == 3 && text.endsWith(QLatin1String("xx"))) {
                condition.codeClasses.append(text.front().digitValue());
            } else {
                m_problems.append(where + QLatin1String(": bad code ") + text);
            }
        }
        for (const QJsonValue &enhanced : match.value(QLatin1String("enhanced")).toArray()) {
            condition.enhancedCodes.append(enhanced.toString());
        }
        for (const QJsonValue &port : match.value(QLatin1String("port")).toArray()) {
            condition.ports.append(quint16(port.toInt()));
        }
        for (const QJsonValue &sslError : match.value(QLatin1String("ssl_error")).toArray()) {
            bool ok = false;
            const int error = sslErrorEnum.keyToValue(sslError.toString().toLatin1().constData(), &ok);
            if (ok) {
                condition.sslErrors.append(QSslError::SslError(error));
            } else {
                m_problems.append(where + QLatin1String(": unknown TLS error ") + sslError.toString());
            }
        }
        if (const QString text = match.value(QLatin1String("text")).toString(); !text.isEmpty()) {
            condition.text = compiled(text);
            if (!condition.text.isValid()) {
                m_problems.append(where + QLatin1String(": bad pattern: ") + condition.text.errorString());
            }
        }
        m_rules.append(rule);
    }
    // Each level in turn, the file's order within a level (specific rules come first there).
    std::stable_sort(m_rules.begin(), m_rules.end(),
                     [](const Rule &a, const Rule &b) { return int(a.level) < int(b.level); });
}

void RuleBook::validate()
{
    for (const Category category : allCategories()) {
        if (!m_categories.contains(category)) {
            m_problems.append(QStringLiteral("category %1 has no entry").arg(categoryId(category)));
        }
    }
    for (const SuggestedAction::Kind kind : SuggestedAction::allKinds()) {
        if (!m_actions.contains(kind)) {
            m_problems.append(QStringLiteral("action %1 has no text").arg(SuggestedAction::id(kind)));
        }
    }
    QStringList ruleIds;
    for (const Rule &rule : m_rules) {
        const QString where = QLatin1String("rule ") + rule.id;
        if (rule.id.isEmpty() || ruleIds.contains(rule.id)) {
            m_problems.append(QStringLiteral("rule id \"%1\" is empty or used twice").arg(rule.id));
        }
        ruleIds.append(rule.id);
        if (rule.condition.isEmpty()) {
            m_problems.append(where + QLatin1String(": matches everything"));
        }
        if (!rule.source.isValid() || rule.source.scheme() != QLatin1String("https")) {
            m_problems.append(where + QLatin1String(": needs an https source"));
        }
        if ((rule.level == Level::Provider) != !rule.providerId.isEmpty()
            || (!rule.providerId.isEmpty() && !provider(rule.providerId))) {
            m_problems.append(where + QLatin1String(": provider rules, and only they, name a known provider"));
        }
        if (rule.level == Level::Kind && rule.condition.kinds.isEmpty()) {
            m_problems.append(where + QLatin1String(": a kind rule must name kinds"));
        }
    }
    for (const Provider &provider : m_providers) {
        if (provider.id.isEmpty() || provider.name.isEmpty() || provider.hosts.isEmpty()) {
            m_problems.append(QStringLiteral("provider \"%1\" needs an id, a name and hosts").arg(provider.id));
        }
    }
    for (const auto &[where, text] : allTexts()) {
        if (!text.isComplete()) {
            m_problems.append(where + QLatin1String(": needs English and Polish"));
            continue;
        }
        const QStringList english = LocalizedText::placeholders(text.english);
        if (english != LocalizedText::placeholders(text.polish)) {
            m_problems.append(where + QLatin1String(": English and Polish use different placeholders"));
        }
        if (!where.startsWith(QLatin1String("detail ")) && !english.isEmpty()) {
            m_problems.append(where + QLatin1String(": only detail texts may hold placeholders"));
        }
    }
}

} // namespace Diagnostics
