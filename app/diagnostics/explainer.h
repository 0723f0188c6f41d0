// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/diagnostics/explanation.h"
#include "app/diagnostics/failureevidence.h"

#include <QLocale>

namespace Diagnostics
{

class RuleBook;

// Turns failure evidence into an Explanation by the first matching rule of a RuleBook,
// trying in turn what Kurier observed itself (network, TLS), the provider's own wording
// (recognised by host name or signature text), generic wording, the RFC 3463 enhanced
// code, the basic reply code, and finally the phase. Pure and thread-safe: no I/O, no state.
class Explainer
{
public:
    explicit Explainer(const RuleBook &book);
    Explainer(); // the built-in table

    Explanation explain(const FailureEvidence &evidence, const QLocale &locale = QLocale()) const;

private:
    const RuleBook &m_book;
};

} // namespace Diagnostics
