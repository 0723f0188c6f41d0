// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/oauth/tokenrejection.h"

namespace OAuth
{

bool isTokenRejection(const Smtp::Credentials &credentials, const Smtp::SendResult &result)
{
    if (credentials.kind != Smtp::Credentials::Kind::OAuthToken || !result.error) {
        return false;
    }
    return result.error->kind == Smtp::Error::Kind::AuthenticationFailed
        && result.error->phase == Smtp::Phase::Authentication;
}

} // namespace OAuth
