// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/checkdomaincommand.h"

#include "app/cli/exitcode.h"
#include "app/cli/standardstreams.h"
#include "app/diagnostics/domainhealthcheck.h"

#include <QJsonDocument>

namespace Cli
{

namespace
{

QString verdictLabel(Diagnostics::DomainHealthReport::Verdict verdict)
{
    using Verdict = Diagnostics::DomainHealthReport::Verdict;
    switch (verdict) {
    case Verdict::Ok:
        return CheckDomainCommand::tr("ok");
    case Verdict::Warning:
        return CheckDomainCommand::tr("warning");
    case Verdict::Problem:
        return CheckDomainCommand::tr("problem");
    case Verdict::NotChecked:
        return CheckDomainCommand::tr("not checked");
    case Verdict::LookupFailed:
        return CheckDomainCommand::tr("look-up failed");
    }
    return QString();
}

} // namespace

void CheckDomainCommand::start()
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("DOMAIN"), tr("The domain you send from, e.g. example.org."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the report as one JSON object."));
    const QCommandLineOption selector(
        QStringLiteral("dkim-selector"),
        tr("Check the DKIM key published under this selector (may be given several times)."), tr("SELECTOR"));
    parser.addOptions({json, selector});
    if (!parse(parser,
               tr("Checks a sender domain's DNS records that decide whether its mail is trusted: MX, SPF, "
                  "DMARC and DKIM."))) {
        return;
    }
    const QStringList positional = parser.positionalArguments();
    QString domain = positional.value(0).trimmed();
    if (domain.contains(QLatin1Char('@'))) {
        domain = domain.section(QLatin1Char('@'), -1);
    }
    if (positional.size() != 1 || domain.isEmpty() || domain.contains(QLatin1Char(' '))) {
        failWith(ExitCode::Usage, tr("Give one domain, e.g. \"kurier check-domain example.org\"."));
        return;
    }

    Diagnostics::DomainHealthCheck::Options options;
    options.dkimSelectors = parser.values(selector);
    const QString server = qEnvironmentVariable("KURIER_DNS_SERVER").trimmed();
    if (!server.isEmpty()) {
        options.nameserver = QHostAddress(server);
        if (options.nameserver.isNull()) {
            failWith(ExitCode::Usage, tr("KURIER_DNS_SERVER is \"%1\", which is not an IP address.").arg(server));
            return;
        }
    }
    auto *check = new Diagnostics::DomainHealthCheck(domain, options, this);
    connect(check, &Diagnostics::DomainHealthCheck::finished, this,
            [this, check, asJson = parser.isSet(json)](const Diagnostics::DomainHealthReport &result) {
                check->deleteLater();
                report(result, asJson);
            });
    check->start();
}

void CheckDomainCommand::report(const Diagnostics::DomainHealthReport &result, bool json)
{
    if (json) {
        StandardStreams::out(
            QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        StandardStreams::out(render(result));
    }
    using Verdict = Diagnostics::DomainHealthReport::Verdict;
    if (!result.domainExists) {
        finishWith(ExitCode::HostUnknown);
    } else if (result.mxFinding.verdict == Verdict::LookupFailed && result.spf.verdict == Verdict::LookupFailed
               && result.dmarc.verdict == Verdict::LookupFailed) {
        finishWith(ExitCode::TemporaryFailure);
    } else {
        finishWith(ExitCode::Ok);
    }
}

QString CheckDomainCommand::render(const Diagnostics::DomainHealthReport &result)
{
    QStringList lines{result.summary, QString()};
    const auto add = [&lines](const QString &name, const Diagnostics::DomainHealthReport::Finding &finding) {
        lines.append(tr("%1: %2").arg(name, verdictLabel(finding.verdict)));
        if (!finding.record.isEmpty()) {
            lines.append(QLatin1String("  ") + finding.record);
        }
        lines.append(QLatin1String("  ") + finding.detail);
        if (!finding.why.isEmpty() && finding.verdict != Diagnostics::DomainHealthReport::Verdict::Ok) {
            lines.append(tr("  Why it matters: %1").arg(finding.why));
        }
    };
    add(QStringLiteral("MX"), result.mxFinding);
    add(QStringLiteral("SPF"), result.spf);
    add(QStringLiteral("DMARC"), result.dmarc);
    add(QStringLiteral("DKIM"), result.dkim);
    return lines.join(QLatin1Char('\n'));
}

} // namespace Cli
