// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/smtp/certificateinfo.h"
#include "app/smtp/phase.h"
#include "app/smtp/reply.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSslError>
#include <QString>

namespace Smtp
{

// What went wrong, as data without any user-facing wording: the error explainer turns it
// into sentences, the command line prints the raw facts. serverText is the server's reply
// exactly as received, never translated or shortened.
struct Error {
    Q_GADGET
public:
    enum class Kind {
        // refused before anything was sent
        InvalidAddress, // control characters, no '@', too long, ...
        NoRecipients,
        MissingCredentials,
        PlaintextAuthRefused, // the account has no encryption but asks for a login
        InvalidMessage, // size unknown or the message source cannot be opened
        // network and TLS
        HostNotFound,
        ConnectionRefused,
        NetworkError,
        ConnectionLost,
        Timeout,
        TlsHandshakeFailed,
        TlsVersionTooOld,
        CertificateUntrusted,
        // negotiation
        StartTlsNotOffered,
        StartTlsRefused,
        ResponseInjection, // bytes followed STARTTLS's 220 before the handshake
        ProtocolViolation, // malformed or out-of-order replies, runaway AUTH exchanges
        ServiceUnavailable, // greeting other than 220, or 421 at any point
        EhloRejected,
        // authentication
        AuthenticationNotOffered, // the server lists no AUTH after TLS
        NoCommonAuthMechanism,
        AuthenticationFailed,
        ServerSignatureInvalid, // SCRAM: the server could not prove it knows the password
        // transaction
        MessageTooLarge,
        EightBitMimeNotSupported,
        SmtpUtf8NotSupported,
        SenderRejected,
        RecipientRejected,
        DataRejected,
        MessageSourceFailed, // the producer failed, or its bytes broke its own promises
        UnexpectedReply,
        // outcome
        Cancelled,
        DeliveryUnknown, // lost after the final dot: the message may have been sent
    };
    Q_ENUM(Kind)

    enum class Permanence { Temporary, Permanent };
    Q_ENUM(Permanence)

    Kind kind = Kind::ProtocolViolation;
    Phase phase = Phase::Preparing;
    Permanence permanence = Permanence::Permanent;
    int replyCode = 0; // 0 when the failure happened below SMTP
    QString enhancedCode; // RFC 3463, e.g. "5.7.8"; empty if not offered
    QString serverText; // verbatim server reply text (all lines), never translated
    QString command; // the command that was answered, with any credential redacted
    QString mailbox; // the sender or recipient concerned, if any
    QString detail; // untranslated technical fact (socket error, limit exceeded, SASL error JSON)
    QList<QSslError> sslErrors; // exactly the errors that made verification fail
    QList<CertificateInfo> certificateChain; // the server's chain, leaf first, when TLS was involved

    // Fills code, enhanced code, text and permanence from a reply (4xx temporary, 5xx permanent).
    static Error fromReply(Kind kind, Phase phase, const Reply &reply);
    static Error local(Kind kind, Phase phase, const QString &detail = {});

    bool isTemporary() const { return permanence == Permanence::Temporary; }
    // Stable English names ("AuthenticationFailed"), for logs and JSON; never translated.
    static QString kindName(Kind kind);
};

} // namespace Smtp

Q_DECLARE_METATYPE(Smtp::Error)
