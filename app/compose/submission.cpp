// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/compose/submission.h"

#include "app/logging.h"
#include "app/oauth/tokenrejection.h"
#include "app/smtp/composedmessagesource.h"
#include "app/smtp/worker.h"

#include <atomic>

namespace Compose
{

namespace
{

// The worker reports every job to every listener; ids from one counter per process keep
// windows from taking each other's results. Bit 61 keeps them apart from the command line's
// small ids and from the outbox dispatcher's (bit 62), should they share a worker.
std::atomic<quint64> nextId{(quint64(1) << 61) + 1};

} // namespace

WorkerSubmission::WorkerSubmission(Secrets::SecretStore *secrets, Smtp::Worker *worker, QObject *parent)
    : WorkerSubmission(new Accounts::CredentialsLookup(secrets, OAuth::ProviderTable::bundled()), worker, parent)
{
    m_credentials->setParent(this);
}

WorkerSubmission::WorkerSubmission(Accounts::CredentialsLookup *credentials, Smtp::Worker *worker, QObject *parent)
    : Submission(parent)
    , m_credentials(credentials)
    , m_worker(worker)
{
    Smtp::Worker::registerMetaTypes();
    connect(worker, &Smtp::Worker::progress, this, [this](quint64 id, qint64 sent, qint64 total) {
        if (m_pending.contains(id)) {
            Q_EMIT progress(id, sent, total);
        }
    });
    connect(worker, &Smtp::Worker::transcriptLine, this, [this](quint64 id, const Smtp::TranscriptLine &line) {
        if (m_pending.contains(id)) {
            Q_EMIT transcriptLine(id, line);
        }
    });
    connect(worker, &Smtp::Worker::finished, this, &WorkerSubmission::workerFinished);
    connect(m_credentials, &Accounts::CredentialsLookup::passwordProvided, this, &WorkerSubmission::passwordProvided);
    connect(m_credentials, &Accounts::CredentialsLookup::passwordDeclined, this, &WorkerSubmission::passwordDeclined);
}

quint64 WorkerSubmission::submit(const Accounts::Account &account, const Mime::ComposedMessage &message,
                                 const QString &subject)
{
    Q_UNUSED(subject) // nothing lists what is sent directly
    const quint64 id = nextId++;
    Pending pending;
    pending.account = account;
    pending.message = message;
    m_pending.insert(id, pending);
    lookUp(id, Accounts::CredentialsLookup::Freshness::UseStored);
    return id;
}

void WorkerSubmission::lookUp(quint64 id, Accounts::CredentialsLookup::Freshness freshness)
{
    const auto it = m_pending.find(id);
    it->stage = Stage::LookingUp;
    Accounts::CredentialsJob *job = m_credentials->lookUp(it->account, freshness);
    connect(job, &Accounts::CredentialsJob::finished, this,
            [this, id](const Accounts::CredentialsResult &result) { credentialsFound(id, result); });
}

void WorkerSubmission::credentialsFound(quint64 id, const Accounts::CredentialsResult &result)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end()) {
        return;
    }
    if (it->cancelled) {
        finishBeforeSending(id, Smtp::Error::local(Smtp::Error::Kind::Cancelled, Smtp::Phase::Preparing));
        return;
    }
    if (!result.ok()) {
        if (result.problem->canAskForPassword()) {
            it->stage = Stage::WaitingForPassword;
            m_credentials->requestPassword(it->account);
            return;
        }
        finishBeforeSending(id, result.problem->smtpError());
        return;
    }
    if (!m_worker) {
        finishBeforeSending(id,
                            Smtp::Error::local(Smtp::Error::Kind::MissingCredentials, Smtp::Phase::Preparing,
                                               QStringLiteral("the SMTP worker is gone")));
        return;
    }
    it->stage = Stage::WithWorker;
    it->credentials = *result.credentials;
    it->source = result.source;
    Smtp::SendJob job;
    job.accountId = it->account.id;
    job.settings = Smtp::SessionSettings::fromAccount(it->account);
    job.credentials = it->credentials;
    job.request = Smtp::sendRequestFor(id, it->message);
    Smtp::Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, job] { worker->submit(job); }, Qt::QueuedConnection);
}

void WorkerSubmission::passwordProvided(const QString &accountId)
{
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it->stage == Stage::WaitingForPassword && it->account.id == accountId) {
            lookUp(it.key(), Accounts::CredentialsLookup::Freshness::UseStored);
        }
    }
}

void WorkerSubmission::passwordDeclined(const QString &accountId)
{
    QList<quint64> declined;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it->stage == Stage::WaitingForPassword && it->account.id == accountId) {
            declined.append(it.key());
        }
    }
    for (const quint64 id : std::as_const(declined)) {
        finishBeforeSending(id,
                            Smtp::Error::local(Smtp::Error::Kind::MissingCredentials, Smtp::Phase::Preparing,
                                               QStringLiteral("no password was given")));
    }
}

void WorkerSubmission::cancel(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end()) {
        return;
    }
    switch (it->stage) {
    case Stage::LookingUp:
        it->cancelled = true;
        return;
    case Stage::WaitingForPassword:
        finishBeforeSending(id, Smtp::Error::local(Smtp::Error::Kind::Cancelled, Smtp::Phase::Preparing));
        return;
    case Stage::WithWorker:
        if (Smtp::Worker *worker = m_worker) {
            QMetaObject::invokeMethod(
                worker, [worker, id] { worker->cancel(id); }, Qt::QueuedConnection);
        }
        return;
    }
}

void WorkerSubmission::finishBeforeSending(quint64 id, const Smtp::Error &error)
{
    m_pending.remove(id);
    Smtp::SendResult result;
    result.requestId = id;
    result.error = error;
    Q_EMIT finished(result);
}

void WorkerSubmission::workerFinished(const Smtp::SendResult &result)
{
    const auto it = m_pending.find(result.requestId);
    if (it == m_pending.end() || it->stage != Stage::WithWorker) {
        return;
    }
    if (!it->tokenRefreshed && OAuth::isTokenRejection(it->credentials, result)) {
        qCInfo(lcAccounts) << "the server refused the access token of" << it->account.id
                           << "; refreshing it once and sending again";
        it->tokenRefreshed = true;
        lookUp(result.requestId, Accounts::CredentialsLookup::Freshness::ForceRefresh);
        return;
    }
    if (it->source == Accounts::CredentialsResult::Source::Session && result.error
        && result.error->kind == Smtp::Error::Kind::AuthenticationFailed) {
        // What the user typed for this session was wrong: ask again rather than fail the message.
        m_credentials->forgetSessionPassword(it->account.id);
        it->stage = Stage::WaitingForPassword;
        m_credentials->requestPassword(it->account);
        return;
    }
    m_pending.erase(it);
    Q_EMIT finished(result);
}

} // namespace Compose
