// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/oauth/signinerror.h"
#include "app/oauth/tokenset.h"

#include <QMetaType>

#include <optional>

namespace OAuth
{

// The one outcome of a sign-in, a refresh or a token look-up: tokens, or an error value.
struct TokenResult {
    std::optional<TokenSet> tokens;
    std::optional<Error> error;

    bool ok() const { return tokens.has_value() && !error; }
    static TokenResult success(const TokenSet &tokens) { return {tokens, std::nullopt}; }
    static TokenResult failure(const Error &error) { return {std::nullopt, error}; }
};

} // namespace OAuth

Q_DECLARE_METATYPE(OAuth::TokenResult)
