// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/smtp/credentials.h"
#include "app/smtp/sendresult.h"

namespace OAuth
{

// Whether a send failed because the SMTP server refused the OAuth access token it was given
// (XOAUTH2/OAUTHBEARER answered with the provider's 334 JSON error and then 5xx, or a plain
// 535): the token may have been revoked or expired early, so one refresh and one more attempt
// are worth it (TokenStore::Freshness::ForceRefresh). Never true for password logins.
bool isTokenRejection(const Smtp::Credentials &credentials, const Smtp::SendResult &result);

} // namespace OAuth
