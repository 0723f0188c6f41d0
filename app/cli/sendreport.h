// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/smtp/sendresult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Cli
{

// What `kurier send` says about a SendResult: the sysexits status of the command-line
// contract, one factual sentence, and the raw facts (reply, codes, server text, TLS errors,
// certificate) as lines. The plain-language explanation comes from Diagnostics::Explainer.
class SendReport
{
    Q_DECLARE_TR_FUNCTIONS(Cli::SendReport)
public:
    static int exitCode(const Smtp::SendResult &result);
    static QString summary(const Smtp::SendResult &result);
    static QStringList facts(const Smtp::SendResult &result);

private:
    static QString errorSentence(const Smtp::Error &error);
};

} // namespace Cli
