// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/oauth/signinerror.h"
#include "app/smtp/sendresult.h"
#include "app/smtp/worker.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace OAuth
{

class TokenStore;

// The outcome of sending with an OAuth account: the last attempt's SendResult, or (when no
// access token could be had at all) the sign-in error, which Error::evidence() explains.
struct TokenSubmissionResult {
    std::optional<Smtp::SendResult> send;
    std::optional<Error> signInError;
    bool refreshedAfterRejection = false;
};

// Sends one job for an OAuth account through the SMTP worker (which may live in another
// thread; it is driven by queued calls only): the access token comes from TokenStore
// (refreshed first when it is about to expire); if the server refuses it (isTokenRejection()),
// the token is refreshed once and the job submitted once more. A refresh the provider refuses
// ends with signInError (e.g. InvalidGrant: sign in again). Reports exactly one finished(),
// from the event loop, and then deletes itself.
class TokenSubmission : public QObject
{
    Q_OBJECT
public:
    // job.credentials is filled in here; job.request.id must be unique among the worker's jobs.
    TokenSubmission(TokenStore *tokens, Smtp::Worker *worker, const Smtp::SendJob &job, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void finished(const OAuth::TokenSubmissionResult &result);

private:
    void submitWith(bool forceRefresh);
    void onWorkerFinished(const Smtp::SendResult &result);
    void finish(const TokenSubmissionResult &result);

    TokenStore *m_tokens;
    QPointer<Smtp::Worker> m_worker;
    Smtp::SendJob m_job;
    bool m_retried = false;
    bool m_submitted = false;
};

} // namespace OAuth

Q_DECLARE_METATYPE(OAuth::TokenSubmissionResult)
