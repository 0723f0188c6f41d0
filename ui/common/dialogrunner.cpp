// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/dialogrunner.h"

DialogRunner::~DialogRunner() = default;
