// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/smtp/saslclient.h"

#include <QMessageAuthenticationCode>

namespace Smtp
{

using Accounts::AuthMethod;

namespace
{

QByteArray base64(const QByteArray &bytes)
{
    return bytes.toBase64();
}

} // namespace

SaslClient::SaslClient(Mechanism mechanism, const QString &userName, const Credentials &credentials,
                       const QString &host, quint16 port)
    : m_mechanism(mechanism)
    , m_userName(userName)
    , m_credentials(credentials)
    , m_host(host)
    , m_port(port)
{
    if (mechanism == Mechanism::ScramSha256) {
        m_scram.emplace(userName, credentials.secret);
    }
}

QString SaslClient::name(Mechanism mechanism)
{
    switch (mechanism) {
    case Mechanism::Plain:
        return QStringLiteral("PLAIN");
    case Mechanism::Login:
        return QStringLiteral("LOGIN");
    case Mechanism::CramMd5:
        return QStringLiteral("CRAM-MD5");
    case Mechanism::ScramSha256:
        return QStringLiteral("SCRAM-SHA-256");
    case Mechanism::XOAuth2:
        return QStringLiteral("XOAUTH2");
    case Mechanism::OAuthBearer:
        return QStringLiteral("OAUTHBEARER");
    }
    return {};
}

Credentials::Kind SaslClient::secretKindFor(AuthMethod method)
{
    switch (method) {
    case AuthMethod::None:
        return Credentials::Kind::None;
    case AuthMethod::XOAuth2:
    case AuthMethod::OAuthBearer:
        return Credentials::Kind::OAuthToken;
    case AuthMethod::Auto:
    case AuthMethod::Plain:
    case AuthMethod::Login:
    case AuthMethod::CramMd5:
    case AuthMethod::ScramSha256:
        return Credentials::Kind::Password;
    }
    return Credentials::Kind::Password;
}

std::optional<SaslClient::Mechanism> SaslClient::choose(AuthMethod method, Credentials::Kind credentials,
                                                        const QStringList &offered)
{
    QList<Mechanism> candidates;
    switch (method) {
    case AuthMethod::None:
        return std::nullopt;
    case AuthMethod::Auto:
        if (credentials == Credentials::Kind::OAuthToken) {
            candidates = {Mechanism::OAuthBearer, Mechanism::XOAuth2};
        } else {
            candidates = {Mechanism::ScramSha256, Mechanism::Plain, Mechanism::Login};
        }
        break;
    case AuthMethod::Plain:
        candidates = {Mechanism::Plain};
        break;
    case AuthMethod::Login:
        candidates = {Mechanism::Login};
        break;
    case AuthMethod::CramMd5:
        candidates = {Mechanism::CramMd5};
        break;
    case AuthMethod::ScramSha256:
        candidates = {Mechanism::ScramSha256};
        break;
    // A token fits either framing, and providers move between them (Microsoft offers only
    // XOAUTH2, others OAUTHBEARER only): the account's method is the preference, not a limit.
    case AuthMethod::XOAuth2:
        candidates = {Mechanism::XOAuth2};
        if (credentials == Credentials::Kind::OAuthToken) {
            candidates.append(Mechanism::OAuthBearer);
        }
        break;
    case AuthMethod::OAuthBearer:
        candidates = {Mechanism::OAuthBearer};
        if (credentials == Credentials::Kind::OAuthToken) {
            candidates.append(Mechanism::XOAuth2);
        }
        break;
    }
    for (const Mechanism candidate : candidates) {
        if (offered.contains(name(candidate), Qt::CaseInsensitive)) {
            return candidate;
        }
    }
    return std::nullopt;
}

QByteArray SaslClient::initialResponse() const
{
    const QByteArray user = m_userName.toUtf8();
    const QByteArray secret = m_credentials.secret.toUtf8();
    switch (m_mechanism) {
    case Mechanism::Plain:
        return base64('\0' + user + '\0' + secret);
    case Mechanism::ScramSha256:
        return base64(m_scram->clientFirstMessage());
    case Mechanism::XOAuth2:
        return base64("user=" + user
                      + "\x01"
                        "auth=Bearer "
                      + secret + "\x01\x01");
    case Mechanism::OAuthBearer: {
        QByteArray authzid = user;
        authzid.replace("=", "=3D");
        authzid.replace(",", "=2C");
        return base64("n,a=" + authzid
                      + ",\x01"
                        "host="
                      + m_host.toUtf8()
                      + "\x01"
                        "port="
                      + QByteArray::number(m_port)
                      + "\x01"
                        "auth=Bearer "
                      + secret + "\x01\x01");
    }
    case Mechanism::Login:
    case Mechanism::CramMd5:
        return {};
    }
    return {};
}

bool SaslClient::usesInitialResponse() const
{
    return m_mechanism != Mechanism::Login && m_mechanism != Mechanism::CramMd5;
}

QByteArray SaslClient::command()
{
    const QByteArray bare = "AUTH " + name(m_mechanism).toLatin1();
    if (!usesInitialResponse()) {
        return bare;
    }
    const QByteArray withResponse = bare + ' ' + initialResponse();
    if (withResponse.size() + 2 > MaxCommandLine) {
        return bare;
    }
    // The credentials leave with this line.
    m_credentialsSent = true;
    return withResponse;
}

SaslClient::Step SaslClient::respond(const QByteArray &challenge)
{
    ++m_round;
    const auto decoded = QByteArray::fromBase64Encoding(challenge.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        // RFC 4954 §4: a challenge the client cannot decode is answered with "*".
        return {Step::Action::Cancel, {}, QStringLiteral("the server's challenge is not valid base64")};
    }
    const QByteArray data = decoded.decoded;
    switch (m_mechanism) {
    case Mechanism::Plain:
        if (!m_credentialsSent && data.isEmpty()) {
            m_credentialsSent = true;
            return {Step::Action::Respond, initialResponse(), {}};
        }
        return {Step::Action::Cancel, {}, QStringLiteral("unexpected challenge after PLAIN credentials")};
    case Mechanism::Login:
        // The prompts ("Username:", "Password:") vary between servers; only the order counts.
        if (m_round == 1) {
            return {Step::Action::Respond, base64(m_userName.toUtf8()), {}};
        }
        if (m_round == 2) {
            m_credentialsSent = true;
            return {Step::Action::Respond, base64(m_credentials.secret.toUtf8()), {}};
        }
        return {Step::Action::Cancel, {}, QStringLiteral("more than two LOGIN challenges")};
    case Mechanism::CramMd5: {
        if (m_round != 1 || data.isEmpty()) {
            return {Step::Action::Cancel, {}, QStringLiteral("unexpected CRAM-MD5 challenge")};
        }
        const QByteArray digest
            = QMessageAuthenticationCode::hash(data, m_credentials.secret.toUtf8(), QCryptographicHash::Md5).toHex();
        m_credentialsSent = true;
        return {Step::Action::Respond, base64(m_userName.toUtf8() + ' ' + digest), {}};
    }
    case Mechanism::ScramSha256: {
        if (!m_credentialsSent) {
            // The client-first message did not fit on the AUTH line; it goes now.
            if (!data.isEmpty()) {
                return {Step::Action::Cancel, {}, QStringLiteral("unexpected SCRAM challenge")};
            }
            m_credentialsSent = true;
            --m_round;
            return {Step::Action::Respond, base64(m_scram->clientFirstMessage()), {}};
        }
        if (m_round == 1) {
            QByteArray clientFinal;
            const ScramSha256::Status status = m_scram->handleServerFirst(data, clientFinal);
            if (status != ScramSha256::Status::Ok) {
                m_serverErrorDetail = m_scram->serverError();
                return {Step::Action::Cancel,
                        {},
                        QStringLiteral("SCRAM server-first message refused (%1)").arg(static_cast<int>(status))};
            }
            return {Step::Action::Respond, base64(clientFinal), {}};
        }
        if (m_round == 2) {
            const ScramSha256::Status status = m_scram->handleServerFinal(data);
            if (status != ScramSha256::Status::Ok) {
                m_serverErrorDetail = m_scram->serverError();
                return {Step::Action::Cancel,
                        {},
                        status == ScramSha256::Status::BadSignature
                            ? QStringLiteral("the server's SCRAM signature is wrong")
                            : QStringLiteral("SCRAM server-final message refused (%1)").arg(static_cast<int>(status))};
            }
            // RFC 4954 has no room for data with 235: the server sends its final message as
            // a challenge and the client answers with an empty line.
            return {Step::Action::Respond, QByteArray(), {}};
        }
        return {Step::Action::Cancel, {}, QStringLiteral("more SCRAM challenges than the mechanism has")};
    }
    case Mechanism::XOAuth2:
    case Mechanism::OAuthBearer:
        if (!m_credentialsSent && data.isEmpty()) {
            m_credentialsSent = true;
            return {Step::Action::Respond, initialResponse(), {}};
        }
        if (m_errorAcknowledged) {
            return {Step::Action::Cancel, {}, QStringLiteral("another challenge after the token error")};
        }
        // A challenge after the token is the provider's JSON error; the exchange must still
        // be completed so the server can send its final 5xx: XOAUTH2 expects an empty
        // response, OAUTHBEARER a single %x01 (RFC 7628 §3.2.3).
        m_errorAcknowledged = true;
        m_serverErrorDetail = QString::fromUtf8(data);
        return {Step::Action::Respond, m_mechanism == Mechanism::XOAuth2 ? QByteArray() : base64("\x01"), {}};
    }
    return {Step::Action::Cancel, {}, QStringLiteral("unknown mechanism")};
}

bool SaslClient::acceptsSuccess() const
{
    if (!m_credentialsSent) {
        return false;
    }
    switch (m_mechanism) {
    case Mechanism::ScramSha256:
        return m_scram->serverVerified();
    case Mechanism::XOAuth2:
    case Mechanism::OAuthBearer:
        return !m_errorAcknowledged;
    case Mechanism::Plain:
    case Mechanism::Login:
    case Mechanism::CramMd5:
        return true;
    }
    return false;
}

} // namespace Smtp
