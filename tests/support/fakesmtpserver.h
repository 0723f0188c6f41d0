// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QTcpServer>

#include <chrono>
#include <functional>
#include <memory>

namespace TestSupport
{

// How the fake server misbehaves (or behaves). The defaults are a well-behaved submission
// server: STARTTLS, then AUTH PLAIN LOGIN for alice, PIPELINING, SIZE, 8BITMIME.
struct FakeSmtpBehaviour {
    enum class Tls { None, StartTls, Implicit };
    // Which certificate the server presents (files in tests/data/smtp).
    enum class Certificate { Valid, SelfSigned, OtherSelfSigned, Expired, NotYetValid, WrongHost };
    // Where the server hangs up without a word.
    enum class Drop { Never, AfterDataCommand, DuringData, AfterFinalDot };

    Tls tls = Tls::StartTls;
    Certificate certificate = Certificate::Valid;
    bool onlyOutdatedTls = false; // TLS 1.0/1.1 only (SMTP.md §2.5 case 5)
    QByteArray greeting = "220 fake.kurier.test ESMTP\r\n"; // empty: never greets
    std::chrono::milliseconds greetingDelay{0};
    QStringList capabilities{QStringLiteral("PIPELINING"), QStringLiteral("SIZE 10240000"), QStringLiteral("STARTTLS"),
                             QStringLiteral("ENHANCEDSTATUSCODES"), QStringLiteral("8BITMIME")};
    QStringList capabilitiesTls{QStringLiteral("PIPELINING"), QStringLiteral("SIZE 10240000"),
                                QStringLiteral("AUTH PLAIN LOGIN"), QStringLiteral("ENHANCEDSTATUSCODES"),
                                QStringLiteral("8BITMIME")};
    QHash<QByteArray, QByteArray> overrides; // upper-case verb -> raw reply sent instead
    QSet<QByteArray> hidden; // upper-case verbs answered "502 Command not implemented"
    QSet<QByteArray> ignoredAfterTls; // upper-case verbs never answered once TLS is up
    QByteArray afterStartTlsReply; // appended to STARTTLS's reply in the same write (injection)
    QByteArray afterStartTlsSecondSegment; // sent in clear in a later write, before the handshake
    bool startTlsTransition = true;
    // A verb ("GREETING", "EHLO", "STARTTLS", "TLS", "AUTH", "MAIL", "RCPT", "DATA", "MESSAGE"
    // for mid-data with a closed TCP window, "." for the final reply) the server never answers.
    QByteArray stallAt;
    // When above 0, the server's socket buffers at most this many received octets from the first
    // byte on (QAbstractSocket reads into an unbounded buffer otherwise, so a server that stops
    // reading would still swallow a whole message into memory). Stalling at "MESSAGE" bounds the
    // buffer to this size, else to 4096 octets, when the 354 is sent.
    qint64 readBufferSize = 0;
    Drop drop = Drop::Never;
    qint64 dropDuringDataAfter = 64 * 1024;
    QHash<QString, QString> passwords{{QStringLiteral("alice"), QStringLiteral("alice-Secret-7")}};
    QString oauthToken = QStringLiteral("ya29.valid-token");
    // When set, decides which bearer tokens are good (e.g. "issued and not yet expired by the fake
    // authorization server") instead of comparing with oauthToken.
    std::function<bool(const QString &token)> acceptsToken;
    QByteArray authReply; // when set, every AUTH ends with this raw reply instead of a verdict
    bool scramBadSignature = false;
    bool requireAuth = true;
    QHash<QString, QByteArray> recipientReplies; // address -> raw RCPT reply
    int maxRecipientsPerTransaction = 0; // 0: no limit; beyond it: 452 4.5.3
    QByteArray dataReply = "250 2.0.0 Ok: queued as FAKE1\r\n";
};

// What the fake server saw, across all connections. Holds credentials the client sent:
// tests compare it, never print it.
struct FakeSmtpRecord {
    int connections = 0;
    QList<QByteArray> commands; // command lines (not message data), in order
    QByteArray plaintext; // every octet received before TLS
    QList<QByteArray> messages; // DATA payloads as received (dot-stuffed, with the final CRLF.CRLF)
    int tlsHandshakes = 0;
    int authSuccesses = 0;
    bool clientSpokeBeforeGreeting = false;
    bool startTlsNotAlone = false;
    bool authPipelined = false;
    bool clientClosed = false;

    bool received(const QByteArray &verb) const; // any command starting with verb (case-insensitive)
};

// A small, honest SMTP server on 127.0.0.1, port 0, playing one FakeSmtpBehaviour for every
// connection (KSmtp's FakeServer idea, fixed to port 0 and given TLS). It speaks real SMTP
// and real TLS, so the session under test runs over a real QSslSocket.
class FakeSmtpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit FakeSmtpServer(FakeSmtpBehaviour behaviour, QObject *parent = nullptr);
    ~FakeSmtpServer() override;

    bool listenOnLoopback();
    const FakeSmtpRecord &record() const { return *m_record; }
    FakeSmtpBehaviour &behaviour() { return *m_behaviour; }

    // The test-only CA that signed the valid, expired, not-yet-valid and wrong-host certificates.
    static QList<QSslCertificate> caCertificates();

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    std::shared_ptr<FakeSmtpBehaviour> m_behaviour;
    std::shared_ptr<FakeSmtpRecord> m_record;
};

} // namespace TestSupport
