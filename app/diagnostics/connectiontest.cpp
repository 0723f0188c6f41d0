// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/diagnostics/connectiontest.h"

#include "app/diagnostics/explainer.h"
#include "app/diagnostics/smtperrorevidence.h"
#include "app/logging.h"
#include "app/smtp/certificateinfo.h"
#include "app/smtp/loginresult.h"
#include "app/smtp/session.h"
#include "app/smtp/sockettransport.h"

#include <QHostInfo>
#include <QJsonArray>
#include <QLocale>

namespace Diagnostics
{

using Kind = ConnectionTestStep::Kind;
using Status = ConnectionTestStep::Status;
using Accounts::Security;
using Smtp::Phase;

namespace
{

constexpr int StepCount = 5;

int indexOf(Kind kind)
{
    return int(kind);
}

QStringList extensionKeywords(const Smtp::Capabilities &capabilities)
{
    using Extension = Smtp::Capabilities::Extension;
    const std::pair<Extension, const char *> names[] = {
        {Extension::StartTls, "STARTTLS"},
        {Extension::Size, "SIZE"},
        {Extension::EightBitMime, "8BITMIME"},
        {Extension::SmtpUtf8, "SMTPUTF8"},
        {Extension::Pipelining, "PIPELINING"},
        {Extension::EnhancedStatusCodes, "ENHANCEDSTATUSCODES"},
        {Extension::Auth, "AUTH"},
        {Extension::Chunking, "CHUNKING"},
        {Extension::Dsn, "DSN"},
    };
    QStringList keywords;
    for (const auto &[extension, name] : names) {
        if (capabilities.has(extension)) {
            keywords.append(QString::fromLatin1(name));
        }
    }
    return keywords;
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

// ---- ConnectionTestStep ----

QString ConnectionTestStep::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Resolve:
        return QStringLiteral("resolve");
    case Kind::Connect:
        return QStringLiteral("connect");
    case Kind::TlsHandshake:
        return QStringLiteral("tls");
    case Kind::Ehlo:
        return QStringLiteral("ehlo");
    case Kind::Authenticate:
        return QStringLiteral("auth");
    }
    return QStringLiteral("unknown");
}

QString ConnectionTestStep::statusName(Status status)
{
    switch (status) {
    case Status::Waiting:
        return QStringLiteral("waiting");
    case Status::Running:
        return QStringLiteral("running");
    case Status::Passed:
        return QStringLiteral("passed");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Skipped:
        return QStringLiteral("skipped");
    }
    return QStringLiteral("unknown");
}

// ---- ConnectionTestReport ----

int ConnectionTestReport::failedStep() const
{
    for (int i = 0; i < steps.size(); ++i) {
        if (steps.at(i).status == Status::Failed) {
            return i;
        }
    }
    return -1;
}

QJsonObject ConnectionTestReport::toJson() const
{
    QJsonArray stepArray;
    for (const ConnectionTestStep &step : steps) {
        stepArray.append(QJsonObject{
            {QStringLiteral("name"), ConnectionTestStep::kindName(step.kind)},
            {QStringLiteral("ok"), step.status == Status::Passed},
            {QStringLiteral("status"), ConnectionTestStep::statusName(step.status)},
            {QStringLiteral("elapsed_ms"), step.elapsedMs},
            {QStringLiteral("detail"), step.detail},
        });
    }
    QJsonArray addressArray;
    for (const QHostAddress &address : addresses) {
        addressArray.append(address.toString());
    }
    QJsonArray certificateArray;
    for (const QSslCertificate &certificate : peerChain) {
        const Smtp::CertificateInfo info = Smtp::CertificateInfo::from(certificate);
        certificateArray.append(QJsonObject{
            {QStringLiteral("subject"), info.subject},
            {QStringLiteral("names"), QJsonArray::fromStringList(info.subjectAlternativeNames)},
            {QStringLiteral("issuer"), info.issuer},
            {QStringLiteral("not_before"), info.notBefore.toString(Qt::ISODate)},
            {QStringLiteral("not_after"), info.notAfter.toString(Qt::ISODate)},
            {QStringLiteral("sha256"), info.sha256Fingerprint},
            {QStringLiteral("self_signed"), info.selfSigned},
        });
    }
    QJsonObject object{
        {QStringLiteral("ok"), ok},
        {QStringLiteral("host"), host},
        {QStringLiteral("port"), int(port)},
        {QStringLiteral("security"), Accounts::toString(security)},
        {QStringLiteral("addresses"), addressArray},
        {QStringLiteral("steps"), stepArray},
        {QStringLiteral("tls"), textOrNull(tlsDescription)},
        {QStringLiteral("capabilities"), QJsonArray::fromStringList(extensionKeywords(capabilities))},
        {QStringLiteral("auth_mechanisms"), QJsonArray::fromStringList(capabilities.authMechanisms())},
        {QStringLiteral("size_limit"), capabilities.sizeLimit()},
        {QStringLiteral("certificates"), certificateArray},
        {QStringLiteral("elapsed_ms"), elapsedMs},
        {QStringLiteral("error"), explanation ? QJsonValue(explanation->toJson()) : QJsonValue(QJsonValue::Null)},
    };
    if (error) {
        object.insert(QStringLiteral("failure"),
                      QJsonObject{
                          {QStringLiteral("kind"), Smtp::Error::kindName(error->kind)},
                          {QStringLiteral("phase"), Smtp::phaseName(error->phase)},
                          {QStringLiteral("reply_code"), error->replyCode},
                          {QStringLiteral("detail"), error->detail},
                      });
    }
    return object;
}

// ---- ConnectionTest ----

ConnectionTest::ConnectionTest(Smtp::SessionSettings settings, std::optional<Smtp::Credentials> credentials,
                               QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_credentials(std::move(credentials))
{
    m_resolveTimer.setSingleShot(true);
    connect(&m_resolveTimer, &QTimer::timeout, this, &ConnectionTest::onResolveTimeout);
    for (int i = 0; i < StepCount; ++i) {
        m_report.steps.append(ConnectionTestStep{Kind(i), Status::Waiting, 0, {}});
    }
}

ConnectionTest::~ConnectionTest()
{
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
    }
}

void ConnectionTest::setTransportFactory(Smtp::TransportFactory factory)
{
    m_transportFactory = std::move(factory);
}

void ConnectionTest::start()
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_report = {};
    m_report.host = m_settings.host;
    m_report.port = m_settings.port;
    m_report.security = m_settings.security;
    for (int i = 0; i < StepCount; ++i) {
        m_report.steps.append(ConnectionTestStep{Kind(i), Status::Waiting, 0, {}});
        Q_EMIT stepChanged(i, m_report.steps.at(i));
    }
    m_current = -1;
    m_tlsSeen = false;
    m_clock.start();
    qCDebug(lcDiagnostics) << "connection test" << m_settings.host << m_settings.port;
    enterStep(Kind::Resolve);
    // The address list is shown to the user; the session resolves again itself (from the
    // system's cache), because certificate verification needs the name, not an address.
    m_resolveTimer.start(m_settings.timeouts.forPhase(Phase::Connecting));
    m_lookupId = QHostInfo::lookupHost(m_settings.host, this, &ConnectionTest::onResolved);
}

void ConnectionTest::cancel()
{
    if (!m_running) {
        return;
    }
    if (m_session) {
        m_session->cancel(); // answered by loginFinished()
        return;
    }
    m_resolveTimer.stop();
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    QMetaObject::invokeMethod(
        this, [this] { finishWithoutSession(Smtp::Error::local(Smtp::Error::Kind::Cancelled, Phase::Connecting)); },
        Qt::QueuedConnection);
}

void ConnectionTest::onResolved(const QHostInfo &info)
{
    if (!m_running || m_current != indexOf(Kind::Resolve) || m_session) {
        return; // a look-up that was given up on
    }
    m_lookupId = -1;
    m_resolveTimer.stop();
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        const QString detail = info.errorString().isEmpty() ? QStringLiteral("no addresses") : info.errorString();
        setStep(Kind::Resolve, Status::Failed, tr("%1 could not be found (%2).").arg(m_settings.host, detail));
        finishWithoutSession(Smtp::Error::local(Smtp::Error::Kind::HostNotFound, Phase::Connecting, detail));
        return;
    }
    m_report.addresses = info.addresses();
    QStringList addresses;
    for (const QHostAddress &address : std::as_const(m_report.addresses)) {
        addresses.append(address.toString());
    }
    setStep(Kind::Resolve, Status::Passed,
            tr("%1 resolves to %2.").arg(m_settings.host, addresses.join(QStringLiteral(", "))));
    startSession();
}

void ConnectionTest::onResolveTimeout()
{
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    const qint64 ms = m_resolveTimer.interval();
    setStep(Kind::Resolve, Status::Failed, tr("No answer from the name server within %1 ms.").arg(ms));
    finishWithoutSession(
        Smtp::Error::local(Smtp::Error::Kind::Timeout, Phase::Connecting,
                           QStringLiteral("no DNS answer for %1 within %2 ms").arg(m_settings.host).arg(ms)));
}

void ConnectionTest::startSession()
{
    Smtp::SessionSettings settings = m_settings;
    if (!m_credentials) {
        settings.authMethod = Accounts::AuthMethod::None; // nothing to log in with: stop after EHLO
    }
    Smtp::TransportFactory factory = m_transportFactory
        ? m_transportFactory
        : Smtp::SocketTransport::factory(settings.host, settings.additionalCaCertificates);
    m_session = new Smtp::Session(settings, std::move(factory), this);
    if (m_credentials) {
        m_session->setCredentials(*m_credentials);
    }
    connect(m_session, &Smtp::Session::stateChanged, this, &ConnectionTest::onSessionState);
    connect(m_session, &Smtp::Session::transcriptLine, this, &ConnectionTest::transcriptLine);
    connect(m_session, &Smtp::Session::loginFinished, this, &ConnectionTest::onLoginFinished);
    enterStep(Kind::Connect);
    m_session->checkLogin();
}

ConnectionTestStep::Kind ConnectionTest::stepFor(Phase phase) const
{
    switch (phase) {
    case Phase::Preparing:
    case Phase::Connecting:
        return Kind::Connect;
    case Phase::TlsHandshake:
    case Phase::StartTls:
        return Kind::TlsHandshake;
    case Phase::Greeting:
    case Phase::Ehlo:
        // With STARTTLS, the greeting and the first EHLO only lead up to the handshake.
        return m_settings.security == Security::StartTls && !m_tlsSeen ? Kind::TlsHandshake : Kind::Ehlo;
    case Phase::Authentication:
        return Kind::Authenticate;
    default:
        return Kind::Authenticate;
    }
}

void ConnectionTest::onSessionState(Smtp::Session::State state)
{
    using State = Smtp::Session::State;
    switch (state) {
    case State::Connecting:
        enterStep(Kind::Connect);
        return;
    case State::TlsHandshake:
        enterStep(Kind::TlsHandshake);
        m_tlsSeen = true;
        return;
    case State::AwaitingGreeting:
        enterStep(stepFor(Phase::Greeting));
        return;
    case State::AwaitingEhloReply:
    case State::AwaitingHeloReply:
        enterStep(stepFor(Phase::Ehlo));
        return;
    case State::AwaitingStartTlsReply:
        enterStep(Kind::TlsHandshake);
        return;
    case State::Authenticating:
        enterStep(Kind::Authenticate);
        return;
    default:
        return;
    }
}

void ConnectionTest::enterStep(Kind kind)
{
    const int target = indexOf(kind);
    if (target <= m_current) {
        return;
    }
    if (m_current >= 0) {
        ConnectionTestStep &current = m_report.steps[m_current];
        if (current.status == Status::Running) {
            current.status = Status::Passed;
            current.elapsedMs = m_stepClock.elapsed();
            Q_EMIT stepChanged(m_current, current);
        }
    }
    for (int i = m_current + 1; i < target; ++i) {
        // Only TLS can be passed over: the account uses no encryption.
        m_report.steps[i].status = Status::Skipped;
        Q_EMIT stepChanged(i, m_report.steps.at(i));
    }
    m_current = target;
    m_stepClock.start();
    ConnectionTestStep &step = m_report.steps[target];
    step.status = Status::Running;
    step.elapsedMs = 0;
    Q_EMIT stepChanged(target, step);
}

void ConnectionTest::setStep(Kind kind, Status status, const QString &detail)
{
    ConnectionTestStep &step = m_report.steps[indexOf(kind)];
    step.status = status;
    if (indexOf(kind) == m_current && status != Status::Running) {
        step.elapsedMs = m_stepClock.elapsed();
    }
    if (!detail.isEmpty()) {
        step.detail = detail;
    }
    Q_EMIT stepChanged(indexOf(kind), step);
}

void ConnectionTest::onLoginFinished(const Smtp::LoginResult &result)
{
    if (m_session) {
        m_session->disconnect(this);
        m_session->deleteLater();
        m_session = nullptr;
    }
    m_report.capabilities = result.capabilities;
    m_report.tlsDescription = result.tlsDescription;
    m_report.peerChain = result.peerChain;
    m_report.transcript = result.transcript;
    if (result.error) {
        m_report.error = result.error;
    }

    // The engine's own timing replaces the live estimates, phase by phase.
    qint64 elapsed[StepCount] = {m_report.steps.at(0).elapsedMs, 0, 0, 0, 0};
    bool reached[StepCount] = {true, false, false, false, false};
    bool tlsSeen = false;
    for (const Smtp::PhaseTiming &timing : result.phases) {
        if (timing.phase == Phase::TlsHandshake) {
            tlsSeen = true;
        }
        Kind kind = Kind::Authenticate;
        switch (timing.phase) {
        case Phase::Connecting:
            kind = Kind::Connect;
            break;
        case Phase::TlsHandshake:
        case Phase::StartTls:
            kind = Kind::TlsHandshake;
            break;
        case Phase::Greeting:
        case Phase::Ehlo:
            kind = m_settings.security == Security::StartTls && !tlsSeen ? Kind::TlsHandshake : Kind::Ehlo;
            break;
        default:
            kind = Kind::Authenticate;
            break;
        }
        elapsed[indexOf(kind)] += timing.elapsedMs;
        reached[indexOf(kind)] = true;
    }

    int failed = -1;
    if (result.error) {
        const Smtp::Error &error = *result.error;
        if (error.phase == Phase::Preparing) {
            failed = error.kind == Smtp::Error::Kind::MissingCredentials
                    || error.kind == Smtp::Error::Kind::PlaintextAuthRefused
                ? indexOf(Kind::Authenticate)
                : indexOf(Kind::Connect);
        } else if (error.kind == Smtp::Error::Kind::Cancelled) {
            failed = std::max(m_current, indexOf(Kind::Connect));
        } else if (error.phase == Phase::Greeting || error.phase == Phase::Ehlo) {
            failed = std::max(m_current, indexOf(Kind::Connect));
        } else {
            failed = indexOf(stepFor(error.phase));
        }
    }

    for (int i = indexOf(Kind::Connect); i < StepCount; ++i) {
        ConnectionTestStep &step = m_report.steps[i];
        const ConnectionTestStep before = step;
        step.elapsedMs = elapsed[i];
        const Kind kind = Kind(i);
        if (failed >= 0 && i > failed) {
            step.status = Status::Skipped;
            step.detail = tr("Not tried: an earlier step failed.");
        } else if (i == failed) {
            step.status = Status::Failed;
            step.detail = failureDetail(kind, *result.error, result);
        } else if (kind == Kind::TlsHandshake && m_settings.security == Security::None) {
            step.status = Status::Skipped;
            step.detail = result.capabilities.has(Smtp::Capabilities::Extension::StartTls)
                ? tr("Not encrypted: the account uses no encryption, although the server offers STARTTLS.")
                : tr("Not encrypted: the account uses no encryption.");
        } else if (!reached[i] && kind != Kind::Authenticate) {
            step.status = Status::Skipped;
            step.detail = tr("Not tried: the test stopped before connecting.");
        } else if (kind == Kind::Authenticate && !result.authenticated) {
            step.status = Status::Skipped;
            step.detail = m_credentials ? tr("No login: the account is set up to send without one.")
                                        : tr("Not tried: no password or token was given.");
        } else {
            step.status = Status::Passed;
            step.detail = passDetail(kind, result);
        }
        if (!(step == before)) {
            Q_EMIT stepChanged(i, step);
        }
    }
    finish(result.error);
}

QString ConnectionTest::passDetail(Kind kind, const Smtp::LoginResult &result) const
{
    switch (kind) {
    case Kind::Connect:
        return tr("Connected to %1, port %2.")
            .arg(result.peerAddress.isNull() ? m_settings.host : result.peerAddress.toString())
            .arg(m_settings.port);
    case Kind::TlsHandshake: {
        const Smtp::CertificateInfo leaf = Smtp::CertificateInfo::from(result.peerChain.value(0));
        const QString mode = m_settings.security == Security::ImplicitTls ? tr("implicit TLS") : tr("STARTTLS");
        QString text = tr("%1 (%2); certificate %3, issued by %4, valid until %5.")
                           .arg(result.tlsDescription, mode, leaf.subject, leaf.issuer,
                                QLocale().toString(leaf.notAfter.date(), QLocale::ShortFormat));
        if (result.certificatePinned) {
            text += QLatin1Char(' ') + tr("Accepted because it matches the certificate you trusted for this account.");
        }
        return text;
    }
    case Kind::Ehlo: {
        const Smtp::Capabilities &capabilities = result.capabilities;
        QStringList parts;
        parts.append(extensionKeywords(capabilities).join(QLatin1Char(' ')));
        if (!capabilities.authMechanisms().isEmpty()) {
            parts.append(tr("login methods: %1").arg(capabilities.authMechanisms().join(QLatin1Char(' '))));
        }
        if (capabilities.sizeLimit() > 0) {
            parts.append(tr("messages up to %1").arg(QLocale().formattedDataSize(capabilities.sizeLimit())));
        }
        return tr("%1 offers %2").arg(capabilities.serverName(), parts.join(QStringLiteral("; ")));
    }
    case Kind::Authenticate:
        return tr("Logged in as %1; no mail was sent.").arg(m_settings.userName);
    case Kind::Resolve:
        break;
    }
    return {};
}

QString ConnectionTest::failureDetail(Kind kind, const Smtp::Error &error, const Smtp::LoginResult &result) const
{
    using ErrorKind = Smtp::Error::Kind;
    switch (error.kind) {
    case ErrorKind::PlaintextAuthRefused:
        return tr("Kurier refused to send the password: the connection is not encrypted.");
    case ErrorKind::MissingCredentials:
        return tr("No password or token is available for this account.");
    case ErrorKind::StartTlsNotOffered:
        return tr("The server did not offer STARTTLS, so the connection was not continued without encryption.");
    case ErrorKind::CertificateUntrusted: {
        const Smtp::CertificateInfo leaf = Smtp::CertificateInfo::from(result.peerChain.value(0));
        return tr("The certificate could not be verified; it is for %1 (%2), issued by %3, valid until %4.")
            .arg(leaf.subject, leaf.subjectAlternativeNames.join(QStringLiteral(", ")), leaf.issuer,
                 QLocale().toString(leaf.notAfter.date(), QLocale::ShortFormat));
    }
    case ErrorKind::Cancelled:
        return tr("Cancelled.");
    default:
        break;
    }
    Q_UNUSED(kind);
    QString text;
    if (error.replyCode > 0) {
        text = QStringLiteral("%1 %2").arg(error.replyCode).arg(Smtp::Transcript::visible(error.serverText));
    } else if (!error.detail.isEmpty()) {
        text = error.detail;
    } else {
        text = Smtp::Error::kindName(error.kind);
    }
    return tr("Failed: %1").arg(text.simplified());
}

void ConnectionTest::finishWithoutSession(const Smtp::Error &error)
{
    for (int i = m_current + 1; i < StepCount; ++i) {
        m_report.steps[i].status = Status::Skipped;
        m_report.steps[i].detail = tr("Not tried: an earlier step failed.");
        Q_EMIT stepChanged(i, m_report.steps.at(i));
    }
    if (m_current >= 0 && m_report.steps.at(m_current).status == Status::Running) {
        setStep(m_report.steps.at(m_current).kind, Status::Failed,
                error.kind == Smtp::Error::Kind::Cancelled ? tr("Cancelled.") : QString());
    }
    m_report.error = error;
    finish(error);
}

void ConnectionTest::finish(std::optional<Smtp::Error> error)
{
    m_running = false;
    m_report.ok = !error.has_value();
    m_report.elapsedMs = m_clock.elapsed();
    if (error) {
        m_report.explanation = Explainer().explain(evidenceFromSmtpError(*error, m_settings.host, m_settings.port));
    }
    qCDebug(lcDiagnostics) << "connection test" << m_settings.host << "finished; ok:" << m_report.ok;
    Q_EMIT finished(m_report);
}

} // namespace Diagnostics
