// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/diagnostics/failureevidence.h"

#include <QRegularExpression>

#include <array>
#include <utility>

namespace Diagnostics
{

namespace
{

using Kind = FailureEvidence::Kind;
using Phase = FailureEvidence::Phase;

constexpr qsizetype MaxInput = 64 * 1024;

constexpr std::array<std::pair<Kind, const char *>, 24> kindIds{{
    {Kind::Unknown, "unknown"},
    {Kind::Reply, "reply"},
    {Kind::HostNotFound, "host-not-found"},
    {Kind::ConnectionRefused, "connection-refused"},
    {Kind::ConnectionTimedOut, "connection-timed-out"},
    {Kind::NetworkUnreachable, "network-unreachable"},
    {Kind::ResponseTimedOut, "response-timed-out"},
    {Kind::ConnectionLost, "connection-lost"},
    {Kind::TlsHandshakeFailed, "tls-handshake-failed"},
    {Kind::TlsVersionUnsupported, "tls-version-unsupported"},
    {Kind::CertificateInvalid, "certificate-invalid"},
    {Kind::StartTlsNotOffered, "starttls-not-offered"},
    {Kind::ProtocolViolation, "protocol-violation"},
    {Kind::AuthenticationNotOffered, "authentication-not-offered"},
    {Kind::NoCommonAuthMethod, "no-common-auth-method"},
    {Kind::PasswordWithoutEncryption, "password-without-encryption"},
    {Kind::MessageTooLargeForServer, "message-too-large-for-server"},
    {Kind::InvalidSettings, "invalid-settings"},
    {Kind::InvalidAddress, "invalid-address"},
    {Kind::MissingCredentials, "missing-credentials"},
    {Kind::InvalidMessage, "invalid-message"},
    {Kind::ExtensionNotSupported, "extension-not-supported"},
    {Kind::SignInExpired, "sign-in-expired"},
    {Kind::Internal, "internal"},
}};

constexpr std::array<std::pair<Phase, const char *>, 14> phaseIds{{
    {Phase::Unknown, "unknown"},
    {Phase::Resolve, "resolve"},
    {Phase::Connect, "connect"},
    {Phase::TlsHandshake, "tls-handshake"},
    {Phase::Greeting, "greeting"},
    {Phase::Ehlo, "ehlo"},
    {Phase::StartTls, "starttls"},
    {Phase::Authentication, "authentication"},
    {Phase::MailFrom, "mail-from"},
    {Phase::RcptTo, "rcpt-to"},
    {Phase::Data, "data"},
    {Phase::MessageBody, "message-body"},
    {Phase::FinalReply, "final-reply"},
    {Phase::Quit, "quit"},
}};

template<typename Enum, std::size_t N>
QString idOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[entry, name] : table) {
        if (entry == value) {
            return QString::fromLatin1(name);
        }
    }
    return QStringLiteral("unknown");
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table, QStringView id)
{
    for (const auto &[entry, name] : table) {
        if (id == QLatin1String(name)) {
            return entry;
        }
    }
    return std::nullopt;
}

// "550-5.1.1 text", "550 text", "550" — one line of a reply as a server sends it. The second
// digit of a reply code is 0-5 (RFC 5321 §4.2.1), which keeps port numbers like 465 out.
const QRegularExpression &replyLinePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*([2-5][0-5][0-9])(?:[ -]+(.*))?$"));
    return pattern;
}

const QRegularExpression &leadingEnhancedCodePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*#?([245])\\.([0-9]{1,3})\\.([0-9]{1,3})(?![0-9.])\\s*"));
    return pattern;
}

// A reply code quoted inside other text, with an enhanced code close behind it:
// "got code \"535\", with message \"535-5.7.8", "(534, b'5.7.9", "Invalid login: 535 5.7.8".
const QRegularExpression &quotedReplyPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        "(?<![0-9.])([45][0-5][0-9])(?![0-9.])[\\s,:\\-'\"(b]{0,4}#?([245]\\.[0-9]{1,3}\\.[0-9]{1,3})(?![0-9])"));
    return pattern;
}

// A reply code that starts a clause: "Password command failed: 535 Incorrect authentication data".
const QRegularExpression &quotedCodePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("(?:^|[\\s:(\\['\"])([45][0-5][0-9])(?:[ -](?=[A-Za-z#<\\[(])|,\\s*b?['\"])"));
    return pattern;
}

const QRegularExpression &bareEnhancedCodePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("(?<![0-9.])([45])\\.([0-9]{1,3})\\.([0-9]{1,3})(?![0-9.])"));
    return pattern;
}

QStringList lines(QStringView text)
{
    QString copy = text.toString();
    copy.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    copy.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return copy.split(QLatin1Char('\n'));
}

} // namespace

QString FailureEvidence::kindId(Kind kind)
{
    return idOf(kindIds, kind);
}

std::optional<FailureEvidence::Kind> FailureEvidence::kindFromId(QStringView id)
{
    return valueOf(kindIds, id);
}

QString FailureEvidence::phaseId(Phase phase)
{
    return idOf(phaseIds, phase);
}

std::optional<FailureEvidence::Phase> FailureEvidence::phaseFromId(QStringView id)
{
    return valueOf(phaseIds, id);
}

QString FailureEvidence::matchText() const
{
    QStringList parts;
    const QStringList replyLines = lines(QStringView(serverText).left(MaxInput));
    for (const QString &line : replyLines) {
        QString text = line;
        if (const QRegularExpressionMatch m = replyLinePattern().match(line); m.hasMatch()) {
            text = m.captured(2);
        }
        text.remove(leadingEnhancedCodePattern());
        text = text.trimmed();
        if (!text.isEmpty()) {
            parts.append(text);
        }
    }
    if (!errorText.isEmpty()) {
        parts.append(errorText);
    }
    return parts.join(QLatin1Char(' '));
}

FailureEvidence FailureEvidence::fromReplyText(QStringView text)
{
    FailureEvidence evidence;
    const QStringView input = text.left(MaxInput);
    evidence.serverText = input.trimmed().toString();

    // A reply exactly as a server sends it: every non-empty line carries the code.
    int lastCode = 0;
    QString firstEnhanced;
    bool allReplyLines = true;
    bool anyLine = false;
    for (const QString &line : lines(input)) {
        if (line.trimmed().isEmpty()) {
            continue;
        }
        anyLine = true;
        const QRegularExpressionMatch m = replyLinePattern().match(line);
        if (!m.hasMatch()) {
            allReplyLines = false;
            break;
        }
        lastCode = m.captured(1).toInt();
        const QRegularExpressionMatch enhanced = leadingEnhancedCodePattern().match(m.captured(2));
        if (enhanced.hasMatch() && firstEnhanced.isEmpty()) {
            firstEnhanced = enhanced.captured(1) + QLatin1Char('.') + enhanced.captured(2) + QLatin1Char('.')
                + enhanced.captured(3);
        }
    }
    if (anyLine && allReplyLines) {
        evidence.replyCode = lastCode;
        // RFC 3463: the enhanced code's class must agree with the reply code's.
        if (!firstEnhanced.isEmpty() && firstEnhanced.front().digitValue() == lastCode / 100) {
            evidence.enhancedCode = firstEnhanced;
        }
        evidence.kind = lastCode >= 400 ? Kind::Reply : Kind::Unknown;
        return evidence;
    }

    // Someone else's error message quoting the reply.
    const QString whole = input.toString();
    QRegularExpressionMatchIterator it = quotedReplyPattern().globalMatch(whole);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const int code = m.captured(1).toInt();
        const QString enhanced = m.captured(2);
        if (enhanced.front().digitValue() == code / 100) {
            evidence.replyCode = code;
            evidence.enhancedCode = enhanced;
            evidence.kind = Kind::Reply;
            return evidence;
        }
    }
    if (const QRegularExpressionMatch m = quotedCodePattern().match(whole); m.hasMatch()) {
        evidence.replyCode = m.captured(1).toInt();
        evidence.kind = Kind::Reply;
    }
    if (const QRegularExpressionMatch m = bareEnhancedCodePattern().match(whole); m.hasMatch()) {
        const QString enhanced = m.captured(1) + QLatin1Char('.') + m.captured(2) + QLatin1Char('.') + m.captured(3);
        if (evidence.replyCode == 0 || enhanced.front().digitValue() == evidence.replyCode / 100) {
            evidence.enhancedCode = enhanced;
            evidence.kind = Kind::Reply;
        }
    }
    return evidence;
}

} // namespace Diagnostics
