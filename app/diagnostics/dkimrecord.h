// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Diagnostics
{

// A DKIM public-key record (RFC 6376 §3.6.1) from <selector>._domainkey.<domain>.
struct DkimRecord {
    QString keyType = QStringLiteral("rsa"); // k=
    QByteArray publicKey; // p=, decoded; empty means the key was revoked
    int keyBits = 0; // the key's size, when it could be read
    bool testing = false; // t=y
    QStringList errors;

    bool isRevoked() const { return publicKey.isEmpty() && errors.isEmpty(); }
    static DkimRecord parse(const QString &txt);
};

} // namespace Diagnostics
