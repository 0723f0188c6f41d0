// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Smtp
{

// The client side of SCRAM-SHA-256 (RFC 5802 with RFC 7677's hash), without channel
// binding ("n,," GS2 header). Besides proving the password without sending it, it checks
// the server's final signature: a server that cannot produce it does not know the password
// and must not be believed when it says "235".
class ScramSha256
{
public:
    // Iteration counts outside this range are refused: fewer is weaker than RFC 7677 allows,
    // more would let a server stall the worker thread.
    static constexpr int MinIterations = 4096;
    static constexpr int MaxIterations = 1000000;

    enum class Status { Ok, InvalidServerMessage, NonceMismatch, IterationsOutOfRange, ServerError, BadSignature };

    // clientNonce: printable, without ','; generated randomly when empty (tests pass RFC vectors).
    ScramSha256(const QString &userName, const QString &password, const QByteArray &clientNonce = {});

    QByteArray clientFirstMessage() const;
    // Reads server-first-message; on Ok, clientFinal holds client-final-message.
    Status handleServerFirst(const QByteArray &serverFirst, QByteArray &clientFinal);
    // Reads server-final-message: Ok only if it carries the expected signature.
    Status handleServerFinal(const QByteArray &serverFinal);
    bool serverVerified() const { return m_serverVerified; }
    // The "e=" value of a server error, for the error detail (no secret in it).
    QString serverError() const { return m_serverError; }

    // RFC 4013 SASLprep, approximated with Qt's NFKC: maps non-ASCII spaces to a space, drops
    // the characters "commonly mapped to nothing" and refuses control characters (empty result).
    static QString saslPrep(const QString &text);

private:
    QByteArray m_clientFirstBare;
    QByteArray m_password;
    QByteArray m_clientNonce;
    QByteArray m_expectedServerSignature;
    QString m_serverError;
    bool m_serverVerified = false;
};

} // namespace Smtp
