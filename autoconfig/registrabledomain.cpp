// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoconfig/registrabledomain.h"

#include <libpsl.h>

namespace Autoconfig::RegistrableDomain
{

namespace
{

const psl_ctx_t *context()
{
    // The newer of libpsl's built-in list and the system's publicsuffix file; the context is
    // immutable and lives as long as the process.
    static const psl_ctx_t *const ctx = [] {
        const psl_ctx_t *latest = psl_latest(nullptr);
        return latest ? latest : psl_builtin();
    }();
    return ctx;
}

QString normalized(const QString &host)
{
    QString result = host.toLower();
    if (result.endsWith(QLatin1Char('.'))) {
        result.chop(1);
    }
    return result;
}

} // namespace

QString of(const QString &host)
{
    const QByteArray name = normalized(host).toLatin1();
    if (name.isEmpty() || !context()) {
        return {};
    }
    const char *registrable = psl_registrable_domain(context(), name.constData());
    return registrable ? QString::fromLatin1(registrable) : QString();
}

bool same(const QString &hostA, const QString &hostB)
{
    const QString a = of(hostA);
    return !a.isEmpty() && a == of(hostB);
}

bool isUnder(const QString &host, const QString &domain)
{
    const QString h = normalized(host);
    const QString d = normalized(domain);
    return !d.isEmpty() && (h == d || h.endsWith(QLatin1Char('.') + d));
}

QString parentOf(const QString &host)
{
    const QString h = normalized(host);
    const qsizetype dot = h.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        return {};
    }
    const QString parent = h.mid(dot + 1);
    if (!context() || psl_is_public_suffix(context(), parent.toLatin1().constData())) {
        return {};
    }
    return parent;
}

} // namespace Autoconfig::RegistrableDomain
