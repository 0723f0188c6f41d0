// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "autoconfig/discovery.h"

#include <QCoreApplication>

namespace Autoconfig
{

// The one place where discovery's typed outcomes become translated sentences, for the
// wizard's live view, `kurier autoconfig` and logs shown to users.
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Autoconfig::Messages)
public:
    // "Provider's own configuration server", "ISP database", ...
    static QString sourceLabel(SourceKind kind);
    // One sentence on how a source ended (or that it is still running).
    static QString describe(const SourceReport &report);
    static QString describe(const Hint &hint, const QString &language);
    static QString describe(ConfirmationReason reason, const QString &otherDomain);
};

} // namespace Autoconfig
