// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoconfig/smtpprobe.h"

#include "autoconfig/certificatenames.h"
#include "autoconfig/hostresolver.h"
#include "autoconfig/logging.h"

#include <QMetaEnum>

namespace Autoconfig
{

namespace
{

constexpr qsizetype MaxLineLength = 2048; // RFC 5321 allows 512; leave room for odd servers
constexpr int MaxReplyLines = 100;

} // namespace

SmtpProbe::SmtpProbe(const QString &host, quint16 port, Security security, const LookupConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_socket(new QSslSocket(this))
{
    m_result.host = host;
    m_result.port = port;
    m_result.security = security;
    m_socket->setSslConfiguration(config.sslConfiguration);
    m_socket->setPeerVerifyName(host);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(config.probeTimeout);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finish(m_state == State::Resolving ? Outcome::HostNotFound : Outcome::Timeout,
               QStringLiteral("no answer within %1 ms (%2)")
                   .arg(m_deadline.interval())
                   .arg(QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(m_state)))));
    });
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpProbe::onReadyRead);
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        if (m_result.security == Security::ImplicitTls) {
            setState(State::AwaitingGreeting);
        } else {
            m_upgraded = true;
            setState(State::AwaitingEhlo);
            sendLine("EHLO " + QByteArray("[") + m_socket->localAddress().toString().toLatin1() + "]");
        }
    });
    connect(m_socket, &QSslSocket::connected, this, [this] {
        if (m_result.security == Security::ImplicitTls) {
            setState(State::TlsHandshake);
            m_socket->startClientEncryption();
        } else {
            setState(State::AwaitingGreeting);
        }
    });
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors) {
            texts.append(error.errorString());
        }
        m_result.certificateNames = certificateNames(m_socket->peerCertificate());
        finish(Outcome::CertificateInvalid, texts.join(QStringLiteral("; ")));
    });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (m_state == State::Done) {
            return;
        }
        if (m_state == State::Quitting && error == QAbstractSocket::RemoteHostClosedError) {
            finish(Outcome::Ok);
            return;
        }
        if (m_state == State::Connecting && !m_addresses.isEmpty()
            && (error == QAbstractSocket::ConnectionRefusedError || error == QAbstractSocket::NetworkError)) {
            // A name with several addresses may listen on only some of them (localhost is ::1
            // and 127.0.0.1 on a stock Debian); the next one is tried once the socket has settled.
            const QHostAddress next = m_addresses.takeFirst();
            QMetaObject::invokeMethod(
                this,
                [this, next] {
                    if (m_state == State::Connecting) {
                        m_socket->abort();
                        connectTo(next);
                    }
                },
                Qt::QueuedConnection);
            return;
        }
        const Outcome outcome = error == QAbstractSocket::ConnectionRefusedError ? Outcome::ConnectionRefused
            : error == QAbstractSocket::HostNotFoundError                        ? Outcome::HostNotFound
            : error == QAbstractSocket::SocketTimeoutError                       ? Outcome::Timeout
            : m_state == State::TlsHandshake                                     ? Outcome::TlsFailed
            : m_state == State::AwaitingGreeting || m_state == State::Connecting ? Outcome::NotSmtp
                                                                                 : Outcome::Rejected;
        finish(outcome, m_socket->errorString());
    });
}

void SmtpProbe::start()
{
    m_deadline.start();
    auto *resolver = new HostResolver(m_result.host, m_config.dnsServer, m_config.probeTimeout, this);
    connect(resolver, &HostResolver::finished, this,
            [this, resolver](const QList<QHostAddress> &addresses, const QString &technical) {
                resolver->deleteLater();
                if (m_state == State::Done) {
                    return;
                }
                if (addresses.isEmpty()) {
                    finish(Outcome::HostNotFound, technical);
                    return;
                }
                m_addresses = addresses;
                connectTo(m_addresses.takeFirst());
            });
    resolver->start();
}

void SmtpProbe::abort()
{
    m_state = State::Done;
    m_deadline.stop();
    m_socket->abort();
}

void SmtpProbe::connectTo(const QHostAddress &address)
{
    setState(State::Connecting);
    m_socket->connectToHost(address, m_result.port);
}

void SmtpProbe::onReadyRead()
{
    m_buffer += m_socket->readAll();
    while (m_state != State::Done) {
        const qsizetype end = m_buffer.indexOf('\n');
        if (end < 0) {
            if (m_buffer.size() > MaxLineLength) {
                finish(Outcome::NotSmtp, QStringLiteral("a line longer than %1 bytes").arg(MaxLineLength));
            }
            return;
        }
        const QString line = QString::fromLatin1(m_buffer.left(end)).trimmed();
        m_buffer.remove(0, end + 1);
        bool ok = false;
        const int code = line.left(3).toInt(&ok);
        if (!ok || line.size() < 3 || (line.size() > 3 && line[3] != QLatin1Char('-') && line[3] != QLatin1Char(' '))) {
            finish(Outcome::NotSmtp, QStringLiteral("not an SMTP reply: %1").arg(line.left(80)));
            return;
        }
        m_replyLines.append(line.mid(4));
        if (m_replyLines.size() > MaxReplyLines) {
            finish(Outcome::NotSmtp, QStringLiteral("a reply of more than %1 lines").arg(MaxReplyLines));
            return;
        }
        if (line.size() == 3 || line[3] == QLatin1Char(' ')) {
            const QStringList lines = m_replyLines;
            m_replyLines.clear();
            onReply(code, lines);
        }
    }
}

void SmtpProbe::onReply(int code, const QStringList &lines)
{
    switch (m_state) {
    case State::AwaitingGreeting:
        if (code != 220) {
            finish(Outcome::Rejected, QString::number(code) + QLatin1Char(' ') + lines.join(QLatin1Char(' ')));
            return;
        }
        setState(State::AwaitingEhlo);
        sendLine("EHLO " + QByteArray("[") + m_socket->localAddress().toString().toLatin1() + "]");
        return;
    case State::AwaitingEhlo:
        if (code != 250) {
            finish(Outcome::Rejected, QString::number(code) + QLatin1Char(' ') + lines.join(QLatin1Char(' ')));
            return;
        }
        readCapabilities(lines);
        if (m_result.security == Security::StartTls && !m_upgraded) {
            const bool offered = std::any_of(lines.cbegin(), lines.cend(), [](const QString &capability) {
                return capability.compare(QLatin1String("STARTTLS"), Qt::CaseInsensitive) == 0;
            });
            if (!offered) {
                finish(Outcome::NoStartTls, QStringLiteral("EHLO did not offer STARTTLS"));
                return;
            }
            setState(State::AwaitingStartTls);
            sendLine("STARTTLS");
            return;
        }
        setState(State::Quitting);
        sendLine("QUIT");
        return;
    case State::AwaitingStartTls:
        if (code != 220) {
            finish(Outcome::NoStartTls, QString::number(code) + QLatin1Char(' ') + lines.join(QLatin1Char(' ')));
            return;
        }
        // Anything the server sent after its 220 would be injected plaintext (CVE-2011-0411 style).
        if (!m_buffer.isEmpty() || m_socket->bytesAvailable() > 0) {
            finish(Outcome::TlsFailed, QStringLiteral("data after the STARTTLS reply"));
            return;
        }
        setState(State::TlsHandshake);
        m_socket->startClientEncryption();
        return;
    case State::Quitting:
        finish(Outcome::Ok);
        return;
    default:
        finish(Outcome::NotSmtp, QStringLiteral("an unexpected reply %1").arg(code));
        return;
    }
}

void SmtpProbe::readCapabilities(const QStringList &lines)
{
    m_result.authMechanisms.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList words = lines[i].toUpper().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty()) {
            continue;
        }
        if (words.first() == QLatin1String("AUTH")) {
            m_result.authMechanisms = words.mid(1);
        } else if (words.first() == QLatin1String("SIZE") && words.size() > 1) {
            m_result.sizeLimit = words[1].toLongLong();
        }
    }
}

void SmtpProbe::sendLine(const QByteArray &line)
{
    m_socket->write(line + "\r\n");
}

void SmtpProbe::setState(State state)
{
    qCDebug(lcAutoconfig) << "probe" << m_result.host << m_result.port << state;
    m_state = state;
}

void SmtpProbe::finish(Outcome outcome, const QString &technical)
{
    if (m_state == State::Done) {
        return;
    }
    m_state = State::Done;
    m_deadline.stop();
    m_socket->abort();
    m_result.outcome = outcome;
    m_result.technical = technical;
    Q_EMIT finished(m_result);
}

} // namespace Autoconfig
