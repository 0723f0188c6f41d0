// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "autoconfig/providerconfig.h"

#include <QByteArray>
#include <QStringList>

namespace Autoconfig
{

// Reads a clientConfig v1.1 document (Thunderbird autoconfig, ISPDB, the IETF draft) into a
// ProviderConfig. A pure function of its input: no network, no files, no globals.
//
// Hostile input is expected (the bytes come from any web server): documents above the size
// cap, with a DTD (so no entity is ever expanded), entity references, or nesting deeper than
// the limit are refused whole. Invalid values only invalidate their own section, as the draft
// says: an outgoing server with a bad port or no usable authentication is skipped and noted in
// `ignored`, the rest of the file still counts.
class ConfigParser
{
    Q_GADGET
public:
    enum class Error {
        None,
        TooLarge,
        NotWellFormed,
        DocumentTypeDeclaration,
        EntityReference,
        TooDeep,
        TooManyElements,
        NotClientConfig,
        NoEmailProvider,
        NoValidDomain,
        NoUsableOutgoingServer,
    };
    Q_ENUM(Error)

    struct Limits {
        qsizetype maxBytes = 256 * 1024; // the largest ISPDB file is about 30 KiB
        int maxDepth = 12; // real files nest 5 deep
        int maxElements = 20000;
    };

    struct Result {
        std::optional<ProviderConfig> config; // set exactly when error == None
        Error error = Error::None;
        QString detail; // technical detail (the XML reader's message, line), never shown alone
        QStringList ignored; // sections skipped as invalid, for logs and tests
    };

    static Result parse(const QByteArray &document, const Limits &limits);
    static Result parse(const QByteArray &document) { return parse(document, Limits{}); }
};

} // namespace Autoconfig
