// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/diagnostics/dkimrecord.h"

#include <QSslKey>

namespace Diagnostics
{

DkimRecord DkimRecord::parse(const QString &txt)
{
    DkimRecord record;
    bool sawKey = false;
    const QStringList tags = txt.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &tag : tags) {
        const qsizetype equals = tag.indexOf(QLatin1Char('='));
        if (equals < 0) {
            continue;
        }
        const QString name = tag.left(equals).trimmed().toLower();
        QString value = tag.mid(equals + 1);
        value.remove(QLatin1Char(' ')).remove(QLatin1Char('\t'));
        if (name == QLatin1String("v") && value != QLatin1String("DKIM1")) {
            record.errors.append(tag.trimmed());
        } else if (name == QLatin1String("k")) {
            record.keyType = value.toLower();
        } else if (name == QLatin1String("t")) {
            record.testing = value.split(QLatin1Char(':')).contains(QLatin1String("y"));
        } else if (name == QLatin1String("p")) {
            sawKey = true;
            const auto decoded
                = QByteArray::fromBase64Encoding(value.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                record.errors.append(QStringLiteral("p="));
                continue;
            }
            record.publicKey = *decoded;
        }
    }
    if (!sawKey) {
        record.errors.append(QStringLiteral("no p= tag"));
        return record;
    }
    if (record.publicKey.isEmpty()) {
        return record;
    }
    if (record.keyType == QLatin1String("rsa")) {
        // The key is a DER SubjectPublicKeyInfo, which QSslKey reads without any parsing of our own.
        const QSslKey key(record.publicKey, QSsl::Rsa, QSsl::Der, QSsl::PublicKey);
        if (key.isNull()) {
            record.errors.append(QStringLiteral("unreadable RSA key"));
        } else {
            record.keyBits = key.length();
        }
    } else if (record.keyType == QLatin1String("ed25519")) {
        // RFC 8463: the raw 32-byte public key.
        if (record.publicKey.size() == 32) {
            record.keyBits = 256;
        } else {
            record.errors.append(QStringLiteral("Ed25519 key is not 32 bytes"));
        }
    } else {
        record.errors.append(QStringLiteral("k=") + record.keyType);
    }
    return record;
}

} // namespace Diagnostics
