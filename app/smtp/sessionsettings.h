// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/accounts/account.h"
#include "app/smtp/timeouts.h"

#include <QList>
#include <QMetaType>
#include <QSslCertificate>
#include <QString>

namespace Smtp
{

// Everything a session needs to know about the server and how to talk to it. The account
// part comes from Accounts::Account; the rest is per-installation policy.
struct SessionSettings {
    QString host;
    quint16 port = 0;
    Accounts::Security security = Accounts::Security::StartTls;
    Accounts::AuthMethod authMethod = Accounts::AuthMethod::Auto;
    QString userName;
    // SHA-256 of the one certificate the user explicitly decided to trust for this account,
    // accepted despite verification errors; empty means normal verification only.
    QString pinnedCertificateSha256;
    // Trusted in addition to the system's CAs (a company CA, or a test's own CA).
    QList<QSslCertificate> additionalCaCertificates;
    Timeouts timeouts;
    // Messages sent over one connection before it is replaced by a fresh one.
    int maxMessagesPerConnection = 100;
    // How long an idle connection is kept open for the next message before QUIT.
    std::chrono::milliseconds idleTimeout = std::chrono::seconds(5);

    static SessionSettings fromAccount(const Accounts::Account &account);

    bool operator==(const SessionSettings &other) const = default;
};

} // namespace Smtp

Q_DECLARE_METATYPE(Smtp::SessionSettings)
