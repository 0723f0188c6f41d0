// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/diagnostics/explainer.h"
#include "app/diagnostics/rulebook.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Diagnostics;

Q_DECLARE_METATYPE(Diagnostics::FailureEvidence)

namespace
{

QJsonArray replyRows()
{
    QFile file(QStringLiteral(KURIER_DIAGNOSTICS_DATA "/replies.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).array();
}

FailureEvidence evidenceFromRow(const QJsonObject &row)
{
    FailureEvidence evidence = FailureEvidence::fromReplyText(row.value(QLatin1String("reply")).toString());
    evidence.host = row.value(QLatin1String("host")).toString();
    if (const std::optional<FailureEvidence::Phase> phase
        = FailureEvidence::phaseFromId(row.value(QLatin1String("phase")).toString())) {
        evidence.phase = *phase;
    }
    return evidence;
}

QSslCertificate otherNamesCertificate()
{
    QFile file(QStringLiteral(KURIER_DIAGNOSTICS_DATA "/other-names.pem"));
    return file.open(QIODevice::ReadOnly) ? QSslCertificate(file.readAll(), QSsl::Pem) : QSslCertificate();
}

struct EvidenceCase {
    const char *name;
    FailureEvidence evidence;
    Category category;
    Explanation::Retry retry;
};

FailureEvidence observed(FailureEvidence::Kind kind, FailureEvidence::Phase phase, quint16 port = 587,
                         const QString &errorText = QString())
{
    FailureEvidence evidence;
    evidence.kind = kind;
    evidence.phase = phase;
    evidence.host = QStringLiteral("smtp.example.org");
    evidence.port = port;
    evidence.errorText = errorText;
    return evidence;
}

// Failures Kurier observes itself (network, TLS, its own refusals), as the SMTP engine reports them.
QList<EvidenceCase> observedCases()
{
    using K = FailureEvidence::Kind;
    using P = FailureEvidence::Phase;
    using R = Explanation::Retry;
    FailureEvidence wrongName = observed(K::CertificateInvalid, P::TlsHandshake, 465);
    wrongName.sslErrors = {QSslError::HostNameMismatch};
    wrongName.certificate = otherNamesCertificate();
    FailureEvidence expired = observed(K::CertificateInvalid, P::TlsHandshake, 465);
    expired.sslErrors = {QSslError::CertificateExpired};
    FailureEvidence selfSigned = observed(K::CertificateInvalid, P::StartTls);
    selfSigned.sslErrors = {QSslError::SelfSignedCertificate};
    FailureEvidence revoked = observed(K::CertificateInvalid, P::StartTls);
    revoked.sslErrors = {QSslError::CertificateRevoked};
    return {
        {"host not found", observed(K::HostNotFound, P::Resolve), Category::HostNotFound, R::WillNotHelp},
        {"refused on 587", observed(K::ConnectionRefused, P::Connect), Category::ConnectionRefused, R::WillNotHelp},
        {"refused on 25", observed(K::ConnectionRefused, P::Connect, 25), Category::ConnectionRefused, R::WillNotHelp},
        {"connect timeout on 25", observed(K::ConnectionTimedOut, P::Connect, 25), Category::ConnectionRefused,
         R::WillNotHelp},
        {"connect timeout on 465", observed(K::ConnectionTimedOut, P::Connect, 465), Category::Timeout, R::MayHelp},
        {"network unreachable", observed(K::NetworkUnreachable, P::Connect), Category::ConnectionRefused, R::MayHelp},
        {"no reply to EHLO", observed(K::ResponseTimedOut, P::Ehlo), Category::Timeout, R::MayHelp},
        {"no reply after the final dot", observed(K::ResponseTimedOut, P::FinalReply), Category::DeliveryUnknown,
         R::WillNotHelp},
        {"connection lost after the final dot", observed(K::ConnectionLost, P::FinalReply), Category::DeliveryUnknown,
         R::WillNotHelp},
        {"connection lost at RCPT", observed(K::ConnectionLost, P::RcptTo), Category::Temporary, R::MayHelp},
        {"server offers only TLS 1.0", observed(K::TlsVersionUnsupported, P::TlsHandshake, 465), Category::TlsOutdated,
         R::WillNotHelp},
        {"plaintext answer on 465",
         observed(K::TlsHandshakeFailed, P::TlsHandshake, 465,
                  QStringLiteral("error:0A00010B:SSL routines::wrong version number")),
         Category::EncryptionRequired, R::WillNotHelp},
        {"protocol version alert",
         observed(K::TlsHandshakeFailed, P::TlsHandshake, 465, QStringLiteral("tlsv1 alert protocol version")),
         Category::TlsOutdated, R::WillNotHelp},
        {"other handshake failure", observed(K::TlsHandshakeFailed, P::TlsHandshake, 465), Category::EncryptionRequired,
         R::WillNotHelp},
        {"certificate for other names", wrongName, Category::CertificateProblem, R::WillNotHelp},
        {"expired certificate", expired, Category::CertificateProblem, R::WillNotHelp},
        {"self-signed certificate", selfSigned, Category::CertificateProblem, R::WillNotHelp},
        {"revoked certificate", revoked, Category::CertificateProblem, R::WillNotHelp},
        {"STARTTLS not offered", observed(K::StartTlsNotOffered, P::Ehlo), Category::EncryptionRequired,
         R::WillNotHelp},
        {"data after the STARTTLS reply", observed(K::ProtocolViolation, P::StartTls), Category::EncryptionRequired,
         R::WillNotHelp},
        {"garbage greeting", observed(K::ProtocolViolation, P::Greeting), Category::Unknown, R::WillNotHelp},
        {"no AUTH after TLS", observed(K::AuthenticationNotOffered, P::Authentication), Category::Configuration,
         R::WillNotHelp},
        {"no usable mechanism", observed(K::NoCommonAuthMethod, P::Authentication), Category::Configuration,
         R::WillNotHelp},
        {"password without TLS", observed(K::PasswordWithoutEncryption, P::Authentication, 25),
         Category::EncryptionRequired, R::WillNotHelp},
        {"larger than the SIZE limit", observed(K::MessageTooLargeForServer, P::MailFrom), Category::MessageTooLarge,
         R::WillNotHelp},
        {"invalid settings", observed(K::InvalidSettings, P::Unknown), Category::Configuration, R::WillNotHelp},
        {"address with a line break", observed(K::InvalidAddress, P::Unknown), Category::RecipientRejected,
         R::WillNotHelp},
        {"no password in the keychain", observed(K::MissingCredentials, P::Authentication), Category::WrongCredentials,
         R::WillNotHelp},
        {"attachment unreadable", observed(K::InvalidMessage, P::MessageBody), Category::Unknown, R::WillNotHelp},
        {"needs SMTPUTF8", observed(K::ExtensionNotSupported, P::MailFrom), Category::Configuration, R::WillNotHelp},
        {"internal error", observed(K::Internal, P::Unknown), Category::Unknown, R::WillNotHelp},
        {"unrecognised text", FailureEvidence::fromReplyText(u"the printer is on fire"), Category::Unknown,
         R::WillNotHelp},
        {"unrecognised 5xx", FailureEvidence::fromReplyText(u"599 something odd"), Category::Unknown, R::WillNotHelp},
    };
}

QString describe(Category category, Explanation::Retry retry)
{
    return categoryId(category)
        + (retry == Explanation::Retry::MayHelp ? QLatin1String("/retry") : QLatin1String("/final"));
}

} // namespace

// The explainer against real replies (each row names where it was reported) and against the
// failures Kurier observes itself. Categories and retry advice are compared as enum values.
class ExplainerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realReplies_data();
    void realReplies();
    void observedFailures_data();
    void observedFailures();
    void everyCategoryIsReached();
    void speaksPolish();
    void actionsAreTypedWithLinks();
    void administratorGetsAText();
    void showsTheNamesACertificateIsValidFor();
    void keepsServerTextAndCodes();
    void phaseDecidesWhenTheCodeCannot_data();
    void phaseDecidesWhenTheCodeCannot();
};

void ExplainerTest::realReplies_data()
{
    QTest::addColumn<FailureEvidence>("evidence");
    QTest::addColumn<QString>("category");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("source");

    const QJsonArray rows = replyRows();
    QVERIFY2(rows.size() >= 60, "tests/diagnostics/data/replies.json must hold at least 60 real replies");
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        QTest::newRow(row.value(QLatin1String("name")).toString().toUtf8().constData())
            << evidenceFromRow(row) << row.value(QLatin1String("category")).toString()
            << row.value(QLatin1String("retryable")).toBool() << row.value(QLatin1String("provider")).toString()
            << row.value(QLatin1String("source")).toString();
    }
}

void ExplainerTest::realReplies()
{
    QFETCH(FailureEvidence, evidence);
    QFETCH(QString, category);
    QFETCH(bool, retryable);
    QFETCH(QString, provider);
    QFETCH(QString, source);

    QVERIFY2(source.startsWith(QLatin1String("https://")), "every row names the public page it comes from");
    const std::optional<Category> expected = categoryFromId(category);
    QVERIFY2(expected, qPrintable(QStringLiteral("unknown category %1 in the test data").arg(category)));
    const Explanation explanation = Explainer().explain(evidence, QLocale(QLocale::English));
    QVERIFY2(explanation.category == *expected,
             qPrintable(QStringLiteral("got %1 (rule %2), expected %3")
                            .arg(categoryId(explanation.category), explanation.ruleId, category)));
    const Explanation::Retry expectedRetry = retryable ? Explanation::Retry::MayHelp : Explanation::Retry::WillNotHelp;
    QVERIFY2(explanation.retry == expectedRetry,
             qPrintable(QStringLiteral("retry advice differs (rule %1)").arg(explanation.ruleId)));
    if (!provider.isEmpty()) {
        QCOMPARE(explanation.providerId, provider);
    }
    QVERIFY(!explanation.title.isEmpty());
    QVERIFY(!explanation.text.isEmpty());
    QVERIFY(!explanation.actions.isEmpty());
    QVERIFY(explanation.source.scheme() == QLatin1String("https"));
}

void ExplainerTest::observedFailures_data()
{
    QTest::addColumn<FailureEvidence>("evidence");
    QTest::addColumn<int>("category");
    QTest::addColumn<int>("retry");
    for (const EvidenceCase &c : observedCases()) {
        QTest::newRow(c.name) << c.evidence << int(c.category) << int(c.retry);
    }
}

void ExplainerTest::observedFailures()
{
    QFETCH(FailureEvidence, evidence);
    QFETCH(int, category);
    QFETCH(int, retry);
    const Explanation explanation = Explainer().explain(evidence, QLocale(QLocale::English));
    QVERIFY2(explanation.category == Category(category) && explanation.retry == Explanation::Retry(retry),
             qPrintable(QStringLiteral("got %1 (rule %2), expected %3")
                            .arg(describe(explanation.category, explanation.retry), explanation.ruleId,
                                 describe(Category(category), Explanation::Retry(retry)))));
    QVERIFY(!explanation.title.isEmpty());
    QVERIFY(!explanation.actions.isEmpty());
}

void ExplainerTest::everyCategoryIsReached()
{
    QSet<Category> reached;
    const Explainer explainer;
    for (const QJsonValue &value : replyRows()) {
        reached.insert(explainer.explain(evidenceFromRow(value.toObject())).category);
    }
    for (const EvidenceCase &c : observedCases()) {
        reached.insert(explainer.explain(c.evidence).category);
    }
    for (const Category category : allCategories()) {
        QVERIFY2(reached.contains(category), qPrintable(categoryId(category) + QLatin1String(" is never reached")));
    }
}

void ExplainerTest::speaksPolish()
{
    const FailureEvidence evidence = FailureEvidence::fromReplyText(u"535 5.7.8 Error: authentication failed");
    const Explanation english = Explainer().explain(evidence, QLocale(QLocale::English));
    const Explanation polish = Explainer().explain(evidence, QLocale(QLocale::Polish, QLocale::Poland));
    QVERIFY(english.category == polish.category);
    QCOMPARE(polish.title, QStringLiteral("Serwer nie przyjął nazwy użytkownika lub hasła"));
    QVERIFY(polish.text != english.text);
    QCOMPARE(polish.actions.size(), english.actions.size());
    for (qsizetype i = 0; i < polish.actions.size(); ++i) {
        QVERIFY(polish.actions.at(i).kind == english.actions.at(i).kind);
        QVERIFY(polish.actions.at(i).text != english.actions.at(i).text);
    }
    // A language without a table of its own gets English.
    QCOMPARE(Explainer().explain(evidence, QLocale(QLocale::German)).title, english.title);
}

void ExplainerTest::actionsAreTypedWithLinks()
{
    const Explanation explanation = Explainer().explain(FailureEvidence::fromReplyText(
        u"534-5.7.9 Application-specific password required. Learn more at\n"
        u"534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor o13sm2119833lfg.90 - gsmtp"));
    QVERIFY(explanation.category == Category::AppPasswordRequired);
    QCOMPARE(explanation.providerName, QStringLiteral("Gmail"));
    QVERIFY(!explanation.actions.isEmpty());
    QVERIFY(explanation.actions.first().kind == SuggestedAction::Kind::CreateAppPassword);
    QCOMPARE(explanation.actions.first().url.host(), QStringLiteral("myaccount.google.com"));

    FailureEvidence port25;
    port25.kind = FailureEvidence::Kind::ConnectionRefused;
    port25.phase = FailureEvidence::Phase::Connect;
    port25.host = QStringLiteral("smtp.example.org");
    port25.port = 25;
    const Explanation blocked = Explainer().explain(port25);
    QVERIFY(blocked.actions.size() == 2);
    QVERIFY(blocked.actions.at(0).kind == SuggestedAction::Kind::UseStartTls);
    QVERIFY(blocked.actions.at(1).kind == SuggestedAction::Kind::UseImplicitTls);

    FailureEvidence stripped;
    stripped.kind = FailureEvidence::Kind::StartTlsNotOffered;
    const Explanation downgrade = Explainer().explain(stripped);
    QVERIFY(!downgrade.retryable());
    QVERIFY(downgrade.actions.first().kind == SuggestedAction::Kind::UseTrustedNetwork);
}

void ExplainerTest::administratorGetsAText()
{
    const Explanation explanation = Explainer().explain(FailureEvidence::fromReplyText(
        u"535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled "
        u"for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information."));
    QVERIFY(explanation.category == Category::SmtpAuthDisabled);
    QCOMPARE(explanation.actions.size(), 1);
    const SuggestedAction &action = explanation.actions.first();
    QVERIFY(action.kind == SuggestedAction::Kind::ContactAdministrator);
    QVERIFY(action.adminText.contains(QLatin1String("SmtpClientAuthenticationDisabled $false")));
    QCOMPARE(action.url, QUrl(QStringLiteral("https://aka.ms/smtp_auth_disabled")));
}

void ExplainerTest::showsTheNamesACertificateIsValidFor()
{
    FailureEvidence evidence;
    evidence.kind = FailureEvidence::Kind::CertificateInvalid;
    evidence.host = QStringLiteral("smtp.example.net");
    evidence.port = 465;
    evidence.sslErrors = {QSslError::HostNameMismatch};
    evidence.certificate = otherNamesCertificate();
    QVERIFY(!evidence.certificate.isNull());

    const Explanation english = Explainer().explain(evidence, QLocale(QLocale::English));
    QVERIFY(
        english.details.contains(QStringLiteral("The certificate is valid for: mail.example.org, smtp.example.org")));
    QVERIFY(english.details.contains(QStringLiteral("Server: smtp.example.net, port 465")));
    QVERIFY(english.details.contains(QStringLiteral("Issued by: mail.example.org, Example Mail")));
    QVERIFY(english.details.contains(QStringLiteral("The certificate is valid from 28 Nov 2026 to 4 Nov 2126")));
    const Explanation polish = Explainer().explain(evidence, QLocale(QLocale::Polish));
    QVERIFY(polish.details.contains(QStringLiteral("Certyfikat jest ważny dla: mail.example.org, smtp.example.org")));
}

void ExplainerTest::keepsServerTextAndCodes()
{
    const QString reply = QStringLiteral("550-5.4.5 Daily user sending limit exceeded. For more information on Gmail\n"
                                         "550 5.4.5  https://support.google.com/a/answer/166852 - gsmtp");
    const Explanation explanation = Explainer().explain(FailureEvidence::fromReplyText(reply));
    QCOMPARE(explanation.serverText, reply);
    QCOMPARE(explanation.replyCode, 550);
    QCOMPARE(explanation.enhancedCode, QStringLiteral("5.4.5"));
    const QJsonObject json = explanation.toJson();
    for (const char *field :
         {"category", "retryable", "title", "explanation", "actions", "reply_code", "enhanced_code", "server_text"}) {
        QVERIFY2(json.contains(QLatin1String(field)), field);
    }
    QCOMPARE(json.value(QLatin1String("category")).toString(), QStringLiteral("sending-limit"));
    QCOMPARE(json.value(QLatin1String("retryable")).toBool(), true);
    QCOMPARE(json.value(QLatin1String("reply_code")).toInt(), 550);
    QCOMPARE(json.value(QLatin1String("server_text")).toString(), reply);
    const QJsonObject firstAction = json.value(QLatin1String("actions")).toArray().first().toObject();
    QCOMPARE(firstAction.value(QLatin1String("id")).toString(), QStringLiteral("wait-and-retry"));
    QVERIFY(!firstAction.value(QLatin1String("text")).toString().isEmpty());
}

void ExplainerTest::phaseDecidesWhenTheCodeCannot_data()
{
    QTest::addColumn<QString>("reply");
    QTest::addColumn<QString>("phase");
    QTest::addColumn<int>("category");

    QTest::newRow("550 at MAIL FROM") << QStringLiteral("550 Requested action not taken") << QStringLiteral("mail-from")
                                      << int(Category::SenderNotAllowed);
    QTest::newRow("550 at RCPT TO") << QStringLiteral("550 Requested action not taken") << QStringLiteral("rcpt-to")
                                    << int(Category::RecipientRejected);
    QTest::newRow("550 after the message") << QStringLiteral("550 Requested action not taken")
                                           << QStringLiteral("final-reply") << int(Category::ContentRejected);
    QTest::newRow("552 at RCPT TO") << QStringLiteral("552 Requested mail action aborted") << QStringLiteral("rcpt-to")
                                    << int(Category::TooManyRecipients);
    QTest::newRow("554 during AUTH") << QStringLiteral("554 Transaction failed") << QStringLiteral("authentication")
                                     << int(Category::WrongCredentials);
    QTest::newRow("502 to STARTTLS") << QStringLiteral("502 5.5.1 command not implemented")
                                     << QStringLiteral("starttls") << int(Category::EncryptionRequired);
    QTest::newRow("554 banner") << QStringLiteral("554 no SMTP service here") << QStringLiteral("greeting")
                                << int(Category::ConnectionRefused);
}

void ExplainerTest::phaseDecidesWhenTheCodeCannot()
{
    QFETCH(QString, reply);
    QFETCH(QString, phase);
    QFETCH(int, category);
    FailureEvidence evidence = FailureEvidence::fromReplyText(reply);
    evidence.phase = *FailureEvidence::phaseFromId(phase);
    const Explanation explanation = Explainer().explain(evidence);
    QVERIFY2(explanation.category == Category(category),
             qPrintable(categoryId(explanation.category) + QLatin1String(" by ") + explanation.ruleId));
}

QTEST_GUILESS_MAIN(ExplainerTest)
#include "explainertest.moc"
