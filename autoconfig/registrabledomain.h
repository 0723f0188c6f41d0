// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Autoconfig
{

// Domain arithmetic on the Public Suffix List (libpsl, the list Debian keeps current):
// "smtp.mail.example.co.uk" -> registrable domain "example.co.uk". Never a hand-written list,
// never walking up to a public suffix such as "co.uk" (the Autodiscover "autodiscover.<tld>" leak).
namespace RegistrableDomain
{

// The registrable domain (eTLD+1) of an A-label host name; empty if host is itself a public suffix.
QString of(const QString &host);
// Whether two hosts share a registrable domain (both non-empty).
bool same(const QString &hostA, const QString &hostB);
// Whether host is domain or a name under it ("smtp.example.com" is under "example.com").
bool isUnder(const QString &host, const QString &domain);
// The host minus its first label ("mx1.mail.example.com" -> "mail.example.com"), or empty when
// that would leave a public suffix or nothing.
QString parentOf(const QString &host);

} // namespace RegistrableDomain

} // namespace Autoconfig
