// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/smtp/worker.h"

#include "app/logging.h"
#include "app/smtp/sockettransport.h"

namespace Smtp
{

Worker::Worker(TransportFactoryMaker transportFactoryMaker, QObject *parent)
    : QObject(parent)
    , m_transportFactoryMaker(std::move(transportFactoryMaker))
{
    registerMetaTypes();
    if (!m_transportFactoryMaker) {
        m_transportFactoryMaker = [](const SessionSettings &settings) {
            return SocketTransport::factory(settings.host, settings.additionalCaCertificates);
        };
    }
}

Worker::~Worker() = default;

void Worker::registerMetaTypes()
{
    qRegisterMetaType<Smtp::SendJob>();
    qRegisterMetaType<Smtp::SendRequest>();
    qRegisterMetaType<Smtp::SendResult>();
    qRegisterMetaType<Smtp::RecipientResult>();
    qRegisterMetaType<Smtp::Error>();
    qRegisterMetaType<Smtp::TranscriptLine>();
    qRegisterMetaType<Smtp::Credentials>();
    qRegisterMetaType<Smtp::SessionSettings>();
    qRegisterMetaType<Smtp::CertificateInfo>();
}

void Worker::submit(const SendJob &job)
{
    Account &account = m_accounts[job.accountId];
    account.queue.push_back(job);
    if (!account.running) {
        startNext(job.accountId);
    }
}

void Worker::cancel(quint64 requestId)
{
    for (auto it = m_accounts.begin(); it != m_accounts.end(); ++it) {
        Account &account = it.value();
        for (auto job = account.queue.begin(); job != account.queue.end(); ++job) {
            if (job->request.id == requestId) {
                const SendResult result = cancelledResult(*job);
                account.queue.erase(job);
                Q_EMIT finished(result);
                return;
            }
        }
        if (account.running && account.running->request.id == requestId && account.session) {
            account.session->cancel();
            return;
        }
    }
}

void Worker::shutDown()
{
    for (auto it = m_accounts.begin(); it != m_accounts.end(); ++it) {
        Account &account = it.value();
        while (!account.queue.empty()) {
            const SendResult result = cancelledResult(account.queue.front());
            account.queue.pop_front();
            Q_EMIT finished(result);
        }
        if (account.session) {
            if (account.running) {
                account.session->cancel();
            }
            account.session->quit();
        }
    }
}

Session *Worker::sessionFor(Account &account, const SendJob &job)
{
    if (account.session && !(account.session->settings() == job.settings)) {
        // The account was edited: its old connection must not carry the new settings' mail.
        account.session->quit();
        account.session->deleteLater();
        account.session = nullptr;
    }
    if (!account.session) {
        account.session = new Session(job.settings, m_transportFactoryMaker(job.settings), this);
        const QString accountId = job.accountId;
        connect(account.session, &Session::finished, this,
                [this, accountId](const SendResult &result) { onFinished(accountId, result); });
        connect(account.session, &Session::progress, this, &Worker::progress);
        connect(account.session, &Session::transcriptLine, this, [this, accountId](const TranscriptLine &line) {
            const Account &current = m_accounts[accountId];
            if (current.running) {
                Q_EMIT transcriptLine(current.running->request.id, line);
            }
        });
    }
    return account.session;
}

void Worker::startNext(const QString &accountId)
{
    Account &account = m_accounts[accountId];
    if (account.running || account.queue.empty()) {
        return;
    }
    account.running = std::move(account.queue.front());
    account.queue.pop_front();
    Session *session = sessionFor(account, *account.running);
    session->setCredentials(account.running->credentials);
    Q_EMIT started(account.running->request.id);
    session->send(account.running->request);
}

bool Worker::worthRetrying(const SendResult &result)
{
    // A reused connection the server had already given up on (an idle timeout racing our
    // next command) fails before the message was sent: one fresh attempt is safe then.
    if (!result.connectionReused || !result.error) {
        return false;
    }
    const Error &error = *result.error;
    const bool beforeMessage = error.phase == Phase::Reset || error.phase == Phase::MailFrom;
    return beforeMessage
        && (error.kind == Error::Kind::ConnectionLost || error.kind == Error::Kind::ServiceUnavailable);
}

void Worker::onFinished(const QString &accountId, const SendResult &result)
{
    Account &account = m_accounts[accountId];
    if (!account.running) {
        return;
    }
    if (!account.retried && worthRetrying(result)) {
        qCInfo(lcSmtp) << "request" << result.requestId << "lost its reused connection; retrying on a fresh one";
        account.retried = true;
        account.earlierAttempt = result.transcript;
        Session *session = account.session;
        session->setCredentials(account.running->credentials);
        session->send(account.running->request);
        return;
    }
    SendResult final = result;
    if (!account.earlierAttempt.isEmpty()) {
        final.transcript = account.earlierAttempt + result.transcript;
    }
    account.running.reset();
    account.retried = false;
    account.earlierAttempt.clear();
    Q_EMIT finished(final);
    startNext(accountId);
}

SendResult Worker::cancelledResult(const SendJob &job)
{
    SendResult result;
    result.requestId = job.request.id;
    result.outcome = SendResult::Outcome::Failed;
    result.error = Error::local(Error::Kind::Cancelled, Phase::Preparing, QStringLiteral("cancelled while queued"));
    for (const QString &address : job.request.recipients) {
        result.recipients.append(RecipientResult{address, RecipientResult::Status::NotAttempted, 0, {}, {}});
    }
    return result;
}

} // namespace Smtp
