// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringView>

#include <optional>

namespace Diagnostics
{

// Everything known about one failure, without any wording: the explainer's input.
// It is filled either from the SMTP engine's error value or from a bare reply text that
// a user pasted (fromReplyText()); fields that are unknown stay empty / zero.
struct FailureEvidence {
    // What failed. Reply means the server answered with an error code; the others happen
    // below SMTP or are decisions Kurier made itself (e.g. refusing a downgrade).
    enum class Kind {
        Unknown,
        Reply,
        HostNotFound,
        ConnectionRefused,
        ConnectionTimedOut,
        NetworkUnreachable,
        ResponseTimedOut,
        ConnectionLost,
        TlsHandshakeFailed,
        TlsVersionUnsupported,
        CertificateInvalid,
        StartTlsNotOffered,
        ProtocolViolation,
        AuthenticationNotOffered,
        NoCommonAuthMethod,
        PasswordWithoutEncryption,
        MessageTooLargeForServer,
        InvalidSettings,
        InvalidAddress,
        MissingCredentials,
        InvalidMessage,
        ExtensionNotSupported,
        SignInExpired, // OAuth: the provider no longer accepts Kurier's sign-in; only a new one helps
        Internal,
    };

    // Where in the conversation it failed; FinalReply is the wait after the message's final dot.
    enum class Phase {
        Unknown,
        Resolve,
        Connect,
        TlsHandshake,
        Greeting,
        Ehlo,
        StartTls,
        Authentication,
        MailFrom,
        RcptTo,
        Data,
        MessageBody,
        FinalReply,
        Quit,
    };

    Kind kind = Kind::Unknown;
    Phase phase = Phase::Unknown;
    int replyCode = 0; // 0 when the failure happened below SMTP or no code was found
    QString enhancedCode; // RFC 3463, e.g. "5.7.8"; empty when not offered
    QString serverText; // the server's reply (or the pasted text), verbatim
    QString errorText; // a local error description (socket/TLS library), never shown as the server's
    QString host; // the SMTP server's host name, when known
    quint16 port = 0; // 0 when unknown
    QList<QSslError::SslError> sslErrors;
    QSslCertificate certificate; // the server's certificate, when a TLS problem involved one

    // The reply's text without codes, lines joined by spaces, plus errorText: what rule
    // patterns are matched against.
    QString matchText() const;

    // Reads a reply as a user would paste it: one or more "CODE[-| ]ENHANCED text" lines, or
    // another program's error message that quotes a reply somewhere inside (e.g.
    // "SMTPAuthenticationError: (534, b'5.7.9 ...')"). Never fails; at worst nothing but
    // the text is known. Input beyond 64 KiB is ignored.
    static FailureEvidence fromReplyText(QStringView text);

    static QString kindId(Kind kind);
    static std::optional<Kind> kindFromId(QStringView id);
    static QString phaseId(Phase phase);
    static std::optional<Phase> phaseFromId(QStringView id);
};

} // namespace Diagnostics
