// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/smtp/timeouts.h"

namespace Smtp
{

Timeouts::Duration Timeouts::forPhase(Phase phase) const
{
    switch (phase) {
    case Phase::Preparing:
    case Phase::Connecting:
        return connect;
    case Phase::TlsHandshake:
        return tlsHandshake;
    case Phase::Greeting:
        return greeting;
    case Phase::Ehlo:
        return ehlo;
    case Phase::StartTls:
        return startTls;
    case Phase::Authentication:
        return authentication;
    case Phase::Reset:
        return reset;
    case Phase::MailFrom:
        return mailFrom;
    case Phase::RcptTo:
        return rcptTo;
    case Phase::Data:
        return data;
    case Phase::DataTransfer:
        return dataBlock;
    case Phase::DataTermination:
        return dataTermination;
    case Phase::Quit:
        return quit;
    }
    return connect;
}

Timeouts Timeouts::uniform(Duration duration)
{
    Timeouts t;
    for (Duration *field : {&t.connect, &t.tlsHandshake, &t.greeting, &t.ehlo, &t.startTls, &t.authentication, &t.reset,
                            &t.mailFrom, &t.rcptTo, &t.data, &t.dataBlock, &t.dataTermination, &t.quit}) {
        *field = duration;
    }
    return t;
}

} // namespace Smtp
