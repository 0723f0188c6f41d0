// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/oauth/signinerror.h"
#include "app/oauth/tokenresult.h"

#include <QSignalSpy>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace TestSupport
{

// The one result of an OAuth operation that ends in finished(OAuth::TokenResult) (a flow, a
// TokenJob); a missing or repeated emission comes back as a Timeout failure saying so.
template<typename Emitter>
OAuth::TokenResult waitForTokenResult(Emitter *emitter)
{
    QSignalSpy finished(emitter, &Emitter::finished);
    if (!finished.wait(20000) || finished.count() != 1) {
        return OAuth::TokenResult::failure(
            OAuth::Error::make(OAuth::Error::Kind::Timeout, QStringLiteral("no single finished() in time")));
    }
    return finished.first().first().template value<OAuth::TokenResult>();
}

// Everything the process logs ("category: message"), for tests that prove no token or code
// reaches a log line. Messages still go on to the previous handler, so test output is unchanged.
class LogCapture
{
public:
    static void install() { previousHandler() = qInstallMessageHandler(capture); }
    static void clear() { lines().clear(); }
    static QStringList &lines()
    {
        static QStringList captured;
        return captured;
    }

private:
    static QtMessageHandler &previousHandler()
    {
        static QtMessageHandler handler = nullptr;
        return handler;
    }
    static void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        lines().append(QString::fromLatin1(context.category ? context.category : "") + QStringLiteral(": ") + message);
        previousHandler()(type, context, message);
    }
};

} // namespace TestSupport
