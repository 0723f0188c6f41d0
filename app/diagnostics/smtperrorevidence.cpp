// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/diagnostics/smtperrorevidence.h"

#include "app/smtp/error.h"

namespace Diagnostics
{

namespace
{

using Kind = FailureEvidence::Kind;
using Phase = FailureEvidence::Phase;

Phase phaseOf(Smtp::Phase phase)
{
    switch (phase) {
    case Smtp::Phase::Preparing:
    case Smtp::Phase::Reset:
        return Phase::Unknown;
    case Smtp::Phase::Connecting:
        return Phase::Connect;
    case Smtp::Phase::TlsHandshake:
        return Phase::TlsHandshake;
    case Smtp::Phase::Greeting:
        return Phase::Greeting;
    case Smtp::Phase::Ehlo:
        return Phase::Ehlo;
    case Smtp::Phase::StartTls:
        return Phase::StartTls;
    case Smtp::Phase::Authentication:
        return Phase::Authentication;
    case Smtp::Phase::MailFrom:
        return Phase::MailFrom;
    case Smtp::Phase::RcptTo:
        return Phase::RcptTo;
    case Smtp::Phase::Data:
        return Phase::Data;
    case Smtp::Phase::DataTransfer:
        return Phase::MessageBody;
    case Smtp::Phase::DataTermination:
        return Phase::FinalReply;
    case Smtp::Phase::Quit:
        return Phase::Quit;
    }
    return Phase::Unknown;
}

Kind kindOf(const Smtp::Error &error)
{
    using E = Smtp::Error::Kind;
    switch (error.kind) {
    case E::InvalidAddress:
    case E::NoRecipients:
        return Kind::InvalidAddress;
    case E::MissingCredentials:
        // At the login step: an OAuth sign-in that could not be renewed (Accounts::CredentialsProblem).
        return error.phase == Smtp::Phase::Authentication ? Kind::SignInExpired : Kind::MissingCredentials;
    case E::PlaintextAuthRefused:
        return Kind::PasswordWithoutEncryption;
    case E::InvalidMessage:
    case E::MessageSourceFailed:
        return Kind::InvalidMessage;
    case E::HostNotFound:
        return Kind::HostNotFound;
    case E::ConnectionRefused:
        return Kind::ConnectionRefused;
    case E::NetworkError:
        return Kind::NetworkUnreachable;
    case E::ConnectionLost:
        return Kind::ConnectionLost;
    case E::Timeout:
        return error.phase == Smtp::Phase::Connecting ? Kind::ConnectionTimedOut : Kind::ResponseTimedOut;
    case E::TlsHandshakeFailed:
        return Kind::TlsHandshakeFailed;
    case E::TlsVersionTooOld:
        return Kind::TlsVersionUnsupported;
    case E::CertificateUntrusted:
        return Kind::CertificateInvalid;
    case E::StartTlsNotOffered:
        return Kind::StartTlsNotOffered;
    case E::ResponseInjection:
    case E::ProtocolViolation:
    case E::ServerSignatureInvalid:
        return Kind::ProtocolViolation;
    case E::AuthenticationNotOffered:
        return Kind::AuthenticationNotOffered;
    case E::NoCommonAuthMechanism:
        return Kind::NoCommonAuthMethod;
    case E::EightBitMimeNotSupported:
    case E::SmtpUtf8NotSupported:
        return Kind::ExtensionNotSupported;
    case E::MessageTooLarge:
        return error.replyCode > 0 ? Kind::Reply : Kind::MessageTooLargeForServer;
    case E::DeliveryUnknown:
        // Whatever ended the wait, the final reply never came: that is what the explanation needs.
        return Kind::ConnectionLost;
    case E::Cancelled:
        return Kind::Internal;
    case E::StartTlsRefused:
    case E::ServiceUnavailable:
    case E::EhloRejected:
    case E::AuthenticationFailed:
    case E::SenderRejected:
    case E::RecipientRejected:
    case E::DataRejected:
    case E::UnexpectedReply:
        return Kind::Reply;
    }
    return Kind::Unknown;
}

} // namespace

FailureEvidence evidenceFromSmtpError(const Smtp::Error &error, const QString &host, quint16 port)
{
    FailureEvidence evidence;
    evidence.kind = kindOf(error);
    evidence.phase = phaseOf(error.phase);
    if (error.kind == Smtp::Error::Kind::ResponseInjection) {
        evidence.phase = Phase::StartTls;
    } else if (error.kind == Smtp::Error::Kind::DeliveryUnknown) {
        evidence.phase = Phase::FinalReply;
    }
    evidence.replyCode = error.replyCode;
    evidence.enhancedCode = error.enhancedCode;
    evidence.serverText = error.serverText;
    evidence.errorText = error.detail;
    evidence.host = host;
    evidence.port = port;
    for (const QSslError &sslError : error.sslErrors) {
        evidence.sslErrors.append(sslError.error());
    }
    if (!error.certificateChain.isEmpty()) {
        evidence.certificate = error.certificateChain.first().certificate;
    }
    return evidence;
}

} // namespace Diagnostics
