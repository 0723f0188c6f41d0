// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/secrets/secretstore.h"
#include "app/smtp/credentials.h"

#include <QString>

namespace Accounts
{

// How what an account logs in with is kept in the keychain, in one place for every sender
// (the command line, the composer, the outbox and the connection test).

// The keychain entry that holds the secret for a kind of login.
Secrets::SecretKind secretKindFor(Smtp::Credentials::Kind kind);

// The credentials a stored secret stands for: a password as it is; for OAuth the access
// token of the token set the sign-in stored (OAuth::TokenSet; a bare access token is taken
// as it is).
// Refreshing an expired token is OAuth::TokenStore's job, not this function's.
Smtp::Credentials credentialsFromSecret(Smtp::Credentials::Kind kind, const QString &secret);

} // namespace Accounts
