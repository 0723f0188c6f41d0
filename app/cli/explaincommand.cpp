// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/explaincommand.h"

#include "app/cli/exitcode.h"
#include "app/cli/standardstreams.h"
#include "app/diagnostics/explainer.h"
#include "app/diagnostics/failureevidence.h"

#include <QJsonDocument>

namespace Cli
{

namespace
{

constexpr qsizetype MaxReplyBytes = 64 * 1024;

} // namespace

void ExplainCommand::start()
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("REPLY"),
                                 tr("The server's reply, e.g. \"535 5.7.8 Authentication failed\" (default: read "
                                    "standard input, several lines allowed)."),
                                 tr("[REPLY...]"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the explanation as one JSON object."));
    parser.addOption(json);
    if (!parse(parser, tr("Explains what an SMTP server's reply means and what you can do about it."))) {
        return;
    }

    QString reply = parser.positionalArguments().join(QLatin1Char(' '));
    if (parser.positionalArguments().isEmpty()) {
        if (StandardStreams::stdinIsTerminal()) {
            StandardStreams::err(tr("Paste the server's reply, then press Ctrl+D."));
        }
        const std::optional<QByteArray> input = StandardStreams::readAllStdin(MaxReplyBytes);
        if (!input) {
            failWith(ExitCode::Usage,
                     tr("The reply on standard input is longer than 64 KiB; give only the server's reply."));
            return;
        }
        reply = QString::fromUtf8(*input);
    }
    if (reply.trimmed().isEmpty()) {
        failWith(
            ExitCode::Usage,
            tr("Give the server's reply, e.g. \"kurier explain '535 5.7.8 Authentication failed'\", or pipe it in."));
        return;
    }

    const Diagnostics::Explanation explanation
        = Diagnostics::Explainer().explain(Diagnostics::FailureEvidence::fromReplyText(reply));
    if (parser.isSet(json)) {
        StandardStreams::out(
            QString::fromUtf8(QJsonDocument(explanation.toJson()).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        StandardStreams::out(render(explanation));
    }
    finishWith(ExitCode::Ok);
}

QString ExplainCommand::render(const Diagnostics::Explanation &explanation)
{
    QStringList lines{explanation.title, QString(), explanation.text};
    for (const QString &detail : explanation.details) {
        lines.append(tr("  %1").arg(detail));
    }
    lines.append(QString());
    lines.append(explanation.retryable() ? tr("Trying again later may help.")
                                         : tr("Trying again will not help until something is changed."));
    if (!explanation.actions.isEmpty()) {
        lines.append(QString());
        lines.append(tr("What you can do:"));
        for (const Diagnostics::SuggestedAction &action : explanation.actions) {
            lines.append(action.url.isValid() ? tr("  - %1 (%2)").arg(action.text, action.url.toString())
                                              : tr("  - %1").arg(action.text));
            if (!action.adminText.isEmpty()) {
                lines.append(tr("    Message for the administrator: %1").arg(action.adminText));
            }
        }
    }
    if (!explanation.serverText.isEmpty()) {
        lines.append(QString());
        lines.append(tr("The server said:"));
        const QStringList serverLines = explanation.serverText.split(QLatin1Char('\n'));
        for (const QString &line : serverLines) {
            lines.append(QLatin1String("  ") + line.trimmed());
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Cli
