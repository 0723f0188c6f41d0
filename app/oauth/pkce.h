// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace OAuth
{

// Proof Key for Code Exchange (RFC 7636) with the S256 method: the authorization request
// carries challenge(), the token request the verifier, so an authorization code caught by
// another program on this computer is useless without it.
struct Pkce {
    QByteArray verifier; // 43 unreserved characters (32 random octets, base64url)

    static Pkce generate();
    // BASE64URL(SHA256(verifier)) without padding (RFC 7636 §4.2).
    static QByteArray challengeFor(const QByteArray &verifier);
    QByteArray challenge() const { return challengeFor(verifier); }
    static constexpr auto Method = "S256";
};

} // namespace OAuth
