// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/accounttestcommand.h"

#include "app/accounts/accountstore.h"
#include "app/cli/exitcode.h"
#include "app/cli/explaincommand.h"
#include "app/cli/sendreport.h"
#include "app/cli/standardstreams.h"
#include "app/diagnostics/connectiontest.h"
#include "app/secrets/secretstore.h"
#include "app/smtp/saslclient.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cli
{

using Diagnostics::ConnectionTestReport;
using Diagnostics::ConnectionTestStep;

namespace
{

QString stepLabel(ConnectionTestStep::Kind kind)
{
    switch (kind) {
    case ConnectionTestStep::Kind::Resolve:
        return AccountTestCommand::tr("Name look-up");
    case ConnectionTestStep::Kind::Connect:
        return AccountTestCommand::tr("Connection");
    case ConnectionTestStep::Kind::TlsHandshake:
        return AccountTestCommand::tr("Encryption");
    case ConnectionTestStep::Kind::Ehlo:
        return AccountTestCommand::tr("Server greeting");
    case ConnectionTestStep::Kind::Authenticate:
        return AccountTestCommand::tr("Login");
    }
    return QString();
}

QString statusLabel(ConnectionTestStep::Status status)
{
    switch (status) {
    case ConnectionTestStep::Status::Waiting:
        return AccountTestCommand::tr("waiting");
    case ConnectionTestStep::Status::Running:
        return AccountTestCommand::tr("running");
    case ConnectionTestStep::Status::Passed:
        return AccountTestCommand::tr("ok");
    case ConnectionTestStep::Status::Failed:
        return AccountTestCommand::tr("FAILED");
    case ConnectionTestStep::Status::Skipped:
        return AccountTestCommand::tr("skipped");
    }
    return QString();
}

} // namespace

void AccountTestCommand::start()
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The account to test (see \"kurier account list\")."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as one JSON object."));
    parser.addOption(json);
    if (!parse(parser,
               tr("Tests an account's connection step by step (name look-up, connection, encryption, server "
                  "greeting, login) without sending any mail."))) {
        return;
    }
    m_json = parser.isSet(json);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        failWith(ExitCode::Usage, tr("Give one account id, e.g. \"kurier account test ola-example-com\"."));
        return;
    }
    const std::optional<Accounts::Account> account = m_services.accounts->account(positional.first());
    if (!account) {
        failWith(ExitCode::Usage,
                 tr("There is no account \"%1\"; \"kurier account list\" shows the accounts.").arg(positional.first()));
        return;
    }
    readSecret(*account);
}

void AccountTestCommand::readSecret(const Accounts::Account &account)
{
    const Smtp::Credentials::Kind kind = Smtp::SaslClient::secretKindFor(account.authMethod);
    if (kind == Smtp::Credentials::Kind::None) {
        runTest(account, std::nullopt);
        return;
    }
    if (account.security == Accounts::Security::None) {
        // The password is not even read: the test stops at the login step and says why.
        runTest(account, Smtp::Credentials{kind, QString()});
        return;
    }
    readCredentials(account, [this, account](const Smtp::Credentials &credentials) { runTest(account, credentials); });
}

void AccountTestCommand::runTest(const Accounts::Account &account, std::optional<Smtp::Credentials> credentials)
{
    auto *test = new Diagnostics::ConnectionTest(Smtp::SessionSettings::fromAccount(account), credentials, this);
    connect(test, &Diagnostics::ConnectionTest::finished, this, [this, test](const ConnectionTestReport &result) {
        test->deleteLater();
        report(result);
    });
    if (!m_json) {
        StandardStreams::out(tr("Testing the account \"%1\": %2, port %3 (%4); no mail is sent.")
                                 .arg(account.id, account.host)
                                 .arg(account.port)
                                 .arg(Accounts::toString(account.security)));
    }
    test->start();
}

void AccountTestCommand::report(const ConnectionTestReport &result)
{
    if (m_json) {
        StandardStreams::out(
            QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        StandardStreams::out(render(result));
    }
    finishWith(exitCode(result));
}

int AccountTestCommand::exitCode(const ConnectionTestReport &report)
{
    if (report.ok) {
        return ExitCode::Ok;
    }
    if (!report.error) {
        return ExitCode::InternalError;
    }
    // The same reading of an error value as for a failed send.
    Smtp::SendResult result;
    result.outcome = Smtp::SendResult::Outcome::Failed;
    result.error = report.error;
    return SendReport::exitCode(result);
}

QString AccountTestCommand::render(const ConnectionTestReport &report)
{
    QStringList lines;
    for (const ConnectionTestStep &step : report.steps) {
        lines.append(tr("%1: %2 (%3 ms)").arg(stepLabel(step.kind), statusLabel(step.status)).arg(step.elapsedMs));
        if (!step.detail.isEmpty()) {
            lines.append(QStringLiteral("  ") + step.detail);
        }
    }
    if (report.ok) {
        lines.append(tr("The account works: Kurier can log in and send mail through this server."));
    } else if (report.explanation && report.error && report.error->kind != Smtp::Error::Kind::Cancelled) {
        lines.append(QString());
        lines.append(ExplainCommand::render(*report.explanation));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Cli
