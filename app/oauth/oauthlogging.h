// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// "kurier.oauth": sign-in and token refresh. Never logs a token, a code, a verifier or a client
// secret; only kinds, provider ids, HTTP statuses and the provider's error codes.
Q_DECLARE_LOGGING_CATEGORY(lcOAuth)
