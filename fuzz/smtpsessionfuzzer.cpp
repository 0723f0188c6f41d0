// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Fuzzes the whole Smtp::Session state machine with what a hostile server could answer: an
// in-memory transport hands the session one fuzzed chunk after each of its writes (and one
// after connecting), accepts TLS whenever asked, and closes when the input runs out. The
// first byte picks the security mode and login method. Checked: exactly one finished(), and
// the password never appears in the transcript.

#include "app/smtp/session.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <cstdint>
#include <cstdlib>

namespace
{

const QString Password = QStringLiteral("fuzz-Secret-9");

void check(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

class FuzzTransport : public Smtp::Transport
{
public:
    explicit FuzzTransport(QList<QByteArray> chunks)
        : m_chunks(std::move(chunks))
    {
    }

    void connectToHost(const QString &, quint16, Encryption encryption) override
    {
        QMetaObject::invokeMethod(
            this,
            [this, encryption] {
                Q_EMIT connected();
                if (encryption == Encryption::ImplicitTls) {
                    m_encrypted = true;
                    Q_EMIT encrypted();
                }
                deliver();
            },
            Qt::QueuedConnection);
    }
    void startClientEncryption() override
    {
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_encrypted = true;
                Q_EMIT encrypted();
            },
            Qt::QueuedConnection);
    }
    void ignoreSslErrors(const QList<QSslError> &) override { }
    void write(const QByteArray &bytes) override
    {
        m_written += bytes;
        m_wrote = true;
        QMetaObject::invokeMethod(
            this, [this] { deliver(); }, Qt::QueuedConnection);
    }
    QByteArray readAll() override { return std::exchange(m_buffer, QByteArray()); }
    qint64 bytesAvailable() const override { return m_buffer.size(); }
    qint64 bytesToWrite() const override { return 0; }
    bool isEncrypted() const override { return m_encrypted; }
    QList<QSslCertificate> peerCertificateChain() const override { return {}; }
    QString encryptionDescription() const override { return QStringLiteral("fuzz"); }
    QHostAddress localAddress() const override { return QHostAddress(QHostAddress::LocalHost); }
    void close(CloseMode) override
    {
        m_closed = true;
        deleteLater();
    }

private:
    void deliver()
    {
        if (m_closed) {
            return;
        }
        if (m_chunks.isEmpty()) {
            m_closed = true;
            Q_EMIT failed(Smtp::TransportFailure{Smtp::TransportFailure::Kind::RemoteClosed, QStringLiteral("end")});
            return;
        }
        m_buffer += m_chunks.takeFirst();
        m_wrote = false;
        Q_EMIT readyRead();
        if (!m_wrote && !m_closed) {
            // The client is still waiting (an unfinished reply, say): the server goes on.
            QMetaObject::invokeMethod(
                this, [this] { deliver(); }, Qt::QueuedConnection);
        }
    }

    QList<QByteArray> m_chunks;
    QByteArray m_buffer;
    QByteArray m_written;
    bool m_encrypted = false;
    bool m_closed = false;
    bool m_wrote = false;
};

QCoreApplication *application()
{
    static int argc = 1;
    static char name[] = "smtpsessionfuzzer";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    return &app;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2) {
        return 0;
    }
    application();
    const uint8_t selector = data[0];
    // The rest is split at 0xff bytes: one chunk per turn of the conversation.
    QList<QByteArray> chunks = QByteArray(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1)).split('\xff');
    while (chunks.size() > 64) {
        chunks.removeLast();
    }

    Smtp::SessionSettings settings;
    settings.host = QStringLiteral("mx.fuzz.test");
    settings.port = 587;
    const Accounts::Security securities[]
        = {Accounts::Security::StartTls, Accounts::Security::ImplicitTls, Accounts::Security::None};
    const Accounts::AuthMethod methods[]
        = {Accounts::AuthMethod::Auto,        Accounts::AuthMethod::Login,   Accounts::AuthMethod::CramMd5,
           Accounts::AuthMethod::ScramSha256, Accounts::AuthMethod::XOAuth2, Accounts::AuthMethod::OAuthBearer,
           Accounts::AuthMethod::Plain,       Accounts::AuthMethod::None};
    settings.security = securities[selector % 3];
    settings.authMethod
        = settings.security == Accounts::Security::None ? Accounts::AuthMethod::None : methods[(selector / 3) % 8];
    settings.userName = QStringLiteral("fuzzer");
    const bool token = settings.authMethod == Accounts::AuthMethod::XOAuth2
        || settings.authMethod == Accounts::AuthMethod::OAuthBearer;

    int finished = 0;
    QString transcript;
    {
        Smtp::Session session(settings, [chunks] { return std::make_unique<FuzzTransport>(chunks); });
        session.setCredentials(token ? Smtp::Credentials::oauthToken(Password) : Smtp::Credentials::password(Password));
        QObject::connect(&session, &Smtp::Session::finished, [&](const Smtp::SendResult &result) {
            ++finished;
            transcript = Smtp::Transcript::toText(result.transcript);
        });
        Smtp::SendRequest request;
        request.reversePath = QStringLiteral("a@fuzz.test");
        request.recipients = {QStringLiteral("b@fuzz.test"), QStringLiteral("c@fuzz.test")};
        request.message = Smtp::MessageSource::fromBytes("Subject: fuzz\r\n\r\n.body\r\n", {});
        request.partialDelivery = (selector & 0x80) ? Smtp::PartialDelivery::Allow : Smtp::PartialDelivery::Refuse;
        check(session.send(request));
        // Every turn needs a few event-loop passes; the bound keeps a stuck session from hanging.
        for (int i = 0; i < 4000 && finished == 0; ++i) {
            QCoreApplication::processEvents();
        }
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    check(finished == 1);
    check(!transcript.contains(Password));
    return 0;
}
