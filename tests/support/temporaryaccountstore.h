// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/accounts/accountstore.h"

#include <QTemporaryDir>

#include <optional>

// The temporary settings of a GUI test: a fresh directory that is removed afterwards, with
// an AccountStore at <dir>/kurier/kurier.ini in it, laid out as in a real configuration
// directory (files kept beside the account store, such as ui-state.ini, land in <dir>/kurier).
// Create one in init() and drop it in cleanup(), so that no test sees another's settings.
class TemporaryAccountStore
{
public:
    static constexpr const char *DefaultFile = "kurier/kurier.ini";

    TemporaryAccountStore() { open(); }

    bool isValid() const { return m_dir.isValid(); }
    // The open store; null between close() and open().
    Accounts::AccountStore *store() { return m_store ? &*m_store : nullptr; }
    // A path inside the temporary directory.
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // Closes the store, e.g. to change its file the way another program would.
    void close() { m_store.reset(); }
    // (Re)opens a store at relativePath inside the directory, as a restart would.
    void open(const QString &relativePath = QLatin1String(DefaultFile))
    {
        m_store.reset();
        m_store.emplace(m_dir.filePath(relativePath));
    }

private:
    QTemporaryDir m_dir;
    std::optional<Accounts::AccountStore> m_store;
};
