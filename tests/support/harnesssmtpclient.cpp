// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/harnesssmtpclient.h"

#include <QDeadlineTimer>

namespace
{

QString describeSslErrors(const QList<QSslError> &errors)
{
    QStringList texts;
    for (const QSslError &error : errors) {
        texts.append(error.errorString());
    }
    return texts.join(QLatin1String("; "));
}

} // namespace

HarnessSmtpClient::HarnessSmtpClient(int timeoutMilliseconds)
    : m_timeout(timeoutMilliseconds)
{
}

HarnessSmtpClient::~HarnessSmtpClient()
{
    if (m_socket.state() == QAbstractSocket::ConnectedState) {
        m_socket.write("QUIT\r\n");
        m_socket.waitForBytesWritten(m_timeout);
        m_socket.disconnectFromHost();
    }
}

HarnessSmtpReply HarnessSmtpClient::open(const HarnessConfig &config, HarnessConfig::Service service)
{
    const HarnessConfig::Endpoint endpoint = config.endpoint(service);
    m_error.clear();
    if (endpoint.security == HarnessConfig::Security::ImplicitTls) {
        m_socket.connectToHostEncrypted(config.host(), endpoint.port, config.tlsHostName());
        if (!m_socket.waitForEncrypted(m_timeout)) {
            m_error = QStringLiteral("TLS handshake with port %1 failed: %2 %3")
                          .arg(endpoint.port)
                          .arg(m_socket.errorString(), describeSslErrors(m_socket.sslHandshakeErrors()));
            return {};
        }
    } else {
        m_socket.connectToHost(config.host(), endpoint.port);
        if (!m_socket.waitForConnected(m_timeout)) {
            m_error = QStringLiteral("cannot connect to port %1: %2").arg(endpoint.port).arg(m_socket.errorString());
            return {};
        }
    }
    return readReply();
}

HarnessSmtpReply HarnessSmtpClient::command(const QByteArray &line)
{
    if (!writeAll(line + "\r\n")) {
        return {};
    }
    return readReply();
}

bool HarnessSmtpClient::startTls(const QString &verifyName)
{
    const HarnessSmtpReply reply = command("STARTTLS");
    if (reply.code != 220) {
        m_error = QStringLiteral("STARTTLS refused: %1 %2").arg(reply.text(), m_error);
        return false;
    }
    m_socket.setPeerVerifyName(verifyName);
    m_socket.startClientEncryption();
    if (!m_socket.waitForEncrypted(m_timeout)) {
        m_error = QStringLiteral("TLS handshake after STARTTLS failed: %1 %2")
                      .arg(m_socket.errorString(), describeSslErrors(m_socket.sslHandshakeErrors()));
        return false;
    }
    return true;
}

HarnessSmtpReply HarnessSmtpClient::authenticate(AuthMechanism mechanism, const QString &user, const QString &password)
{
    if (mechanism == AuthMechanism::Plain) {
        const QByteArray initial = '\0' + user.toUtf8() + '\0' + password.toUtf8();
        return command("AUTH PLAIN " + initial.toBase64());
    }
    HarnessSmtpReply reply = command("AUTH LOGIN");
    if (reply.code != 334) {
        return reply;
    }
    reply = command(user.toUtf8().toBase64());
    if (reply.code != 334) {
        return reply;
    }
    return command(password.toUtf8().toBase64());
}

HarnessSmtpReply HarnessSmtpClient::sendData(const QByteArray &message)
{
    QByteArray wire;
    wire.reserve(message.size() + message.size() / 32 + 8);
    const QByteArrayList lines = message.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        if (i == lines.size() - 1 && line.isEmpty()) {
            break; // the message ended with a line break
        }
        if (line.startsWith('.')) {
            wire += '.';
        }
        wire += line + "\r\n";
    }
    wire += ".\r\n";
    if (!writeAll(wire)) {
        return {};
    }
    return readReply();
}

HarnessSmtpReply HarnessSmtpClient::sendMail(const QString &from, const QStringList &recipients,
                                             const QByteArray &message)
{
    HarnessSmtpReply reply = command("MAIL FROM:<" + from.toUtf8() + '>');
    if (reply.code != 250) {
        return reply;
    }
    for (const QString &recipient : recipients) {
        reply = command("RCPT TO:<" + recipient.toUtf8() + '>');
        if (reply.code != 250) {
            return reply;
        }
    }
    reply = command("DATA");
    if (reply.code != 354) {
        return reply;
    }
    return sendData(message);
}

HarnessSmtpReply HarnessSmtpClient::readReply()
{
    HarnessSmtpReply reply;
    const QDeadlineTimer deadline(m_timeout);
    while (!deadline.hasExpired() || m_socket.canReadLine()) {
        while (!m_socket.canReadLine()) {
            if (deadline.hasExpired() || !m_socket.waitForReadyRead(int(deadline.remainingTime()))) {
                m_error
                    = QStringLiteral("no complete reply within %1 ms: %2").arg(m_timeout).arg(m_socket.errorString());
                return {};
            }
        }
        QByteArray line = m_socket.readLine();
        while (line.endsWith('\n') || line.endsWith('\r')) {
            line.chop(1);
        }
        bool numeric = false;
        const int code = line.left(3).toInt(&numeric);
        if (!numeric || line.size() < 3 || (reply.code != 0 && code != reply.code)) {
            m_error = QStringLiteral("malformed reply line: %1").arg(QString::fromUtf8(line));
            return {};
        }
        reply.code = code;
        reply.lines.append(line.mid(4));
        if (line.size() == 3 || line.at(3) != '-') {
            return reply;
        }
    }
    m_error = QStringLiteral("reply not finished within %1 ms").arg(m_timeout);
    return {};
}

bool HarnessSmtpClient::writeAll(const QByteArray &data)
{
    m_socket.write(data);
    const QDeadlineTimer deadline(m_timeout);
    while (m_socket.bytesToWrite() > 0) {
        if (deadline.hasExpired() || !m_socket.waitForBytesWritten(int(deadline.remainingTime()))) {
            m_error = QStringLiteral("could not send within %1 ms: %2").arg(m_timeout).arg(m_socket.errorString());
            return false;
        }
    }
    return true;
}
