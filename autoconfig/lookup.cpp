// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoconfig/lookup.h"

#include "autoconfig/autodiscoversource.h"
#include "autoconfig/clientconfigsource.h"
#include "autoconfig/guesser.h"
#include "autoconfig/logging.h"
#include "autoconfig/lookupurls.h"
#include "autoconfig/messages.h"
#include "autoconfig/mxsource.h"
#include "autoconfig/providertable.h"
#include "autoconfig/srvsource.h"

#include <QNetworkAccessManager>

namespace Autoconfig
{

namespace
{

// The fetchers' own deadlines give the precise reason; this one only catches what they miss.
constexpr std::chrono::milliseconds DeadlineGrace{150};

} // namespace

Lookup::Lookup(const LookupConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_table(&ProviderTable::bundled())
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(false);
    m_sourceDeadline.setSingleShot(true);
    m_sourceDeadline.setInterval(config.sourceTimeout + DeadlineGrace);
    connect(&m_sourceDeadline, &QTimer::timeout, this, &Lookup::onSourceDeadline);
    m_overallDeadline.setSingleShot(true);
    connect(&m_overallDeadline, &QTimer::timeout, this, &Lookup::onOverallDeadline);
}

Lookup::~Lookup()
{
    abort();
}

void Lookup::setProviderTable(const ProviderTable *table)
{
    m_table = table;
}

void Lookup::addEntry(SourceKind kind, Source *source)
{
    Entry entry;
    entry.kind = kind;
    entry.source = source;
    entry.report.kind = kind;
    m_entries.append(entry);
    if (source) {
        connect(source, &Source::finished, this, [this, kind](const Source::Outcome &outcome) {
            onSourceFinished(kind, outcome.report, outcome.candidate);
        });
    }
}

Lookup::Entry *Lookup::entry(SourceKind kind)
{
    for (Entry &candidate : m_entries) {
        if (candidate.kind == kind) {
            return &candidate;
        }
    }
    return nullptr;
}

void Lookup::start(const QString &emailAddress)
{
    abort();
    for (const Entry &previous : std::as_const(m_entries)) {
        if (previous.source) {
            previous.source->deleteLater();
        }
    }
    m_entries.clear();
    m_guessStarted = false;
    m_clock.start();
    m_running = true;
    m_address = MailAddress::parse(emailAddress);
    if (!m_address) {
        // Nothing to look up; the caller validates addresses and explains the problem.
        QTimer::singleShot(0, this, [this] { finishWith(nullptr); });
        return;
    }
    const MailAddress &address = *m_address;
    const QString domain = address.aceDomain;
    addEntry(SourceKind::BundledTable, nullptr);
    addEntry(SourceKind::Provider,
             new ClientConfigSource(SourceKind::Provider, LookupUrls::provider(domain, address, m_config), domain, {},
                                    address, m_network, m_config, this));
    addEntry(SourceKind::ProviderWellKnown,
             new ClientConfigSource(SourceKind::ProviderWellKnown, LookupUrls::wellKnown(domain, address, m_config),
                                    domain, {}, address, m_network, m_config, this));
    addEntry(SourceKind::Ispdb,
             new ClientConfigSource(SourceKind::Ispdb, LookupUrls::ispdb(domain, m_config),
                                    m_config.ispdbBaseUrl.host(), {}, address, m_network, m_config, this));
    addEntry(SourceKind::Mx, new MxSource(address, m_network, m_config, this));
    addEntry(SourceKind::Srv, new SrvSource(address, m_config, this));
    addEntry(SourceKind::ProviderHttp,
             m_config.plainHttp == PlainHttp::AllowWithConfirmation ? new ClientConfigSource(
                 SourceKind::ProviderHttp, LookupUrls::provider(domain, address, m_config, LookupUrls::Scheme::Http),
                 domain, {}, address, m_network, m_config, this)
                                                                    : nullptr);
    addEntry(SourceKind::Autodiscover,
             m_config.autodiscover == AutodiscoverMode::WithoutCredentials
                 ? new AutodiscoverSource(address, m_network, m_config, this)
                 : nullptr);
    addEntry(SourceKind::Guess, nullptr);

    if (const std::optional<ProviderConfig> bundled = m_table->configFor(address.domain)) {
        Entry &table = *entry(SourceKind::BundledTable);
        Candidate candidate;
        candidate.source = SourceKind::BundledTable;
        candidate.config = bundled->forAddress(address.address);
        table.candidate = candidate;
        table.report.state = SourceState::Found;
        table.report.reason = Reason::Found;
        table.report.subject = Messages::sourceLabel(SourceKind::BundledTable);
        table.report.elapsedMs = 0;
    } else {
        Entry &table = *entry(SourceKind::BundledTable);
        table.report.state = SourceState::Nothing;
        table.report.reason = Reason::NoDocument;
        table.report.subject = Messages::sourceLabel(SourceKind::BundledTable);
        table.report.elapsedMs = 0;
    }
    if (m_config.plainHttp == PlainHttp::Refuse) {
        skip(SourceKind::ProviderHttp, Reason::DisabledBySettings);
    }
    if (m_config.autodiscover == AutodiscoverMode::Disabled) {
        skip(SourceKind::Autodiscover, Reason::DisabledBySettings);
    }
    if (m_config.guessing == Guessing::Disabled) {
        skip(SourceKind::Guess, Reason::DisabledBySettings);
    }
    for (const Entry &each : std::as_const(m_entries)) {
        Q_EMIT sourceChanged(each.report);
    }
    m_sourceDeadline.start();
    if (m_config.overallTimeout.count() > 0) {
        m_overallDeadline.start(m_config.overallTimeout);
    }
    // The bundled table decides at once when it knows the domain: then nothing goes on the
    // network at all. finished() still comes from the event loop, never from inside start().
    QTimer::singleShot(0, this, &Lookup::decide);
    if (entry(SourceKind::BundledTable)->candidate) {
        return;
    }
    for (Entry &each : m_entries) {
        if (each.source && each.kind != SourceKind::Guess && each.report.state == SourceState::Waiting) {
            each.source->start();
        }
    }
}

void Lookup::skip(SourceKind kind, Reason reason)
{
    Entry *skipped = entry(kind);
    skipped->report.state = SourceState::Skipped;
    skipped->report.reason = reason;
}

void Lookup::abort()
{
    m_sourceDeadline.stop();
    m_overallDeadline.stop();
    for (Entry &each : m_entries) {
        if (each.source && each.report.state == SourceState::Waiting) {
            each.source->abort();
        }
    }
    m_running = false;
}

QList<SourceReport> Lookup::reports() const
{
    QList<SourceReport> list;
    for (const Entry &each : m_entries) {
        list.append(each.report);
    }
    return list;
}

void Lookup::setReport(Entry &target, SourceState state, Reason reason, const QString &subject)
{
    target.report.state = state;
    target.report.reason = reason;
    target.report.subject = subject;
    target.report.elapsedMs = m_clock.elapsed();
    Q_EMIT sourceChanged(target.report);
}

void Lookup::onSourceFinished(SourceKind kind, const SourceReport &report, const std::optional<Candidate> &candidate)
{
    Entry *target = entry(kind);
    if (!m_running || !target || target->report.state != SourceState::Waiting) {
        return;
    }
    target->report = report;
    target->report.kind = kind;
    target->report.elapsedMs = m_clock.elapsed();
    target->candidate = candidate;
    qCDebug(lcAutoconfig) << sourceName(kind) << stateName(report.state) << report.subject << report.technical;
    Q_EMIT sourceChanged(target->report);
    decide();
}

void Lookup::onSourceDeadline()
{
    for (Entry &each : m_entries) {
        if (each.kind != SourceKind::Guess && each.report.state == SourceState::Waiting) {
            if (each.source) {
                each.source->abort();
            }
            setReport(each, SourceState::Failed, Reason::Timeout, Messages::sourceLabel(each.kind));
        }
    }
    decide();
}

void Lookup::onOverallDeadline()
{
    if (!m_running) {
        return;
    }
    // Out of time: the best answer so far by priority, whatever is still running.
    const Entry *best = nullptr;
    for (Entry &each : m_entries) {
        if (!best && each.report.state == SourceState::Found) {
            best = &each;
        }
    }
    for (Entry &each : m_entries) {
        if (each.report.state == SourceState::Waiting) {
            if (each.source) {
                each.source->abort();
            }
            setReport(each, SourceState::Failed, Reason::DeadlinePassed);
        }
    }
    finishWith(best);
}

void Lookup::decide()
{
    if (!m_running) {
        return;
    }
    for (const Entry &each : std::as_const(m_entries)) {
        if (each.kind == SourceKind::Guess) {
            break;
        }
        if (each.report.state == SourceState::Waiting) {
            return; // priority, not arrival: wait for this one
        }
        if (each.report.state == SourceState::Found) {
            finishWith(&each);
            return;
        }
    }
    Entry &guess = *entry(SourceKind::Guess);
    if (guess.report.state == SourceState::Waiting && !m_guessStarted) {
        startGuessing();
        return;
    }
    if (guess.report.state == SourceState::Waiting) {
        return;
    }
    finishWith(guess.report.state == SourceState::Found ? &guess : nullptr);
}

void Lookup::startGuessing()
{
    m_guessStarted = true;
    Entry &guess = *entry(SourceKind::Guess);
    auto *guesser = new Guesser(*m_address, m_config, this);
    guess.source = guesser;
    connect(guesser, &Source::finished, this, [this](const Source::Outcome &outcome) {
        onSourceFinished(SourceKind::Guess, outcome.report, outcome.candidate);
    });
    // The probes have their own deadlines; this only guarantees that the search ends.
    QTimer::singleShot(m_config.probeTimeout + m_config.sourceTimeout, guesser, [this] {
        Entry &pending = *entry(SourceKind::Guess);
        if (m_running && pending.report.state == SourceState::Waiting) {
            pending.source->abort();
            setReport(pending, SourceState::Failed, Reason::Timeout, Messages::sourceLabel(SourceKind::Guess));
            decide();
        }
    });
    guesser->start();
}

void Lookup::finishWith(const Entry *winner)
{
    m_running = false;
    m_sourceDeadline.stop();
    m_overallDeadline.stop();
    for (Entry &each : m_entries) {
        if (each.report.state != SourceState::Waiting) {
            continue;
        }
        if (each.source) {
            each.source->abort();
        }
        each.report.state = each.kind == SourceKind::Guess ? SourceState::Skipped : SourceState::Cancelled;
        each.report.reason = each.kind == SourceKind::Guess ? Reason::NotNeeded : Reason::HigherPriorityWon;
        Q_EMIT sourceChanged(each.report);
    }

    Discovery discovery;
    discovery.emailAddress = m_address ? m_address->address : QString();
    discovery.elapsedMs = m_clock.elapsed();
    for (const Entry &each : std::as_const(m_entries)) {
        discovery.sources.append(each.report);
    }
    if (winner && winner->candidate && !winner->candidate->config.outgoingServers.isEmpty()) {
        const Candidate &candidate = *winner->candidate;
        discovery.source = winner->kind;
        discovery.settings = candidate.config.outgoingServers.first();
        discovery.confirmations = candidate.confirmations;
        discovery.otherDomain = candidate.otherDomain;
        discovery.origin = candidate.origin;
        discovery.providerName = candidate.config.displayName;
        discovery.providerDomains = candidate.config.domains;
        discovery.oauth2 = candidate.config.oauth2;
        if (discovery.settings->security == Security::Plain) {
            discovery.confirmations.append(ConfirmationReason::Unencrypted);
        }
        const auto addAlternative = [&](const OutgoingServer &server) {
            if (server.sameEndpoint(*discovery.settings)) {
                return;
            }
            for (const OutgoingServer &known : std::as_const(discovery.alternatives)) {
                if (known.sameEndpoint(server)) {
                    return;
                }
            }
            discovery.alternatives.append(server);
        };
        for (const OutgoingServer &server : candidate.config.outgoingServers.mid(1)) {
            addAlternative(server);
        }
        for (const Entry &each : std::as_const(m_entries)) {
            if (&each != winner && each.candidate) {
                for (const OutgoingServer &server : each.candidate->config.outgoingServers) {
                    addAlternative(server);
                }
            }
        }

        // Hints: the provider's own words first, then what Kurier's table knows about the
        // user's domain and the provider's domains (a custom domain at Gmail gets Gmail's hints).
        const QString provider = candidate.config.displayShortName.isEmpty() ? candidate.config.displayName
                                                                             : candidate.config.displayShortName;
        for (const EnableHint &enable : candidate.config.enableHints) {
            Hint hint;
            hint.kind = enable.instructions.isEmpty() ? Hint::Kind::EnableAccess : Hint::Kind::ProviderInstruction;
            hint.provider = provider;
            hint.text = pickText(enable.instructions, m_config.language);
            hint.url = enable.visitUrl;
            discovery.hints.append(hint);
        }
        QStringList domains{m_address->domain};
        domains += candidate.config.domains;
        if (!candidate.config.id.isEmpty()) {
            domains.append(candidate.config.id);
        }
        for (const Hint &hint : m_table->hintsFor(domains)) {
            if (!discovery.hints.contains(hint)) {
                discovery.hints.append(hint);
            }
        }
        const bool passwordPossible
            = std::any_of(candidate.config.outgoingServers.cbegin(), candidate.config.outgoingServers.cend(),
                          [](const OutgoingServer &server) {
                              return std::any_of(server.authentications.cbegin(), server.authentications.cend(),
                                                 [](Authentication method) {
                                                     return method != Authentication::OAuth2 && isUsable(method);
                                                 });
                          });
        const bool oauthHinted = std::any_of(discovery.hints.cbegin(), discovery.hints.cend(),
                                             [](const Hint &hint) { return hint.kind == Hint::Kind::OAuthOnly; });
        if (!passwordPossible && !oauthHinted) {
            discovery.hints.append({Hint::Kind::OAuthOnly, provider, QString(), QUrl(), QString()});
        }
        for (const DocumentationLink &link : candidate.config.documentation) {
            discovery.hints.append(
                {Hint::Kind::Documentation, provider, pickText(link.descriptions, m_config.language), link.url, {}});
        }
    }
    qCInfo(lcAutoconfig) << "discovery for" << discovery.emailAddress.section(QLatin1Char('@'), -1) << "ended after"
                         << discovery.elapsedMs << "ms with"
                         << (discovery.settings ? sourceName(discovery.source) : QStringLiteral("nothing"));
    Q_EMIT finished(discovery);
}

} // namespace Autoconfig
