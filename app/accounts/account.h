// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Accounts
{

// How the connection to the submission server is protected. There is deliberately no
// "opportunistic" mode: either TLS is required (from the first byte or after STARTTLS),
// or the user explicitly chose no encryption at all.
enum class Security { ImplicitTls, StartTls, None };

// The SASL mechanism to use; Auto lets the session pick the strongest password
// mechanism the server offers after TLS.
enum class AuthMethod { Auto, Plain, Login, CramMd5, ScramSha256, XOAuth2, OAuthBearer, None };

// The fields of Account a validation problem can point at, so a form can mark the right widget.
enum class AccountField { Id, DisplayName, Email, Host, Port, Security, AuthMethod, UserName };

struct AccountProblem {
    AccountField field;
    QString message; // translated, one sentence
};

// How fast the outbox may send for one account. The defaults stay below what large providers
// allow one mailbox over SMTP submission (Outlook.com: 30 messages a minute and 100 recipients
// a message; Gmail: 100 recipients a message), so a batch is not mistaken for spam.
struct SendingLimits {
    static constexpr int DefaultMessagesPerMinute = 30;
    static constexpr int DefaultRecipientsPerMessage = 100;
    static constexpr int Maximum = 100000; // the largest value the settings accept

    int messagesPerMinute = DefaultMessagesPerMinute; // 0: no limit
    // 0: no limit; a message to more recipients is split into several envelopes of the same bytes
    int recipientsPerMessage = DefaultRecipientsPerMessage;

    bool operator==(const SendingLimits &other) const = default;
};

// One sending identity and the SMTP server that submits its mail. A plain value: it never
// holds a secret (passwords and tokens live in Secrets::SecretStore, keyed by id).
struct Account {
    QString id;
    QString displayName;
    QString email;
    QString host;
    quint16 port = 0;
    Security security = Security::StartTls;
    AuthMethod authMethod = AuthMethod::Auto;
    QString userName;
    // SHA-256 of the one server certificate the user explicitly chose to trust for this
    // account despite failed verification ("ab:cd:..."); empty: normal verification only.
    QString pinnedCertificateSha256;
    SendingLimits sendingLimits;

    bool operator==(const Account &other) const = default;

    // Everything wrong with this account, in field order; empty when it can be saved.
    QList<AccountProblem> problems() const;
    // Whether the chosen method sends a password (as opposed to a token or nothing).
    bool usesPassword() const;
};

// Stable wire/CLI/settings names ("tls", "starttls", "none"; "auto", "plain", ...).
QString toString(Security security);
QString toString(AuthMethod method);
std::optional<Security> securityFromString(const QString &text);
std::optional<AuthMethod> authMethodFromString(const QString &text);
QStringList securityNames();
QStringList authMethodNames();

// The well-known port for a security mode: 465 (implicit TLS), 587 (STARTTLS), 25 (none).
quint16 defaultPort(Security security);

// Ids are used as settings groups and keychain keys, so they are kept to a safe alphabet.
bool isValidAccountId(const QString &id);
// A readable id derived from an address: "ola@wp.pl" -> "ola-wp-pl".
QString suggestedAccountId(const QString &email);

// Translated validation messages live here so tr() has a context that is not a QObject.
class AccountMessages
{
    Q_DECLARE_TR_FUNCTIONS(Accounts::AccountMessages)
};

} // namespace Accounts

Q_DECLARE_METATYPE(Accounts::Account)
