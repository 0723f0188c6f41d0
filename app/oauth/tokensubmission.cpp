// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/oauth/tokensubmission.h"

#include "app/oauth/oauthlogging.h"
#include "app/oauth/tokenrejection.h"
#include "app/oauth/tokenstore.h"

#include <QTimer>

namespace OAuth
{

TokenSubmission::TokenSubmission(TokenStore *tokens, Smtp::Worker *worker, const Smtp::SendJob &job, QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
    , m_worker(worker)
    , m_job(job)
{
}

void TokenSubmission::start()
{
    connect(m_worker, &Smtp::Worker::finished, this, &TokenSubmission::onWorkerFinished);
    submitWith(false);
}

void TokenSubmission::submitWith(bool forceRefresh)
{
    TokenJob *token = m_tokens->accessToken(
        m_job.accountId, forceRefresh ? TokenStore::Freshness::ForceRefresh : TokenStore::Freshness::UseStored);
    connect(token, &TokenJob::finished, this, [this](const TokenResult &result) {
        if (!result.ok()) {
            finish({std::nullopt, result.error, m_retried});
            return;
        }
        if (!m_worker) {
            finish({std::nullopt, Error::make(Error::Kind::Cancelled, QStringLiteral("no SMTP worker")), m_retried});
            return;
        }
        m_job.credentials = Smtp::Credentials::oauthToken(result.tokens->accessToken);
        m_submitted = true;
        Smtp::Worker *worker = m_worker;
        const Smtp::SendJob job = m_job;
        QMetaObject::invokeMethod(
            worker, [worker, job] { worker->submit(job); }, Qt::QueuedConnection);
    });
}

void TokenSubmission::onWorkerFinished(const Smtp::SendResult &result)
{
    if (!m_submitted || result.requestId != m_job.request.id) {
        return;
    }
    m_submitted = false;
    if (!m_retried && isTokenRejection(m_job.credentials, result)) {
        qCInfo(lcOAuth) << "the SMTP server refused the access token of" << m_job.accountId
                        << "; refreshing it once and trying again";
        m_retried = true;
        submitWith(true);
        return;
    }
    finish({result, std::nullopt, m_retried});
}

void TokenSubmission::finish(const TokenSubmissionResult &result)
{
    if (m_worker) {
        disconnect(m_worker, nullptr, this, nullptr);
    }
    QTimer::singleShot(0, this, [this, result] {
        Q_EMIT finished(result);
        deleteLater();
    });
}

} // namespace OAuth
