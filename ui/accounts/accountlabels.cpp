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

QString AccountLabels::port(quint16 port, Security security)
{
    if (port == 25) {
        return tr("25: the port between mail servers; many networks and providers block it for mail programs");
    }
    switch (security) {
    case Security::ImplicitTls:
        if (port == 587) {
            return tr("587: servers on this port usually expect STARTTLS, not TLS from the first byte");
        }
        return port == 465 ? tr("465: TLS from the first byte")
                           : tr("%1: TLS from the first byte, on a port your provider chose").arg(port);
    case Security::StartTls:
        if (port == 465) {
            return tr("465: servers on this port usually expect TLS from the first byte, not STARTTLS");
        }
        return port == 587 ? tr("587: STARTTLS, encryption required")
                           : tr("%1: STARTTLS, encryption required, on a port your provider chose").arg(port);
    case Security::None:
        return tr("%1: no encryption; the password and the message cross the network readable").arg(port);
    }
    return {};
}
