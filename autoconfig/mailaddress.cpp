// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoconfig/mailaddress.h"

#include "autoconfig/providerconfig.h"

#include <QUrl>

namespace Autoconfig
{

std::optional<MailAddress> MailAddress::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == trimmed.size() - 1) {
        return std::nullopt;
    }
    MailAddress result;
    result.address = trimmed;
    result.localPart = trimmed.left(at);
    result.domain = trimmed.mid(at + 1).toLower();
    if (result.domain.endsWith(QLatin1Char('.'))) {
        result.domain.chop(1);
    }
    result.aceDomain = QString::fromLatin1(QUrl::toAce(result.domain));
    // Dotless domains ("localhost", intranet names) are left to the caller's address check.
    if (!isValidHostname(result.aceDomain)) {
        return std::nullopt;
    }
    return result;
}

} // namespace Autoconfig
