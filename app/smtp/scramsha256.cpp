// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/smtp/scramsha256.h"

#include <QCryptographicHash>
#include <QList>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace Smtp
{

namespace
{

constexpr QCryptographicHash::Algorithm Hash = QCryptographicHash::Sha256;

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, Hash);
}

// RFC 5802 §5.1: ',' and '=' in a user name are written as =2C and =3D.
QByteArray saslName(const QString &userName)
{
    QByteArray name = ScramSha256::saslPrep(userName).toUtf8();
    name.replace("=", "=3D");
    name.replace(",", "=2C");
    return name;
}

QByteArray randomNonce()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    // base64 never contains ',' so the nonce is a valid "printable" value.
    return bytes.toBase64(QByteArray::OmitTrailingEquals);
}

// Splits "a=..,b=.." into its attributes; nullopt if an attribute is malformed.
std::optional<QList<std::pair<char, QByteArray>>> attributes(const QByteArray &message)
{
    QList<std::pair<char, QByteArray>> result;
    for (const QByteArray &part : message.split(',')) {
        if (part.size() < 2 || part.at(1) != '=') {
            return std::nullopt;
        }
        result.append({part.at(0), part.mid(2)});
    }
    return result;
}

bool isNonSpaceMappedToSpace(char16_t c)
{
    // RFC 3454 table C.1.2 (non-ASCII space characters).
    return c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000;
}

bool isMappedToNothing(char16_t c)
{
    // RFC 3454 table B.1.
    return c == 0x00AD || c == 0x034F || c == 0x1806 || (c >= 0x180B && c <= 0x180D) || (c >= 0x200B && c <= 0x200D)
        || c == 0x2060 || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF;
}

} // namespace

QString ScramSha256::saslPrep(const QString &text)
{
    QString mapped;
    mapped.reserve(text.size());
    for (const QChar c : text) {
        if (isMappedToNothing(c.unicode())) {
            continue;
        }
        mapped.append(isNonSpaceMappedToSpace(c.unicode()) ? QChar(u' ') : c);
    }
    const QString normalised = mapped.normalized(QString::NormalizationForm_KC);
    for (const QChar c : normalised) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F || (c.unicode() >= 0x80 && c.unicode() < 0xA0)) {
            return {};
        }
    }
    return normalised;
}

ScramSha256::ScramSha256(const QString &userName, const QString &password, const QByteArray &clientNonce)
    : m_password(saslPrep(password).toUtf8())
    , m_clientNonce(clientNonce.isEmpty() ? randomNonce() : clientNonce)
{
    m_clientFirstBare = "n=" + saslName(userName) + ",r=" + m_clientNonce;
}

QByteArray ScramSha256::clientFirstMessage() const
{
    return "n,," + m_clientFirstBare;
}

ScramSha256::Status ScramSha256::handleServerFirst(const QByteArray &serverFirst, QByteArray &clientFinal)
{
    const auto parts = attributes(serverFirst);
    if (!parts) {
        return Status::InvalidServerMessage;
    }
    if (!parts->isEmpty() && parts->first().first == 'e') {
        m_serverError = QString::fromUtf8(parts->first().second);
        return Status::ServerError;
    }
    // r, s, i in that order; a leading "m=" (mandatory extension) cannot be understood.
    if (parts->size() < 3 || parts->at(0).first != 'r' || parts->at(1).first != 's' || parts->at(2).first != 'i') {
        return Status::InvalidServerMessage;
    }
    const QByteArray nonce = parts->at(0).second;
    if (!nonce.startsWith(m_clientNonce) || nonce.size() == m_clientNonce.size()) {
        return Status::NonceMismatch;
    }
    const auto salt = QByteArray::fromBase64Encoding(parts->at(1).second, QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || salt.decoded.isEmpty()) {
        return Status::InvalidServerMessage;
    }
    bool ok = false;
    const int iterations = parts->at(2).second.toInt(&ok);
    if (!ok) {
        return Status::InvalidServerMessage;
    }
    if (iterations < MinIterations || iterations > MaxIterations) {
        return Status::IterationsOutOfRange;
    }

    const QByteArray saltedPassword
        = QPasswordDigestor::deriveKeyPbkdf2(Hash, m_password, salt.decoded, iterations, 32);
    const QByteArray clientKey = hmac(saltedPassword, "Client Key");
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, Hash);
    const QByteArray withoutProof = "c=" + QByteArray("n,,").toBase64() + ",r=" + nonce;
    const QByteArray authMessage = m_clientFirstBare + ',' + serverFirst + ',' + withoutProof;
    const QByteArray clientSignature = hmac(storedKey, authMessage);
    QByteArray proof = clientKey;
    for (qsizetype i = 0; i < proof.size(); ++i) {
        proof[i] = static_cast<char>(proof[i] ^ clientSignature[i]);
    }
    m_expectedServerSignature = hmac(hmac(saltedPassword, "Server Key"), authMessage);
    clientFinal = withoutProof + ",p=" + proof.toBase64();
    return Status::Ok;
}

ScramSha256::Status ScramSha256::handleServerFinal(const QByteArray &serverFinal)
{
    const auto parts = attributes(serverFinal);
    if (!parts || parts->isEmpty()) {
        return Status::InvalidServerMessage;
    }
    if (parts->first().first == 'e') {
        m_serverError = QString::fromUtf8(parts->first().second);
        return Status::ServerError;
    }
    if (parts->first().first != 'v' || m_expectedServerSignature.isEmpty()) {
        return Status::InvalidServerMessage;
    }
    const auto signature
        = QByteArray::fromBase64Encoding(parts->first().second, QByteArray::AbortOnBase64DecodingErrors);
    if (!signature || signature.decoded != m_expectedServerSignature) {
        return Status::BadSignature;
    }
    m_serverVerified = true;
    return Status::Ok;
}

} // namespace Smtp
