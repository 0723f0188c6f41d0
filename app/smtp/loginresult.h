// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/smtp/capabilities.h"
#include "app/smtp/error.h"
#include "app/smtp/phase.h"
#include "app/smtp/transcript.h"

#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QSslCertificate>
#include <QString>

#include <optional>

namespace Smtp
{

// How long one phase of a conversation took, from its start to the start of the next one.
struct PhaseTiming {
    Phase phase = Phase::Preparing;
    qint64 elapsedMs = 0;

    bool operator==(const PhaseTiming &other) const = default;
};

// The one result of Session::checkLogin(): whether the login worked, and what the connection
// learned on the way, kept even when it failed part-way (a STARTTLS that was not offered still
// leaves the capabilities; a certificate that failed verification leaves its chain).
struct LoginResult {
    std::optional<Error> error; // empty: connected, negotiated and (when asked to) logged in
    bool authenticated = false; // the server accepted the credentials; false when none were used
    QHostAddress peerAddress; // the address the connection reached, when it did
    QString tlsDescription; // "TLSv1.3, TLS_AES_256_GCM_SHA384"; empty without TLS
    // Leaf first: the accepted chain, or the one whose verification failed.
    QList<QSslCertificate> peerChain;
    bool certificatePinned = false; // accepted only because it matches the account's pin
    Capabilities capabilities; // the last EHLO reply (after TLS once TLS is up)
    QList<PhaseTiming> phases; // every phase entered, in order
    QList<TranscriptLine> transcript; // redacted
    qint64 elapsedMs = 0; // the whole check

    bool ok() const { return !error.has_value(); }
    // Total time spent in a phase (phases such as EHLO can occur twice); -1 if never entered.
    qint64 elapsedIn(Phase phase) const;
    bool reached(Phase phase) const { return elapsedIn(phase) >= 0; }
};

} // namespace Smtp

Q_DECLARE_METATYPE(Smtp::PhaseTiming)
Q_DECLARE_METATYPE(Smtp::LoginResult)
