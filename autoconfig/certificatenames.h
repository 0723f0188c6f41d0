// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSslCertificate>
#include <QStringList>

namespace Autoconfig
{

// The host names a certificate is valid for (DNS subject alternative names, else the common
// name): what a user needs to see when the certificate does not match the host they asked for,
// since shared hosters usually answer with their own name.
QStringList certificateNames(const QSslCertificate &certificate);

} // namespace Autoconfig
