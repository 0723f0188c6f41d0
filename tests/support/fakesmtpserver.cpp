// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/fakesmtpserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>

namespace TestSupport
{

namespace
{

QString dataPath(const QString &name)
{
    return QStringLiteral(KURIER_TEST_DATA_DIR "/smtp/") + name;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString certificateName(FakeSmtpBehaviour::Certificate certificate)
{
    switch (certificate) {
    case FakeSmtpBehaviour::Certificate::Valid:
        return QStringLiteral("server");
    case FakeSmtpBehaviour::Certificate::SelfSigned:
        return QStringLiteral("selfsigned");
    case FakeSmtpBehaviour::Certificate::OtherSelfSigned:
        return QStringLiteral("other-selfsigned");
    case FakeSmtpBehaviour::Certificate::Expired:
        return QStringLiteral("expired");
    case FakeSmtpBehaviour::Certificate::NotYetValid:
        return QStringLiteral("notyetvalid");
    case FakeSmtpBehaviour::Certificate::WrongHost:
        return QStringLiteral("wronghost");
    }
    return QStringLiteral("server");
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// One client connection: a line-based SMTP server with just enough state for the tests.
class FakeSmtpConnection : public QObject
{
public:
    FakeSmtpConnection(qintptr descriptor, std::shared_ptr<FakeSmtpBehaviour> behaviour,
                       std::shared_ptr<FakeSmtpRecord> record, QObject *parent)
        : QObject(parent)
        , m_behaviour(std::move(behaviour))
        , m_record(std::move(record))
    {
        m_socket = new QSslSocket(this);
        m_socket->setSocketDescriptor(descriptor);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        const QString name = certificateName(m_behaviour->certificate);
        configuration.setLocalCertificate(QSslCertificate(readFile(dataPath(name + QStringLiteral(".crt")))));
        configuration.setPrivateKey(QSslKey(readFile(dataPath(name + QStringLiteral(".key"))), QSsl::Rsa));
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        if (m_behaviour->onlyOutdatedTls) {
            configuration.setBackendConfigurationOption("CipherString", QByteArray("DEFAULT@SECLEVEL=0"));
            configuration.setBackendConfigurationOption("MinProtocol", QByteArray("TLSv1"));
            configuration.setBackendConfigurationOption("MaxProtocol", QByteArray("TLSv1.1"));
        }
        m_socket->setSslConfiguration(configuration);
        if (m_behaviour->readBufferSize > 0) {
            m_socket->setReadBufferSize(m_behaviour->readBufferSize);
        }
        ++m_record->connections;
        connect(m_socket, &QSslSocket::readyRead, this, &FakeSmtpConnection::onReadyRead);
        connect(m_socket, &QSslSocket::encrypted, this, [this] {
            ++m_record->tlsHandshakes;
            if (m_behaviour->tls == FakeSmtpBehaviour::Tls::Implicit) {
                scheduleGreeting();
            }
        });
        connect(m_socket, &QSslSocket::sslErrors, this,
                [this](const QList<QSslError> &) { m_socket->ignoreSslErrors(); });
        connect(m_socket, &QSslSocket::disconnected, this, [this] {
            if (!m_hungUp) {
                m_record->clientClosed = true;
            }
            deleteLater();
        });
        if (m_behaviour->tls == FakeSmtpBehaviour::Tls::Implicit) {
            m_socket->startServerEncryption();
        } else {
            scheduleGreeting();
        }
    }

private:
    enum class Mode {
        Commands,
        Data,
        AuthPlain,
        AuthLoginUser,
        AuthLoginPassword,
        AuthCram,
        AuthScramFinal,
        AuthScramDone,
        AuthTokenError,
        Stalled
    };

    void scheduleGreeting()
    {
        QTimer::singleShot(m_behaviour->greetingDelay, this, [this] {
            if (m_behaviour->stallAt == "GREETING" || m_behaviour->greeting.isEmpty()) {
                return;
            }
            m_greeted = true;
            send(m_behaviour->greeting);
        });
    }

    void send(const QByteArray &bytes)
    {
        m_socket->write(bytes);
        m_socket->flush();
    }

    void hangUp()
    {
        m_hungUp = true;
        m_socket->abort();
    }

    void onReadyRead()
    {
        if (m_mode == Mode::Stalled) {
            return;
        }
        const QByteArray bytes = m_socket->readAll();
        if (!m_socket->isEncrypted()) {
            m_record->plaintext += bytes;
        }
        if (!m_greeted) {
            m_record->clientSpokeBeforeGreeting = true;
        }
        m_buffer += bytes;
        process();
    }

    void process()
    {
        while (m_mode != Mode::Stalled && m_socket->state() == QAbstractSocket::ConnectedState) {
            if (m_mode == Mode::Data) {
                if (!processData()) {
                    return;
                }
                continue;
            }
            const qsizetype newline = m_buffer.indexOf('\n');
            if (newline < 0) {
                return;
            }
            QByteArray line = m_buffer.left(newline);
            m_buffer.remove(0, newline + 1);
            if (line.endsWith('\r')) {
                line.chop(1);
            }
            handleLine(line);
        }
    }

    bool processData()
    {
        if (m_behaviour->drop == FakeSmtpBehaviour::Drop::DuringData
            && m_buffer.size() >= m_behaviour->dropDuringDataAfter) {
            hangUp();
            return false;
        }
        const qsizetype end = m_buffer.startsWith(".\r\n") ? 0 : m_buffer.indexOf("\r\n.\r\n");
        if (end < 0) {
            return false;
        }
        const qsizetype length = end == 0 ? 3 : end + 5;
        m_record->messages.append(m_buffer.left(length));
        m_buffer.remove(0, length);
        m_mode = Mode::Commands;
        m_recipients = 0;
        if (m_behaviour->drop == FakeSmtpBehaviour::Drop::AfterFinalDot) {
            hangUp();
            return false;
        }
        if (m_behaviour->stallAt == ".") {
            m_mode = Mode::Stalled;
            return false;
        }
        send(m_behaviour->dataReply);
        return true;
    }

    void handleLine(const QByteArray &line)
    {
        switch (m_mode) {
        case Mode::Commands:
            break;
        case Mode::AuthPlain:
            m_mode = Mode::Commands;
            finishPlain(line);
            return;
        case Mode::AuthLoginUser:
            m_loginUser = QString::fromUtf8(QByteArray::fromBase64(line));
            m_mode = Mode::AuthLoginPassword;
            send("334 UGFzc3dvcmQ6\r\n");
            return;
        case Mode::AuthLoginPassword:
            m_mode = Mode::Commands;
            verdict(m_behaviour->passwords.value(m_loginUser) == QString::fromUtf8(QByteArray::fromBase64(line))
                    && !m_loginUser.isEmpty());
            return;
        case Mode::AuthCram: {
            m_mode = Mode::Commands;
            const QList<QByteArray> parts = QByteArray::fromBase64(line).split(' ');
            const QString user = QString::fromUtf8(parts.value(0));
            const QByteArray expected
                = QMessageAuthenticationCode::hash(m_cramChallenge, m_behaviour->passwords.value(user).toUtf8(),
                                                   QCryptographicHash::Md5)
                      .toHex();
            verdict(m_behaviour->passwords.contains(user) && parts.value(1) == expected);
            return;
        }
        case Mode::AuthScramFinal:
            scramFinal(line);
            return;
        case Mode::AuthScramDone:
            m_mode = Mode::Commands;
            verdict(line.isEmpty() && m_scramProofOk);
            return;
        case Mode::AuthTokenError:
            m_mode = Mode::Commands;
            // The client must finish the exchange: an empty line (XOAUTH2) or %x01 (OAUTHBEARER).
            if (line != (m_tokenMechanism == "XOAUTH2" ? QByteArray() : QByteArray("\x01").toBase64())) {
                send("501 5.5.2 Wrong response to the token error\r\n");
                return;
            }
            send("535 5.7.8 Username and Password not accepted\r\n");
            return;
        case Mode::Data:
        case Mode::Stalled:
            return;
        }

        m_record->commands.append(line);
        const QByteArray verb = line.split(' ').value(0).toUpper();
        if (m_behaviour->hidden.contains(verb)) {
            send("502 Command not implemented\r\n");
            return;
        }
        if (m_socket->isEncrypted() && m_behaviour->ignoredAfterTls.contains(verb)) {
            return;
        }
        if (m_behaviour->stallAt == verb) {
            m_mode = Mode::Stalled;
            return;
        }
        if (verb == "STARTTLS") {
            startTls();
            return;
        }
        if (m_behaviour->overrides.contains(verb)) {
            send(m_behaviour->overrides.value(verb));
            return;
        }
        if (verb == "EHLO") {
            ehlo(line);
        } else if (verb == "HELO") {
            send("250 fake.kurier.test\r\n");
        } else if (verb == "AUTH") {
            if (!m_buffer.isEmpty()) {
                m_record->authPipelined = true;
            }
            auth(line);
        } else if (verb == "MAIL") {
            mail();
        } else if (verb == "RCPT") {
            rcpt(line);
        } else if (verb == "DATA") {
            data();
        } else if (verb == "RSET" || verb == "NOOP") {
            m_recipients = 0;
            send("250 2.0.0 Ok\r\n");
        } else if (verb == "QUIT") {
            send("221 2.0.0 Bye\r\n");
            m_hungUp = true;
            m_socket->disconnectFromHost();
        } else {
            send("500 5.5.2 Error: command not recognized\r\n");
        }
    }

    void ehlo(const QByteArray &line)
    {
        const QStringList capabilities
            = m_socket->isEncrypted() ? m_behaviour->capabilitiesTls : m_behaviour->capabilities;
        QByteArray reply = "250";
        reply += capabilities.isEmpty() ? " " : "-";
        reply += "fake.kurier.test greets " + line.mid(5) + "\r\n";
        for (qsizetype i = 0; i < capabilities.size(); ++i) {
            reply += (i + 1 == capabilities.size() ? "250 " : "250-") + capabilities.at(i).toUtf8() + "\r\n";
        }
        send(reply);
    }

    void startTls()
    {
        if (!m_buffer.isEmpty()) {
            m_record->startTlsNotAlone = true;
        }
        const QByteArray reply = m_behaviour->overrides.value("STARTTLS", "220 2.0.0 Ready to start TLS\r\n");
        send(reply + m_behaviour->afterStartTlsReply);
        if (!reply.startsWith("220") || !m_behaviour->startTlsTransition || m_socket->isEncrypted()) {
            return;
        }
        m_buffer.clear();
        if (m_behaviour->stallAt == "TLS") {
            m_mode = Mode::Stalled;
            return;
        }
        if (!m_behaviour->afterStartTlsSecondSegment.isEmpty()) {
            QTimer::singleShot(50, this, [this] {
                send(m_behaviour->afterStartTlsSecondSegment);
                m_socket->startServerEncryption();
            });
            return;
        }
        m_socket->startServerEncryption();
    }

    void auth(const QByteArray &line)
    {
        const QList<QByteArray> words = line.split(' ');
        const QByteArray mechanism = words.value(1).toUpper();
        const QByteArray initial = words.value(2);
        const QStringList offered
            = (m_socket->isEncrypted() ? m_behaviour->capabilitiesTls : m_behaviour->capabilities);
        bool advertised = false;
        for (const QString &capability : offered) {
            if (capability.startsWith(QLatin1String("AUTH "), Qt::CaseInsensitive)
                && capability.mid(5)
                       .split(QLatin1Char(' '))
                       .contains(QString::fromLatin1(mechanism), Qt::CaseInsensitive)) {
                advertised = true;
            }
        }
        if (!advertised) {
            send("504 5.5.4 Unrecognized authentication type\r\n");
            return;
        }
        if (mechanism == "PLAIN") {
            if (initial.isEmpty()) {
                m_mode = Mode::AuthPlain;
                send("334 \r\n");
            } else {
                finishPlain(initial);
            }
        } else if (mechanism == "LOGIN") {
            m_mode = Mode::AuthLoginUser;
            send("334 VXNlcm5hbWU6\r\n");
        } else if (mechanism == "CRAM-MD5") {
            m_cramChallenge = "<1896.697170952@fake.kurier.test>";
            m_mode = Mode::AuthCram;
            send("334 " + m_cramChallenge.toBase64() + "\r\n");
        } else if (mechanism == "SCRAM-SHA-256") {
            scramFirst(QByteArray::fromBase64(initial));
        } else if (mechanism == "XOAUTH2" || mechanism == "OAUTHBEARER") {
            // XOAUTH2: "user=U^Aauth=Bearer T^A^A"; OAUTHBEARER (RFC 7628): "n,a=U,^A[host=H^Aport=P^A]auth=Bearer
            // T^A^A".
            const QList<QByteArray> fields = QByteArray::fromBase64(initial).split('\x01');
            const bool framed = fields.size() >= 4 && fields.at(fields.size() - 1).isEmpty()
                && fields.at(fields.size() - 2).isEmpty() && fields.at(fields.size() - 3).startsWith("auth=Bearer ");
            const bool header = mechanism == "XOAUTH2"
                ? fields.value(0).startsWith("user=") && fields.size() == 4
                : fields.value(0).startsWith("n,a=") && fields.value(0).endsWith(',');
            if (!framed || !header) {
                send("501 5.5.2 Malformed " + mechanism + " initial response\r\n");
                return;
            }
            const QString token = QString::fromUtf8(fields.at(fields.size() - 3).mid(12));
            m_tokenMechanism = mechanism;
            const bool valid
                = m_behaviour->acceptsToken ? m_behaviour->acceptsToken(token) : token == m_behaviour->oauthToken;
            if (valid) {
                verdict(true);
            } else {
                m_mode = Mode::AuthTokenError;
                send(
                    "334 "
                    + QByteArray(R"({"status":"401","schemes":"Bearer","scope":"https://mail.google.com/"})").toBase64()
                    + "\r\n");
            }
        } else {
            send("504 5.5.4 Unrecognized authentication type\r\n");
        }
    }

    void finishPlain(const QByteArray &response)
    {
        const QList<QByteArray> parts = QByteArray::fromBase64(response).split('\0');
        const QString user = QString::fromUtf8(parts.value(1));
        verdict(parts.size() == 3 && m_behaviour->passwords.contains(user)
                && m_behaviour->passwords.value(user) == QString::fromUtf8(parts.value(2)));
    }

    void scramFirst(const QByteArray &clientFirst)
    {
        // "n,,n=user,r=nonce"
        if (!clientFirst.startsWith("n,,")) {
            send("501 5.5.2 bad client-first\r\n");
            return;
        }
        m_scramClientFirstBare = clientFirst.mid(3);
        const QList<QByteArray> fields = m_scramClientFirstBare.split(',');
        m_loginUser = QString::fromUtf8(fields.value(0).mid(2));
        const QByteArray clientNonce = fields.value(1).mid(2);
        m_scramServerFirst
            = "r=" + clientNonce + "fakeServerNonce,s=" + QByteArray("kurier-salt").toBase64() + ",i=4096";
        m_mode = Mode::AuthScramFinal;
        send("334 " + m_scramServerFirst.toBase64() + "\r\n");
    }

    void scramFinal(const QByteArray &line)
    {
        const QByteArray clientFinal = QByteArray::fromBase64(line);
        const qsizetype proofAt = clientFinal.indexOf(",p=");
        const QByteArray withoutProof = clientFinal.left(proofAt);
        const QByteArray proof = QByteArray::fromBase64(clientFinal.mid(proofAt + 3));
        const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(
            QCryptographicHash::Sha256, m_behaviour->passwords.value(m_loginUser).toUtf8(), "kurier-salt", 4096, 32);
        const QByteArray authMessage = m_scramClientFirstBare + ',' + m_scramServerFirst + ',' + withoutProof;
        const QByteArray clientKey = hmac(salted, "Client Key");
        const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
        const QByteArray signature = hmac(storedKey, authMessage);
        QByteArray recovered = proof;
        for (qsizetype i = 0; i < recovered.size() && i < signature.size(); ++i) {
            recovered[i] = static_cast<char>(recovered[i] ^ signature[i]);
        }
        m_scramProofOk = proofAt > 0 && m_behaviour->passwords.contains(m_loginUser)
            && QCryptographicHash::hash(recovered, QCryptographicHash::Sha256) == storedKey;
        if (!m_scramProofOk) {
            m_mode = Mode::Commands;
            verdict(false);
            return;
        }
        QByteArray serverSignature = hmac(hmac(salted, "Server Key"), authMessage);
        if (m_behaviour->scramBadSignature) {
            serverSignature[0] = static_cast<char>(serverSignature[0] ^ 0x55);
        }
        m_mode = Mode::AuthScramDone;
        send("334 " + QByteArray("v=" + serverSignature.toBase64()).toBase64() + "\r\n");
    }

    void verdict(bool ok)
    {
        if (!m_behaviour->authReply.isEmpty()) {
            send(m_behaviour->authReply);
            return;
        }
        if (ok) {
            m_authenticated = true;
            ++m_record->authSuccesses;
            send("235 2.7.0 Authentication successful\r\n");
        } else {
            send("535 5.7.8 Error: authentication failed: authentication failure\r\n");
        }
    }

    void mail()
    {
        if (m_behaviour->requireAuth && !m_authenticated) {
            send("530 5.7.0 Authentication required\r\n");
            return;
        }
        m_recipients = 0;
        send("250 2.1.0 Ok\r\n");
    }

    void rcpt(const QByteArray &line)
    {
        const qsizetype open = line.indexOf('<');
        const qsizetype close = line.indexOf('>', open);
        const QString address = QString::fromUtf8(line.mid(open + 1, close - open - 1));
        if (m_behaviour->recipientReplies.contains(address)) {
            send(m_behaviour->recipientReplies.value(address));
            return;
        }
        if (m_behaviour->maxRecipientsPerTransaction > 0 && m_recipients >= m_behaviour->maxRecipientsPerTransaction) {
            send("452 4.5.3 Error: too many recipients\r\n");
            return;
        }
        ++m_recipients;
        send("250 2.1.5 Ok\r\n");
    }

    void data()
    {
        if (m_behaviour->drop == FakeSmtpBehaviour::Drop::AfterDataCommand) {
            hangUp();
            return;
        }
        if (m_recipients == 0) {
            send("503 5.5.1 Error: need RCPT command\r\n");
            return;
        }
        m_mode = Mode::Data;
        send("354 End data with <CR><LF>.<CR><LF>\r\n");
        if (m_behaviour->stallAt == "MESSAGE") {
            // Stop reading: the kernel buffers fill up and the client's writes stall (TCP window 0).
            m_mode = Mode::Stalled;
            m_socket->setReadBufferSize(m_behaviour->readBufferSize > 0 ? m_behaviour->readBufferSize : 4096);
        }
    }

    std::shared_ptr<FakeSmtpBehaviour> m_behaviour;
    std::shared_ptr<FakeSmtpRecord> m_record;
    QSslSocket *m_socket = nullptr;
    QByteArray m_buffer;
    Mode m_mode = Mode::Commands;
    bool m_greeted = false;
    bool m_hungUp = false;
    bool m_authenticated = false;
    int m_recipients = 0;
    QString m_loginUser;
    QByteArray m_cramChallenge;
    QByteArray m_tokenMechanism;
    QByteArray m_scramClientFirstBare;
    QByteArray m_scramServerFirst;
    bool m_scramProofOk = false;
};

} // namespace

bool FakeSmtpRecord::received(const QByteArray &verb) const
{
    for (const QByteArray &command : commands) {
        if (command.toUpper().startsWith(verb.toUpper())) {
            return true;
        }
    }
    return false;
}

FakeSmtpServer::FakeSmtpServer(FakeSmtpBehaviour behaviour, QObject *parent)
    : QTcpServer(parent)
    , m_behaviour(std::make_shared<FakeSmtpBehaviour>(std::move(behaviour)))
    , m_record(std::make_shared<FakeSmtpRecord>())
{
}

FakeSmtpServer::~FakeSmtpServer() = default;

bool FakeSmtpServer::listenOnLoopback()
{
    return listen(QHostAddress::LocalHost, 0);
}

QList<QSslCertificate> FakeSmtpServer::caCertificates()
{
    return QSslCertificate::fromPath(dataPath(QStringLiteral("ca.crt")));
}

void FakeSmtpServer::incomingConnection(qintptr socketDescriptor)
{
    new FakeSmtpConnection(socketDescriptor, m_behaviour, m_record, this);
}

} // namespace TestSupport
