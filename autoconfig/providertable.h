// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "autoconfig/discovery.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace Autoconfig
{

// Kurier's own small provider table, shipped as data (Qt resources under :/kurier/autoconfig/):
// clientConfig files for providers the ISPDB lacks (read with the same ConfigParser), and
// hints.json, which says per provider what the user must do first (app password, switch on
// access, OAuth only), each row with the source it comes from.
class ProviderTable
{
public:
    // The table built into Kurier (parsed once).
    static const ProviderTable &bundled();

    // Builds a table from documents; configs that do not parse are left out (reported in problems).
    static ProviderTable fromData(const QList<QByteArray> &clientConfigs, const QByteArray &hintsJson,
                                  QStringList *problems = nullptr);

    std::optional<ProviderConfig> configFor(const QString &domain) const;
    // Hints for whichever of these domains the table knows, without duplicates.
    QList<Hint> hintsFor(const QStringList &domains) const;

private:
    QList<ProviderConfig> m_configs;
    QHash<QString, QList<Hint>> m_hints; // by domain
};

} // namespace Autoconfig
