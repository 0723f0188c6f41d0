// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoconfig/certificatenames.h"

namespace Autoconfig
{

QStringList certificateNames(const QSslCertificate &certificate)
{
    if (certificate.isNull()) {
        return {};
    }
    QStringList names = certificate.subjectAlternativeNames().values(QSsl::DnsEntry);
    if (names.isEmpty()) {
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    }
    names.removeDuplicates();
    return names;
}

} // namespace Autoconfig
