// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QUrl>

#include <optional>

namespace Diagnostics
{

// One thing the user can do about a failure. The kind is what the troubleshooting dialog
// wires to a real fix (e.g. UseImplicitTls edits the account); the text is for people.
struct SuggestedAction {
    enum class Kind {
        ReEnterPassword,
        CreateAppPassword,
        SignInWithBrowser,
        SwitchToOAuth,
        SignInAgain, // OAuth: run the browser sign-in again (the old one was revoked or expired)
        EnableMailAppAccess,
        UseImplicitTls,
        UseStartTls,
        CheckServerName,
        CheckNetwork,
        ReviewCertificate,
        UseTrustedNetwork,
        EnableAuthentication,
        UseMatchingSender,
        EditRecipients,
        SendInBatches,
        ShrinkMessage,
        ChangeContent,
        WaitAndRetry,
        CheckSentFolder,
        SecureAccount,
        ContactProvider,
        ContactAdministrator,
        CheckSettings,
        CopyDiagnostics,
    };

    Kind kind = Kind::CopyDiagnostics;
    QString text; // in the user's language
    QUrl url; // the provider's page for this step, when there is one
    QString adminText; // for ContactAdministrator: what to forward to the administrator

    static QString id(Kind kind);
    static std::optional<Kind> fromId(QStringView id);
    static QList<Kind> allKinds();
};

} // namespace Diagnostics
