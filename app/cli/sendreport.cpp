// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/sendreport.h"

#include "app/cli/exitcode.h"
#include "app/smtp/transcript.h"

namespace Cli
{

using Smtp::Error;
using Smtp::RecipientResult;
using Smtp::SendResult;
using Kind = Error::Kind;

int SendReport::exitCode(const SendResult &result)
{
    switch (result.outcome) {
    case SendResult::Outcome::Sent:
        return ExitCode::Ok;
    case SendResult::Outcome::DeliveryUnknown:
        // Not 75: a caller that retries on "temporary" would send the message twice.
        return ExitCode::IoError;
    case SendResult::Outcome::PartiallySent:
        return ExitCode::RecipientRejected;
    case SendResult::Outcome::Failed:
        break;
    }
    if (!result.error) {
        return ExitCode::InternalError;
    }
    const Error &error = *result.error;
    if (error.kind == Kind::DeliveryUnknown) {
        return ExitCode::IoError;
    }
    if (error.isTemporary()) {
        return ExitCode::TemporaryFailure;
    }
    switch (error.kind) {
    case Kind::InvalidAddress:
    case Kind::NoRecipients:
    case Kind::InvalidMessage:
        return ExitCode::DataError;
    case Kind::MissingCredentials:
    case Kind::PlaintextAuthRefused:
    case Kind::AuthenticationNotOffered:
    case Kind::NoCommonAuthMechanism:
        return ExitCode::ConfigurationError;
    case Kind::HostNotFound:
        return ExitCode::HostUnknown;
    case Kind::ConnectionRefused:
    case Kind::NetworkError:
    case Kind::ConnectionLost:
    case Kind::Timeout:
    case Kind::Cancelled:
        return ExitCode::TemporaryFailure;
    case Kind::TlsHandshakeFailed:
    case Kind::TlsVersionTooOld:
    case Kind::CertificateUntrusted:
    case Kind::StartTlsNotOffered:
    case Kind::StartTlsRefused:
    case Kind::ResponseInjection:
    case Kind::ProtocolViolation:
    case Kind::EhloRejected:
    case Kind::ServerSignatureInvalid:
    case Kind::UnexpectedReply:
        return ExitCode::ProtocolError;
    case Kind::AuthenticationFailed:
        return ExitCode::PermissionDenied;
    case Kind::RecipientRejected:
        return ExitCode::RecipientRejected;
    case Kind::MessageSourceFailed:
        return ExitCode::IoError;
    case Kind::ServiceUnavailable:
    case Kind::MessageTooLarge:
    case Kind::EightBitMimeNotSupported:
    case Kind::SmtpUtf8NotSupported:
    case Kind::SenderRejected:
    case Kind::DataRejected:
        return ExitCode::Unavailable;
    case Kind::DeliveryUnknown:
        return ExitCode::IoError;
    }
    return ExitCode::InternalError;
}

QString SendReport::errorSentence(const Error &error)
{
    switch (error.kind) {
    case Kind::InvalidAddress:
        return tr("The address \"%1\" cannot be used in the envelope: it %2.").arg(error.mailbox, error.detail);
    case Kind::NoRecipients:
        return tr("The message has no recipients.");
    case Kind::MissingCredentials:
        return tr("No password or token was available for the login.");
    case Kind::PlaintextAuthRefused:
        return tr("Kurier refused to log in over an unencrypted connection; nothing was sent.");
    case Kind::InvalidMessage:
    case Kind::MessageSourceFailed:
        return tr("The message itself could not be sent: %1.").arg(error.detail);
    case Kind::HostNotFound:
        return tr("The server name could not be resolved.");
    case Kind::ConnectionRefused:
        return tr("The server refused the connection.");
    case Kind::NetworkError:
    case Kind::ConnectionLost:
        return tr("The connection was lost.");
    case Kind::Timeout:
        return tr("The server did not answer in time.");
    case Kind::TlsHandshakeFailed:
        return tr("The secure connection (TLS) could not be established.");
    case Kind::TlsVersionTooOld:
        return tr("The server offers only outdated TLS versions (older than 1.2).");
    case Kind::CertificateUntrusted:
        return tr("The server's certificate is not trusted, so nothing was sent.");
    case Kind::StartTlsNotOffered:
        return tr("The server does not offer STARTTLS, so nothing was sent.");
    case Kind::StartTlsRefused:
        return tr("The server refused STARTTLS, so nothing was sent.");
    case Kind::ResponseInjection:
        return tr(
            "Unexpected data followed the server's STARTTLS answer (possible attack); the connection was closed.");
    case Kind::ProtocolViolation:
    case Kind::UnexpectedReply:
        return tr("The server broke the SMTP protocol.");
    case Kind::ServiceUnavailable:
        return tr("The server is not accepting mail at the moment.");
    case Kind::EhloRejected:
        return tr("The server rejected the EHLO greeting.");
    case Kind::AuthenticationNotOffered:
        return tr("The server offers no login on this port.");
    case Kind::NoCommonAuthMechanism:
        return tr("The server offers no login method the account can use.");
    case Kind::AuthenticationFailed:
        return tr("The server rejected the login.");
    case Kind::ServerSignatureInvalid:
        return tr("The server could not prove that it knows the password (SCRAM); the connection was closed.");
    case Kind::MessageTooLarge:
        return tr("The message is too large for the server.");
    case Kind::EightBitMimeNotSupported:
        return tr("The message needs 8BITMIME, which the server does not offer.");
    case Kind::SmtpUtf8NotSupported:
        return tr("An address or header needs SMTPUTF8, which the server does not offer.");
    case Kind::SenderRejected:
        return tr("The server rejected the sender %1.").arg(error.mailbox);
    case Kind::RecipientRejected:
        return tr("The server rejected the recipient %1.").arg(error.mailbox);
    case Kind::DataRejected:
        return tr("The server refused the message.");
    case Kind::Cancelled:
        return tr("Sending was cancelled.");
    case Kind::DeliveryUnknown:
        return tr("The server did not confirm the message; it may have been sent. Check before sending it again.");
    }
    return {};
}

QString SendReport::summary(const SendResult &result)
{
    switch (result.outcome) {
    case SendResult::Outcome::Sent:
        return tr("Sent. The server said: %1").arg(result.queueIdLines.join(QStringLiteral("; ")));
    case SendResult::Outcome::PartiallySent:
        return tr("Sent to some recipients only; the others were rejected.");
    case SendResult::Outcome::DeliveryUnknown:
        return tr("The server did not confirm the message; it may have been sent. Check before sending it again.");
    case SendResult::Outcome::Failed:
        break;
    }
    return result.error ? tr("Not sent. %1").arg(errorSentence(*result.error)) : tr("Not sent.");
}

QStringList SendReport::facts(const SendResult &result)
{
    QStringList lines;
    if (result.error) {
        const Error &error = *result.error;
        lines.append(tr("Error: %1 in phase %2 (%3)")
                         .arg(Error::kindName(error.kind), Smtp::phaseName(error.phase),
                              error.isTemporary() ? tr("temporary") : tr("permanent")));
        if (error.replyCode > 0) {
            lines.append(tr("Server reply: %1 %2").arg(error.replyCode).arg(error.enhancedCode).trimmed());
        }
        if (!error.command.isEmpty()) {
            lines.append(tr("In answer to: %1").arg(error.command));
        }
        for (const QString &line : error.serverText.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            lines.append(tr("Server said: %1").arg(Smtp::Transcript::visible(line)));
        }
        if (!error.detail.isEmpty()) {
            lines.append(tr("Detail: %1").arg(error.detail));
        }
        for (const QSslError &sslError : error.sslErrors) {
            lines.append(tr("TLS error: %1").arg(sslError.errorString()));
        }
        for (const Smtp::CertificateInfo &certificate : error.certificateChain) {
            lines.append(tr("Certificate: %1").arg(certificate.subject));
            lines.append(tr("  issued by: %1").arg(certificate.issuer));
            lines.append(tr("  names: %1").arg(certificate.subjectAlternativeNames.join(QStringLiteral(", "))));
            lines.append(
                tr("  valid: %1 to %2")
                    .arg(certificate.notBefore.toString(Qt::ISODate), certificate.notAfter.toString(Qt::ISODate)));
            lines.append(tr("  SHA-256: %1").arg(certificate.sha256Fingerprint));
        }
    }
    for (const RecipientResult &recipient : result.recipients) {
        if (recipient.status == RecipientResult::Status::Delivered) {
            continue;
        }
        QString status;
        switch (recipient.status) {
        case RecipientResult::Status::NotAttempted:
            status = tr("not attempted");
            break;
        case RecipientResult::Status::Rejected:
            status = tr("rejected");
            break;
        case RecipientResult::Status::Accepted:
            status = tr("accepted, but the message was not sent");
            break;
        case RecipientResult::Status::Failed:
            status = tr("accepted, but the message was refused");
            break;
        case RecipientResult::Status::Unknown:
            status = tr("unknown (may have been delivered)");
            break;
        case RecipientResult::Status::Delivered:
            break;
        }
        QString line = tr("Recipient %1: %2").arg(recipient.address, status);
        if (recipient.replyCode > 0) {
            line += QStringLiteral(" (") + QString::number(recipient.replyCode) + QLatin1Char(' ')
                + Smtp::Transcript::visible(recipient.serverText) + QLatin1Char(')');
        }
        lines.append(line);
    }
    return lines;
}

} // namespace Cli
