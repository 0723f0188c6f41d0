// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "autoconfig/providerconfig.h"
#include "autoconfig/sourcereport.h"

#include <algorithm>
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
    // The domains the provider's configuration covers (for matching Kurier's OAuth table).
    QStringList providerDomains;
    // The provider's <oAuth2> block: which issuer signs people in for this address. Kurier signs
    // in only with a client registered for that issuer in its own OAuth table.
    std::optional<OAuth2Settings> oauth2;
    QList<OutgoingServer> alternatives; // other servers worth offering, best first
    QList<Hint> hints;
    qint64 elapsedMs = 0;
    QList<SourceReport> sources; // one per source, in priority order

    Trust trust() const { return confirmations.isEmpty() ? Trust::Trusted : Trust::NeedsConfirmation; }
    bool needsConfirmation() const { return !confirmations.isEmpty(); }
    // The provider refuses passwords from mail programs (the provider table says so, or its
    // servers list only OAuth2): a browser sign-in is the only way in.
    bool oauthOnly() const
    {
        return std::any_of(hints.cbegin(), hints.cend(),
                           [](const Hint &hint) { return hint.kind == Hint::Kind::OAuthOnly; });
    }
    // A browser sign-in (OAuth2) works for this address: the provider names an issuer, one of its
    // servers accepts OAuth2, or it accepts nothing else.
    bool offersOAuth2() const
    {
        const auto acceptsOAuth2
            = [](const OutgoingServer &server) { return server.authentications.contains(Authentication::OAuth2); };
        return oauth2 || oauthOnly() || (settings && acceptsOAuth2(*settings))
            || std::any_of(alternatives.cbegin(), alternatives.cend(), acceptsOAuth2);
    }
};

} // namespace Autoconfig

Q_DECLARE_METATYPE(Autoconfig::Discovery)
