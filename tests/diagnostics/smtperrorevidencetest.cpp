// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/diagnostics/smtperrorevidence.h"
#include "app/diagnostics/explainer.h"
#include "app/smtp/error.h"

#include <QTest>

using namespace Diagnostics;

namespace
{

Smtp::Error replyError(Smtp::Error::Kind kind, Smtp::Phase phase, int code, const QStringList &lines)
{
    Smtp::Reply reply;
    reply.code = code;
    reply.lines = lines;
    const QString first = reply.textLines().value(0);
    const qsizetype space = first.indexOf(QLatin1Char(' '));
    if (first.size() > 1 && first.at(1) == QLatin1Char('.')) {
        reply.enhancedCode = first.left(space);
    }
    return Smtp::Error::fromReply(kind, phase, reply);
}

} // namespace

// The SMTP engine's error values reach the explainer with their meaning intact.
class SmtpErrorEvidenceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explainsEngineErrors_data();
    void explainsEngineErrors();
    void carriesTheFacts();
};

void SmtpErrorEvidenceTest::explainsEngineErrors_data()
{
    using E = Smtp::Error::Kind;
    using P = Smtp::Phase;
    QTest::addColumn<Smtp::Error>("error");
    QTest::addColumn<int>("category");

    QTest::newRow("gmail app password at AUTH")
        << replyError(E::AuthenticationFailed, P::Authentication, 534,
                      {QStringLiteral("534-5.7.9 Application-specific password required. Learn more at"),
                       QStringLiteral("534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor x - gsmtp")})
        << int(Category::AppPasswordRequired);
    QTest::newRow("postfix wrong password")
        << replyError(E::AuthenticationFailed, P::Authentication, 535,
                      {QStringLiteral("535 5.7.8 Error: authentication failed: authentication failure")})
        << int(Category::WrongCredentials);
    QTest::newRow("postfix unknown user at RCPT")
        << replyError(E::RecipientRejected, P::RcptTo, 550,
                      {QStringLiteral("550 5.1.1 <x@example.org>: Recipient address rejected: User unknown in virtual "
                                      "mailbox table")})
        << int(Category::RecipientRejected);
    QTest::newRow("postfix size limit after the data") << replyError(
        E::MessageTooLarge, P::DataTermination, 552, {QStringLiteral("552 5.3.4 Message size exceeds fixed limit")})
                                                       << int(Category::MessageTooLarge);
    QTest::newRow("greylisted at RCPT") << replyError(E::RecipientRejected, P::RcptTo, 450,
                                                      {QStringLiteral("450 4.2.0 try later")})
                                        << int(Category::Temporary);
    QTest::newRow("STARTTLS answered 454")
        << replyError(E::StartTlsRefused, P::StartTls, 454, {QStringLiteral("454 4.7.0 TLS not available")})
        << int(Category::Temporary);
    QTest::newRow("STARTTLS answered 502")
        << replyError(E::StartTlsRefused, P::StartTls, 502, {QStringLiteral("502 5.5.1 unknown command")})
        << int(Category::EncryptionRequired);
    QTest::newRow("over the SIZE limit before sending")
        << Smtp::Error::local(E::MessageTooLarge, P::MailFrom) << int(Category::MessageTooLarge);
    QTest::newRow("STARTTLS missing") << Smtp::Error::local(E::StartTlsNotOffered, P::Ehlo)
                                      << int(Category::EncryptionRequired);
    QTest::newRow("response injection") << Smtp::Error::local(E::ResponseInjection, P::StartTls)
                                        << int(Category::EncryptionRequired);
    QTest::newRow("host not found") << Smtp::Error::local(E::HostNotFound, P::Connecting)
                                    << int(Category::HostNotFound);
    QTest::newRow("connect timeout") << Smtp::Error::local(E::Timeout, P::Connecting) << int(Category::Timeout);
    QTest::newRow("timeout after the final dot")
        << Smtp::Error::local(E::DeliveryUnknown, P::DataTermination) << int(Category::DeliveryUnknown);
    QTest::newRow("old TLS") << Smtp::Error::local(E::TlsVersionTooOld, P::TlsHandshake) << int(Category::TlsOutdated);
    QTest::newRow("wrong version number") << Smtp::Error::local(
        E::TlsHandshakeFailed, P::TlsHandshake, QStringLiteral("error:0A00010B:SSL routines::wrong version number"))
                                          << int(Category::EncryptionRequired);
    QTest::newRow("no AUTH offered") << Smtp::Error::local(E::AuthenticationNotOffered, P::Authentication)
                                     << int(Category::Configuration);
    QTest::newRow("password without TLS")
        << Smtp::Error::local(E::PlaintextAuthRefused, P::Preparing) << int(Category::EncryptionRequired);
    QTest::newRow("no password stored") << Smtp::Error::local(E::MissingCredentials, P::Preparing)
                                        << int(Category::WrongCredentials);
    QTest::newRow("address with CR LF") << Smtp::Error::local(E::InvalidAddress, P::Preparing)
                                        << int(Category::RecipientRejected);
    QTest::newRow("needs SMTPUTF8") << Smtp::Error::local(E::SmtpUtf8NotSupported, P::MailFrom)
                                    << int(Category::Configuration);
}

void SmtpErrorEvidenceTest::explainsEngineErrors()
{
    QFETCH(Smtp::Error, error);
    QFETCH(int, category);
    const Explanation explanation
        = Explainer().explain(evidenceFromSmtpError(error, QStringLiteral("smtp.example.org"), 587));
    QVERIFY2(explanation.category == Category(category),
             qPrintable(categoryId(explanation.category) + QLatin1String(" by ") + explanation.ruleId));
}

void SmtpErrorEvidenceTest::carriesTheFacts()
{
    Smtp::Error error = Smtp::Error::local(Smtp::Error::Kind::CertificateUntrusted, Smtp::Phase::TlsHandshake,
                                           QStringLiteral("The host name did not match"));
    error.sslErrors = {QSslError(QSslError::HostNameMismatch)};
    const FailureEvidence evidence = evidenceFromSmtpError(error, QStringLiteral("smtp.example.org"), 465);
    QVERIFY(evidence.kind == FailureEvidence::Kind::CertificateInvalid);
    QVERIFY(evidence.phase == FailureEvidence::Phase::TlsHandshake);
    QCOMPARE(evidence.sslErrors, QList<QSslError::SslError>{QSslError::HostNameMismatch});
    QCOMPARE(evidence.host, QStringLiteral("smtp.example.org"));
    QCOMPARE(evidence.port, quint16(465));
    QCOMPARE(evidence.errorText, QStringLiteral("The host name did not match"));
    QVERIFY(Explainer().explain(evidence).category == Category::CertificateProblem);
}

QTEST_GUILESS_MAIN(SmtpErrorEvidenceTest)
#include "smtperrorevidencetest.moc"
