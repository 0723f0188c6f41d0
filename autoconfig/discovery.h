// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "autoconfig/sourcereport.h"

#include <optional>

namespace Autoconfig
{

// Something the user must do or know before the first login works.
struct Hint {
    enum class Kind {
        EnableAccess, // switch on SMTP/IMAP/"mail programs" access in the webmail settings
        AppPassword, // the normal password is refused; create an app password
        OAuthOnly, // passwords are refused entirely; sign in through the browser
        ProviderInstruction, // the provider's own words (text), from the config file
        Documentation, // the provider's help page (url, text = its title)
    };
    Kind kind = Kind::ProviderInstruction;
    QString provider; // display name of the provider, for the wording
    QString text;
    QUrl url;
    QString source; // where the fact comes from (bundled hints cite a page), not shown
    bool operator==(const Hint &other) const = default;
};

// The outcome of one discovery run. settings is empty when nothing was found; then the user
// gets the manual form, with sources saying what was tried.
struct Discovery {
    QString emailAddress;
    std::optional<OutgoingServer> settings;
    SourceKind source = SourceKind::Guess;
    QList<ConfirmationReason> confirmations; // empty: trusted
    QString otherDomain; // for ConfirmationReason::OtherDomain
    QUrl origin;
    QString providerName;
    QList<OutgoingServer> alternatives; // other servers worth offering, best first
    QList<Hint> hints;
    qint64 elapsedMs = 0;
    QList<SourceReport> sources; // one per source, in priority order

    Trust trust() const { return confirmations.isEmpty() ? Trust::Trusted : Trust::NeedsConfirmation; }
    bool needsConfirmation() const { return !confirmations.isEmpty(); }
};

} // namespace Autoconfig

Q_DECLARE_METATYPE(Autoconfig::Discovery)
