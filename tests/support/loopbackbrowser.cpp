// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/loopbackbrowser.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>

namespace TestSupport
{

BrowserVisit visitInBrowser(const QUrl &url, std::chrono::milliseconds timeout)
{
    QNetworkAccessManager browser;
    QNetworkRequest request(url);
    // Like a real browser, follow the provider's redirect even from https to the loopback
    // http redirect URI (RFC 8252 §7.3), which Qt's "no less safe" policy would refuse.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    QNetworkReply *reply = browser.get(request);
    QObject::connect(reply, &QNetworkReply::redirected, reply, &QNetworkReply::redirectAllowed);
    QSignalSpy done(reply, &QNetworkReply::finished);
    BrowserVisit visit;
    visit.finished = done.wait(static_cast<int>(timeout.count()));
    visit.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    visit.finalUrl = reply->url();
    visit.page = reply->readAll();
    delete reply;
    return visit;
}

} // namespace TestSupport
