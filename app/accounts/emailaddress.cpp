// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/accounts/emailaddress.h"

#include <QRegularExpression>
#include <QUrl>

namespace Accounts
{

namespace
{

// RFC 5322 atext, the characters a dot-atom local part may use besides '.'.
bool isAtext(QChar c)
{
    if (c.unicode() > 0x7f) {
        return c.isLetterOrNumber() || c.isMark(); // RFC 6532 allows UTF-8 local parts
    }
    static const QString specials = QStringLiteral("!#$%&'*+-/=?^_`{|}~");
    return c.isLetterOrNumber() || specials.contains(c);
}

QString localPartProblem(const QString &local)
{
    if (local.isEmpty()) {
        return EmailAddressCheck::tr("The part before the @ is empty.");
    }
    if (local.size() > 64) {
        return EmailAddressCheck::tr("The part before the @ is longer than 64 characters.");
    }
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.')) || local.contains(QLatin1String(".."))) {
        return EmailAddressCheck::tr(
            "The part before the @ cannot start or end with a dot or contain two dots in a row.");
    }
    for (const QChar c : local) {
        if (c != QLatin1Char('.') && !isAtext(c)) {
            return EmailAddressCheck::tr("The character \"%1\" is not allowed before the @.").arg(c);
        }
    }
    return {};
}

QString domainProblem(const QString &domain)
{
    if (domain.isEmpty()) {
        return EmailAddressCheck::tr("The domain after the @ is empty.");
    }
    // IDN domains are checked in their A-label form, the form that goes on the wire.
    const QByteArray ace = QUrl::toAce(domain, QUrl::AceProcessingOption::IgnoreIDNWhitelist);
    if (ace.isEmpty()) {
        return EmailAddressCheck::tr("\"%1\" is not a valid domain name.").arg(domain);
    }
    if (ace.size() > 253) {
        return EmailAddressCheck::tr("The domain \"%1\" is too long.").arg(domain);
    }
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    const QList<QByteArray> labels = ace.split('.');
    if (labels.size() < 2) {
        return EmailAddressCheck::tr("The domain \"%1\" has no dot; a full domain such as example.com is needed.")
            .arg(domain);
    }
    for (const QByteArray &part : labels) {
        if (!label.match(QString::fromLatin1(part)).hasMatch()) {
            return EmailAddressCheck::tr("\"%1\" is not a valid domain name.").arg(domain);
        }
    }
    return {};
}

} // namespace

QString EmailAddressCheck::problem(const QString &address)
{
    if (address.trimmed().isEmpty()) {
        return tr("The email address is empty.");
    }
    if (address != address.trimmed() || address.contains(QRegularExpression(QStringLiteral("\\s")))) {
        return tr("The email address \"%1\" contains spaces.").arg(address.trimmed());
    }
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at < 0) {
        return tr("The email address \"%1\" has no @.").arg(address);
    }
    if (const QString p = localPartProblem(address.left(at)); !p.isEmpty()) {
        return tr("The email address \"%1\" is not valid: %2").arg(address, p);
    }
    if (const QString p = domainProblem(address.mid(at + 1)); !p.isEmpty()) {
        return tr("The email address \"%1\" is not valid: %2").arg(address, p);
    }
    return {};
}

QString EmailAddressCheck::domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : address.mid(at + 1);
}

} // namespace Accounts
