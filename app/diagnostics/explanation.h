// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/diagnostics/category.h"
#include "app/diagnostics/suggestedaction.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Diagnostics
{

// A failure explained for people: what happened, in the user's language, what they can do,
// and what the server said word for word. Produced only by Explainer; the UI and the
// command line render it and never write their own wording for failures.
struct Explanation {
    enum class Retry { WillNotHelp, MayHelp };

    Category category = Category::Unknown;
    Retry retry = Retry::WillNotHelp;
    QString title;
    QString text; // the plain-language explanation
    QStringList details; // facts taken from the evidence (server, certificate names, ...)
    QList<SuggestedAction> actions;
    int replyCode = 0;
    QString enhancedCode;
    QString serverText; // verbatim, never translated
    QString providerId; // the recognised provider, if any
    QString providerName;
    QString ruleId; // which rule of the table decided, for diagnostics reports
    QUrl source; // where that rule's knowledge comes from

    bool retryable() const { return retry == Retry::MayHelp; }
    // The `kurier explain --json` object (fields fixed by the command-line contract).
    QJsonObject toJson() const;
};

} // namespace Diagnostics
