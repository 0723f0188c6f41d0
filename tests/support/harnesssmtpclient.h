// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/harnessconfig.h"
#include "tests/support/harnesssmtpreply.h"

#include <QSslSocket>
#include <QString>
#include <QStringList>

// A deliberately simple, blocking, line-based SMTP client for TEST code only: it lets a test
// speak to the harness command by command and look at every reply, independently of Kurier's
// own SMTP engine. Every wait is bounded by the timeout given to the constructor.
//
// TLS uses QSslSocket's default configuration, i.e. the system trust store, and never ignores
// errors. Credentials are only ever written to the socket, never to errorString() or replies.
class HarnessSmtpClient
{
public:
    enum class AuthMechanism { Plain, Login };

    explicit HarnessSmtpClient(int timeoutMilliseconds = 10000);
    ~HarnessSmtpClient();
    HarnessSmtpClient(const HarnessSmtpClient &) = delete;
    HarnessSmtpClient &operator=(const HarnessSmtpClient &) = delete;

    // Connects to the endpoint of the harness (with the TLS handshake first for implicit TLS,
    // verifying config.tlsHostName()) and returns the greeting.
    HarnessSmtpReply open(const HarnessConfig &config, HarnessConfig::Service service);

    // Sends one command line (CRLF is added) and reads its reply.
    HarnessSmtpReply command(const QByteArray &line);
    HarnessSmtpReply ehlo() { return command("EHLO client.kurier.test"); }
    // STARTTLS, then the handshake verifying verifyName; false with errorString() on failure.
    bool startTls(const QString &verifyName);
    // Runs the whole AUTH exchange and returns the final reply (235 on success).
    HarnessSmtpReply authenticate(AuthMechanism mechanism, const QString &user, const QString &password);
    // After a 354: sends the message (any line endings, dot-stuffed here) and the final dot.
    HarnessSmtpReply sendData(const QByteArray &message);
    // MAIL, RCPT for each recipient, DATA and the message; returns the first reply that is not
    // a success, or the reply to the final dot.
    HarnessSmtpReply sendMail(const QString &from, const QStringList &recipients, const QByteArray &message);

    QSslSocket &socket() { return m_socket; }
    QString errorString() const { return m_error; }

private:
    HarnessSmtpReply readReply();
    bool writeAll(const QByteArray &data);

    int m_timeout;
    QSslSocket m_socket;
    QString m_error;
};
