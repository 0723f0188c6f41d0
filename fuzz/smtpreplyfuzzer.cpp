// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Fuzzes Smtp::ReplyParser and Smtp::Capabilities with what a hostile server could send.
// The first byte picks how the rest is cut into network reads, so chunk boundaries are
// fuzzed too. The parser's bounds are asserted, not just survived.

#include "app/smtp/capabilities.h"
#include "app/smtp/replyparser.h"

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
    if (size == 0) {
        return 0;
    }
    const Smtp::ReplyParser::Limits limits{512, 16};
    Smtp::ReplyParser parser(limits);
    const size_t chunk = 1 + data[0] % 64;
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, static_cast<qsizetype>(size - 1));
    for (qsizetype offset = 0; offset < input.size(); offset += static_cast<qsizetype>(chunk)) {
        const bool accepted = parser.append(input.sliced(offset, std::min<qsizetype>(chunk, input.size() - offset)));
        check(accepted == (parser.failure() == Smtp::ReplyParser::Failure::None));
        check(parser.bufferedBytes() >= 0 && parser.bufferedBytes() <= input.size());
        while (const std::optional<Smtp::Reply> reply = parser.takeReply()) {
            check(reply->code >= 200 && reply->code <= 559);
            check(!reply->lines.isEmpty() && reply->lines.size() <= limits.maxLines);
            check(reply->enhancedCode.isEmpty() || reply->enhancedCode.at(0).digitValue() == reply->code / 100);
            const Smtp::Capabilities capabilities = Smtp::Capabilities::fromEhloReply(*reply);
            check(capabilities.sizeLimit() >= 0);
            check(capabilities.authMechanisms().size() <= Smtp::Capabilities::MaxAuthMechanisms);
            for (const QString &mechanism : capabilities.authMechanisms()) {
                check(capabilities.offersAuthMechanism(mechanism));
            }
            static_cast<void>(reply->text());
        }
        if (parser.failure() != Smtp::ReplyParser::Failure::None) {
            check(!parser.failureDetail().isNull());
            break;
        }
    }
    return 0;
}
