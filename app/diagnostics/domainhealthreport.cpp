// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/diagnostics/domainhealthreport.h"

#include <QJsonArray>

namespace Diagnostics
{

namespace
{

int severity(DomainHealthReport::Verdict verdict)
{
    switch (verdict) {
    case DomainHealthReport::Verdict::Problem:
        return 3;
    case DomainHealthReport::Verdict::Warning:
        return 2;
    case DomainHealthReport::Verdict::Ok:
        return 1;
    case DomainHealthReport::Verdict::NotChecked:
    case DomainHealthReport::Verdict::LookupFailed:
        return 0;
    }
    return 0;
}

QJsonObject findingJson(const DomainHealthReport::Finding &finding)
{
    return QJsonObject{
        {QStringLiteral("record"),
         finding.record.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(finding.record)},
        {QStringLiteral("verdict"), DomainHealthReport::verdictId(finding.verdict)},
        {QStringLiteral("detail"), finding.detail},
        {QStringLiteral("why"), finding.why},
    };
}

} // namespace

DomainHealthReport::Verdict DomainHealthReport::overall() const
{
    Verdict worst = Verdict::NotChecked;
    for (const Finding *finding : {&mxFinding, &spf, &dmarc, &dkim}) {
        if (severity(finding->verdict) > severity(worst)) {
            worst = finding->verdict;
        }
    }
    return worst;
}

QString DomainHealthReport::verdictId(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok:
        return QStringLiteral("ok");
    case Verdict::Warning:
        return QStringLiteral("warning");
    case Verdict::Problem:
        return QStringLiteral("problem");
    case Verdict::NotChecked:
        return QStringLiteral("not-checked");
    case Verdict::LookupFailed:
        return QStringLiteral("lookup-failed");
    }
    return QString();
}

QJsonObject DomainHealthReport::toJson() const
{
    QJsonArray mxArray;
    for (const Mx &entry : mx) {
        mxArray.append(
            QJsonObject{{QStringLiteral("host"), entry.exchange}, {QStringLiteral("preference"), entry.preference}});
    }
    QJsonObject spfJson = findingJson(spf);
    spfJson.insert(QStringLiteral("lookups"), spfLookups);
    QJsonObject dmarcJson = findingJson(dmarc);
    dmarcJson.insert(QStringLiteral("domain"),
                     dmarcFrom.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(dmarcFrom));
    QJsonObject dkimJson = findingJson(dkim);
    dkimJson.insert(QStringLiteral("selector"),
                    dkimSelector.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(dkimSelector));
    return QJsonObject{
        {QStringLiteral("domain"), domain},
        {QStringLiteral("verdict"), verdictId(overall())},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("mx"), mxArray},
        {QStringLiteral("mx_check"), findingJson(mxFinding)},
        {QStringLiteral("spf"), spfJson},
        {QStringLiteral("dmarc"), dmarcJson},
        {QStringLiteral("dkim"), dkimJson},
    };
}

} // namespace Diagnostics
