// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/oauth/pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <array>

namespace OAuth
{

namespace
{

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

Pkce Pkce::generate()
{
    std::array<quint32, 8> words;
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray random(reinterpret_cast<const char *>(words.data()), sizeof(words));
    return Pkce{random.toBase64(Base64Url)};
}

QByteArray Pkce::challengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(Base64Url);
}

} // namespace OAuth
