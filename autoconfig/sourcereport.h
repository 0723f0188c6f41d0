// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "autoconfig/providerconfig.h"

#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <QUrl>

namespace Autoconfig
{

// The places discovery looks, in priority order (the order decides, not the speed).
enum class SourceKind {
    BundledTable, // Kurier's own provider table
    Provider, // https://autoconfig.<domain>/mail/config-v1.1.xml
    ProviderWellKnown, // https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml
    Ispdb, // the ISP database (Thunderbird's, or a configured mirror)
    Mx, // the MX host's provider: its autoconfig and its ISPDB entry
    Srv, // RFC 6186/8314 _submissions._tcp / _submission._tcp
    ProviderHttp, // plain-http autoconfig, only when the settings allow it
    Autodiscover, // Microsoft Autodiscover (POX), without credentials
    Guess, // probing smtp./mail./<domain> on the usual ports
};

// Stable machine names ("ispdb", "mx", ...), as the CLI's JSON prints them.
QString sourceName(SourceKind kind);

enum class SourceState { Waiting, Found, Nothing, Failed, Skipped, Cancelled };
QString stateName(SourceState state);

// Why a source ended the way it did. Typed so that the wording is made in one place (Messages).
enum class Reason {
    None,
    Found,
    NoDocument, // 404/410: the server exists but has no config
    HttpStatus, // another HTTP status
    HostNotFound,
    ConnectionFailed,
    Timeout,
    CertificateInvalid,
    TooLarge,
    InsecureRedirect,
    TooManyRedirects,
    InvalidDocument,
    NoUsableServer,
    NoMxRecord,
    MxInOwnDomain,
    NoSrvRecord,
    ServiceNotOffered,
    AuthenticationRequired,
    ConsentRequired,
    DisabledBySettings,
    HigherPriorityWon,
    DeadlinePassed,
    NoProbeSucceeded,
    NotNeeded,
};

// One source's progress as the wizard's live view and `kurier autoconfig` show it.
struct SourceReport {
    SourceKind kind = SourceKind::Provider;
    SourceState state = SourceState::Waiting;
    Reason reason = Reason::None;
    QString subject; // the URL, host or domain the reason is about
    QStringList certificateNames; // for CertificateInvalid: what the certificate was valid for
    QString technical; // untranslated detail (resolver/TLS/HTTP message), may be empty
    qint64 elapsedMs = -1; // since the look-up started; -1 while waiting
};

// Whether settings may be used as they are or must be shown to the user for a yes first.
enum class Trust { Trusted, NeedsConfirmation };

// Why a result needs the user's yes (the autoconfig draft: DNS- and http-derived configs MUST be
// confirmed, and anything pointing outside the user's domain must show that domain).
enum class ConfirmationReason { DnsDerived, PlainHttp, OtherDomain, Guessed, Unencrypted };

// Settings one source found, placeholders already replaced for the user's address.
struct Candidate {
    SourceKind source = SourceKind::Provider;
    ProviderConfig config;
    QUrl origin; // where the document came from (empty for DNS/guess)
    QList<ConfirmationReason> confirmations; // empty: trusted
    QString otherDomain; // for OtherDomain: the registrable domain to show
    Trust trust() const { return confirmations.isEmpty() ? Trust::Trusted : Trust::NeedsConfirmation; }
};

} // namespace Autoconfig

Q_DECLARE_METATYPE(Autoconfig::SourceReport)
