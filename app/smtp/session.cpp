// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/smtp/session.h"

#include "app/logging.h"

#include <QMetaEnum>

namespace Smtp
{

using Accounts::Security;
using Kind = Error::Kind;

namespace
{

// Message bytes are read from the producer in chunks of this size, and more are written
// only while the socket holds less than the low-water mark, so a 25 MB message never sits
// in memory twice and a stalled server stops the producer too.
constexpr qint64 ChunkSize = 64 * 1024;
constexpr qint64 LowWaterMark = 256 * 1024;

QString redactedAuthCommand(const QByteArray &command)
{
    const QList<QByteArray> words = command.split(' ');
    QString text = QString::fromLatin1(words.value(0) + ' ' + words.value(1));
    if (words.size() > 2) {
        text += QStringLiteral(" [initial response redacted]");
    }
    return text;
}

QString failureName(ReplyParser::Failure failure)
{
    switch (failure) {
    case ReplyParser::Failure::LineTooLong:
        return QStringLiteral("reply line too long");
    case ReplyParser::Failure::TooManyLines:
        return QStringLiteral("reply with too many lines");
    case ReplyParser::Failure::MalformedLine:
        return QStringLiteral("malformed reply line");
    case ReplyParser::Failure::InconsistentCodes:
        return QStringLiteral("reply lines with different codes");
    case ReplyParser::Failure::None:
        break;
    }
    return QStringLiteral("unreadable reply");
}

// RFC 5321 §4.5.3.1.10: 452 (and the enhanced code 4.5.3) ask the client to send the
// remaining recipients in a later transaction.
bool isTooManyRecipients(const Reply &reply)
{
    return reply.code == 452
        && (reply.enhancedCode == QLatin1String("4.5.3") || reply.enhancedCode.isEmpty()
            || reply.text().contains(QLatin1String("too many recipients"), Qt::CaseInsensitive));
}

bool looksLikeOutdatedTls(const QString &message)
{
    return message.contains(QLatin1String("unsupported protocol"), Qt::CaseInsensitive)
        || message.contains(QLatin1String("protocol version"), Qt::CaseInsensitive)
        || message.contains(QLatin1String("no protocols available"), Qt::CaseInsensitive);
}

} // namespace

Session::Operation::Operation() = default;

Session::Session(SessionSettings settings, TransportFactory transportFactory, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_transportFactory(std::move(transportFactory))
{
    m_phaseTimer.setSingleShot(true);
    connect(&m_phaseTimer, &QTimer::timeout, this, &Session::onPhaseTimeout);
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &Session::quit);
}

Session::~Session()
{
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport.release()->close(Transport::CloseMode::Abort);
    }
}

void Session::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
}

// ---- bookkeeping ----

void Session::setState(State state)
{
    if (state == m_state) {
        return;
    }
    qCDebug(lcSmtp) << "session" << m_settings.host << m_state << "->" << state;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Session::startPhaseTimer(Phase phase)
{
    if (m_operation && m_operation->loginOnly) {
        Operation &operation = *m_operation;
        QList<PhaseTiming> &phases = operation.login.phases;
        if (phases.isEmpty() || phases.constLast().phase != phase) {
            const qint64 now = operation.clock.elapsed();
            if (!phases.isEmpty()) {
                phases.last().elapsedMs = now - operation.phaseStartedMs;
            }
            phases.append(PhaseTiming{phase, 0});
            operation.phaseStartedMs = now;
        }
    }
    m_timerPhase = phase;
    m_phaseTimer.start(m_settings.timeouts.forPhase(phase));
}

void Session::appendToTranscript(TranscriptLine::Direction direction, const QString &text)
{
    const TranscriptLine line{QDateTime::currentDateTimeUtc(), direction, m_tlsActive, text};
    if (m_operation) {
        m_operation->transcript.append(line);
    }
    qCDebug(lcSmtp).noquote() << Transcript::format(line);
    Q_EMIT transcriptLine(line);
}

void Session::logEvent(const QString &text)
{
    appendToTranscript(TranscriptLine::Direction::Event, text);
}

void Session::logClient(const QString &text)
{
    appendToTranscript(TranscriptLine::Direction::Client, text);
}

void Session::logReply(const Reply &reply)
{
    // Challenges can carry material derived from the password (SCRAM) or provider details
    // about the token; none of it belongs in a transcript meant to be pasted publicly.
    if (m_state == State::Authenticating && reply.code == 334) {
        appendToTranscript(TranscriptLine::Direction::Server, QStringLiteral("334 [challenge redacted]"));
        return;
    }
    for (const QString &line : reply.lines) {
        appendToTranscript(TranscriptLine::Direction::Server, line);
    }
}

bool Session::serverSpokeOutOfTurn()
{
    const qsizetype early = m_parser.bufferedBytes();
    if (early == 0) {
        return false;
    }
    // Without PIPELINING every reply answers exactly one command; bytes that are already
    // here when the next command is due were sent unasked (or injected) and would be taken
    // as the answer to that command.
    fail(Error::local(Kind::ProtocolViolation, m_replyPhase,
                      QStringLiteral("the server sent %1 octets before being asked").arg(early)),
         ConnectionDisposition::Abort);
    return true;
}

bool Session::writeCommand(const QByteArray &line, const QString &transcriptText, Turn turn)
{
    if (turn == Turn::Check && serverSpokeOutOfTurn()) {
        return false;
    }
    logClient(transcriptText);
    m_transport->write(line + "\r\n");
    return true;
}

QByteArray Session::ehloArgument() const
{
    // An address literal rather than the machine's host name: it is what RFC 5321 §4.1.4
    // asks for without a resolvable name, and it does not leak the host name to the provider.
    const QHostAddress address = m_transport ? m_transport->localAddress() : QHostAddress();
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        return '[' + address.toString().toLatin1() + ']';
    }
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        const QHostAddress v4(address.toIPv4Address());
        if (address.isEqual(v4, QHostAddress::ConvertV4MappedToIPv4)) {
            return '[' + v4.toString().toLatin1() + ']';
        }
        return "[IPv6:" + address.toString().toLatin1() + ']';
    }
    return "[127.0.0.1]";
}

// ---- public operations ----

bool Session::send(const SendRequest &request)
{
    if (m_operation) {
        return false;
    }
    m_idleTimer.stop();
    m_operation.emplace();
    m_operation->request = request;
    m_operation->result.requestId = request.id;
    if (std::optional<Error> problem = prepare(*m_operation)) {
        // Nothing was sent; an existing connection stays as it is.
        m_operation->result.error = *problem;
        finishOperation();
        return true;
    }
    if (m_transport && m_messagesOnConnection >= m_settings.maxMessagesPerConnection) {
        logEvent(
            QStringLiteral("%1 messages sent on this connection; opening a fresh one").arg(m_messagesOnConnection));
        closeConnection(ConnectionDisposition::Quit);
    }
    if (m_state == State::Ready) {
        m_operation->result.connectionReused = true;
        logEvent(QStringLiteral("reusing the connection to %1:%2 (%3)")
                     .arg(m_settings.host)
                     .arg(m_settings.port)
                     .arg(m_tlsActive ? m_transport->encryptionDescription() : QStringLiteral("not encrypted")));
        beginTransaction();
    } else {
        connectToServer();
    }
    return true;
}

void Session::cancel()
{
    if (!m_operation) {
        return;
    }
    if (m_operation->finalDotSent) {
        fail(Error::local(Kind::DeliveryUnknown, Phase::DataTermination,
                          QStringLiteral("cancelled while waiting for the reply to the final dot")),
             ConnectionDisposition::Abort);
        return;
    }
    Error error = Error::local(Kind::Cancelled, m_state == State::Ready ? Phase::Preparing : m_timerPhase);
    fail(error, m_state == State::Ready ? ConnectionDisposition::Keep : ConnectionDisposition::Abort);
}

bool Session::checkLogin()
{
    if (m_operation) {
        return false;
    }
    m_idleTimer.stop();
    if (m_transport) {
        // A connection that logged in earlier proves nothing about the credentials now.
        closeConnection(ConnectionDisposition::Quit);
    }
    m_operation.emplace();
    m_operation->loginOnly = true;
    m_operation->clock.start();
    if (std::optional<Error> problem = prepareLogin()) {
        m_operation->result.error = *problem;
        finishOperation();
        return true;
    }
    connectToServer();
    return true;
}

void Session::quit()
{
    if (m_operation || !m_transport) {
        return;
    }
    closeConnection(ConnectionDisposition::Quit);
}

// ---- preparation: everything that can be refused before a byte is sent ----

std::optional<Error> Session::prepare(Operation &operation)
{
    const SendRequest &request = operation.request;
    QString problem;
    const auto invalid = [&](const QString &address) {
        Error error = Error::local(Kind::InvalidAddress, Phase::Preparing, problem);
        error.mailbox = address;
        return error;
    };

    const std::optional<EnvelopeAddress> reversePath = EnvelopeAddress::parseReversePath(request.reversePath, &problem);
    if (!reversePath) {
        return invalid(request.reversePath);
    }
    operation.reversePath = *reversePath;
    operation.needsSmtpUtf8 = reversePath->needsSmtpUtf8;
    QStringList seen;
    for (const QString &address : request.recipients) {
        if (seen.contains(address, Qt::CaseInsensitive)) {
            continue;
        }
        seen.append(address);
        const std::optional<EnvelopeAddress> recipient = EnvelopeAddress::parse(address, &problem);
        if (!recipient) {
            return invalid(address);
        }
        operation.needsSmtpUtf8 = operation.needsSmtpUtf8 || recipient->needsSmtpUtf8;
        operation.recipients.append(*recipient);
        operation.result.recipients.append(RecipientResult{address, RecipientResult::Status::NotAttempted, 0, {}, {}});
        operation.pending.append(int(operation.recipients.size() - 1));
    }
    if (operation.recipients.isEmpty()) {
        return Error::local(Kind::NoRecipients, Phase::Preparing);
    }
    if (!request.message.open || request.message.size < 0) {
        return Error::local(Kind::InvalidMessage, Phase::Preparing,
                            QStringLiteral("the message source has no exact size"));
    }
    operation.needsEightBit = request.message.requirements.testFlag(MessageSource::Requirement::EightBitMime);
    operation.needsSmtpUtf8
        = operation.needsSmtpUtf8 || request.message.requirements.testFlag(MessageSource::Requirement::SmtpUtf8);

    const Credentials::Kind secretKind = SaslClient::secretKindFor(m_settings.authMethod);
    if (m_settings.security == Security::None && m_settings.authMethod != Accounts::AuthMethod::None) {
        // The Go net/smtp rule: a login over a connection anyone can read is refused by the
        // client itself, whatever the server advertises.
        return Error::local(Kind::PlaintextAuthRefused, Phase::Preparing,
                            QStringLiteral("the account uses no encryption but asks for a login"));
    }
    if (secretKind != Credentials::Kind::None
        && (m_credentials.kind != secretKind || m_credentials.secret.isEmpty() || m_settings.userName.isEmpty())) {
        return Error::local(Kind::MissingCredentials, Phase::Preparing,
                            secretKind == Credentials::Kind::OAuthToken ? QStringLiteral("no OAuth access token")
                                                                        : QStringLiteral("no password"));
    }
    return std::nullopt;
}

std::optional<Error> Session::prepareLogin() const
{
    // Unlike prepare(), an account without encryption is not refused here: the check goes as
    // far as EHLO, so that it can show what the server offers, and refuses at AUTH instead.
    const Credentials::Kind secretKind = SaslClient::secretKindFor(m_settings.authMethod);
    if (m_settings.security == Security::None) {
        return std::nullopt; // no secret is needed to be refused at AUTH
    }
    if (secretKind != Credentials::Kind::None
        && (m_credentials.kind != secretKind || m_credentials.secret.isEmpty() || m_settings.userName.isEmpty())) {
        return Error::local(Kind::MissingCredentials, Phase::Preparing,
                            secretKind == Credentials::Kind::OAuthToken ? QStringLiteral("no OAuth access token")
                                                                        : QStringLiteral("no password"));
    }
    return std::nullopt;
}

// ---- connection ----

void Session::connectToServer()
{
    m_transport = m_transportFactory();
    Transport *transport = m_transport.get();
    connect(transport, &Transport::connected, this, &Session::onConnected);
    connect(transport, &Transport::encrypted, this, &Session::onEncrypted);
    connect(transport, &Transport::readyRead, this, &Session::onReadyRead);
    connect(transport, &Transport::bytesWritten, this, &Session::onBytesWritten);
    // Direct on purpose: the decision to accept a certificate must be made inside the signal.
    connect(transport, &Transport::peerVerificationFailed, this, &Session::onPeerVerificationFailed,
            Qt::DirectConnection);
    connect(transport, &Transport::failed, this, &Session::onTransportFailed);

    m_parser.reset();
    m_capabilities = {};
    m_tlsActive = false;
    m_needsReset = false;
    m_messagesOnConnection = 0;
    m_sslErrors.clear();
    m_failedChain.clear();

    const bool implicitTls = m_settings.security == Security::ImplicitTls;
    const QString mode = implicitTls                ? QStringLiteral("implicit TLS")
        : m_settings.security == Security::StartTls ? QStringLiteral("STARTTLS required")
                                                    : QStringLiteral("no encryption");
    logEvent(QStringLiteral("connecting to %1:%2 (%3)").arg(m_settings.host).arg(m_settings.port).arg(mode));
    setState(State::Connecting);
    startPhaseTimer(Phase::Connecting);
    transport->connectToHost(m_settings.host, m_settings.port,
                             implicitTls ? Transport::Encryption::ImplicitTls : Transport::Encryption::None);
}

void Session::closeConnection(ConnectionDisposition disposition)
{
    m_phaseTimer.stop();
    m_idleTimer.stop();
    if (m_transport) {
        m_transport->disconnect(this);
        if (disposition == ConnectionDisposition::Quit) {
            setState(State::Quitting);
            writeCommand("QUIT", QStringLiteral("QUIT"), Turn::Ignore);
        }
        logEvent(QStringLiteral("connection closed"));
        m_transport.release()->close(disposition == ConnectionDisposition::Quit ? Transport::CloseMode::Graceful
                                                                                : Transport::CloseMode::Abort);
    }
    m_parser.reset();
    m_capabilities = {};
    m_tlsActive = false;
    m_sasl.reset();
    m_toSend.clear();
    m_inFlight.clear();
    m_source.reset();
    m_messagesOnConnection = 0;
    const bool wasConnected = m_state != State::Disconnected;
    setState(State::Disconnected);
    if (wasConnected) {
        Q_EMIT disconnected();
    }
}

void Session::onConnected()
{
    logEvent(QStringLiteral("TCP connection established"));
    if (m_operation && m_operation->loginOnly) {
        m_operation->login.peerAddress = m_transport->peerAddress();
    }
    if (m_settings.security == Security::ImplicitTls) {
        setState(State::TlsHandshake);
        startPhaseTimer(Phase::TlsHandshake);
    } else {
        setState(State::AwaitingGreeting);
        startPhaseTimer(Phase::Greeting);
    }
}

void Session::onEncrypted()
{
    if (m_state != State::TlsHandshake) {
        fail(Error::local(Kind::ProtocolViolation, m_timerPhase, QStringLiteral("TLS established out of turn")),
             ConnectionDisposition::Abort);
        return;
    }
    m_tlsActive = true;
    const QList<QSslCertificate> chain = m_transport->peerCertificateChain();
    if (m_operation && m_operation->loginOnly) {
        m_operation->login.tlsDescription = m_transport->encryptionDescription();
        m_operation->login.peerChain = chain;
        m_operation->login.certificatePinned = !m_sslErrors.isEmpty();
    }
    const CertificateInfo leaf = CertificateInfo::from(chain.value(0));
    logEvent(QStringLiteral("TLS established: %1; certificate %2, SHA-256 %3%4")
                 .arg(m_transport->encryptionDescription(), leaf.subject, leaf.sha256Fingerprint,
                      m_sslErrors.isEmpty() ? QString() : QStringLiteral(" (accepted by the account's pin)")));
    if (m_settings.security == Security::ImplicitTls) {
        setState(State::AwaitingGreeting);
        startPhaseTimer(Phase::Greeting);
        return;
    }
    // RFC 3207 §4.2: forget everything learned before TLS and ask again.
    m_capabilities = {};
    sendEhlo();
}

void Session::onPeerVerificationFailed(const QList<QSslError> &errors, const QList<QSslCertificate> &chain)
{
    const QSslCertificate leaf = chain.value(0);
    if (!m_settings.pinnedCertificateSha256.isEmpty()
        && CertificateInfo::matchesPin(leaf, m_settings.pinnedCertificateSha256)) {
        // The only exception to verification: this exact certificate was trusted by the user.
        m_sslErrors = errors;
        m_transport->ignoreSslErrors(errors);
        return;
    }
    m_sslErrors = errors;
    m_failedChain = chain;
    if (m_operation && m_operation->loginOnly) {
        m_operation->login.peerChain = chain;
    }
    QStringList reasons;
    for (const QSslError &error : errors) {
        reasons.append(error.errorString());
    }
    logEvent(QStringLiteral("certificate verification failed: %1").arg(reasons.join(QStringLiteral("; "))));
}

void Session::onTransportFailed(const TransportFailure &failure)
{
    // Replies that arrived just before the loss (a 421 before closing) explain it best.
    if (m_transport && m_transport->bytesAvailable() > 0 && m_state != State::TlsHandshake) {
        processReceived();
    }
    if (!m_transport) {
        return;
    }
    if (!m_operation) {
        logEvent(QStringLiteral("the server closed the idle connection (%1)").arg(failure.message));
        closeConnection(ConnectionDisposition::Abort);
        return;
    }
    const Phase phase = m_timerPhase;
    if (m_operation->finalDotSent) {
        fail(Error::local(Kind::DeliveryUnknown, Phase::DataTermination,
                          QStringLiteral("connection lost after the final dot: %1").arg(failure.message)),
             ConnectionDisposition::Abort);
        return;
    }
    Error error;
    switch (failure.kind) {
    case TransportFailure::Kind::HostNotFound:
        error = Error::local(Kind::HostNotFound, Phase::Connecting, failure.message);
        break;
    case TransportFailure::Kind::ConnectionRefused:
        error = Error::local(Kind::ConnectionRefused, Phase::Connecting, failure.message);
        break;
    case TransportFailure::Kind::TlsHandshakeFailed:
        if (!m_sslErrors.isEmpty() && !m_failedChain.isEmpty()) {
            error = Error::local(Kind::CertificateUntrusted, Phase::TlsHandshake, failure.message);
            error.sslErrors = m_sslErrors;
            error.certificateChain = CertificateInfo::fromChain(m_failedChain);
        } else {
            error = Error::local(looksLikeOutdatedTls(failure.message) ? Kind::TlsVersionTooOld
                                                                       : Kind::TlsHandshakeFailed,
                                 Phase::TlsHandshake, failure.message);
        }
        break;
    case TransportFailure::Kind::RemoteClosed:
        error = Error::local(Kind::ConnectionLost, phase, failure.message);
        break;
    case TransportFailure::Kind::Network:
        error = Error::local(m_state == State::Connecting ? Kind::NetworkError : Kind::ConnectionLost, phase,
                             failure.message);
        break;
    }
    if (m_state == State::TlsHandshake && error.kind == Kind::ConnectionLost) {
        error.kind = Kind::TlsHandshakeFailed;
        error.phase = Phase::TlsHandshake;
        error.permanence = Error::Permanence::Permanent;
    }
    fail(error, ConnectionDisposition::Abort);
}

void Session::onPhaseTimeout()
{
    if (!m_operation) {
        closeConnection(ConnectionDisposition::Abort);
        return;
    }
    const qint64 seconds = m_phaseTimer.intervalAsDuration().count() / 1000;
    if (m_operation->finalDotSent) {
        // RFC 5321 §4.5.3.2.6: the server may still deliver; resending blindly duplicates.
        fail(Error::local(Kind::DeliveryUnknown, Phase::DataTermination,
                          QStringLiteral("no reply to the final dot within %1 s").arg(seconds)),
             ConnectionDisposition::Abort);
        return;
    }
    fail(Error::local(Kind::Timeout, m_timerPhase,
                      QStringLiteral("no progress in phase %1 within %2 ms")
                          .arg(phaseName(m_timerPhase))
                          .arg(m_phaseTimer.interval())),
         ConnectionDisposition::Abort);
}

// ---- receiving ----

void Session::onReadyRead()
{
    processReceived();
}

void Session::processReceived()
{
    if (!m_transport) {
        return;
    }
    const QByteArray bytes = m_transport->readAll();
    m_parser.append(bytes);
    Transport *transport = m_transport.get();
    while (m_transport.get() == transport && m_state != State::TlsHandshake) {
        std::optional<Reply> reply = m_parser.takeReply();
        if (!reply) {
            break;
        }
        logReply(*reply);
        m_replyPhase = m_timerPhase;
        handleReply(*reply);
    }
    if (m_transport.get() == transport && m_parser.failure() != ReplyParser::Failure::None) {
        fail(Error::local(Kind::ProtocolViolation, m_timerPhase,
                          failureName(m_parser.failure()) + QStringLiteral(": ") + m_parser.failureDetail()),
             ConnectionDisposition::Abort);
    }
}

void Session::handleReply(const Reply &reply)
{
    if (reply.code == 421 && m_state != State::Quitting) {
        // The server is closing the channel (RFC 5321 §3.8), whatever we asked.
        if (!m_operation) {
            logEvent(QStringLiteral("the server closed the idle connection"));
            closeConnection(ConnectionDisposition::Abort);
            return;
        }
        Error error = Error::fromReply(Kind::ServiceUnavailable, m_timerPhase, reply);
        if (m_state == State::AwaitingDataResult) {
            // An explicit refusal of the message, not an unknown outcome.
            m_operation->finalDotSent = false;
        }
        fail(error, ConnectionDisposition::Abort);
        return;
    }
    switch (m_state) {
    case State::AwaitingGreeting:
        handleGreeting(reply);
        return;
    case State::AwaitingEhloReply:
        handleEhlo(reply);
        return;
    case State::AwaitingHeloReply:
        handleHelo(reply);
        return;
    case State::AwaitingStartTlsReply:
        handleStartTls(reply);
        return;
    case State::Authenticating:
        handleAuthentication(reply);
        return;
    case State::SendingEnvelope:
        handleEnvelopeReply(reply);
        return;
    case State::AwaitingDataGoAhead:
        handleDataGoAhead(reply);
        return;
    case State::AwaitingDataResult:
        handleDataResult(reply);
        return;
    case State::SendingData: {
        // A reply before the end of the message: the server gave up on it. The message can
        // no longer be completed safely, so the connection goes too.
        Error error = Error::fromReply(Kind::DataRejected, Phase::DataTransfer, reply);
        error.detail = QStringLiteral("the server replied before the end of the message");
        fail(error, ConnectionDisposition::Abort);
        return;
    }
    case State::Ready:
    case State::Quitting:
    case State::Disconnected:
    case State::Connecting:
    case State::TlsHandshake:
        handleUnsolicited(reply);
        return;
    }
}

void Session::handleUnsolicited(const Reply &reply)
{
    if (m_state == State::Quitting) {
        return;
    }
    Error error = Error::fromReply(Kind::ProtocolViolation, m_timerPhase, reply);
    error.detail = QStringLiteral("a reply nobody asked for");
    error.permanence = Error::Permanence::Permanent;
    if (m_operation) {
        fail(error, ConnectionDisposition::Abort);
    } else {
        logEvent(QStringLiteral("unsolicited reply on the idle connection; closing it"));
        closeConnection(ConnectionDisposition::Abort);
    }
}

// ---- negotiation ----

void Session::handleGreeting(const Reply &reply)
{
    if (reply.code != 220) {
        Error error = Error::fromReply(Kind::ServiceUnavailable, Phase::Greeting, reply);
        fail(error, ConnectionDisposition::Quit);
        return;
    }
    sendEhlo();
}

void Session::sendEhlo()
{
    setState(State::AwaitingEhloReply);
    startPhaseTimer(Phase::Ehlo);
    const QByteArray line = "EHLO " + ehloArgument();
    writeCommand(line, QString::fromLatin1(line));
}

void Session::handleEhlo(const Reply &reply)
{
    if (reply.code == 250) {
        m_capabilities = Capabilities::fromEhloReply(reply);
        if (m_operation && m_operation->loginOnly) {
            m_operation->login.capabilities = m_capabilities;
        }
        afterEhlo();
        return;
    }
    // Only a connection that was never meant to be encrypted may fall back to HELO (which
    // has no STARTTLS); for the others it would be a downgrade (EAST case D_1).
    if (m_settings.security == Security::None && (reply.code == 500 || reply.code == 502)) {
        setState(State::AwaitingHeloReply);
        startPhaseTimer(Phase::Ehlo);
        const QByteArray line = "HELO " + ehloArgument();
        writeCommand(line, QString::fromLatin1(line));
        return;
    }
    Error error = Error::fromReply(Kind::EhloRejected, Phase::Ehlo, reply);
    error.command = QStringLiteral("EHLO");
    fail(error, ConnectionDisposition::Quit);
}

void Session::handleHelo(const Reply &reply)
{
    if (reply.code != 250) {
        Error error = Error::fromReply(Kind::EhloRejected, Phase::Ehlo, reply);
        error.command = QStringLiteral("HELO");
        fail(error, ConnectionDisposition::Quit);
        return;
    }
    m_capabilities = {};
    if (m_operation && m_operation->loginOnly) {
        m_operation->login.capabilities = m_capabilities;
    }
    afterEhlo();
}

void Session::afterEhlo()
{
    if (m_settings.security == Security::StartTls && !m_tlsActive) {
        if (!m_capabilities.has(Capabilities::Extension::StartTls)) {
            fail(Error::local(Kind::StartTlsNotOffered, Phase::StartTls,
                              QStringLiteral("the EHLO reply does not list STARTTLS")),
                 ConnectionDisposition::Quit);
            return;
        }
        setState(State::AwaitingStartTlsReply);
        startPhaseTimer(Phase::StartTls);
        // Alone in its write: nothing may follow STARTTLS before the server's answer.
        writeCommand("STARTTLS", QStringLiteral("STARTTLS"));
        return;
    }
    startAuthentication();
}

void Session::handleStartTls(const Reply &reply)
{
    if (reply.code != 220) {
        Error error = Error::fromReply(Kind::StartTlsRefused, Phase::StartTls, reply);
        error.command = QStringLiteral("STARTTLS");
        fail(error, ConnectionDisposition::Quit);
        return;
    }
    // Anything already received after the 220 was sent before the handshake, in clear, and
    // would be read as if it came over TLS (CVE-2021-22947 class): refuse the connection.
    const qint64 extra = m_parser.bufferedBytes() + m_transport->bytesAvailable();
    if (extra > 0) {
        Error error = Error::local(Kind::ResponseInjection, Phase::StartTls,
                                   QStringLiteral("%1 octets followed the 220 reply to STARTTLS").arg(extra));
        error.replyCode = reply.code;
        error.serverText = reply.text();
        fail(error, ConnectionDisposition::Abort);
        return;
    }
    m_parser.reset();
    setState(State::TlsHandshake);
    startPhaseTimer(Phase::TlsHandshake);
    logEvent(QStringLiteral("starting TLS, verifying the certificate for %1").arg(m_settings.host));
    m_transport->startClientEncryption();
}

void Session::startAuthentication()
{
    if (m_settings.authMethod == Accounts::AuthMethod::None) {
        enterReady();
        return;
    }
    if (m_settings.security == Security::None || !m_tlsActive || !m_transport->isEncrypted()) {
        fail(Error::local(Kind::PlaintextAuthRefused, Phase::Authentication,
                          QStringLiteral("refusing to log in over an unencrypted connection")),
             ConnectionDisposition::Quit);
        return;
    }
    const QStringList offered = m_capabilities.authMechanisms();
    if (!m_capabilities.has(Capabilities::Extension::Auth) || offered.isEmpty()) {
        fail(Error::local(Kind::AuthenticationNotOffered, Phase::Authentication,
                          QStringLiteral("the EHLO reply after TLS lists no AUTH mechanism")),
             ConnectionDisposition::Quit);
        return;
    }
    const std::optional<SaslClient::Mechanism> mechanism
        = SaslClient::choose(m_settings.authMethod, m_credentials.kind, offered);
    if (!mechanism) {
        fail(Error::local(Kind::NoCommonAuthMechanism, Phase::Authentication,
                          QStringLiteral("account method %1; server offers %2")
                              .arg(Accounts::toString(m_settings.authMethod), offered.join(QLatin1Char(' ')))),
             ConnectionDisposition::Quit);
        return;
    }
    m_sasl.emplace(*mechanism, m_settings.userName, m_credentials, m_settings.host, m_settings.port);
    m_authRounds = 0;
    setState(State::Authenticating);
    startPhaseTimer(Phase::Authentication);
    const QByteArray command = m_sasl->command();
    writeCommand(command, redactedAuthCommand(command));
}

void Session::handleAuthentication(const Reply &reply)
{
    const QString mechanism = SaslClient::name(m_sasl->mechanism());
    if (reply.code == 334) {
        if (++m_authRounds > MaxAuthRounds) {
            writeCommand("*", QStringLiteral("*"), Turn::Ignore);
            fail(Error::local(Kind::ProtocolViolation, Phase::Authentication,
                              QStringLiteral("more than %1 AUTH challenges").arg(MaxAuthRounds)),
                 ConnectionDisposition::Abort);
            return;
        }
        const SaslClient::Step step = m_sasl->respond(reply.textLines().value(0).toLatin1());
        if (step.action == SaslClient::Step::Action::Cancel) {
            writeCommand("*", QStringLiteral("*"), Turn::Ignore);
            const bool badSignature = step.problem.contains(QLatin1String("signature"));
            Error error = Error::local(badSignature ? Kind::ServerSignatureInvalid : Kind::ProtocolViolation,
                                       Phase::Authentication, step.problem);
            error.command = QStringLiteral("AUTH ") + mechanism;
            fail(error, ConnectionDisposition::Abort);
            return;
        }
        startPhaseTimer(Phase::Authentication);
        writeCommand(step.response,
                     step.response.isEmpty() ? QStringLiteral("[empty response]")
                                             : QStringLiteral("[response redacted]"));
        return;
    }
    if (reply.code == 235) {
        if (!m_sasl->acceptsSuccess()) {
            const bool scram = m_sasl->mechanism() == SaslClient::Mechanism::ScramSha256;
            Error error = Error::fromReply(scram ? Kind::ServerSignatureInvalid : Kind::ProtocolViolation,
                                           Phase::Authentication, reply);
            error.detail = scram ? QStringLiteral("235 before the server proved its SCRAM signature")
                                 : QStringLiteral("235 before the credentials were sent");
            error.command = QStringLiteral("AUTH ") + mechanism;
            fail(error, ConnectionDisposition::Abort);
            return;
        }
        logEvent(QStringLiteral("authenticated as %1 with %2").arg(m_settings.userName, mechanism));
        m_sasl.reset();
        if (m_operation && m_operation->loginOnly) {
            m_operation->login.authenticated = true;
        }
        enterReady();
        return;
    }
    Error error = Error::fromReply(Kind::AuthenticationFailed, Phase::Authentication, reply);
    error.command = QStringLiteral("AUTH ") + mechanism;
    error.detail = m_sasl->serverErrorDetail();
    fail(error, ConnectionDisposition::Quit);
}

void Session::enterReady()
{
    m_phaseTimer.stop();
    setState(State::Ready);
    if (m_operation && m_operation->loginOnly) {
        // Everything a send needs has been proven; the check ends without a transaction.
        closeConnection(ConnectionDisposition::Quit);
        finishOperation();
        return;
    }
    if (m_operation) {
        beginTransaction();
    }
}

// ---- the mail transaction ----

void Session::beginTransaction()
{
    Operation &operation = *m_operation;
    const qint64 size = operation.request.message.size;
    const qint64 limit = m_capabilities.sizeLimit();
    operation.result.serverSizeLimit = limit;
    if (limit > 0 && size > limit) {
        Error error = Error::local(
            Kind::MessageTooLarge, Phase::MailFrom,
            QStringLiteral("the message has %1 octets; the server accepts at most %2").arg(size).arg(limit));
        fail(error, ConnectionDisposition::Keep);
        return;
    }
    if (operation.needsEightBit && !m_capabilities.has(Capabilities::Extension::EightBitMime)) {
        fail(Error::local(Kind::EightBitMimeNotSupported, Phase::MailFrom,
                          QStringLiteral("the message has 8-bit content and the server lacks 8BITMIME")),
             ConnectionDisposition::Keep);
        return;
    }
    if (operation.needsSmtpUtf8 && !m_capabilities.has(Capabilities::Extension::SmtpUtf8)) {
        fail(Error::local(Kind::SmtpUtf8NotSupported, Phase::MailFrom,
                          QStringLiteral("an address or header needs SMTPUTF8 and the server lacks it")),
             ConnectionDisposition::Keep);
        return;
    }

    ++operation.transactions;
    operation.transaction.clear();
    m_transactionError.reset();
    m_toSend.clear();
    m_inFlight.clear();
    if (m_needsReset || (operation.transactions == 1 && m_messagesOnConnection > 0)) {
        m_toSend.push_back({PendingCommand::Kind::Reset, -1, "RSET"});
    }
    QByteArray mail = "MAIL FROM:<" + operation.reversePath.wire + '>';
    if (m_capabilities.has(Capabilities::Extension::Size)) {
        mail += " SIZE=" + QByteArray::number(size);
    }
    if (operation.needsEightBit) {
        mail += " BODY=8BITMIME";
    }
    if (operation.needsSmtpUtf8) {
        mail += " SMTPUTF8";
    }
    m_toSend.push_back({PendingCommand::Kind::MailFrom, -1, mail});
    for (const int index : std::as_const(operation.pending)) {
        m_toSend.push_back(
            {PendingCommand::Kind::RcptTo, index, "RCPT TO:<" + operation.recipients.at(index).wire + '>'});
    }
    operation.pending.clear();
    setState(State::SendingEnvelope);
    sendPendingCommands();
}

void Session::sendPendingCommands()
{
    if (m_inFlight.empty() && serverSpokeOutOfTurn()) {
        return;
    }
    const bool pipelining = m_capabilities.has(Capabilities::Extension::Pipelining);
    const size_t window = pipelining ? MaxCommandsInFlight : 1;
    QByteArray batch;
    while (!m_toSend.empty() && m_inFlight.size() < window && !m_transactionError) {
        PendingCommand command = std::move(m_toSend.front());
        m_toSend.pop_front();
        logClient(QString::fromUtf8(command.line));
        batch += command.line + "\r\n";
        m_inFlight.push_back(std::move(command));
    }
    if (!batch.isEmpty()) {
        // One write for the whole group, so that it can travel in as few segments as possible.
        m_transport->write(batch);
    }
    if (!m_inFlight.empty()) {
        const PendingCommand::Kind first = m_inFlight.front().kind;
        startPhaseTimer(first == PendingCommand::Kind::Reset          ? Phase::Reset
                            : first == PendingCommand::Kind::MailFrom ? Phase::MailFrom
                                                                      : Phase::RcptTo);
    }
}

void Session::handleEnvelopeReply(const Reply &reply)
{
    if (m_inFlight.empty()) {
        handleUnsolicited(reply);
        return;
    }
    Operation &operation = *m_operation;
    const PendingCommand command = std::move(m_inFlight.front());
    m_inFlight.pop_front();
    switch (command.kind) {
    case PendingCommand::Kind::Reset:
        if (reply.code != 250) {
            Error error = Error::fromReply(Kind::UnexpectedReply, Phase::Reset, reply);
            error.command = QStringLiteral("RSET");
            fail(error, ConnectionDisposition::Quit);
            return;
        }
        m_needsReset = false;
        break;
    case PendingCommand::Kind::MailFrom:
        if (reply.code != 250 && !m_transactionError) {
            const bool tooLarge = reply.code == 552 || reply.enhancedCode == QLatin1String("5.3.4");
            Error error
                = Error::fromReply(tooLarge ? Kind::MessageTooLarge : Kind::SenderRejected, Phase::MailFrom, reply);
            error.command = QString::fromUtf8(command.line);
            error.mailbox = operation.request.reversePath;
            m_transactionError = error;
        }
        break;
    case PendingCommand::Kind::RcptTo: {
        RecipientResult &recipient = operation.result.recipients[command.recipient];
        if (m_transactionError) {
            // Answers to RCPTs pipelined behind a refused MAIL mean nothing.
            recipient.status = RecipientResult::Status::NotAttempted;
            break;
        }
        recipient.replyCode = reply.code;
        recipient.enhancedCode = reply.enhancedCode;
        recipient.serverText = reply.text();
        if (reply.code == 250 || reply.code == 251) {
            recipient.status = RecipientResult::Status::Accepted;
            operation.transaction.append(command.recipient);
        } else if (isTooManyRecipients(reply) && !operation.transaction.isEmpty()
                   && operation.transactions < MaxTransactionsPerSend) {
            // Deferred to the next transaction (only while this one makes progress).
            recipient.status = RecipientResult::Status::NotAttempted;
            operation.pending.append(command.recipient);
        } else {
            recipient.status = RecipientResult::Status::Rejected;
        }
        break;
    }
    }
    if (!m_inFlight.empty() || (!m_toSend.empty() && !m_transactionError)) {
        sendPendingCommands();
        if (!m_inFlight.empty()) {
            return;
        }
    }
    envelopeComplete();
}

void Session::envelopeComplete()
{
    Operation &operation = *m_operation;
    m_toSend.clear();
    if (m_transactionError) {
        fail(*m_transactionError, ConnectionDisposition::Keep);
        return;
    }
    const RecipientResult *firstRejected = nullptr;
    for (const RecipientResult &recipient : std::as_const(operation.result.recipients)) {
        if (recipient.status == RecipientResult::Status::Rejected) {
            firstRejected = &recipient;
            break;
        }
    }
    const bool refused = firstRejected
        && (operation.transaction.isEmpty() || operation.request.partialDelivery == PartialDelivery::Refuse);
    if (refused || operation.transaction.isEmpty()) {
        Error error;
        error.kind = Kind::RecipientRejected;
        error.phase = Phase::RcptTo;
        if (firstRejected) {
            error.replyCode = firstRejected->replyCode;
            error.enhancedCode = firstRejected->enhancedCode;
            error.serverText = firstRejected->serverText;
            error.mailbox = firstRejected->address;
            error.command = QStringLiteral("RCPT TO:<%1>").arg(firstRejected->address);
            error.permanence = firstRejected->replyCode >= 400 && firstRejected->replyCode < 500
                ? Error::Permanence::Temporary
                : Error::Permanence::Permanent;
        }
        if (!operation.transaction.isEmpty()) {
            error.detail = QStringLiteral("not sent to the accepted recipients: partial delivery was not allowed");
        }
        operation.pending.clear();
        fail(error, ConnectionDisposition::Keep);
        return;
    }
    // Open the message before DATA: a producer that cannot start is refused while the
    // transaction can still be reset, not after the server waits for data.
    m_source = operation.request.message.open();
    if (!m_source || !m_source->isOpen() || !m_source->isReadable()) {
        m_source.reset();
        fail(Error::local(Kind::MessageSourceFailed, Phase::Data, QStringLiteral("the message could not be opened")),
             ConnectionDisposition::Keep);
        return;
    }
    m_encoder = DataEncoder();
    m_sourceRead = 0;
    m_wireBytes = 0;
    m_sourceFinished = false;
    connect(m_source.get(), &QIODevice::readyRead, this, &Session::pumpData);
    connect(m_source.get(), &QIODevice::readChannelFinished, this, [this] {
        m_sourceFinished = true;
        pumpData();
    });
    setState(State::AwaitingDataGoAhead);
    startPhaseTimer(Phase::Data);
    writeCommand("DATA", QStringLiteral("DATA"));
}

void Session::handleDataGoAhead(const Reply &reply)
{
    if (reply.code != 354) {
        m_source.reset();
        Error error = Error::fromReply(reply.isPositiveCompletion() ? Kind::UnexpectedReply : Kind::DataRejected,
                                       Phase::Data, reply);
        error.command = QStringLiteral("DATA");
        // A 2xx here means the server is not reading message text: anything sent now would
        // be taken as commands. Only a clear refusal leaves the connection usable.
        fail(error, reply.isPositiveCompletion() ? ConnectionDisposition::Abort : ConnectionDisposition::Keep);
        return;
    }
    if (serverSpokeOutOfTurn()) {
        return;
    }
    setState(State::SendingData);
    startPhaseTimer(Phase::DataTransfer);
    logEvent(QStringLiteral("sending the message (%1 octets)").arg(m_operation->request.message.size));
    pumpData();
}

void Session::onBytesWritten()
{
    if (m_state == State::SendingData) {
        startPhaseTimer(Phase::DataTransfer);
        pumpData();
    }
}

void Session::pumpData()
{
    if (m_state != State::SendingData || !m_source) {
        return;
    }
    Operation &operation = *m_operation;
    const qint64 size = operation.request.message.size;
    const auto sourceFailed = [this](const QString &detail) {
        // Without the final dot the server discards what it got: nothing is delivered.
        fail(Error::local(Kind::MessageSourceFailed, Phase::DataTransfer, detail), ConnectionDisposition::Abort);
    };
    QByteArray chunk;
    QByteArray encoded;
    while (m_sourceRead < size && m_transport->bytesToWrite() < LowWaterMark) {
        chunk.resize(std::min(ChunkSize, size - m_sourceRead));
        const qint64 n = m_source->read(chunk.data(), chunk.size());
        if (n < 0) {
            sourceFailed(QStringLiteral("reading the message failed: %1").arg(m_source->errorString()));
            return;
        }
        if (n == 0) {
            if (m_source->isSequential() && !m_sourceFinished) {
                return; // the producer has not made more yet; readyRead() brings us back
            }
            sourceFailed(
                QStringLiteral("the message ended after %1 of the %2 octets announced").arg(m_sourceRead).arg(size));
            return;
        }
        m_sourceRead += n;
        encoded.clear();
        m_encoder.encode(QByteArrayView(chunk.constData(), n), encoded);
        if (m_encoder.sawEightBit() && !operation.needsEightBit) {
            sourceFailed(QStringLiteral("8-bit octets in a message announced as 7-bit"));
            return;
        }
        if (m_encoder.longestLine() > DataEncoder::MaxLineLength) {
            sourceFailed(QStringLiteral("a line longer than %1 octets").arg(DataEncoder::MaxLineLength));
            return;
        }
        m_wireBytes += encoded.size();
        m_transport->write(encoded);
        Q_EMIT progress(operation.request.id, m_sourceRead, size);
    }
    if (m_sourceRead < size) {
        return; // bytesWritten() resumes once the socket has drained
    }
    char extra = 0;
    if (m_source->bytesAvailable() > 0 || (!m_source->isSequential() && m_source->peek(&extra, 1) > 0)) {
        sourceFailed(QStringLiteral("the message is longer than the %1 octets announced").arg(size));
        return;
    }
    encoded.clear();
    m_encoder.finish(encoded);
    if (m_encoder.longestLine() > DataEncoder::MaxLineLength) {
        sourceFailed(QStringLiteral("a line longer than %1 octets").arg(DataEncoder::MaxLineLength));
        return;
    }
    if (operation.request.beforeFinalDot && !operation.request.beforeFinalDot()) {
        sourceFailed(QStringLiteral("the final dot could not be recorded before it was written"));
        return;
    }
    m_wireBytes += encoded.size();
    m_transport->write(encoded);
    m_source.reset();
    operation.finalDotSent = true;
    operation.result.messageBytes += m_wireBytes;
    logClient(QStringLiteral("[message: %1 octets, %2 on the wire]").arg(size).arg(m_wireBytes));
    logClient(QStringLiteral("."));
    setState(State::AwaitingDataResult);
    startPhaseTimer(Phase::DataTermination);
}

void Session::handleDataResult(const Reply &reply)
{
    Operation &operation = *m_operation;
    operation.finalDotSent = false;
    ++m_messagesOnConnection;
    const bool accepted = reply.code == 250;
    for (const int index : std::as_const(operation.transaction)) {
        RecipientResult &recipient = operation.result.recipients[index];
        recipient.status = accepted ? RecipientResult::Status::Delivered : RecipientResult::Status::Failed;
        if (!accepted) {
            recipient.replyCode = reply.code;
            recipient.enhancedCode = reply.enhancedCode;
            recipient.serverText = reply.text();
        }
    }
    operation.transaction.clear();
    if (!accepted) {
        Error error = Error::fromReply(reply.code == 552 && reply.enhancedCode.startsWith(QLatin1String("5.3."))
                                           ? Kind::MessageTooLarge
                                           : Kind::DataRejected,
                                       Phase::DataTermination, reply);
        error.command = QStringLiteral(".");
        operation.pending.clear();
        fail(error, ConnectionDisposition::Keep);
        return;
    }
    operation.result.queueIdLines.append(reply.text());
    finishTransaction();
}

void Session::finishTransaction()
{
    Operation &operation = *m_operation;
    if (!operation.pending.isEmpty()) {
        logEvent(QStringLiteral("%1 recipients left for a further transaction").arg(operation.pending.size()));
        setState(State::Ready);
        beginTransaction();
        return;
    }
    m_phaseTimer.stop();
    setState(State::Ready);
    finishOperation();
}

// ---- ending an operation ----

void Session::addTlsFacts(Error &error) const
{
    if (error.certificateChain.isEmpty() && m_transport && m_tlsActive) {
        error.certificateChain = CertificateInfo::fromChain(m_transport->peerCertificateChain());
    }
}

void Session::fail(Error error, ConnectionDisposition disposition)
{
    if (!m_operation) {
        closeConnection(disposition == ConnectionDisposition::Keep ? ConnectionDisposition::Quit : disposition);
        return;
    }
    if (error.kind == Kind::CertificateUntrusted || error.kind == Kind::TlsHandshakeFailed) {
        addTlsFacts(error);
    }
    Operation &operation = *m_operation;
    if (operation.loginOnly && disposition == ConnectionDisposition::Keep) {
        disposition = ConnectionDisposition::Quit; // a check never leaves a connection behind
    }
    const bool unknown = error.kind == Kind::DeliveryUnknown;
    for (const int index : std::as_const(operation.transaction)) {
        RecipientResult &recipient = operation.result.recipients[index];
        if (recipient.status == RecipientResult::Status::Accepted) {
            recipient.status = unknown ? RecipientResult::Status::Unknown : RecipientResult::Status::Accepted;
        }
    }
    operation.transaction.clear();
    if (!operation.result.error) {
        operation.result.error = error;
    }
    m_source.reset();
    m_transactionError.reset();
    m_toSend.clear();
    m_inFlight.clear();
    qCInfo(lcSmtp).noquote() << (operation.loginOnly ? "login check" : "send") << operation.request.id << "to"
                             << m_settings.host << "failed:" << Error::kindName(error.kind) << "in"
                             << phaseName(error.phase) << error.replyCode;
    if (disposition == ConnectionDisposition::Keep) {
        m_needsReset = true;
        m_phaseTimer.stop();
        if (m_transport) {
            setState(State::Ready);
        }
    } else {
        closeConnection(disposition);
    }
    finishOperation();
}

void Session::finishOperation()
{
    Operation operation = std::move(*m_operation);
    m_operation.reset();
    if (operation.loginOnly) {
        finishLogin(operation);
        return;
    }
    SendResult &result = operation.result;
    int delivered = 0;
    int unknown = 0;
    for (const RecipientResult &recipient : std::as_const(result.recipients)) {
        delivered += recipient.status == RecipientResult::Status::Delivered;
        unknown += recipient.status == RecipientResult::Status::Unknown;
    }
    if (unknown > 0) {
        result.outcome = SendResult::Outcome::DeliveryUnknown;
    } else if (delivered == result.recipients.size() && delivered > 0 && !result.error) {
        result.outcome = SendResult::Outcome::Sent;
    } else if (delivered > 0) {
        result.outcome = SendResult::Outcome::PartiallySent;
        if (!result.error) {
            for (const RecipientResult &recipient : std::as_const(result.recipients)) {
                if (recipient.status != RecipientResult::Status::Delivered) {
                    Error error;
                    error.kind = Kind::RecipientRejected;
                    error.phase = Phase::RcptTo;
                    error.replyCode = recipient.replyCode;
                    error.enhancedCode = recipient.enhancedCode;
                    error.serverText = recipient.serverText;
                    error.mailbox = recipient.address;
                    error.permanence = recipient.replyCode >= 400 && recipient.replyCode < 500
                        ? Error::Permanence::Temporary
                        : Error::Permanence::Permanent;
                    result.error = error;
                    break;
                }
            }
        }
    } else {
        result.outcome = SendResult::Outcome::Failed;
    }
    result.transcript = operation.transcript.lines();
    if (m_state == State::Ready) {
        m_idleTimer.start(m_settings.idleTimeout);
    }
    // Always from the event loop, never from inside send(): callers may start the next
    // send from their slot.
    QMetaObject::invokeMethod(
        this, [this, result] { Q_EMIT finished(result); }, Qt::QueuedConnection);
}

void Session::finishLogin(Operation &operation)
{
    LoginResult login = std::move(operation.login);
    login.error = operation.result.error;
    login.transcript = operation.transcript.lines();
    login.elapsedMs = operation.clock.elapsed();
    if (!login.phases.isEmpty()) {
        login.phases.last().elapsedMs = login.elapsedMs - operation.phaseStartedMs;
    }
    QMetaObject::invokeMethod(
        this, [this, login] { Q_EMIT loginFinished(login); }, Qt::QueuedConnection);
}

} // namespace Smtp
