// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace Smtp
{

// The facts about one certificate a person needs to decide whether to trust it, as plain
// values that can cross threads and be printed; `certificate` keeps the original for pinning.
struct CertificateInfo {
    QString subject; // e.g. "CN=mail.example.org, O=Example"
    QStringList subjectAlternativeNames; // "DNS:mail.example.org", "IP:192.0.2.1", ...
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256Fingerprint; // lower-case hex pairs separated by ':'
    bool selfSigned = false;
    QSslCertificate certificate;

    static CertificateInfo from(const QSslCertificate &certificate);
    static QList<CertificateInfo> fromChain(const QList<QSslCertificate> &chain);

    // SHA-256 over the DER encoding, as "ab:cd:..."; the form pins are stored in.
    static QString fingerprint(const QSslCertificate &certificate);
    // Whether a stored pin (with or without ':' separators, any case) names this certificate.
    static bool matchesPin(const QSslCertificate &certificate, const QString &pin);

    bool operator==(const CertificateInfo &other) const = default;
};

} // namespace Smtp

Q_DECLARE_METATYPE(Smtp::CertificateInfo)
