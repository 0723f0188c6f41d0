// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/oauth/signinerror.h"

#include <QMetaEnum>

namespace OAuth
{

Error Error::make(Kind kind, const QString &detail)
{
    Error error;
    error.kind = kind;
    error.detail = detail;
    return error;
}

bool Error::needsSignInAgain() const
{
    switch (kind) {
    case Kind::InvalidGrant:
    case Kind::NotSignedIn:
    case Kind::NoRefreshToken:
    case Kind::AuthorizationDenied:
    case Kind::StateMismatch:
    case Kind::DeviceCodeExpired:
        return true;
    case Kind::NoClientId:
    case Kind::InsecureEndpoint:
    case Kind::ListenFailed:
    case Kind::ClientRejected:
    case Kind::TokenEndpointError:
    case Kind::NetworkError:
    case Kind::Timeout:
    case Kind::Cancelled:
    case Kind::KeychainFailed:
    case Kind::DeviceFlowUnsupported:
        return false;
    }
    return false;
}

QString Error::kindName(Kind kind)
{
    return QString::fromLatin1(QMetaEnum::fromType<Kind>().valueToKey(static_cast<int>(kind)));
}

QString Error::facts() const
{
    QStringList parts{kindName(kind)};
    if (!providerId.isEmpty()) {
        parts.append(QStringLiteral("provider %1").arg(providerId));
    }
    if (httpStatus != 0) {
        parts.append(QStringLiteral("HTTP %1").arg(httpStatus));
    }
    if (!oauthError.isEmpty()) {
        parts.append(description.isEmpty() ? oauthError : QStringLiteral("%1: %2").arg(oauthError, description));
    }
    if (!detail.isEmpty()) {
        parts.append(detail);
    }
    return parts.join(QStringLiteral("; "));
}

Diagnostics::FailureEvidence Error::evidence() const
{
    using Evidence = Diagnostics::FailureEvidence;
    Evidence evidence;
    evidence.phase = Evidence::Phase::Authentication;
    evidence.errorText = facts();
    switch (kind) {
    case Kind::InvalidGrant:
    case Kind::NotSignedIn:
    case Kind::NoRefreshToken:
    case Kind::AuthorizationDenied:
    case Kind::StateMismatch:
    case Kind::DeviceCodeExpired:
        evidence.kind = Evidence::Kind::SignInExpired;
        break;
    case Kind::NoClientId:
    case Kind::InsecureEndpoint:
    case Kind::ClientRejected:
    case Kind::DeviceFlowUnsupported:
        evidence.kind = Evidence::Kind::InvalidSettings;
        break;
    case Kind::NetworkError:
        evidence.kind = Evidence::Kind::NetworkUnreachable;
        break;
    case Kind::Timeout:
        evidence.kind = Evidence::Kind::ResponseTimedOut;
        break;
    case Kind::TokenEndpointError:
        evidence.kind = Evidence::Kind::ProtocolViolation;
        break;
    case Kind::ListenFailed:
    case Kind::Cancelled:
    case Kind::KeychainFailed:
        evidence.kind = Evidence::Kind::Internal;
        break;
    }
    return evidence;
}

} // namespace OAuth
