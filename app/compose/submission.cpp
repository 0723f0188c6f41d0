// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/compose/submission.h"

#include "app/accounts/storedcredentials.h"
#include "app/secrets/secretstore.h"
#include "app/smtp/composedmessagesource.h"
#include "app/smtp/saslclient.h"
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
    : Submission(parent)
    , m_secrets(secrets)
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
}

quint64 WorkerSubmission::submit(const Accounts::Account &account, const Mime::ComposedMessage &message,
                                 const QString &subject)
{
    Q_UNUSED(subject) // nothing lists what is sent directly
    const quint64 id = nextId++;
    m_pending.insert(id, Stage::ReadingSecret);
    const Smtp::Credentials::Kind kind = Smtp::SaslClient::secretKindFor(account.authMethod);
    if (kind == Smtp::Credentials::Kind::None || account.security == Accounts::Security::None) {
        // Without a login nothing is read from the keychain; a login without encryption is
        // refused by the session itself, before it connects.
        QMetaObject::invokeMethod(
            this,
            [this, account, message, id, kind] {
                secretRead(account, message, id, {kind, QString()});
            },
            Qt::QueuedConnection);
        return id;
    }
    const Secrets::SecretKind secretKind = Accounts::secretKindFor(kind);
    Secrets::SecretJob *job = m_secrets->read(account.id, secretKind);
    connect(job, &Secrets::SecretJob::finished, this,
            [this, account, message, id, kind](const Secrets::SecretResult &result) {
                if (!result.ok()) {
                    failBeforeSending(id, result.message);
                    return;
                }
                secretRead(account, message, id, Accounts::credentialsFromSecret(kind, result.secret));
            });
    return id;
}

void WorkerSubmission::secretRead(const Accounts::Account &account, const Mime::ComposedMessage &message, quint64 id,
                                  Smtp::Credentials credentials)
{
    if (m_cancelled.remove(id)) {
        m_pending.remove(id);
        Smtp::SendResult result;
        result.requestId = id;
        result.error = Smtp::Error::local(Smtp::Error::Kind::Cancelled, Smtp::Phase::Preparing);
        Q_EMIT finished(result);
        return;
    }
    if (!m_worker) {
        failBeforeSending(id, QStringLiteral("the SMTP worker is gone"));
        return;
    }
    m_pending.insert(id, Stage::WithWorker);
    Smtp::SendJob job;
    job.accountId = account.id;
    job.settings = Smtp::SessionSettings::fromAccount(account);
    job.credentials = std::move(credentials);
    job.request = Smtp::sendRequestFor(id, message);
    Smtp::Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, job] { worker->submit(job); }, Qt::QueuedConnection);
}

void WorkerSubmission::cancel(quint64 id)
{
    const auto it = m_pending.constFind(id);
    if (it == m_pending.cend()) {
        return;
    }
    if (*it == Stage::ReadingSecret) {
        m_cancelled.insert(id);
        return;
    }
    if (Smtp::Worker *worker = m_worker) {
        QMetaObject::invokeMethod(
            worker, [worker, id] { worker->cancel(id); }, Qt::QueuedConnection);
    }
}

void WorkerSubmission::failBeforeSending(quint64 id, const QString &detail)
{
    m_pending.remove(id);
    m_cancelled.remove(id);
    Smtp::SendResult result;
    result.requestId = id;
    result.error = Smtp::Error::local(Smtp::Error::Kind::MissingCredentials, Smtp::Phase::Preparing, detail);
    Q_EMIT finished(result);
}

void WorkerSubmission::workerFinished(const Smtp::SendResult &result)
{
    if (m_pending.remove(result.requestId) > 0) {
        Q_EMIT finished(result);
    }
}

} // namespace Compose
