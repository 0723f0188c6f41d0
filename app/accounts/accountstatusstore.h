// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/diagnostics/category.h"

#include <QDateTime>
#include <QObject>
#include <QString>

namespace Accounts
{

// How an account's server answered the last time Kurier checked: the last connection test
// (troubleshooting dialog, account settings, wizard) or a send that proved the login works
// or failed for a reason of the account's own (login, connection, encryption). Not part of
// the Account value: it is what happened, not what is configured.
struct AccountStatus {
    enum class Result { Unknown, Ok, Failed };

    Result result = Result::Unknown;
    Diagnostics::Category category = Diagnostics::Category::Unknown; // meaningful when Failed
    QDateTime when; // UTC

    bool isKnown() const { return result != Result::Unknown; }
    bool operator==(const AccountStatus &other) const = default;
};

// The AccountStatus of every account, in its own small INI file, by default beside the
// account store's (nothing in it is secret: a result, a category id and a time).
// statusChanged() tells views when one was recorded or forgotten.
class AccountStatusStore : public QObject
{
    Q_OBJECT
public:
    explicit AccountStatusStore(const QString &path, QObject *parent = nullptr);

    // <directory of accountSettingsPath>/account-status.ini
    static QString pathBeside(const QString &accountSettingsPath);

    QString path() const { return m_path; }
    AccountStatus status(const QString &accountId) const;

    // False if the file cannot be written.
    bool recordOk(const QString &accountId, const QDateTime &when = QDateTime::currentDateTimeUtc());
    bool recordFailure(const QString &accountId, Diagnostics::Category category,
                       const QDateTime &when = QDateTime::currentDateTimeUtc());
    bool forget(const QString &accountId);

    // Whether a failed send of this category says something about the account itself (its
    // login, server, port or encryption) rather than about one message or its recipients,
    // so that it replaces the last connection test's result.
    static bool describesAccount(Diagnostics::Category category);

    // "OK", "Failed: password refused", "Not tested": the few words of a list's column.
    static QString shortText(const AccountStatus &status);
    // One sentence with the time, for tooltips and screen readers.
    static QString sentence(const AccountStatus &status);

Q_SIGNALS:
    void statusChanged(const QString &accountId);

private:
    bool write(const QString &accountId, const AccountStatus &status);

    QString m_path;
};

} // namespace Accounts
