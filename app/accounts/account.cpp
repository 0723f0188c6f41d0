// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/accounts/account.h"

#include "app/accounts/emailaddress.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

#include <array>
#include <utility>

namespace Accounts
{

namespace
{

constexpr std::array securityNamesTable{
    std::pair{Security::ImplicitTls, "tls"},
    std::pair{Security::StartTls, "starttls"},
    std::pair{Security::None, "none"},
};

constexpr std::array authNamesTable{
    std::pair{AuthMethod::Auto, "auto"},
    std::pair{AuthMethod::Plain, "plain"},
    std::pair{AuthMethod::Login, "login"},
    std::pair{AuthMethod::CramMd5, "cram-md5"},
    std::pair{AuthMethod::ScramSha256, "scram-sha-256"},
    std::pair{AuthMethod::XOAuth2, "xoauth2"},
    std::pair{AuthMethod::OAuthBearer, "oauthbearer"},
    std::pair{AuthMethod::None, "none"},
};

template<typename Table, typename Enum>
QString nameOf(const Table &table, Enum value)
{
    for (const auto &[v, name] : table) {
        if (v == value) {
            return QString::fromLatin1(name);
        }
    }
    return {};
}

template<typename Enum, typename Table>
std::optional<Enum> valueOf(const Table &table, const QString &text)
{
    for (const auto &[v, name] : table) {
        if (text.compare(QLatin1String(name), Qt::CaseInsensitive) == 0) {
            return v;
        }
    }
    return std::nullopt;
}

template<typename Table>
QStringList namesOf(const Table &table)
{
    QStringList names;
    for (const auto &entry : table) {
        names.append(QString::fromLatin1(entry.second));
    }
    return names;
}

QString hostProblem(const QString &host)
{
    if (host.isEmpty()) {
        return AccountMessages::tr("The server name is empty.");
    }
    // An address literal ("192.0.2.1", "::1") names the server as well as a host name does.
    if (QHostAddress address; address.setAddress(host)) {
        return {};
    }
    if (host.contains(QRegularExpression(QStringLiteral("[\\s/:@]")))) {
        return AccountMessages::tr("The server name \"%1\" contains a space, slash, colon or @; give only the "
                                   "host name, such as smtp.example.com.")
            .arg(host);
    }
    if (QUrl::toAce(host, QUrl::AceProcessingOption::IgnoreIDNWhitelist).isEmpty()) {
        return AccountMessages::tr("\"%1\" is not a valid server name.").arg(host);
    }
    return {};
}

} // namespace

QString toString(Security security)
{
    return nameOf(securityNamesTable, security);
}

QString toString(AuthMethod method)
{
    return nameOf(authNamesTable, method);
}

std::optional<Security> securityFromString(const QString &text)
{
    return valueOf<Security>(securityNamesTable, text);
}

std::optional<AuthMethod> authMethodFromString(const QString &text)
{
    return valueOf<AuthMethod>(authNamesTable, text);
}

QStringList securityNames()
{
    return namesOf(securityNamesTable);
}

QStringList authMethodNames()
{
    return namesOf(authNamesTable);
}

quint16 defaultPort(Security security)
{
    switch (security) {
    case Security::ImplicitTls:
        return 465;
    case Security::StartTls:
        return 587;
    case Security::None:
        return 25;
    }
    return 587;
}

bool isValidAccountId(const QString &id)
{
    // Anchored on the whole string: a plain "$" would also accept a trailing line break,
    // which QSettings would then have to escape into the group name.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9][a-z0-9._-]{0,63}")));
    return pattern.match(id).hasMatch();
}

QString suggestedAccountId(const QString &email)
{
    // Letters with diacritics keep their base letter ("żółw" -> "zolw") so ids stay readable;
    // the few that do not decompose are spelled out by hand.
    QString id = email.toLower().normalized(QString::NormalizationForm_KD);
    id.remove(QRegularExpression(QStringLiteral("\\p{M}")));
    static const std::array<std::pair<char16_t, const char *>, 7> spelledOut{{
        {u'ł', "l"},
        {u'đ', "d"},
        {u'ø', "o"},
        {u'ß', "ss"},
        {u'æ', "ae"},
        {u'œ', "oe"},
        {u'þ', "th"},
    }};
    for (const auto &[letter, latin] : spelledOut) {
        id.replace(QChar(letter), QLatin1String(latin));
    }
    id.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    id.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    id.truncate(64);
    while (id.endsWith(QLatin1Char('-'))) {
        id.chop(1);
    }
    return id.isEmpty() ? QStringLiteral("account") : id;
}

bool Account::usesPassword() const
{
    switch (authMethod) {
    case AuthMethod::Auto:
    case AuthMethod::Plain:
    case AuthMethod::Login:
    case AuthMethod::CramMd5:
    case AuthMethod::ScramSha256:
        return true;
    case AuthMethod::XOAuth2:
    case AuthMethod::OAuthBearer:
    case AuthMethod::None:
        return false;
    }
    return true;
}

QList<AccountProblem> Account::problems() const
{
    QList<AccountProblem> result;
    if (!isValidAccountId(id)) {
        result.append({AccountField::Id,
                       AccountMessages::tr("The account id \"%1\" may use only lower-case letters, digits, dots, "
                                           "dashes and underscores (at most 64).")
                           .arg(id)});
    }
    if (displayName.contains(QLatin1Char('\n')) || displayName.contains(QLatin1Char('\r'))) {
        result.append({AccountField::DisplayName, AccountMessages::tr("The name cannot contain a line break.")});
    }
    if (const QString problem = EmailAddressCheck::problem(email); !problem.isEmpty()) {
        result.append({AccountField::Email, problem});
    }
    if (const QString problem = hostProblem(host); !problem.isEmpty()) {
        result.append({AccountField::Host, problem});
    }
    if (port == 0) {
        result.append({AccountField::Port, AccountMessages::tr("The port must be between 1 and 65535.")});
    }
    if (security == Security::None && authMethod != AuthMethod::None) {
        result.append({AccountField::AuthMethod,
                       AccountMessages::tr("Kurier never sends a password or token without encryption; choose "
                                           "SSL/TLS or STARTTLS, or no authentication.")});
    }
    if (authMethod != AuthMethod::None && userName.isEmpty()) {
        result.append({AccountField::UserName, AccountMessages::tr("The user name is empty.")});
    }
    return result;
}

} // namespace Accounts
