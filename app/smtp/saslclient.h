// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/accounts/account.h"
#include "app/smtp/credentials.h"
#include "app/smtp/scramsha256.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace Smtp
{

// One SMTP AUTH exchange (RFC 4954) for one mechanism: builds the AUTH command, answers
// 334 challenges and says whether a 235 may be believed. It holds the secret; everything it
// returns that contains the secret is meant for the wire only (the session redacts it).
class SaslClient
{
public:
    enum class Mechanism { Plain, Login, CramMd5, ScramSha256, XOAuth2, OAuthBearer };

    // Longest AUTH line (with CRLF) that may carry an initial response: the SMTP command line
    // limit (RFC 5321 §4.5.3.1.4); a longer response goes after an empty 334 (RFC 4954 §4).
    static constexpr qsizetype MaxCommandLine = 512;

    struct Step {
        enum class Action {
            Respond, // send `response` (a base64 line, possibly empty)
            Cancel, // send "*" and give up: `problem` says why
        };
        Action action = Action::Cancel;
        QByteArray response;
        QString problem;
    };

    SaslClient(Mechanism mechanism, const QString &userName, const Credentials &credentials, const QString &host,
               quint16 port);

    // The mechanism to use for these settings and the post-TLS AUTH list, or nothing when no
    // acceptable one is offered. Password accounts on Auto: SCRAM-SHA-256 > PLAIN > LOGIN
    // (CRAM-MD5 only when chosen explicitly); token accounts: OAUTHBEARER > XOAUTH2, and an
    // account set to one of the two uses the other when the server offers only that one.
    static std::optional<Mechanism> choose(Accounts::AuthMethod method, Credentials::Kind credentials,
                                           const QStringList &offered);
    static QString name(Mechanism mechanism);
    // Which kind of secret a method needs (None for AuthMethod::None).
    static Credentials::Kind secretKindFor(Accounts::AuthMethod method);

    Mechanism mechanism() const { return m_mechanism; }
    // "AUTH PLAIN <initial response>" or "AUTH LOGIN", without CRLF. Call once.
    QByteArray command();
    // The next response to a 334 whose text is `challenge` (still base64).
    Step respond(const QByteArray &challenge);
    // Whether a 235 at this point completes a genuine exchange: not before the credentials
    // were sent, and for SCRAM not before the server proved itself.
    bool acceptsSuccess() const;
    // A decoded error the server sent inside a 334 (XOAUTH2/OAUTHBEARER JSON, SCRAM e=).
    QString serverErrorDetail() const { return m_serverErrorDetail; }

private:
    QByteArray initialResponse() const;
    bool usesInitialResponse() const;

    Mechanism m_mechanism;
    QString m_userName;
    Credentials m_credentials;
    QString m_host;
    quint16 m_port = 0;
    int m_round = 0;
    bool m_credentialsSent = false;
    bool m_errorAcknowledged = false;
    std::optional<ScramSha256> m_scram;
    QString m_serverErrorDetail;
};

} // namespace Smtp
