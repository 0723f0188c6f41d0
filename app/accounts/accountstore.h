// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/accounts/account.h"

#include <QCoreApplication>
#include <QObject>
#include <QSettings>

#include <memory>
#include <optional>

namespace Accounts
{

// Accounts persisted in an INI file under the config location (kurier/kurier.ini), grouped
// as accounts/<id>/<field>. The file carries a settingsVersion so later releases can migrate
// it; a file written by a newer Kurier is opened read-only rather than silently downgraded.
// The store never sees a secret: passwords and tokens belong to Secrets::SecretStore.
// Every change is saved at once and either reaches the file or is taken back (the store then
// still describes the file); a file that exists but cannot be read is never overwritten.
class AccountStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int CurrentSettingsVersion = 3;

    enum class Status {
        Ok,
        ReadFailed, // the file exists but cannot be read; changing it would lose what it holds
        WriteFailed,
        NewerSettingsVersion,
        UnknownAccount,
        DuplicateId,
        InvalidAccount,
    };
    Q_ENUM(Status)

    struct Result {
        Status status = Status::Ok;
        QString message; // translated; empty when Ok
        bool ok() const { return status == Status::Ok; }
    };

    // Opens (and, when needed, migrates) the INI file at settingsPath.
    explicit AccountStore(const QString &settingsPath, QObject *parent = nullptr);
    ~AccountStore() override;

    // <XDG_CONFIG_HOME>/kurier/kurier.ini, through QStandardPaths.
    static QString defaultSettingsPath();

    QString settingsPath() const;
    int settingsVersion() const;
    bool isReadOnly() const;

    QList<Account> accounts() const; // sorted by id
    std::optional<Account> account(const QString &id) const;
    // The first account (by id) that sends as this address; addresses compare without case.
    std::optional<Account> accountWithAddress(const QString &address) const;
    bool contains(const QString &id) const;

    // The account used when a caller names none: the stored default, else the first one.
    std::optional<Account> defaultAccount() const;
    Result setDefaultAccountId(const QString &id);

    Result add(const Account &account); // fails on a duplicate id
    Result update(const Account &account); // fails on an unknown id
    Result remove(const QString &id);

    // An id not used yet, derived from base ("ola-wp-pl", "ola-wp-pl-2", ...).
    QString uniqueId(const QString &base) const;

Q_SIGNALS:
    void accountsChanged();

private:
    // What one change may touch, so a change the file refused can be taken back.
    struct Snapshot {
        QVariant settingsVersion;
        QVariant defaultAccountId;
        QString accountId;
        std::optional<Account> account;
    };

    Snapshot snapshot(const QString &accountId) const;
    void restore(const Snapshot &before);
    void writeValues(const Account &account);
    Result write(const Account &account);
    // Saves the pending change; when the file cannot be written, undoes it in memory.
    Result commit(const Snapshot &before);
    Result refuseIfReadOnly() const;
    Result refuseIfUnreadable();
    // Every change starts here: refuses on a read-only or unreadable file.
    Result checkWritable();
    void reopen();
    void migrate();

    std::unique_ptr<QSettings> m_settings;
    bool m_readOnly = false;
};

} // namespace Accounts
