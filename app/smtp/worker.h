// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/smtp/credentials.h"
#include "app/smtp/sendrequest.h"
#include "app/smtp/sendresult.h"
#include "app/smtp/session.h"
#include "app/smtp/sessionsettings.h"
#include "app/smtp/transport.h"

#include <QHash>
#include <QMetaType>
#include <QObject>

#include <deque>
#include <functional>

namespace Smtp
{

// One message for one account, as it travels to the worker: everything the session needs,
// including the secret the caller fetched (the worker never touches the keychain).
struct SendJob {
    QString accountId;
    SessionSettings settings;
    Credentials credentials;
    SendRequest request;
};

// Sends mail in the background: lives in a worker QThread chosen by the composition root
// and is driven only through queued signals and slots carrying the value types above.
// Messages for one account queue up and share one session, so several messages reuse one
// authenticated TLS connection; different accounts proceed side by side. Every submitted
// job gets exactly one finished(), including cancelled ones.
class Worker : public QObject
{
    Q_OBJECT
public:
    // Makes the transports for one account's session; tests pass scripted ones.
    using TransportFactoryMaker = std::function<TransportFactory(const SessionSettings &settings)>;

    explicit Worker(TransportFactoryMaker transportFactoryMaker = {}, QObject *parent = nullptr);
    ~Worker() override;

    // The queued-connection types; called by the constructor, callable early by anyone.
    static void registerMetaTypes();

public Q_SLOTS:
    void submit(const Smtp::SendJob &job);
    // A queued job ends at once; a running one ends as Session::cancel() says.
    void cancel(quint64 requestId);
    // Ends everything: queued and running jobs are cancelled, idle connections say QUIT.
    void shutDown();

Q_SIGNALS:
    void started(quint64 requestId);
    void progress(quint64 requestId, qint64 bytesSent, qint64 bytesTotal);
    void transcriptLine(quint64 requestId, const Smtp::TranscriptLine &line);
    void finished(const Smtp::SendResult &result);

private:
    struct Account {
        Session *session = nullptr;
        std::deque<SendJob> queue;
        std::optional<SendJob> running;
        bool retried = false; // the running job is already the retry on a fresh connection
        QList<TranscriptLine> earlierAttempt;
    };

    void startNext(const QString &accountId);
    void onFinished(const QString &accountId, const SendResult &result);
    Session *sessionFor(Account &account, const SendJob &job);
    static bool worthRetrying(const SendResult &result);
    static SendResult cancelledResult(const SendJob &job);

    TransportFactoryMaker m_transportFactoryMaker;
    QHash<QString, Account> m_accounts;
};

} // namespace Smtp

Q_DECLARE_METATYPE(Smtp::SendJob)
