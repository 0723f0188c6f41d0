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
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = browser.get(request);
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
