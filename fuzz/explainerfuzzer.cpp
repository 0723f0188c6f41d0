// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Fuzzes the reply-text reader and the explainer with whatever a user might paste (or a
// hostile server might send). The first two bytes pick the evidence's kind and phase, so the
// rules for observed failures are fuzzed too. What the explainer promises is asserted.

#include "app/diagnostics/explainer.h"
#include "app/diagnostics/rulebook.h"

#include <cstdint>
#include <cstdlib>

namespace
{

void check(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2) {
        return 0;
    }
    using Diagnostics::FailureEvidence;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data) + 2, static_cast<qsizetype>(size - 2));
    FailureEvidence evidence = FailureEvidence::fromReplyText(text);
    check(evidence.replyCode == 0 || (evidence.replyCode >= 200 && evidence.replyCode <= 559));
    check(evidence.enhancedCode.isEmpty() || evidence.replyCode == 0
          || evidence.enhancedCode.front().digitValue() == evidence.replyCode / 100);
    check(evidence.serverText.size() <= 64 * 1024);

    // Odd first bytes keep the parsed evidence as it is; even ones pretend the engine observed it.
    if (data[0] % 2 == 0) {
        evidence.kind = FailureEvidence::Kind(data[0] / 2 % (int(FailureEvidence::Kind::Internal) + 1));
        evidence.phase = FailureEvidence::Phase(data[1] % (int(FailureEvidence::Phase::Quit) + 1));
        evidence.port = data[1] % 3 == 0 ? 25 : 587;
        evidence.errorText = text.left(200);
    }

    static const Diagnostics::Explainer explainer(Diagnostics::RuleBook::builtIn());
    for (const QLocale &locale : {QLocale(QLocale::English), QLocale(QLocale::Polish)}) {
        const Diagnostics::Explanation explanation = explainer.explain(evidence, locale);
        check(!explanation.title.isEmpty());
        check(!explanation.text.isEmpty());
        check(!explanation.actions.isEmpty());
        check(explanation.serverText == evidence.serverText);
        check(!Diagnostics::categoryId(explanation.category).isEmpty());
        for (const Diagnostics::SuggestedAction &action : explanation.actions) {
            check(!action.text.isEmpty());
        }
        static_cast<void>(explanation.toJson());
    }
    return 0;
}
