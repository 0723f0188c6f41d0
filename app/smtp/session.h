// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/smtp/capabilities.h"
#include "app/smtp/credentials.h"
#include "app/smtp/dataencoder.h"
#include "app/smtp/envelopeaddress.h"
#include "app/smtp/loginresult.h"
#include "app/smtp/replyparser.h"
#include "app/smtp/saslclient.h"
#include "app/smtp/sendrequest.h"
#include "app/smtp/sendresult.h"
#include "app/smtp/sessionsettings.h"
#include "app/smtp/transcript.h"
#include "app/smtp/transport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>
#include <optional>

namespace Smtp
{

// Drives SMTP submission conversations over transports made by a factory: greeting, EHLO,
// STARTTLS (required, never opportunistic), AUTH, then one message per send(), reusing the
// connection for the next send() until it idles out. Everything is driven by signals: no
// blocking waits, no nested event loops. Owns no thread; whoever creates it decides where it
// lives. Every send() that returns true is answered by exactly one finished(), always
// emitted from the event loop. Credentials are supplied by the caller, never fetched here.
class Session : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Disconnected,
        Connecting,
        TlsHandshake,
        AwaitingGreeting,
        AwaitingEhloReply,
        AwaitingHeloReply,
        AwaitingStartTlsReply,
        Authenticating,
        Ready,
        SendingEnvelope,
        AwaitingDataGoAhead,
        SendingData,
        AwaitingDataResult,
        Quitting,
    };
    Q_ENUM(State)

    // Bounds against a hostile or broken server.
    static constexpr int MaxAuthRounds = 5;
    static constexpr int MaxCommandsInFlight = 100; // msmtp's cap, against TCP window deadlocks
    static constexpr int MaxTransactionsPerSend = 100;

    Session(SessionSettings settings, TransportFactory transportFactory, QObject *parent = nullptr);
    ~Session() override;

    void setCredentials(const Credentials &credentials);
    // Starts sending; false (and nothing happens) while another send is in progress.
    bool send(const SendRequest &request);
    // Ends the current send at once: "Cancelled", or "delivery unknown" after the final dot.
    void cancel();
    // Says QUIT on an idle connection and closes it.
    void quit();
    // A login that sends no mail, on a fresh connection: connect, TLS as the settings require,
    // EHLO, AUTH with the credentials (skipped when the account logs in with none), QUIT.
    // The same rules as send(): a password is never sent without TLS, STARTTLS is required
    // when configured, certificates verify or match the pin. False (and nothing happens)
    // while a send or check is in progress; otherwise answered by exactly one loginFinished(),
    // always emitted from the event loop. cancel() ends it like a send.
    bool checkLogin();

    State state() const { return m_state; }
    bool isBusy() const { return m_operation.has_value(); }
    const SessionSettings &settings() const { return m_settings; }

Q_SIGNALS:
    void stateChanged(Smtp::Session::State state);
    void progress(quint64 requestId, qint64 bytesSent, qint64 bytesTotal);
    void transcriptLine(const Smtp::TranscriptLine &line); // already redacted
    void finished(const Smtp::SendResult &result);
    void loginFinished(const Smtp::LoginResult &result);
    void disconnected(); // the connection is gone, whatever the reason

private:
    enum class ConnectionDisposition { Keep, Quit, Abort };
    // Whether a command may only be written when the server has said nothing unasked.
    enum class Turn { Check, Ignore };

    struct PendingCommand {
        enum class Kind { Reset, MailFrom, RcptTo };
        Kind kind;
        int recipient = -1; // index into Operation::recipients for RcptTo
        QByteArray line;
    };

    struct Operation {
        // Declared here, defined in the .cpp: clang cannot use the member initialisers of a
        // nested class before the enclosing class is complete (std::optional asks early).
        Operation();

        SendRequest request;
        SendResult result;
        Transcript transcript;
        EnvelopeAddress reversePath;
        QList<EnvelopeAddress> recipients; // parallel to result.recipients
        bool needsEightBit = false;
        bool needsSmtpUtf8 = false;
        QList<int> pending; // recipients still to be tried, in order
        QList<int> transaction; // recipients of the current transaction
        int transactions = 0;
        bool finalDotSent = false;
        // checkLogin(): no message, and what the connection learned is reported instead.
        bool loginOnly = false;
        LoginResult login;
        QElapsedTimer clock;
        qint64 phaseStartedMs = 0;
    };

    void setState(State state);
    void startPhaseTimer(Phase phase);
    void logEvent(const QString &text);
    void logClient(const QString &text);
    void logReply(const Reply &reply);
    void appendToTranscript(TranscriptLine::Direction direction, const QString &text);

    std::optional<Error> prepare(Operation &operation);
    std::optional<Error> prepareLogin() const;
    void finishLogin(Operation &operation);
    void connectToServer();
    void closeConnection(ConnectionDisposition disposition);
    // False (and the send failed) when the server had spoken out of turn.
    bool writeCommand(const QByteArray &line, const QString &transcriptText, Turn turn = Turn::Check);
    bool serverSpokeOutOfTurn();
    QByteArray ehloArgument() const;

    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onBytesWritten();
    void onPeerVerificationFailed(const QList<QSslError> &errors, const QList<QSslCertificate> &chain);
    void onTransportFailed(const TransportFailure &failure);
    void onPhaseTimeout();
    void processReceived();

    void handleReply(const Reply &reply);
    void handleGreeting(const Reply &reply);
    void handleEhlo(const Reply &reply);
    void handleHelo(const Reply &reply);
    void handleStartTls(const Reply &reply);
    void handleAuthentication(const Reply &reply);
    void handleEnvelopeReply(const Reply &reply);
    void handleDataGoAhead(const Reply &reply);
    void handleDataResult(const Reply &reply);
    void handleUnsolicited(const Reply &reply);

    void sendEhlo();
    void afterEhlo();
    void startAuthentication();
    void enterReady();
    void beginTransaction();
    void sendPendingCommands();
    void envelopeComplete();
    void pumpData();
    void finishTransaction();

    void fail(Error error, ConnectionDisposition disposition);
    void finishOperation();
    void addTlsFacts(Error &error) const;

    SessionSettings m_settings;
    TransportFactory m_transportFactory;
    std::unique_ptr<Transport> m_transport;
    Credentials m_credentials;
    State m_state = State::Disconnected;
    ReplyParser m_parser;
    QTimer m_phaseTimer;
    Phase m_timerPhase = Phase::Connecting;
    Phase m_replyPhase = Phase::Connecting; // the phase of the reply being handled
    QTimer m_idleTimer;

    // what this connection has learned; all of it is forgotten on STARTTLS and on close
    Capabilities m_capabilities;
    bool m_tlsActive = false;
    bool m_needsReset = false;
    int m_messagesOnConnection = 0;
    QList<QSslError> m_sslErrors;
    QList<QSslCertificate> m_failedChain;
    std::optional<SaslClient> m_sasl;
    int m_authRounds = 0;

    std::optional<Operation> m_operation;
    std::deque<PendingCommand> m_toSend;
    std::deque<PendingCommand> m_inFlight;
    std::optional<Error> m_transactionError;
    std::unique_ptr<QIODevice> m_source;
    DataEncoder m_encoder;
    qint64 m_sourceRead = 0;
    qint64 m_wireBytes = 0;
    bool m_sourceFinished = false;
};

} // namespace Smtp
