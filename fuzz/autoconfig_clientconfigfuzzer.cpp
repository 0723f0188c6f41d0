// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Fuzzes Autoconfig::ConfigParser (clientConfig v1.1, what any web server may answer) and the
// placeholder replacement after it. Besides not crashing, what comes out must hold the
// parser's promises: a config only without error, never an empty server list, valid ports,
// host names that pass the same check the lookup relies on.

#include "autoconfig/configparser.h"

#include <cstdint>
#include <cstdlib>

namespace
{

void check(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray document(reinterpret_cast<const char *>(data), qsizetype(size));
    const Autoconfig::ConfigParser::Result result = Autoconfig::ConfigParser::parse(document);
    check(result.config.has_value() == (result.error == Autoconfig::ConfigParser::Error::None));
    if (!result.config) {
        return 0;
    }
    check(!result.config->outgoingServers.isEmpty() && !result.config->domains.isEmpty());
    for (const Autoconfig::OutgoingServer &server : result.config->outgoingServers) {
        check(server.port != 0 && !server.authentications.isEmpty());
        check(Autoconfig::isValidHostname(server.hostname, Autoconfig::Placeholders::Allowed));
    }
    const Autoconfig::ProviderConfig forUser = result.config->forAddress(QStringLiteral("ola@example.test"));
    for (const Autoconfig::OutgoingServer &server : forUser.outgoingServers) {
        check(Autoconfig::isValidHostname(server.hostname) && !server.username.isEmpty());
    }
    return 0;
}
