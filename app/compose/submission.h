// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/accounts/account.h"
#include "app/accounts/credentialslookup.h"
#include "app/mime/composedmessage.h"
#include "app/smtp/credentials.h"
#include "app/smtp/sendresult.h"
#include "app/smtp/transcript.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Secrets
{
class SecretStore;
}
namespace Smtp
{
class Worker;
}

namespace Compose
{

// Where a composer window hands a finished message: the path behind it sends the message
// (at once, or later from the outbox) and reports its progress and exactly one finished()
// per submit(). Windows depend on this seam only, so the path can change behind them.
class Submission : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Starts on the message; every signal about it carries the returned id. The subject is
    // only for lists (an outbox); the message's bytes are what is sent.
    virtual quint64 submit(const Accounts::Account &account, const Mime::ComposedMessage &message,
                           const QString &subject)
        = 0;
    // finished() still follows: with Error::Kind::Cancelled, unless it was already too late.
    virtual void cancel(quint64 id) = 0;
    // A message that failed is about to be replaced by a new submission of the same text (or was
    // discarded): a path that keeps failed messages (the outbox) forgets this one.
    virtual void withdraw(quint64 id) { Q_UNUSED(id) }
    // Like submit(), for the edited version of a message waiting in the outbox: it takes the
    // place of outboxMessageId in one step. 0 (and no finished()) when that message is no
    // longer waiting (it was sent, removed or is being sent) or the path has no outbox.
    virtual quint64 submitReplacing(qint64 outboxMessageId, const Accounts::Account &account,
                                    const Mime::ComposedMessage &message, const QString &subject)
    {
        Q_UNUSED(outboxMessageId)
        Q_UNUSED(account)
        Q_UNUSED(message)
        Q_UNUSED(subject)
        return 0;
    }
    // Whether the message is kept durably (in the outbox) from now on, so that whatever else
    // holds it (a draft) may let it go.
    virtual bool isQueued(quint64 id) const
    {
        Q_UNUSED(id)
        return false;
    }

Q_SIGNALS:
    void progress(quint64 id, qint64 bytesSent, qint64 bytesTotal);
    void transcriptLine(quint64 id, const Smtp::TranscriptLine &line); // already redacted
    void finished(const Smtp::SendResult &result);
};

// Sends straight through the SMTP worker, which lives in its own thread and is reached by
// queued calls only. For each message the account's credentials come from the
// Accounts::CredentialsLookup and are handed to the worker with the job, never kept here. When
// no password is stored ("ask me each time"), the lookup is asked to request one and the message
// waits (still cancellable) until it is provided or declined. An OAuth token the server refuses
// is refreshed once and the message sent again; a session password it refuses is asked for
// again. Credentials that cannot be had end the message with Error::Kind::MissingCredentials
// (detail: the keychain's own sentence, or the sign-in facts), so that every failure reaches the
// user through the same explainer.
class WorkerSubmission : public Submission
{
    Q_OBJECT
public:
    // With a lookup of its own on `secrets` (the bundled OAuth providers).
    WorkerSubmission(Secrets::SecretStore *secrets, Smtp::Worker *worker, QObject *parent = nullptr);
    // Shares the lookup (not owned; it must outlive this) with the other senders.
    WorkerSubmission(Accounts::CredentialsLookup *credentials, Smtp::Worker *worker, QObject *parent = nullptr);

    quint64 submit(const Accounts::Account &account, const Mime::ComposedMessage &message,
                   const QString &subject) override;
    void cancel(quint64 id) override;

private:
    enum class Stage { LookingUp, WaitingForPassword, WithWorker };
    struct Pending {
        Stage stage = Stage::LookingUp;
        Accounts::Account account;
        Mime::ComposedMessage message;
        Smtp::Credentials credentials;
        Accounts::CredentialsResult::Source source = Accounts::CredentialsResult::Source::NotNeeded;
        bool tokenRefreshed = false; // the one refresh after a refused token is spent
        bool cancelled = false; // while the credentials were being looked up
    };

    void lookUp(quint64 id, Accounts::CredentialsLookup::Freshness freshness);
    void credentialsFound(quint64 id, const Accounts::CredentialsResult &result);
    void passwordProvided(const QString &accountId);
    void passwordDeclined(const QString &accountId);
    void finishBeforeSending(quint64 id, const Smtp::Error &error);
    void workerFinished(const Smtp::SendResult &result);

    Accounts::CredentialsLookup *m_credentials;
    QPointer<Smtp::Worker> m_worker;
    QHash<quint64, Pending> m_pending; // ids submitted here whose finished() is still due
};

} // namespace Compose
