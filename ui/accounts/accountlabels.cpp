// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/accountlabels.h"

using Accounts::AuthMethod;
using Accounts::Security;

QString AccountLabels::security(Security security)
{
    switch (security) {
    case Security::ImplicitTls:
        return tr("SSL/TLS — encrypted from the start");
    case Security::StartTls:
        return tr("STARTTLS — encrypted after connecting");
    case Security::None:
        return tr("None — not encrypted");
    }
    return {};
}

QString AccountLabels::authMethod(AuthMethod method)
{
    switch (method) {
    case AuthMethod::Auto:
        return tr("Automatic (recommended)");
    case AuthMethod::Plain:
        return tr("Password (PLAIN)");
    case AuthMethod::Login:
        return tr("Password (LOGIN)");
    case AuthMethod::CramMd5:
        return tr("Password (CRAM-MD5)");
    case AuthMethod::ScramSha256:
        return tr("Password (SCRAM-SHA-256)");
    case AuthMethod::XOAuth2:
        return tr("OAuth 2.0 (XOAUTH2)");
    case AuthMethod::OAuthBearer:
        return tr("OAuth 2.0 (OAUTHBEARER)");
    case AuthMethod::None:
        return tr("None — no sign-in");
    }
    return {};
}
