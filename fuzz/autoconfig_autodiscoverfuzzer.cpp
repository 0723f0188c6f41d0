// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Fuzzes Autoconfig::AutodiscoverParser (Microsoft POX responses). Beyond surviving, a
// response must be one of its three shapes, and a redirect URL is never anything but https.

#include "autoconfig/autodiscoverparser.h"

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
    using Parser = Autoconfig::AutodiscoverParser;
    const QByteArray document(reinterpret_cast<const char *>(data), qsizetype(size));
    const Parser::Result result = Parser::parse(document, QStringLiteral("ola@example.test"));
    check(result.response.has_value() == (result.error == Parser::Error::None));
    if (!result.response) {
        return 0;
    }
    switch (result.response->action) {
    case Parser::Response::Action::Settings:
        check(!result.response->smtpServers.isEmpty());
        for (const Autoconfig::OutgoingServer &server : result.response->smtpServers) {
            check(server.port != 0 && Autoconfig::isValidHostname(server.hostname) && !server.username.isEmpty());
        }
        break;
    case Parser::Response::Action::RedirectUrl:
        check(result.response->redirectUrl.scheme() == QLatin1String("https"));
        break;
    case Parser::Response::Action::RedirectAddress:
        check(result.response->redirectAddress.count(QLatin1Char('@')) == 1);
        break;
    }
    return 0;
}
