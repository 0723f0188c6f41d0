// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoconfig/httpfetcher.h"

#include "autoconfig/certificatenames.h"
#include "autoconfig/hostresolver.h"
#include "autoconfig/logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Autoconfig
{

namespace
{

constexpr int MaxRedirects = 3;

} // namespace

HttpFetcher::HttpFetcher(QNetworkAccessManager *network, const LookupConfig &config, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_config(config)
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(config.sourceTimeout);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finish(Outcome::Timeout, QStringLiteral("no complete answer within %1 ms").arg(m_deadline.interval()));
    });
}

void HttpFetcher::get(const QUrl &url)
{
    m_deadline.start();
    request(url);
}

void HttpFetcher::post(const QUrl &url, const QByteArray &body, const QByteArray &contentType)
{
    m_postBody = body;
    m_contentType = contentType;
    m_deadline.start();
    request(url);
}

void HttpFetcher::abort()
{
    m_done = true;
    m_deadline.stop();
    if (m_reply) {
        m_reply->abort();
    }
}

void HttpFetcher::request(const QUrl &url)
{
    m_result.finalUrl = url;
    m_result.hosts.append(url.host());
    auto *resolver = new HostResolver(url.host(), m_config.dnsServer, m_config.sourceTimeout, this);
    connect(resolver, &HostResolver::finished, this,
            [this, resolver, url](const QList<QHostAddress> &addresses, const QString &technical) {
                resolver->deleteLater();
                if (m_done) {
                    return;
                }
                if (addresses.isEmpty()) {
                    finish(Outcome::HostNotFound, technical);
                    return;
                }
                send(url, addresses.first());
            });
    resolver->start();
}

void HttpFetcher::send(const QUrl &url, const QHostAddress &address)
{
    // Connect to the address we resolved, but speak to (and verify TLS for) the name.
    QUrl target = url;
    target.setHost(address.toString());
    QNetworkRequest request(target);
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    const QString hostHeader = url.port(defaultPort) == defaultPort
        ? url.host()
        : url.host() + QLatin1Char(':') + QString::number(url.port());
    request.setRawHeader("Host", hostHeader.toLatin1());
    request.setPeerVerifyName(url.host());
    request.setSslConfiguration(m_config.sslConfiguration);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Kurier/" KURIER_VERSION_STRING));
    if (m_postBody.isNull()) {
        m_reply = m_network->get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_contentType);
        m_reply = m_network->post(request, m_postBody);
    }
    m_sslErrors.clear();
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (received > m_config.maxDocumentBytes || total > m_config.maxDocumentBytes) {
            finish(Outcome::TooLarge, QStringLiteral("more than %1 bytes").arg(m_config.maxDocumentBytes));
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &HttpFetcher::onReplyFinished);
}

void HttpFetcher::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done) {
        return;
    }
    reply->deleteLater();
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_result.httpStatus = status;
    if (!m_sslErrors.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError) {
        for (const QSslError &error : std::as_const(m_sslErrors)) {
            m_result.certificateNames = certificateNames(error.certificate());
            if (!m_result.certificateNames.isEmpty()) {
                break;
            }
        }
        QStringList texts;
        for (const QSslError &error : std::as_const(m_sslErrors)) {
            texts.append(error.errorString());
        }
        finish(Outcome::CertificateInvalid, texts.isEmpty() ? reply->errorString() : texts.join(QStringLiteral("; ")));
        return;
    }
    if (status >= 300 && status < 400 && reply->hasRawHeader("Location")) {
        const QUrl location = m_result.finalUrl.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        if (++m_redirects > MaxRedirects) {
            finish(Outcome::TooManyRedirects, location.toString());
            return;
        }
        const bool fromHttps = m_result.finalUrl.scheme() == QLatin1String("https");
        const bool toHttps = location.scheme() == QLatin1String("https");
        if ((fromHttps && !toHttps) || (!toHttps && location.scheme() != QLatin1String("http"))
            || location.host().isEmpty()) {
            finish(Outcome::InsecureRedirect, location.toString());
            return;
        }
        qCDebug(lcAutoconfig) << "following redirect" << m_result.finalUrl << "->" << location;
        if (!m_postBody.isNull() && status != 307 && status != 308) {
            finish(Outcome::HttpStatus, QStringLiteral("redirect %1 of a POST").arg(status));
            return;
        }
        request(location);
        return;
    }
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        const QNetworkReply::NetworkError error = reply->error();
        finish(error == QNetworkReply::HostNotFoundError ? Outcome::HostNotFound
                   : error == QNetworkReply::TimeoutError || error == QNetworkReply::OperationCanceledError
                   ? Outcome::Timeout
                   : Outcome::ConnectionFailed,
               reply->errorString());
        return;
    }
    const QByteArray body = reply->read(m_config.maxDocumentBytes + 1);
    if (body.size() > m_config.maxDocumentBytes) {
        finish(Outcome::TooLarge, QStringLiteral("more than %1 bytes").arg(m_config.maxDocumentBytes));
        return;
    }
    m_result.body = body;
    finish(status == 200 ? Outcome::Ok : Outcome::HttpStatus, status == 200 ? QString() : reply->errorString());
}

SourceReport HttpFetcher::failureReport(const Result &result)
{
    SourceReport report;
    report.state = SourceState::Failed;
    report.technical = result.technical;
    report.subject = result.finalUrl.host();
    switch (result.outcome) {
    case Outcome::Ok:
        report.state = SourceState::Found;
        report.reason = Reason::Found;
        report.subject = result.finalUrl.toString();
        break;
    case Outcome::HttpStatus:
        if (result.httpStatus == 404 || result.httpStatus == 410) {
            report.state = SourceState::Nothing;
            report.reason = Reason::NoDocument;
        } else {
            report.reason = Reason::HttpStatus;
            report.subject = QString::number(result.httpStatus);
        }
        break;
    case Outcome::HostNotFound:
        report.state = SourceState::Nothing;
        report.reason = Reason::HostNotFound;
        break;
    case Outcome::ConnectionFailed:
        report.reason = Reason::ConnectionFailed;
        break;
    case Outcome::Timeout:
        report.reason = Reason::Timeout;
        break;
    case Outcome::CertificateInvalid:
        report.reason = Reason::CertificateInvalid;
        report.certificateNames = result.certificateNames;
        break;
    case Outcome::TooLarge:
        report.reason = Reason::TooLarge;
        break;
    case Outcome::InsecureRedirect:
        report.reason = Reason::InsecureRedirect;
        report.subject = result.technical;
        break;
    case Outcome::TooManyRedirects:
        report.reason = Reason::TooManyRedirects;
        report.subject = result.technical;
        break;
    }
    return report;
}

void HttpFetcher::finish(Outcome outcome, const QString &technical)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_deadline.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_result.outcome = outcome;
    m_result.technical = technical;
    Q_EMIT finished(m_result);
}

} // namespace Autoconfig
