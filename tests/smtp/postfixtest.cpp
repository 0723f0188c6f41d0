// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The session and the worker against the real Postfix + Dovecot harness (CTest fixture
// "postfix"): mail composed by the MIME composer arrives byte for byte in the Maildir, and
// Postfix's own refusals come back as the right typed errors. Ports, users and passwords
// come from harness.json; passwords are handed to the code under test, never printed.

#include "app/mime/messagecomposer.h"
#include "app/smtp/composedmessagesource.h"
#include "app/smtp/session.h"
#include "app/smtp/sockettransport.h"
#include "app/smtp/worker.h"
#include "tests/support/harnessconfig.h"
#include "tests/support/harnessmaildir.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using Accounts::AuthMethod;
using Accounts::Security;
using Service = HarnessConfig::Service;
using Smtp::Error;
using Smtp::RecipientResult;
using Smtp::SendResult;
using Smtp::Session;

Q_DECLARE_METATYPE(HarnessConfig::Service)

namespace
{

constexpr int DeliveryTimeoutMs = 20000;

Security securityOf(HarnessConfig::Security security)
{
    switch (security) {
    case HarnessConfig::Security::None:
        return Security::None;
    case HarnessConfig::Security::StartTls:
        return Security::StartTls;
    case HarnessConfig::Security::ImplicitTls:
        return Security::ImplicitTls;
    }
    return Security::StartTls;
}

QByteArray newMarker()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

Mime::Mailbox mailbox(const QString &address)
{
    Mime::Mailbox result;
    result.localPart = address.section(QLatin1Char('@'), 0, 0);
    result.domain = address.section(QLatin1Char('@'), 1);
    return result;
}

} // namespace

class PostfixTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void initTestCase();
    void deliversIntact_data();
    void deliversIntact();
    void reportsWrongPassword();
    void rejectsUnknownRecipientOnly_data();
    void rejectsUnknownRecipientOnly();
    void prechecksSizeLimit();
    void refusesPasswordOnPlainPort();
    void reportsRelayDenied_data();
    void reportsRelayDenied();
    void workerReusesOneConnection();

private:
    Smtp::SessionSettings settingsFor(Service service, AuthMethod method,
                                      const QString &user = QStringLiteral("alice")) const;
    Smtp::Credentials passwordOf(const QString &user) const;
    SendResult send(const Smtp::SessionSettings &settings, const Smtp::Credentials &credentials,
                    const Smtp::SendRequest &request) const;
    Mime::ComposedMessage compose(const QByteArray &marker, const QStringList &to,
                                  const QList<Mime::Attachment> &attachments = {}) const;
    QByteArray waitForDelivery(const QString &user, const QByteArray &marker) const;

    HarnessConfig m_config;
    QList<QSslCertificate> m_ca;
};

void PostfixTest::initTestCase()
{
    m_config = HarnessConfig::load(QStringLiteral(KURIER_HARNESS_STATE_DIR));
    QVERIFY2(m_config.isValid(), qPrintable(m_config.errorString()));
    m_ca = QSslCertificate::fromPath(m_config.caCertificatePath());
    QVERIFY(!m_ca.isEmpty());
}

Smtp::SessionSettings PostfixTest::settingsFor(Service service, AuthMethod method, const QString &user) const
{
    const HarnessConfig::Endpoint endpoint = m_config.endpoint(service);
    Smtp::SessionSettings settings;
    settings.host = m_config.tlsHostName();
    settings.port = endpoint.port;
    settings.security = securityOf(endpoint.security);
    settings.authMethod = method;
    settings.userName = method == AuthMethod::None ? QString() : m_config.user(user).address;
    settings.additionalCaCertificates = m_ca;
    settings.timeouts = Smtp::Timeouts::uniform(std::chrono::seconds(30));
    return settings;
}

Smtp::Credentials PostfixTest::passwordOf(const QString &user) const
{
    return Smtp::Credentials::password(m_config.user(user).password);
}

SendResult PostfixTest::send(const Smtp::SessionSettings &settings, const Smtp::Credentials &credentials,
                             const Smtp::SendRequest &request) const
{
    Session session(settings, Smtp::SocketTransport::factory(settings.host, settings.additionalCaCertificates));
    session.setCredentials(credentials);
    QSignalSpy finished(&session, &Session::finished);
    if (!session.send(request) || !finished.wait(60000)) {
        return {};
    }
    return finished.first().first().value<SendResult>();
}

Mime::ComposedMessage PostfixTest::compose(const QByteArray &marker, const QStringList &to,
                                           const QList<Mime::Attachment> &attachments) const
{
    Mime::MessageDraft draft;
    draft.from = mailbox(m_config.user(QStringLiteral("alice")).address);
    draft.from.displayName = QStringLiteral("Alicja Kowalska");
    for (const QString &address : to) {
        draft.to.append(Mime::Address::fromMailbox(mailbox(address)));
    }
    draft.subject
        = QStringLiteral("Kurier integration ") + QString::fromLatin1(marker) + QStringLiteral(" \u017c\u00f3\u0142w");
    draft.plainText
        = QStringLiteral("Marker %1\n.\nA line with a leading dot follows:\n.hidden\nZa\u017c\u00f3\u0142\u0107 "
                         "g\u0119\u015bl\u0105 ja\u017a\u0144.\n")
              .arg(QString::fromLatin1(marker));
    draft.attachments = attachments;
    const Mime::MessageComposer::Result composed = Mime::MessageComposer().compose(draft);
    return composed.ok() ? composed.message : Mime::ComposedMessage();
}

QByteArray PostfixTest::waitForDelivery(const QString &user, const QByteArray &marker) const
{
    const HarnessMaildir maildir(m_config.user(user).maildir);
    QByteArray found;
    const bool arrived = QTest::qWaitFor(
        [&] {
            found = maildir.findMessage(marker);
            return !found.isEmpty();
        },
        DeliveryTimeoutMs);
    return arrived ? found : QByteArray();
}

void PostfixTest::deliversIntact_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<AuthMethod>("method");
    QTest::newRow("STARTTLS 587, AUTH PLAIN") << Service::Submission << AuthMethod::Plain;
    QTest::newRow("STARTTLS 587, AUTH LOGIN") << Service::Submission << AuthMethod::Login;
    QTest::newRow("implicit TLS 465, AUTH PLAIN") << Service::ImplicitTls << AuthMethod::Plain;
    QTest::newRow("implicit TLS 465, AUTH LOGIN") << Service::ImplicitTls << AuthMethod::Login;
    QTest::newRow("implicit TLS 465, automatic choice") << Service::ImplicitTls << AuthMethod::Auto;
}

void PostfixTest::deliversIntact()
{
    QFETCH(Service, service);
    QFETCH(AuthMethod, method);
    const QByteArray marker = newMarker();
    QByteArray binary(300 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(4242);
    generator.fillRange(reinterpret_cast<quint32 *>(binary.data()), binary.size() / 4);
    const Mime::ComposedMessage message = compose(
        marker, {m_config.user(QStringLiteral("bob")).address},
        {Mime::Attachment::fromData(binary, QStringLiteral("losowe dane.bin")),
         Mime::Attachment::fromData("line one\r\n.\r\nline three\r\n", QStringLiteral("dots.txt"), "text/plain")});
    QVERIFY(!message.isNull());
    const std::optional<QByteArray> sentBytes = message.toByteArray();
    QVERIFY(sentBytes);

    const SendResult result
        = send(settingsFor(service, method), passwordOf(QStringLiteral("alice")), Smtp::sendRequestFor(11, message));
    QVERIFY2(!result.error,
             result.error ? qPrintable(Error::kindName(result.error->kind) + QLatin1Char(' ') + result.error->serverText
                                       + result.error->detail)
                          : "");
    QCOMPARE(result.outcome, SendResult::Outcome::Sent);
    QCOMPARE(result.queueIdLines.size(), 1);
    QVERIFY(result.queueIdLines.first().contains(QLatin1String("queued as")));

    const QByteArray delivered = waitForDelivery(QStringLiteral("bob"), marker);
    QVERIFY(!delivered.isEmpty());
    // virtual(8) stores lines with LF ends after the headers it adds; the rest must be ours.
    QByteArray expected = *sentBytes;
    expected.replace("\r\n", "\n");
    QVERIFY(delivered.endsWith(expected));
    QVERIFY(delivered.contains(QByteArray("Delivered-To: " + m_config.user(QStringLiteral("bob")).address.toUtf8())));
    QVERIFY(delivered.contains("(using TLSv1."));
}

void PostfixTest::reportsWrongPassword()
{
    const QByteArray marker = newMarker();
    const SendResult result
        = send(settingsFor(Service::Submission, AuthMethod::Plain),
               Smtp::Credentials::password(QStringLiteral("not-the-password")),
               Smtp::sendRequestFor(12, compose(marker, {m_config.user(QStringLiteral("bob")).address})));
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, Error::Kind::AuthenticationFailed);
    QCOMPARE(result.error->phase, Smtp::Phase::Authentication);
    QCOMPARE(result.error->replyCode, 535);
    QCOMPARE(result.error->enhancedCode, QStringLiteral("5.7.8"));
    QVERIFY(result.error->serverText.contains(QLatin1String("authentication failed")));
    QCOMPARE(result.error->permanence, Error::Permanence::Permanent);
    QCOMPARE(result.outcome, SendResult::Outcome::Failed);
}

void PostfixTest::rejectsUnknownRecipientOnly_data()
{
    QTest::addColumn<Smtp::PartialDelivery>("partial");
    QTest::newRow("partial delivery allowed") << Smtp::PartialDelivery::Allow;
    QTest::newRow("partial delivery refused") << Smtp::PartialDelivery::Refuse;
}

void PostfixTest::rejectsUnknownRecipientOnly()
{
    QFETCH(Smtp::PartialDelivery, partial);
    const QByteArray marker = newMarker();
    const QString bob = m_config.user(QStringLiteral("bob")).address;
    const QString nobody
        = QStringLiteral("nobody-") + QString::fromLatin1(marker.left(8)) + QLatin1Char('@') + m_config.domain();
    Smtp::SendRequest request = Smtp::sendRequestFor(13, compose(marker, {nobody, bob}));
    request.partialDelivery = partial;
    const SendResult result
        = send(settingsFor(Service::Submission, AuthMethod::Auto), passwordOf(QStringLiteral("alice")), request);

    QCOMPARE(result.recipients.size(), 2);
    const RecipientResult rejected = result.recipients.at(0);
    QCOMPARE(rejected.address, nobody);
    QCOMPARE(rejected.status, RecipientResult::Status::Rejected);
    QCOMPARE(rejected.replyCode, 550);
    QCOMPARE(rejected.enhancedCode, QStringLiteral("5.1.1"));
    QVERIFY(rejected.serverText.contains(QLatin1String("User unknown")));
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, Error::Kind::RecipientRejected);
    QCOMPARE(result.error->mailbox, nobody);
    if (partial == Smtp::PartialDelivery::Allow) {
        QCOMPARE(result.outcome, SendResult::Outcome::PartiallySent);
        QCOMPARE(result.recipients.at(1).status, RecipientResult::Status::Delivered);
        QVERIFY(!waitForDelivery(QStringLiteral("bob"), marker).isEmpty());
    } else {
        QCOMPARE(result.outcome, SendResult::Outcome::Failed);
        QCOMPARE(result.recipients.at(1).status, RecipientResult::Status::Accepted);
    }
}

void PostfixTest::prechecksSizeLimit()
{
    const HarnessConfig::Endpoint endpoint = m_config.endpoint(Service::SizeLimited);
    QVERIFY(endpoint.messageSizeLimit > 0);
    const QByteArray marker = newMarker();
    const Mime::ComposedMessage message
        = compose(marker, {m_config.user(QStringLiteral("bob")).address},
                  {Mime::Attachment::fromData(QByteArray(endpoint.messageSizeLimit, 'k'), QStringLiteral("big.txt"),
                                              "text/plain")});
    const SendResult result = send(settingsFor(Service::SizeLimited, AuthMethod::Auto),
                                   passwordOf(QStringLiteral("alice")), Smtp::sendRequestFor(14, message));
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, Error::Kind::MessageTooLarge);
    QCOMPARE(result.error->phase, Smtp::Phase::MailFrom);
    QCOMPARE(result.error->replyCode, 0); // refused by the SIZE pre-check, before MAIL FROM
    QVERIFY(result.error->detail.contains(QString::number(endpoint.messageSizeLimit)));
    for (const Smtp::TranscriptLine &line : result.transcript) {
        QVERIFY(!line.text.startsWith(QLatin1String("MAIL FROM")));
    }
}

void PostfixTest::refusesPasswordOnPlainPort()
{
    const QByteArray marker = newMarker();
    const SendResult result
        = send(settingsFor(Service::Plain, AuthMethod::Plain), passwordOf(QStringLiteral("alice")),
               Smtp::sendRequestFor(15, compose(marker, {m_config.user(QStringLiteral("bob")).address})));
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, Error::Kind::PlaintextAuthRefused);
    QCOMPARE(result.error->phase, Smtp::Phase::Preparing);
    for (const Smtp::TranscriptLine &line : result.transcript) {
        QVERIFY(line.direction != Smtp::TranscriptLine::Direction::Client);
    }
}

void PostfixTest::reportsRelayDenied_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<int>("replyCode");
    QTest::addColumn<QString>("enhancedCode");
    QTest::newRow("plain port, outside recipient") << Service::Plain << 554 << QStringLiteral("5.7.1");
    QTest::newRow("submission port without AUTH") << Service::Submission << 530 << QStringLiteral("5.7.0");
}

void PostfixTest::reportsRelayDenied()
{
    QFETCH(Service, service);
    QFETCH(int, replyCode);
    QFETCH(QString, enhancedCode);
    const QByteArray marker = newMarker();
    Smtp::SendRequest request = Smtp::sendRequestFor(16, compose(marker, {QStringLiteral("someone@outside.example")}));
    const SendResult result = send(settingsFor(service, AuthMethod::None), Smtp::Credentials{}, request);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, Error::Kind::RecipientRejected);
    QCOMPARE(result.error->replyCode, replyCode);
    QCOMPARE(result.error->enhancedCode, enhancedCode);
    QCOMPARE(result.outcome, SendResult::Outcome::Failed);
}

void PostfixTest::workerReusesOneConnection()
{
    Smtp::Worker worker;
    QList<SendResult> results;
    connect(&worker, &Smtp::Worker::finished, this, [&results](const SendResult &result) { results.append(result); });
    QList<QByteArray> markers;
    for (quint64 id = 1; id <= 10; ++id) {
        markers.append(newMarker());
        Smtp::SendJob job;
        job.accountId = QStringLiteral("alice");
        job.settings = settingsFor(Service::ImplicitTls, AuthMethod::Auto);
        job.credentials = passwordOf(QStringLiteral("alice"));
        job.request = Smtp::sendRequestFor(id, compose(markers.last(), {m_config.user(QStringLiteral("bob")).address}));
        worker.submit(job);
    }
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 10, 60000);
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(results.at(i).outcome, SendResult::Outcome::Sent);
        QCOMPARE(results.at(i).connectionReused, i > 0);
    }
    for (const QByteArray &marker : std::as_const(markers)) {
        QVERIFY(!waitForDelivery(QStringLiteral("bob"), marker).isEmpty());
    }
}

void PostfixTest::init()
{
    // Unexpected warnings are failures.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

QTEST_GUILESS_MAIN(PostfixTest)
#include "postfixtest.moc"
