// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/diagnostics/failureevidence.h"

#include <QMetaType>
#include <QObject>
#include <QString>

namespace OAuth
{

// Why an OAuth sign-in or token refresh failed, as data without user-facing wording: the
// explainer words it (evidence()), the command line prints the raw facts. Never carries a
// token, a code or a client secret.
struct Error {
    Q_GADGET
public:
    enum class Kind {
        NoClientId, // no client id is configured for the provider
        InsecureEndpoint, // an endpoint that is neither https nor on this computer
        ListenFailed, // the loopback port for the browser's redirect could not be opened
        AuthorizationDenied, // the browser step ended with an error (the user said no, or the provider refused)
        StateMismatch, // a redirect that does not answer this sign-in (possible forgery)
        InvalidGrant, // the provider no longer accepts the refresh token (revoked, expired) or the code
        ClientRejected, // invalid_client, unauthorized_client: the client id (or secret) is wrong
        TokenEndpointError, // another error, or a reply that is not a token response
        NetworkError,
        Timeout,
        Cancelled,
        NotSignedIn, // no tokens are stored for the account
        NoRefreshToken, // the stored access token expired and there is no refresh token
        KeychainFailed, // the tokens could not be read from or written to the keychain
        DeviceCodeExpired, // RFC 8628: the user code ran out (expired_token, or its expires_in passed) unapproved
        DeviceFlowUnsupported, // the provider offers no device authorization grant for a scope that allows SMTP
    };
    Q_ENUM(Kind)

    Kind kind = Kind::TokenEndpointError;
    QString providerId;
    QString oauthError; // the provider's "error" code (RFC 6749 §5.2), e.g. "invalid_grant"
    QString description; // the provider's error_description, verbatim
    int httpStatus = 0; // 0 when no HTTP reply was involved
    QString detail; // untranslated technical fact (socket error, what was malformed)

    static Error make(Kind kind, const QString &detail = {});

    // Only a new browser sign-in can fix this (the explainer's "sign in again").
    bool needsSignInAgain() const;
    // Stable English names ("InvalidGrant"), for logs and JSON; never translated.
    static QString kindName(Kind kind);
    // One line of raw facts for logs and the command line: kind, error code, status, detail.
    QString facts() const;
    // The failure as evidence for Diagnostics::Explainer.
    Diagnostics::FailureEvidence evidence() const;
};

} // namespace OAuth

Q_DECLARE_METATYPE(OAuth::Error)
