// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "autoconfig/lookupconfig.h"
#include "autoconfig/mailaddress.h"

#include <QUrl>

namespace Autoconfig
{

// The URLs discovery fetches, as pure functions of the address and the settings (the draft's
// retrieval list). The address goes into "?emailaddress=" only over https and only when the
// settings allow it.
namespace LookupUrls
{

enum class Scheme { Https, Http };

// <scheme>://autoconfig.<domain>/mail/config-v1.1.xml
QUrl provider(const QString &domain, const MailAddress &address, const LookupConfig &config,
              Scheme scheme = Scheme::Https);
// <scheme>://<domain>/.well-known/autoconfig/mail/config-v1.1.xml
QUrl wellKnown(const QString &domain, const MailAddress &address, const LookupConfig &config,
               Scheme scheme = Scheme::Https);
// The ISPDB base URL with the domain appended, or substituted for "{{domain}}".
QUrl ispdb(const QString &domain, const LookupConfig &config);
// https://autodiscover.<domain>/autodiscover/autodiscover.xml and https://<domain>/autodiscover/autodiscover.xml
QList<QUrl> autodiscover(const QString &domain);

} // namespace LookupUrls

} // namespace Autoconfig
