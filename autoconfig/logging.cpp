// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoconfig/logging.h"

Q_LOGGING_CATEGORY(lcAutoconfig, "kurier.autoconfig", QtInfoMsg)
