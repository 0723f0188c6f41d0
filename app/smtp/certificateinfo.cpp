// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/smtp/certificateinfo.h"

#include <QCryptographicHash>

namespace Smtp
{

namespace
{

QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    QStringList parts;
    const QList<QByteArray> attributes
        = issuer ? certificate.issuerInfoAttributes() : certificate.subjectInfoAttributes();
    for (const QByteArray &attribute : attributes) {
        const QStringList values = issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const QString &value : values) {
            parts.append(QString::fromLatin1(attribute) + QLatin1Char('=') + value);
        }
    }
    return parts.join(QStringLiteral(", "));
}

QString normalisedPin(const QString &pin)
{
    QString result;
    for (const QChar c : pin) {
        if (c.isLetterOrNumber()) {
            result.append(c.toLower());
        }
    }
    return result;
}

} // namespace

CertificateInfo CertificateInfo::from(const QSslCertificate &certificate)
{
    CertificateInfo info;
    info.certificate = certificate;
    info.subject = distinguishedName(certificate, false);
    info.issuer = distinguishedName(certificate, true);
    const auto alternativeNames = certificate.subjectAlternativeNames();
    for (auto it = alternativeNames.cbegin(); it != alternativeNames.cend(); ++it) {
        const QString prefix = it.key() == QSsl::DnsEntry ? QStringLiteral("DNS:")
            : it.key() == QSsl::IpAddressEntry            ? QStringLiteral("IP:")
                                                          : QStringLiteral("email:");
        info.subjectAlternativeNames.append(prefix + it.value());
    }
    info.notBefore = certificate.effectiveDate();
    info.notAfter = certificate.expiryDate();
    info.sha256Fingerprint = fingerprint(certificate);
    info.selfSigned = certificate.isSelfSigned();
    return info;
}

QList<CertificateInfo> CertificateInfo::fromChain(const QList<QSslCertificate> &chain)
{
    QList<CertificateInfo> result;
    result.reserve(chain.size());
    for (const QSslCertificate &certificate : chain) {
        result.append(from(certificate));
    }
    return result;
}

QString CertificateInfo::fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull()) {
        return {};
    }
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':'));
}

bool CertificateInfo::matchesPin(const QSslCertificate &certificate, const QString &pin)
{
    const QString wanted = normalisedPin(pin);
    return wanted.size() == 64 && normalisedPin(fingerprint(certificate)) == wanted;
}

} // namespace Smtp
