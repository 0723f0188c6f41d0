// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "autoconfig/providerconfig.h"

#include <QByteArray>

namespace Autoconfig
{

// Reads a Microsoft Exchange Autodiscover "POX" response (the Outlook response schema, 2006a):
// either settings with <Protocol> blocks, of which only <Type>SMTP</Type> matters here, or a
// redirect to another address (redirectAddr) or another URL (redirectUrl), or an <Error>.
// A pure function like ConfigParser, with the same refusal of DTDs, entities and deep nesting.
class AutodiscoverParser
{
    Q_GADGET
public:
    enum class Error { None, TooLarge, NotWellFormed, Refused, NotAutodiscover, NoSmtpSettings, ServerError };
    Q_ENUM(Error)

    struct Response {
        enum class Action { Settings, RedirectAddress, RedirectUrl };
        Action action = Action::Settings;
        QList<OutgoingServer> smtpServers; // user names already final (LoginName or the address)
        QString redirectAddress;
        QUrl redirectUrl; // https only; anything else is refused by the parser
        QString displayName;
    };

    struct Result {
        std::optional<Response> response;
        Error error = Error::None;
        QString detail; // the server's <ErrorCode>/<Message>, or the XML reader's message
    };

    static constexpr qsizetype MaxBytes = 256 * 1024;

    // emailAddress is used as the login name when a block gives none.
    static Result parse(const QByteArray &document, const QString &emailAddress);
};

} // namespace Autoconfig
