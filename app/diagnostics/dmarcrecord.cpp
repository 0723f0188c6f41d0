// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/diagnostics/dmarcrecord.h"

#include <QRegularExpression>

namespace Diagnostics
{

namespace
{

std::optional<DmarcRecord::Policy> policyFrom(const QString &value)
{
    const QString policy = value.trimmed().toLower();
    if (policy == QLatin1String("none")) {
        return DmarcRecord::Policy::None;
    }
    if (policy == QLatin1String("quarantine")) {
        return DmarcRecord::Policy::Quarantine;
    }
    if (policy == QLatin1String("reject")) {
        return DmarcRecord::Policy::Reject;
    }
    return std::nullopt;
}

} // namespace

bool DmarcRecord::isDmarc(const QString &txt)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*v\\s*=\\s*DMARC1\\s*(;|$)"));
    return pattern.match(txt).hasMatch();
}

DmarcRecord DmarcRecord::parse(const QString &txt)
{
    DmarcRecord record;
    const QStringList tags = txt.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &tag : tags) {
        const qsizetype equals = tag.indexOf(QLatin1Char('='));
        if (equals < 0) {
            if (!tag.trimmed().isEmpty()) {
                record.errors.append(tag.trimmed());
            }
            continue;
        }
        const QString name = tag.left(equals).trimmed().toLower();
        const QString value = tag.mid(equals + 1).trimmed();
        if (name == QLatin1String("p")) {
            record.policy = policyFrom(value);
            if (!record.policy) {
                record.errors.append(tag.trimmed());
            }
        } else if (name == QLatin1String("sp")) {
            record.subdomainPolicy = policyFrom(value);
            if (!record.subdomainPolicy) {
                record.errors.append(tag.trimmed());
            }
        } else if (name == QLatin1String("pct")) {
            bool ok = false;
            const int percent = value.toInt(&ok);
            if (ok && percent >= 0 && percent <= 100) {
                record.percent = percent;
            } else {
                record.errors.append(tag.trimmed());
            }
        } else if (name == QLatin1String("rua")) {
            const QStringList uris = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString &uri : uris) {
                record.aggregateReports.append(uri.trimmed());
            }
        }
    }
    return record;
}

QString DmarcRecord::policyName(Policy policy)
{
    switch (policy) {
    case Policy::None:
        return QStringLiteral("none");
    case Policy::Quarantine:
        return QStringLiteral("quarantine");
    case Policy::Reject:
        return QStringLiteral("reject");
    }
    return QString();
}

} // namespace Diagnostics
