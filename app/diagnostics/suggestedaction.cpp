// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/diagnostics/suggestedaction.h"

#include <array>
#include <utility>

namespace Diagnostics
{

namespace
{

using Kind = SuggestedAction::Kind;

// The ids name the actions in the rule table and in `kurier explain --json`.
constexpr std::array<std::pair<Kind, const char *>, 25> actionIds{{
    {Kind::ReEnterPassword, "re-enter-password"},
    {Kind::CreateAppPassword, "create-app-password"},
    {Kind::SignInWithBrowser, "sign-in-with-browser"},
    {Kind::SwitchToOAuth, "switch-to-oauth"},
    {Kind::SignInAgain, "sign-in-again"},
    {Kind::EnableMailAppAccess, "enable-mail-app-access"},
    {Kind::UseImplicitTls, "use-implicit-tls"},
    {Kind::UseStartTls, "use-starttls"},
    {Kind::CheckServerName, "check-server-name"},
    {Kind::CheckNetwork, "check-network"},
    {Kind::ReviewCertificate, "review-certificate"},
    {Kind::UseTrustedNetwork, "use-trusted-network"},
    {Kind::EnableAuthentication, "enable-authentication"},
    {Kind::UseMatchingSender, "use-matching-sender"},
    {Kind::EditRecipients, "edit-recipients"},
    {Kind::SendInBatches, "send-in-batches"},
    {Kind::ShrinkMessage, "shrink-message"},
    {Kind::ChangeContent, "change-content"},
    {Kind::WaitAndRetry, "wait-and-retry"},
    {Kind::CheckSentFolder, "check-sent-folder"},
    {Kind::SecureAccount, "secure-account"},
    {Kind::ContactProvider, "contact-provider"},
    {Kind::ContactAdministrator, "contact-administrator"},
    {Kind::CheckSettings, "check-settings"},
    {Kind::CopyDiagnostics, "copy-diagnostics"},
}};

} // namespace

QString SuggestedAction::id(Kind kind)
{
    for (const auto &[value, name] : actionIds) {
        if (value == kind) {
            return QString::fromLatin1(name);
        }
    }
    return QStringLiteral("copy-diagnostics");
}

std::optional<SuggestedAction::Kind> SuggestedAction::fromId(QStringView id)
{
    for (const auto &[value, name] : actionIds) {
        if (id == QLatin1String(name)) {
            return value;
        }
    }
    return std::nullopt;
}

QList<SuggestedAction::Kind> SuggestedAction::allKinds()
{
    QList<Kind> result;
    for (const auto &entry : actionIds) {
        result.append(entry.first);
    }
    return result;
}

} // namespace Diagnostics
