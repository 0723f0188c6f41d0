// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/oauth/oauthlogging.h"

Q_LOGGING_CATEGORY(lcOAuth, "kurier.oauth", QtInfoMsg)
