// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/logging.h"

Q_LOGGING_CATEGORY(lcAccounts, "kurier.accounts", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "kurier.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "kurier.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSmtp, "kurier.smtp", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMime, "kurier.mime", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDiagnostics, "kurier.diagnostics", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOutbox, "kurier.outbox", QtInfoMsg)
