// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/oauth/provider.h"

#include <QSettings>
#include <QString>
#include <QUrl>

namespace TestSupport
{

// Registers a client for one of the bundled OAuth providers in a settings file and points its
// endpoints at a local authorization server, the way an installation configures its own client
// (the [oauth] group OAuth::ProviderTable::configured() reads).
inline void configureOAuthProvider(const QString &settingsPath, const QString &providerId, const QString &clientId,
                                   const QUrl &authorizationUrl, const QUrl &tokenUrl)
{
    QSettings settings(settingsPath, QSettings::IniFormat);
    settings.setValue(OAuth::ProviderTable::clientIdKey(providerId), clientId);
    settings.setValue(OAuth::ProviderTable::authorizationUrlKey(providerId), authorizationUrl.toString());
    settings.setValue(OAuth::ProviderTable::tokenUrlKey(providerId), tokenUrl.toString());
    settings.sync();
}

} // namespace TestSupport
