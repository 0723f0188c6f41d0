// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "autoconfig/lookupconfig.h"
#include "autoconfig/sourcereport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Autoconfig
{

// Fetches one discovery document: GET (or POST for Autodiscover) with a byte cap, a deadline
// for the whole exchange, and redirects followed by hand so that each hop is checked:
// never from https down to http, at most three hops, and every host recorded so the caller
// can tell when the document came from outside the user's domain. Host names resolve
// through HostResolver (the configured DNS server); TLS is verified against the name with the
// configured QSslConfiguration, never relaxed. Emits finished() exactly once.
class HttpFetcher : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Ok,
        HttpStatus, // a status other than 200 (see httpStatus)
        HostNotFound,
        ConnectionFailed,
        Timeout,
        CertificateInvalid,
        TooLarge,
        InsecureRedirect,
        TooManyRedirects,
    };
    Q_ENUM(Outcome)

    struct Result {
        Outcome outcome = Outcome::ConnectionFailed;
        int httpStatus = 0;
        QByteArray body;
        QUrl finalUrl;
        QStringList hosts; // every host asked, in order (first = the one requested)
        QStringList certificateNames; // what a refused certificate was valid for
        QString technical; // Qt's error text, for logs and the "details" line
    };

    HttpFetcher(QNetworkAccessManager *network, const LookupConfig &config, QObject *parent = nullptr);

    void get(const QUrl &url);
    void post(const QUrl &url, const QByteArray &body, const QByteArray &contentType);
    void abort();

    // How a fetch that did not bring a document ends a source: "nothing there" for names and
    // documents that do not exist, "failed" for everything that went wrong on the way.
    static SourceReport failureReport(const Result &result);

Q_SIGNALS:
    void finished(const Autoconfig::HttpFetcher::Result &result);

private:
    void request(const QUrl &url);
    void send(const QUrl &url, const QHostAddress &address);
    void onReplyFinished();
    void finish(Outcome outcome, const QString &technical = {});

    QNetworkAccessManager *m_network;
    LookupConfig m_config;
    QByteArray m_postBody;
    QByteArray m_contentType;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    Result m_result;
    QList<QSslError> m_sslErrors;
    int m_redirects = 0;
    bool m_done = false;
};

} // namespace Autoconfig
