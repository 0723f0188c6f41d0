// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/diagnostics/explainer.h"

#include "app/diagnostics/rulebook.h"

#include <QSsl>

namespace Diagnostics
{

namespace
{

Explanation::Retry retryFor(const RuleBook::Rule *rule, const RuleBook::CategoryEntry *entry,
                            const FailureEvidence &evidence)
{
    if (rule && rule->retryable) {
        return *rule->retryable ? Explanation::Retry::MayHelp : Explanation::Retry::WillNotHelp;
    }
    if (!entry) {
        return Explanation::Retry::WillNotHelp;
    }
    switch (entry->retry) {
    case RuleBook::RetryPolicy::Always:
        return Explanation::Retry::MayHelp;
    case RuleBook::RetryPolicy::Never:
        return Explanation::Retry::WillNotHelp;
    case RuleBook::RetryPolicy::WhenTransient:
        // RFC 5321 §4.2.1: 4yz is a transient failure, 5yz a permanent one.
        return evidence.replyCode / 100 == 4 ? Explanation::Retry::MayHelp : Explanation::Retry::WillNotHelp;
    }
    return Explanation::Retry::WillNotHelp;
}

QStringList certificateNames(const QSslCertificate &certificate)
{
    QStringList names;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
        if ((it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry) && !names.contains(it.value())) {
            names.append(it.value());
        }
    }
    // Clients ignore the common name when there are alternative names, so show it only without them.
    if (names.isEmpty()) {
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    }
    names.sort();
    return names;
}

} // namespace

Explainer::Explainer(const RuleBook &book)
    : m_book(book)
{
}

Explainer::Explainer()
    : m_book(RuleBook::builtIn())
{
}

Explanation Explainer::explain(const FailureEvidence &evidence, const QLocale &locale) const
{
    const QString matchText = evidence.matchText();
    const QString providerText = evidence.serverText + QLatin1Char(' ') + matchText;
    QStringList recognised;
    for (const RuleBook::Provider &provider : m_book.providers()) {
        if (provider.isRecognisedIn(evidence.host, providerText)) {
            recognised.append(provider.id);
        }
    }

    const RuleBook::Rule *chosen = nullptr;
    for (const RuleBook::Rule &rule : m_book.rules()) {
        if (rule.level == RuleBook::Level::Provider && !recognised.contains(rule.providerId)) {
            continue;
        }
        if (rule.condition.matches(evidence, matchText)) {
            chosen = &rule;
            break;
        }
    }

    Explanation explanation;
    explanation.category = chosen ? chosen->category : Category::Unknown;
    const RuleBook::CategoryEntry *entry = m_book.category(explanation.category);
    explanation.retry = retryFor(chosen, entry, evidence);
    const LocalizedText title = chosen && !chosen->title.isEmpty() ? chosen->title
        : entry                                                    ? entry->title
                                                                   : LocalizedText();
    const LocalizedText text = chosen && !chosen->explanation.isEmpty() ? chosen->explanation
        : entry                                                         ? entry->explanation
                                                                        : LocalizedText();
    explanation.title = title.in(locale);
    explanation.text = text.in(locale);

    const QList<RuleBook::ActionTemplate> actions = chosen && !chosen->actions.isEmpty() ? chosen->actions
        : entry                                                                          ? entry->actions
                : QList<RuleBook::ActionTemplate>();
    for (const RuleBook::ActionTemplate &action : actions) {
        explanation.actions.append(SuggestedAction{action.kind, m_book.actionText(action.kind).in(locale), action.url,
                                                   action.adminText.in(locale)});
    }

    explanation.replyCode = evidence.replyCode;
    explanation.enhancedCode = evidence.enhancedCode;
    explanation.serverText = evidence.serverText;
    if (chosen) {
        explanation.ruleId = chosen->id;
        explanation.source = chosen->source;
        explanation.providerId = chosen->providerId;
    }
    if (explanation.providerId.isEmpty() && !recognised.isEmpty()) {
        explanation.providerId = recognised.first();
    }
    if (const RuleBook::Provider *provider = m_book.provider(explanation.providerId)) {
        explanation.providerName = provider->name;
        explanation.details.append(
            m_book.detail(QStringLiteral("provider")).in(locale, {{QStringLiteral("provider"), provider->name}}));
    }

    if (!evidence.host.isEmpty()) {
        explanation.details.append(
            evidence.port > 0
                ? m_book.detail(QStringLiteral("server"))
                      .in(locale,
                          {{QStringLiteral("host"), evidence.host},
                           {QStringLiteral("port"), QString::number(evidence.port)}})
                : m_book.detail(QStringLiteral("server-host")).in(locale, {{QStringLiteral("host"), evidence.host}}));
    }
    if (!evidence.certificate.isNull()) {
        const QStringList names = certificateNames(evidence.certificate);
        if (!names.isEmpty()) {
            explanation.details.append(m_book.detail(QStringLiteral("certificate-names"))
                                           .in(locale, {{QStringLiteral("names"), names.join(QStringLiteral(", "))}}));
        }
        // A four-digit year: short formats turn 2126 into "26".
        const QString dateFormat = QStringLiteral("d MMM yyyy");
        explanation.details.append(
            m_book.detail(QStringLiteral("certificate-validity"))
                .in(locale,
                    {{QStringLiteral("from"), locale.toString(evidence.certificate.effectiveDate().date(), dateFormat)},
                     {QStringLiteral("until"),
                      locale.toString(evidence.certificate.expiryDate().date(), dateFormat)}}));
        const QStringList issuer = evidence.certificate.issuerInfo(QSslCertificate::CommonName)
            + evidence.certificate.issuerInfo(QSslCertificate::Organization);
        if (!issuer.isEmpty()) {
            explanation.details.append(
                m_book.detail(QStringLiteral("certificate-issuer"))
                    .in(locale, {{QStringLiteral("issuer"), issuer.join(QStringLiteral(", "))}}));
        }
    }
    if (!evidence.errorText.isEmpty()) {
        explanation.details.append(
            m_book.detail(QStringLiteral("error")).in(locale, {{QStringLiteral("error"), evidence.errorText}}));
    }
    return explanation;
}

} // namespace Diagnostics
