// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/smtp/reply.h"

#include <QFlags>
#include <QMetaType>
#include <QStringList>

namespace Smtp
{

// What a server announced in one EHLO reply (RFC 5321 §4.1.1.1), keywords matched without
// regard to case. A value: the session replaces it wholesale after STARTTLS, so nothing
// learned before TLS can survive (RFC 3207 §4.2).
class Capabilities
{
public:
    enum class Extension {
        StartTls = 0x1,
        Size = 0x2,
        EightBitMime = 0x4,
        SmtpUtf8 = 0x8,
        Pipelining = 0x10,
        EnhancedStatusCodes = 0x20,
        Auth = 0x40,
        Chunking = 0x80,
        Dsn = 0x100,
    };
    Q_DECLARE_FLAGS(Extensions, Extension)

    // At most this many AUTH mechanisms are kept; a list longer than that is a hostile server's.
    static constexpr int MaxAuthMechanisms = 128;

    Capabilities() = default;
    static Capabilities fromEhloReply(const Reply &reply);

    bool has(Extension extension) const { return m_extensions.testFlag(extension); }
    Extensions extensions() const { return m_extensions; }
    // The SIZE limit in octets; 0 when SIZE was not announced or announced without a limit.
    qint64 sizeLimit() const { return m_sizeLimit; }
    // Upper-case mechanism names in the server's order, without duplicates.
    QStringList authMechanisms() const { return m_authMechanisms; }
    bool offersAuthMechanism(const QString &mechanism) const;
    // The domain the server named on the first line of its EHLO reply.
    QString serverName() const { return m_serverName; }

    bool operator==(const Capabilities &other) const = default;

private:
    Extensions m_extensions;
    qint64 m_sizeLimit = 0;
    QStringList m_authMechanisms;
    QString m_serverName;
};

} // namespace Smtp

Q_DECLARE_OPERATORS_FOR_FLAGS(Smtp::Capabilities::Extensions)
Q_DECLARE_METATYPE(Smtp::Capabilities)
