// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/diagnostics/domainhealthcheck.h"

#include "app/logging.h"
#include "autoconfig/registrabledomain.h"

#include <QUrl>

#include <algorithm>

namespace Diagnostics
{

namespace
{

using Verdict = DomainHealthReport::Verdict;

// RFC 7208 §4.6.4: at most 10 terms that cause DNS look-ups.
constexpr int SpfLookupLimit = 10;
// Following includes is bounded however the records are written (loops, huge trees).
constexpr int MaxSpfReferenceQueries = 30;

QString joinedText(const QDnsTextRecord &record)
{
    // RFC 7208 §3.3 / RFC 6376 §3.6.2.2: the strings of one TXT record are concatenated.
    QByteArray text;
    for (const QByteArray &part : record.values()) {
        text += part;
    }
    return QString::fromUtf8(text);
}

} // namespace

DomainHealthCheck::DomainHealthCheck(const QString &domain, Options options, QObject *parent)
    : QObject(parent)
    , m_domain(QString::fromLatin1(QUrl::toAce(domain.trimmed().toLower())))
    , m_options(std::move(options))
{
    if (m_domain.endsWith(QLatin1Char('.'))) {
        m_domain.chop(1);
    }
    m_report.domain = m_domain;
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        qCInfo(lcDiagnostics) << "domain check for" << m_domain << "ran out of time with" << m_pending
                              << "look-ups open";
        finish();
    });
}

QStringList DomainHealthCheck::knownDkimSelectors(const QList<DomainHealthReport::Mx> &mx)
{
    // Selectors the big providers publish for every customer domain they send for.
    static const QList<std::pair<QString, QStringList>> providers{
        {QStringLiteral(".google.com"), {QStringLiteral("google")}},
        {QStringLiteral(".googlemail.com"), {QStringLiteral("google")}},
        {QStringLiteral(".outlook.com"), {QStringLiteral("selector1"), QStringLiteral("selector2")}},
        {QStringLiteral(".messagingengine.com"), {QStringLiteral("fm1"), QStringLiteral("fm2"), QStringLiteral("fm3")}},
    };
    QStringList selectors;
    for (const DomainHealthReport::Mx &entry : mx) {
        const QString exchange = entry.exchange.toLower();
        for (const auto &[suffix, names] : providers) {
            if (exchange.endsWith(suffix) || exchange.endsWith(suffix + QLatin1Char('.'))) {
                for (const QString &name : names) {
                    if (!selectors.contains(name)) {
                        selectors.append(name);
                    }
                }
            }
        }
    }
    return selectors;
}

void DomainHealthCheck::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    m_deadline.start(m_options.timeout);
    const QString organisational = Autoconfig::RegistrableDomain::of(m_domain);
    m_organisationalDomain = organisational == m_domain ? QString() : organisational;
    query(QDnsLookup::MX, m_domain, Purpose::Mx);
    query(QDnsLookup::TXT, m_domain, Purpose::Spf);
    query(QDnsLookup::TXT, QStringLiteral("_dmarc.") + m_domain, Purpose::Dmarc);
    if (!m_options.dkimSelectors.isEmpty()) {
        startDkim(m_options.dkimSelectors);
    }
}

void DomainHealthCheck::query(QDnsLookup::Type type, const QString &name, Purpose purpose, const QString &tag)
{
    auto *lookup = new QDnsLookup(type, name, this);
    if (!m_options.nameserver.isNull()) {
        lookup->setNameserver(m_options.nameserver);
    }
    connect(lookup, &QDnsLookup::finished, this,
            [this, lookup, purpose, tag] { onLookupFinished(lookup, purpose, tag); });
    ++m_pending;
    lookup->lookup();
}

void DomainHealthCheck::onLookupFinished(QDnsLookup *lookup, Purpose purpose, const QString &tag)
{
    lookup->deleteLater();
    --m_pending;
    if (m_finished) {
        return;
    }
    Answer answer;
    qCDebug(lcDiagnostics) << "DNS" << lookup->name() << lookup->type() << lookup->error() << lookup->errorString();
    answer.error = lookup->error();
    if (answer.error == QDnsLookup::NoError || answer.error == QDnsLookup::NotFoundError) {
        m_serverAnswered = true;
    }
    answer.errorString = lookup->errorString();
    for (const QDnsTextRecord &record : lookup->textRecords()) {
        answer.texts.append(joinedText(record));
    }
    switch (purpose) {
    case Purpose::Mx: {
        m_mxAnswer = answer;
        for (const QDnsMailExchangeRecord &record : lookup->mailExchangeRecords()) {
            QString exchange = record.exchange();
            if (exchange.endsWith(QLatin1Char('.'))) {
                exchange.chop(1);
            }
            m_report.mx.append({exchange, record.preference()});
        }
        std::sort(m_report.mx.begin(), m_report.mx.end(),
                  [](const DomainHealthReport::Mx &a, const DomainHealthReport::Mx &b) {
                      return a.preference != b.preference ? a.preference < b.preference : a.exchange < b.exchange;
                  });
        if (m_options.dkimSelectors.isEmpty()) {
            startDkim(knownDkimSelectors(m_report.mx));
        }
        break;
    }
    case Purpose::Spf: {
        m_spfAnswer = answer;
        QStringList spf;
        for (const QString &text : answer.texts) {
            if (SpfRecord::isSpf(text)) {
                spf.append(text);
            }
        }
        if (spf.size() == 1) {
            const SpfRecord record = SpfRecord::parse(spf.first());
            m_report.spfLookups = record.lookupTerms();
            m_spfVisited.insert(m_domain);
            for (const QString &domain : record.referencedDomains()) {
                if (!m_spfVisited.contains(domain)) {
                    m_spfVisited.insert(domain);
                    query(QDnsLookup::TXT, domain, Purpose::SpfReferenced, domain);
                }
            }
        }
        break;
    }
    case Purpose::SpfReferenced:
        handleSpfReferenced(tag, answer);
        break;
    case Purpose::Dmarc: {
        m_dmarcAnswer = answer;
        const bool found = std::any_of(answer.texts.cbegin(), answer.texts.cend(), &DmarcRecord::isDmarc);
        const bool failed = answer.error != QDnsLookup::NoError && answer.error != QDnsLookup::NotFoundError;
        if (!found && !failed && !m_organisationalDomain.isEmpty()) {
            query(QDnsLookup::TXT, QStringLiteral("_dmarc.") + m_organisationalDomain, Purpose::DmarcOrganisational);
        }
        break;
    }
    case Purpose::DmarcOrganisational:
        m_dmarcOrganisationalAnswer = answer;
        break;
    case Purpose::Dkim:
        m_dkimAnswers.append({tag, answer});
        break;
    }
    finishIfDone();
}

void DomainHealthCheck::handleSpfReferenced(const QString &domain, const Answer &answer)
{
    // The domain's own SPF record came back, so the server works and an invalid reply is NODATA (see finish()).
    if (answer.error != QDnsLookup::NoError && answer.error != QDnsLookup::NotFoundError
        && answer.error != QDnsLookup::InvalidReplyError) {
        m_spfLookupIncomplete = true;
        return;
    }
    QStringList spf;
    for (const QString &text : answer.texts) {
        if (SpfRecord::isSpf(text)) {
            spf.append(text);
        }
    }
    if (spf.size() != 1) {
        // RFC 7208 §5.2: an include whose target has no (or several) SPF records is a permerror.
        m_spfBrokenReferences.append(domain);
        return;
    }
    const SpfRecord record = SpfRecord::parse(spf.first());
    // Followed to the end (within MaxSpfReferenceQueries) so that the count does not depend on
    // the order in which answers arrive.
    m_report.spfLookups += record.lookupTerms();
    for (const QString &referenced : record.referencedDomains()) {
        if (m_spfVisited.contains(referenced)) {
            continue;
        }
        if (m_spfVisited.size() > MaxSpfReferenceQueries) {
            m_spfLookupIncomplete = true;
            return;
        }
        m_spfVisited.insert(referenced);
        query(QDnsLookup::TXT, referenced, Purpose::SpfReferenced, referenced);
    }
}

void DomainHealthCheck::startDkim(const QStringList &selectors)
{
    m_dkimSelectors = selectors;
    for (const QString &selector : selectors) {
        query(QDnsLookup::TXT, selector + QLatin1String("._domainkey.") + m_domain, Purpose::Dkim, selector);
    }
}

void DomainHealthCheck::finishIfDone()
{
    if (m_pending == 0 && m_mxAnswer) {
        finish();
    }
}

void DomainHealthCheck::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_deadline.stop();
    // Qt 6.4 reports a name that exists but has no record of the asked type (NODATA) as an
    // invalid reply, and so it reports a server that refuses to answer. When the same server
    // answered anything else properly, the invalid replies were NODATA: "no such record".
    for (std::optional<Answer> *answer : {&m_mxAnswer, &m_spfAnswer, &m_dmarcAnswer, &m_dmarcOrganisationalAnswer}) {
        if (*answer && (*answer)->error == QDnsLookup::InvalidReplyError && m_serverAnswered) {
            (*answer)->error = QDnsLookup::NotFoundError;
        }
    }
    for (auto &entry : m_dkimAnswers) {
        if (entry.second.error == QDnsLookup::InvalidReplyError && m_serverAnswered) {
            entry.second.error = QDnsLookup::NotFoundError;
        }
    }
    const auto notFound = [](const std::optional<Answer> &answer) {
        return answer && answer->error == QDnsLookup::NotFoundError && answer->texts.isEmpty();
    };
    m_report.domainExists = !(notFound(m_mxAnswer) && notFound(m_spfAnswer) && m_report.mx.isEmpty());
    describeMx();
    describeSpf();
    describeDmarc();
    describeDkim();
    m_report.summary = summary();
    // Queued, so that a caller may connect after start() without missing a synchronous result.
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT finished(m_report); }, Qt::QueuedConnection);
}

void DomainHealthCheck::describeMx()
{
    DomainHealthReport::Finding &finding = m_report.mxFinding;
    if (!m_mxAnswer) {
        finding.verdict = Verdict::LookupFailed;
        finding.detail = tr("The MX look-up did not finish in time.");
        return;
    }
    if (m_mxAnswer->error != QDnsLookup::NoError && m_mxAnswer->error != QDnsLookup::NotFoundError) {
        finding.verdict = Verdict::LookupFailed;
        finding.detail = tr("The MX look-up failed: %1").arg(m_mxAnswer->errorString);
        return;
    }
    if (m_report.mx.isEmpty()) {
        finding.verdict = Verdict::Warning;
        finding.detail = tr("No MX record: %1 does not say which servers receive its mail.").arg(m_domain);
        finding.why = tr("Replies and bounces may not reach you, and some receivers distrust senders whose domain "
                         "cannot receive mail.");
        return;
    }
    if (m_report.mx.size() == 1
        && (m_report.mx.first().exchange.isEmpty() || m_report.mx.first().exchange == QLatin1String("."))) {
        finding.verdict = Verdict::Problem;
        finding.detail = tr("A null MX record says that %1 receives no mail at all.").arg(m_domain);
        finding.why = tr("Receivers may refuse mail from a domain that declares it accepts none (RFC 7505).");
        return;
    }
    QStringList hosts;
    for (const DomainHealthReport::Mx &entry : m_report.mx) {
        hosts.append(QStringLiteral("%1 (%2)").arg(entry.exchange).arg(entry.preference));
    }
    finding.verdict = Verdict::Ok;
    finding.record = hosts.join(QStringLiteral(", "));
    finding.detail = tr("Mail for %1 is received by: %2").arg(m_domain, finding.record);
    finding.why = tr("Receivers check that a sender's domain can receive replies.");
}

void DomainHealthCheck::describeSpf()
{
    DomainHealthReport::Finding &finding = m_report.spf;
    const QString why = tr("SPF tells receivers which servers may send mail for %1; without a working SPF record "
                           "your mail is more likely to be marked as spam or rejected.")
                            .arg(m_domain);
    if (!m_spfAnswer) {
        finding.verdict = Verdict::LookupFailed;
        finding.detail = tr("The SPF look-up did not finish in time.");
        return;
    }
    if (m_spfAnswer->error != QDnsLookup::NoError && m_spfAnswer->error != QDnsLookup::NotFoundError) {
        finding.verdict = Verdict::LookupFailed;
        finding.detail = tr("The SPF look-up failed: %1").arg(m_spfAnswer->errorString);
        return;
    }
    QStringList records;
    for (const QString &text : m_spfAnswer->texts) {
        if (SpfRecord::isSpf(text)) {
            records.append(text);
        }
    }
    finding.why = why;
    if (records.isEmpty()) {
        finding.verdict = Verdict::Problem;
        finding.detail = tr("%1 publishes no SPF record.").arg(m_domain);
        return;
    }
    finding.record = records.join(QStringLiteral(" | "));
    if (records.size() > 1) {
        finding.verdict = Verdict::Problem;
        finding.detail
            = tr("%1 publishes more than one SPF record, which makes the SPF check fail everywhere.").arg(m_domain);
        return;
    }
    const SpfRecord record = SpfRecord::parse(records.first());
    if (!record.errors.isEmpty()) {
        finding.verdict = Verdict::Problem;
        finding.detail = tr("The SPF record has invalid terms (%1), so receivers treat the check as failed.")
                             .arg(record.errors.join(QStringLiteral(", ")));
        return;
    }
    const std::optional<SpfRecord::Qualifier> all = record.allQualifier();
    if (all == SpfRecord::Qualifier::Pass) {
        finding.verdict = Verdict::Problem;
        finding.detail
            = tr("The SPF record ends in +all, which allows every server on the internet to send as %1.").arg(m_domain);
        finding.why = tr("Anyone can then forge your address and still pass SPF, so receivers treat the record as "
                         "worthless or suspicious.");
        return;
    }
    if (m_report.spfLookups > SpfLookupLimit) {
        finding.verdict = Verdict::Problem;
        finding.detail = tr("The SPF record needs %1 DNS look-ups (its includes counted); the limit is %2.")
                             .arg(m_report.spfLookups)
                             .arg(SpfLookupLimit);
        finding.why = tr("Receivers stop after 10 look-ups and treat the check as failed, so even your own mail can "
                         "fail SPF.");
        return;
    }
    if (!m_spfBrokenReferences.isEmpty()) {
        finding.verdict = Verdict::Problem;
        finding.detail = tr("The SPF record refers to %1, which has no single SPF record, so the check fails.")
                             .arg(m_spfBrokenReferences.join(QStringLiteral(", ")));
        return;
    }
    if (all == SpfRecord::Qualifier::Fail) {
        finding.verdict = Verdict::Ok;
        finding.detail = tr("SPF names the servers that may send for %1 and tells receivers to reject the rest (-all).")
                             .arg(m_domain);
    } else if (all == SpfRecord::Qualifier::SoftFail) {
        finding.verdict = Verdict::Ok;
        finding.detail
            = tr("SPF names the servers that may send for %1 and marks the rest as suspicious (~all).").arg(m_domain);
    } else if (!all && !record.redirect.isEmpty()) {
        finding.verdict = Verdict::Ok;
        finding.detail = tr("SPF for %1 follows the policy of %2 (redirect).").arg(m_domain, record.redirect);
    } else {
        finding.verdict = Verdict::Warning;
        finding.detail = tr("The SPF record ends without a verdict for other servers (?all or no all), so it does not "
                            "help against forged mail.");
    }
    if (m_spfLookupIncomplete) {
        finding.detail
            += QLatin1Char(' ') + tr("Some included records could not be read, so the look-up count may be higher.");
    }
}

void DomainHealthCheck::describeDmarc()
{
    DomainHealthReport::Finding &finding = m_report.dmarc;
    finding.why = tr("DMARC tells receivers what to do with mail that fakes %1; Gmail and Yahoo require it from "
                     "domains that send a lot of mail.")
                      .arg(m_domain);
    const auto recordsIn = [](const std::optional<Answer> &answer) {
        QStringList records;
        if (answer) {
            for (const QString &text : answer->texts) {
                if (DmarcRecord::isDmarc(text)) {
                    records.append(text);
                }
            }
        }
        return records;
    };
    QStringList records = recordsIn(m_dmarcAnswer);
    m_report.dmarcFrom = m_domain;
    if (records.isEmpty() && m_dmarcOrganisationalAnswer) {
        records = recordsIn(m_dmarcOrganisationalAnswer);
        if (!records.isEmpty()) {
            m_report.dmarcFrom = m_organisationalDomain;
        }
    }
    if (!m_dmarcAnswer) {
        finding.verdict = Verdict::LookupFailed;
        finding.detail = tr("The DMARC look-up did not finish in time.");
        return;
    }
    if (records.isEmpty()) {
        if (m_dmarcAnswer->error != QDnsLookup::NoError && m_dmarcAnswer->error != QDnsLookup::NotFoundError) {
            finding.verdict = Verdict::LookupFailed;
            finding.detail = tr("The DMARC look-up failed: %1").arg(m_dmarcAnswer->errorString);
            return;
        }
        m_report.dmarcFrom.clear();
        finding.verdict = Verdict::Warning;
        finding.detail = tr("%1 publishes no DMARC record.").arg(m_domain);
        return;
    }
    finding.record = records.join(QStringLiteral(" | "));
    if (records.size() > 1) {
        finding.verdict = Verdict::Problem;
        finding.detail = tr("There is more than one DMARC record, so receivers ignore them all.");
        return;
    }
    const DmarcRecord record = DmarcRecord::parse(records.first());
    if (!record.policy || !record.errors.isEmpty()) {
        finding.verdict = Verdict::Problem;
        finding.detail = record.errors.isEmpty() ? tr("The DMARC record has no policy (p=), so receivers ignore it.")
                                                 : tr("The DMARC record is invalid (%1), so receivers ignore it.")
                                                       .arg(record.errors.join(QStringLiteral(", ")));
        return;
    }
    switch (*record.policy) {
    case DmarcRecord::Policy::None:
        finding.verdict = Verdict::Warning;
        finding.detail = tr("The DMARC policy is \"none\": receivers only report mail that fails the checks and still "
                            "deliver it.");
        break;
    case DmarcRecord::Policy::Quarantine:
        finding.verdict = Verdict::Ok;
        finding.detail = tr("The DMARC policy is \"quarantine\": receivers put mail that fails the checks into spam.");
        break;
    case DmarcRecord::Policy::Reject:
        finding.verdict = Verdict::Ok;
        finding.detail = tr("The DMARC policy is \"reject\": receivers refuse mail that fails the checks.");
        break;
    }
    if (record.percent < 100) {
        finding.detail += QLatin1Char(' ') + tr("It applies to only %1% of such mail.").arg(record.percent);
    }
    if (m_report.dmarcFrom != m_domain) {
        finding.detail += QLatin1Char(' ')
            + tr("The record is published by %1 and covers its subdomains.").arg(m_report.dmarcFrom);
    }
}

void DomainHealthCheck::describeDkim()
{
    DomainHealthReport::Finding &finding = m_report.dkim;
    finding.why
        = tr("A DKIM signature lets receivers check that mail really comes from %1 and was not changed on the way.")
              .arg(m_domain);
    if (m_dkimSelectors.isEmpty()) {
        finding.verdict = Verdict::NotChecked;
        finding.detail = tr("Not checked: DKIM keys are published under a name (selector) that only the sending "
                            "service knows, and none is known for this domain.");
        return;
    }
    // The first selector, in the order asked for, that has a record decides.
    for (const QString &selector : m_dkimSelectors) {
        const auto it = std::find_if(m_dkimAnswers.cbegin(), m_dkimAnswers.cend(),
                                     [&](const auto &entry) { return entry.first == selector; });
        if (it == m_dkimAnswers.cend() || it->second.texts.isEmpty()) {
            continue;
        }
        m_report.dkimSelector = selector;
        finding.record = it->second.texts.first();
        const DkimRecord record = DkimRecord::parse(finding.record);
        if (!record.errors.isEmpty()) {
            finding.verdict = Verdict::Problem;
            finding.detail = tr("The DKIM record at selector %1 is invalid (%2).")
                                 .arg(selector, record.errors.join(QStringLiteral(", ")));
        } else if (record.isRevoked()) {
            finding.verdict = Verdict::Problem;
            finding.detail = tr("The DKIM key at selector %1 has been revoked (empty p=).").arg(selector);
        } else if (record.keyType == QLatin1String("rsa") && record.keyBits < 1024) {
            finding.verdict = Verdict::Problem;
            finding.detail = tr("The DKIM key at selector %1 has only %2 bits; receivers ignore keys this short.")
                                 .arg(selector)
                                 .arg(record.keyBits);
        } else if (record.keyType == QLatin1String("rsa") && record.keyBits < 2048) {
            finding.verdict = Verdict::Warning;
            finding.detail = tr("The DKIM key at selector %1 has %2 bits; 2048 bits are recommended.")
                                 .arg(selector)
                                 .arg(record.keyBits);
        } else {
            finding.verdict = Verdict::Ok;
            finding.detail = tr("A DKIM key is published at selector %1 (%2, %3 bits).")
                                 .arg(selector, record.keyType.toUpper())
                                 .arg(record.keyBits);
        }
        return;
    }
    const bool allAnswered = m_dkimAnswers.size() == m_dkimSelectors.size();
    const bool anyFailed = std::any_of(m_dkimAnswers.cbegin(), m_dkimAnswers.cend(), [](const auto &entry) {
        return entry.second.error != QDnsLookup::NoError && entry.second.error != QDnsLookup::NotFoundError;
    });
    if (!allAnswered || anyFailed) {
        finding.verdict = Verdict::LookupFailed;
        finding.detail = tr("The DKIM look-up for selector %1 failed.").arg(m_dkimSelectors.join(QStringLiteral(", ")));
        return;
    }
    finding.verdict = m_options.dkimSelectors.isEmpty() ? Verdict::NotChecked : Verdict::Problem;
    finding.detail = tr("No DKIM key is published at selector %1.").arg(m_dkimSelectors.join(QStringLiteral(", ")));
}

QString DomainHealthCheck::summary() const
{
    if (!m_report.domainExists) {
        return tr("%1 does not exist in DNS, so mail from it will be rejected.").arg(m_domain);
    }
    switch (m_report.overall()) {
    case Verdict::Ok:
        return tr("%1 is set up well for sending mail.").arg(m_domain);
    case Verdict::Warning:
        return tr("%1 can send mail, but some settings make it more likely to land in spam.").arg(m_domain);
    case Verdict::Problem:
        return tr("%1 has problems that can get its mail rejected or marked as spam.").arg(m_domain);
    case Verdict::NotChecked:
    case Verdict::LookupFailed:
        break;
    }
    return tr("The DNS look-ups for %1 failed, so nothing could be checked.").arg(m_domain);
}

} // namespace Diagnostics
