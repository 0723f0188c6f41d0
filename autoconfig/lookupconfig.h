// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "autoconfig/providerconfig.h"

#include <QHostAddress>
#include <QList>
#include <QLocale>
#include <QProcessEnvironment>
#include <QSslConfiguration>
#include <QUrl>

#include <chrono>

namespace Autoconfig
{

// Whether the address goes into the "?emailaddress=" query of provider autoconfig URLs.
// Never over plain http, whatever this says.
enum class AddressInQuery { Omit, HttpsOnly };
// Plain-http autoconfig (draft step 1.3) can be forged by anyone on the path; only on request.
enum class PlainHttp { Refuse, AllowWithConfirmation };
enum class AutodiscoverMode { Disabled, WithoutCredentials };
enum class Guessing { Disabled, Enabled };

// One port the guesser tries on every candidate host.
struct GuessPort {
    quint16 port = 0;
    Security security = Security::ImplicitTls;
    bool operator==(const GuessPort &other) const = default;
};

// Everything a discovery run depends on, handed in by whoever starts it (the product reads
// the environment and settings; tests point it at their own servers). Nothing in autoconfig/
// reads a global.
struct LookupConfig {
    QUrl ispdbBaseUrl = QUrl(QStringLiteral("https://autoconfig.thunderbird.net/v1.1/"));
    QHostAddress dnsServer; // null: the system's resolver
    QSslConfiguration sslConfiguration = QSslConfiguration::defaultConfiguration();
    AddressInQuery addressInQuery = AddressInQuery::Omit;
    PlainHttp plainHttp = PlainHttp::Refuse;
    AutodiscoverMode autodiscover = AutodiscoverMode::WithoutCredentials;
    Guessing guessing = Guessing::Enabled;
    // RFC 8314 order: implicit TLS first.
    QList<GuessPort> guessPorts{{465, Security::ImplicitTls}, {587, Security::StartTls}, {25, Security::StartTls}};
    std::chrono::milliseconds sourceTimeout{3000}; // one source, all its HTTP/DNS steps included
    std::chrono::milliseconds probeTimeout{4000}; // one guess probe, connect to QUIT
    std::chrono::milliseconds overallTimeout{0}; // 0: none beyond the per-source limits
    qsizetype maxDocumentBytes = 256 * 1024;
    // Language for the provider's own texts (<instruction lang="pl">), e.g. "pl".
    QString language = QLocale().name().section(QLatin1Char('_'), 0, 0);

    // The defaults with KURIER_ISPDB_URL and KURIER_DNS_SERVER applied; problems (an address
    // that does not parse) are returned as text for the caller to show.
    static LookupConfig fromEnvironment(const QProcessEnvironment &environment, QStringList *problems);
};

} // namespace Autoconfig
