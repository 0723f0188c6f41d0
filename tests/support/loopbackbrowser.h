// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QUrl>

#include <chrono>

namespace TestSupport
{

// What the browser ended on after a visit.
struct BrowserVisit {
    bool finished = false; // false: no answer within the time limit
    int status = 0;
    QUrl finalUrl;
    QByteArray page;
};

// The user's browser in OAuth tests: opens the provider's sign-in page and follows its
// redirects (the fake authorization server's 302 to Kurier's loopback listener), as a browser
// does after the user has signed in. Waits for the answer with a bounded QSignalSpy::wait, so
// call it from the test body, not from inside a signal of the code under test.
BrowserVisit visitInBrowser(const QUrl &url, std::chrono::milliseconds timeout = std::chrono::milliseconds(10000));

} // namespace TestSupport
