// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/scriptedtransport.h"

namespace TestSupport
{

namespace
{

const QString MessageToken = QStringLiteral("<message>");

QByteArray unescape(const QString &text)
{
    QByteArray result = text.toUtf8();
    result.replace("\\r", "\r");
    result.replace("\\n", "\n");
    return result;
}

bool isServerStep(const QString &step)
{
    return step.startsWith(QLatin1String("S: ")) || step.startsWith(QLatin1String("S! "));
}

QByteArray serverBytes(const QString &step)
{
    if (step.startsWith(QLatin1String("S! "))) {
        return unescape(step.mid(3));
    }
    return step.mid(3).toUtf8() + "\r\n";
}

} // namespace

ScriptedTransport::ScriptedTransport(QStringList script, std::shared_ptr<ScriptLog> log, QObject *parent)
    : Transport(parent)
    , m_script(std::move(script))
    , m_log(std::move(log))
{
    m_log->stepsLeft = int(m_script.size());
}

Smtp::TransportFactory ScriptedTransport::factory(QList<QStringList> scripts, std::shared_ptr<ScriptLog> log)
{
    auto remaining = std::make_shared<QList<QStringList>>(std::move(scripts));
    return [remaining, log]() -> std::unique_ptr<Smtp::Transport> {
        QStringList script = remaining->isEmpty() ? QStringList{QStringLiteral("CLOSE")} : remaining->takeFirst();
        return std::make_unique<ScriptedTransport>(std::move(script), log);
    };
}

QSslCertificate ScriptedTransport::untrustedCertificate()
{
    static const QSslCertificate certificate = [] {
        const QList<QSslCertificate> all
            = QSslCertificate::fromPath(QStringLiteral(KURIER_TEST_DATA_DIR "/smtp/selfsigned.crt"), QSsl::Pem,
                                        QSslCertificate::PatternSyntax::FixedString);
        return all.value(0);
    }();
    return certificate;
}

void ScriptedTransport::scheduleAdvance()
{
    if (m_advanceScheduled) {
        return;
    }
    m_advanceScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_advanceScheduled = false;
            advance();
        },
        Qt::QueuedConnection);
}

void ScriptedTransport::fail(const QString &mismatch)
{
    if (m_log->mismatch.isEmpty()) {
        m_log->mismatch = mismatch;
    }
}

void ScriptedTransport::connectToHost(const QString &, quint16, Encryption encryption)
{
    ++m_log->connections;
    QMetaObject::invokeMethod(
        this,
        [this, encryption] {
            if (m_closed) {
                return;
            }
            const QString first = m_script.value(0);
            if (first == QLatin1String("UNKNOWN-HOST") || first == QLatin1String("REFUSED")) {
                m_script.removeFirst();
                m_closed = true;
                const bool unknown = first == QLatin1String("UNKNOWN-HOST");
                Q_EMIT failed({unknown ? Smtp::TransportFailure::Kind::HostNotFound
                                       : Smtp::TransportFailure::Kind::ConnectionRefused,
                               unknown ? QStringLiteral("Host not found") : QStringLiteral("Connection refused")});
                return;
            }
            m_connected = true;
            Q_EMIT connected();
            if (encryption == Encryption::ImplicitTls) {
                m_handshakeRequested = true;
            }
            advance();
        },
        Qt::QueuedConnection);
}

void ScriptedTransport::startClientEncryption()
{
    m_log->tlsStarted = true;
    m_handshakeRequested = true;
    scheduleAdvance();
}

void ScriptedTransport::ignoreSslErrors(const QList<QSslError> &errors)
{
    m_ignoredErrors = errors.size() == 1 && errors.first().error() == QSslError::SelfSignedCertificate;
}

void ScriptedTransport::handshake()
{
    m_handshakeRequested = false;
    m_encrypted = true;
    Q_EMIT encrypted();
}

void ScriptedTransport::write(const QByteArray &bytes)
{
    if (m_closed) {
        return;
    }
    m_log->written += bytes;
    if (m_script.isEmpty()) {
        m_log->afterEnd += bytes;
        return;
    }
    m_pendingWrite += bytes;
    consumeWrites();
    scheduleAdvance();
}

void ScriptedTransport::consumeWrites()
{
    while (!m_pendingWrite.isEmpty()) {
        if (m_script.isEmpty()) {
            m_log->afterEnd += m_pendingWrite;
            m_pendingWrite.clear();
            return;
        }
        const QString step = m_script.first();
        if (!step.startsWith(QLatin1String("C: "))) {
            fail(QStringLiteral("client wrote %1 where the script has %2")
                     .arg(QString::fromUtf8(m_pendingWrite.left(80)), step));
            m_log->afterEnd += m_pendingWrite;
            m_pendingWrite.clear();
            return;
        }
        if (step.mid(3) == MessageToken) {
            const qsizetype end = m_pendingWrite.startsWith(".\r\n") ? 0 : m_pendingWrite.indexOf("\r\n.\r\n");
            if (end < 0) {
                return;
            }
            const qsizetype length = end == 0 ? 3 : end + 5;
            m_log->messages.append(m_pendingWrite.left(length));
            m_pendingWrite.remove(0, length);
            m_script.removeFirst();
            m_log->stepsLeft = int(m_script.size());
            continue;
        }
        const QByteArray expected = step.mid(3).toUtf8() + "\r\n";
        const qsizetype n = std::min(expected.size(), m_pendingWrite.size());
        if (m_pendingWrite.left(n) != expected.left(n)) {
            const qsizetype lineEnd = m_pendingWrite.indexOf("\r\n");
            fail(QStringLiteral("expected \"%1\", client wrote \"%2\"")
                     .arg(step.mid(3), QString::fromUtf8(m_pendingWrite.left(lineEnd < 0 ? 80 : lineEnd))));
            m_log->afterEnd += m_pendingWrite;
            m_pendingWrite.clear();
            m_script.clear();
            m_log->stepsLeft = 0;
            return;
        }
        if (n < expected.size()) {
            return;
        }
        m_pendingWrite.remove(0, expected.size());
        m_script.removeFirst();
        m_log->stepsLeft = int(m_script.size());
    }
}

void ScriptedTransport::advance()
{
    if (m_closed || !m_connected) {
        return;
    }
    QByteArray chunk;
    while (!m_script.isEmpty()) {
        const QString step = m_script.first();
        if (isServerStep(step)) {
            chunk += serverBytes(step);
        } else if (step == QLatin1String("PAUSE")) {
            m_script.removeFirst();
            break;
        } else if (step == QLatin1String("CLOSE")) {
            if (!chunk.isEmpty()) {
                break; // deliver what precedes the close first
            }
            m_script.removeFirst();
            m_log->stepsLeft = int(m_script.size());
            m_closed = true;
            Q_EMIT failed(Smtp::TransportFailure{Smtp::TransportFailure::Kind::RemoteClosed,
                                                 QStringLiteral("The remote host closed the connection")});
            return;
        } else if (step == QLatin1String("TLS") || step == QLatin1String("TLS-UNTRUSTED")) {
            if (!chunk.isEmpty() || !m_handshakeRequested) {
                break;
            }
            m_script.removeFirst();
            m_log->stepsLeft = int(m_script.size());
            if (step == QLatin1String("TLS-UNTRUSTED")) {
                const QSslCertificate certificate = untrustedCertificate();
                m_ignoredErrors = false;
                Q_EMIT peerVerificationFailed({QSslError(QSslError::SelfSignedCertificate, certificate)},
                                              {certificate});
                if (m_closed) {
                    return;
                }
                if (!m_ignoredErrors) {
                    m_closed = true;
                    Q_EMIT failed(
                        Smtp::TransportFailure{Smtp::TransportFailure::Kind::TlsHandshakeFailed,
                                               QStringLiteral("The certificate is self-signed, and untrusted")});
                    return;
                }
            }
            handshake();
            continue;
        } else {
            break; // a C: step: wait for the client
        }
        m_script.removeFirst();
        m_log->stepsLeft = int(m_script.size());
    }
    if (chunk.isEmpty()) {
        return;
    }
    if (m_handshakeRequested && !m_encrypted) {
        // What a real TLS stack does with plaintext arriving during its handshake.
        m_closed = true;
        Q_EMIT failed(Smtp::TransportFailure{Smtp::TransportFailure::Kind::TlsHandshakeFailed,
                                             QStringLiteral("unexpected data during the TLS handshake")});
        return;
    }
    m_readBuffer += chunk;
    Q_EMIT readyRead();
    if (!m_script.isEmpty() && !m_closed) {
        scheduleAdvance();
    }
}

QByteArray ScriptedTransport::readAll()
{
    return std::exchange(m_readBuffer, QByteArray());
}

qint64 ScriptedTransport::bytesAvailable() const
{
    return m_readBuffer.size();
}

QList<QSslCertificate> ScriptedTransport::peerCertificateChain() const
{
    return m_encrypted ? QList<QSslCertificate>{untrustedCertificate()} : QList<QSslCertificate>{};
}

QString ScriptedTransport::encryptionDescription() const
{
    return m_encrypted ? QStringLiteral("TLSv1.3, scripted") : QString();
}

QHostAddress ScriptedTransport::localAddress() const
{
    return QHostAddress(QHostAddress::LocalHost);
}

void ScriptedTransport::close(CloseMode)
{
    m_log->closedByClient = true;
    m_closed = true;
    deleteLater();
}

} // namespace TestSupport
