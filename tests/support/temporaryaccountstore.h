// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/accounts/accountstore.h"

#include <QTemporaryDir>

// The temporary settings of a GUI test: a fresh directory that is removed afterwards, with
// an AccountStore at <dir>/kurier/kurier.ini in it, laid out as in a real configuration
// directory (files kept beside the account store, such as ui-state.ini, land in <dir>/kurier).
// Create one in init() and drop it in cleanup(), so that no test sees another's settings.
class TemporaryAccountStore
{
public:
    TemporaryAccountStore()
        : m_store(m_dir.filePath(QStringLiteral("kurier/kurier.ini")))
    {
    }

    bool isValid() const { return m_dir.isValid(); }
    Accounts::AccountStore *store() { return &m_store; }
    // A path inside the temporary directory.
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    Accounts::AccountStore m_store;
};
