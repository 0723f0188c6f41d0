// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoconfig/sourcereport.h"

namespace Autoconfig
{

QString sourceName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::BundledTable:
        return QStringLiteral("bundled");
    case SourceKind::Provider:
        return QStringLiteral("provider");
    case SourceKind::ProviderWellKnown:
        return QStringLiteral("provider-well-known");
    case SourceKind::Ispdb:
        return QStringLiteral("ispdb");
    case SourceKind::Mx:
        return QStringLiteral("mx");
    case SourceKind::Srv:
        return QStringLiteral("srv");
    case SourceKind::ProviderHttp:
        return QStringLiteral("provider-http");
    case SourceKind::Autodiscover:
        return QStringLiteral("autodiscover");
    case SourceKind::Guess:
        return QStringLiteral("guess");
    }
    return {};
}

QString stateName(SourceState state)
{
    switch (state) {
    case SourceState::Waiting:
        return QStringLiteral("waiting");
    case SourceState::Found:
        return QStringLiteral("found");
    case SourceState::Nothing:
        return QStringLiteral("nothing");
    case SourceState::Failed:
        return QStringLiteral("failed");
    case SourceState::Skipped:
        return QStringLiteral("skipped");
    case SourceState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace Autoconfig
