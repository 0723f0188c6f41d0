// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/accounts/accountstore.h"

#include "app/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace Accounts
{

namespace
{

// Every settings key Kurier writes is spelled here and nowhere else.
const QString keySettingsVersion = QStringLiteral("settingsVersion");
const QString keyDefaultAccount = QStringLiteral("defaultAccount");
const QString groupAccounts = QStringLiteral("accounts");
const QString keyName = QStringLiteral("name");
const QString keyEmail = QStringLiteral("email");
const QString keyHost = QStringLiteral("host");
const QString keyPort = QStringLiteral("port");
const QString keySecurity = QStringLiteral("security");
const QString keyAuth = QStringLiteral("auth");
const QString keyUserName = QStringLiteral("username");
const QString keyPinnedCertificate = QStringLiteral("pinnedCertificateSha256");
const QString keyMessagesPerMinute = QStringLiteral("messagesPerMinute");
const QString keyRecipientsPerMessage = QStringLiteral("recipientsPerMessage");

// A stored limit, or the default when it is absent or not a number in range.
int limitFrom(const QSettings &settings, const QString &key, int fallback)
{
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok && value >= 0 && value <= SendingLimits::Maximum ? value : fallback;
}

} // namespace

AccountStore::AccountStore(const QString &settingsPath, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(settingsPath, QSettings::IniFormat))
{
    migrate();
}

AccountStore::~AccountStore() = default;

QString AccountStore::defaultSettingsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/kurier/kurier.ini");
}

QString AccountStore::settingsPath() const
{
    return m_settings->fileName();
}

int AccountStore::settingsVersion() const
{
    return m_settings->value(keySettingsVersion, 0).toInt();
}

bool AccountStore::isReadOnly() const
{
    return m_readOnly;
}

void AccountStore::migrate()
{
    const int version = settingsVersion();
    if (version > CurrentSettingsVersion) {
        // Reported to callers through isReadOnly() and every refused change.
        qCDebug(lcAccounts) << "settings file" << settingsPath() << "has version" << version
                            << "from a newer Kurier; opened read-only";
        m_readOnly = true;
        return;
    }
    if (version == CurrentSettingsVersion) {
        return;
    }
    // Version 0 is "no file yet" or a file from before versioning; version 1 introduced the
    // accounts/<id>/ layout, so there is nothing to convert, only the marker to write.
    // Version 2 added accounts/<id>/pinnedCertificateSha256, optional, so again only the
    // marker changes: it keeps version 1 (which rewrites an account's whole group and would
    // silently drop a pin) from changing the file. Version 3 added the optional sending limits
    // accounts/<id>/messagesPerMinute and recipientsPerMessage (absent: the defaults), for the
    // same reason only as a marker. Later versions add their step here, one "if (version < N)"
    // block each.
    if (m_settings->allKeys().isEmpty()) {
        return; // keep a fresh machine free of files until something is saved
    }
    if (m_settings->status() != QSettings::NoError) {
        return; // never rewrite a file that could not be read whole
    }
    m_settings->setValue(keySettingsVersion, CurrentSettingsVersion);
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        // Not fatal: the accounts can still be read, and the next save reports the problem.
        reopen();
    }
}

AccountStore::Result AccountStore::refuseIfReadOnly() const
{
    if (!m_readOnly) {
        return {};
    }
    return {Status::NewerSettingsVersion,
            tr("The settings file %1 was written by a newer version of Kurier (settings version %2); this "
               "version will not change it.")
                .arg(QDir::toNativeSeparators(settingsPath()), QString::number(settingsVersion()))};
}

AccountStore::Result AccountStore::refuseIfUnreadable()
{
    if (m_settings->status() == QSettings::NoError) {
        return {};
    }
    // What could not be read is missing from memory, and saving now would replace the
    // file with only this change. Read again in case the problem has gone away.
    reopen();
    if (m_settings->status() == QSettings::NoError) {
        Q_EMIT accountsChanged();
        return {};
    }
    return {Status::ReadFailed,
            tr("Kurier could not read its settings file %1, so it did not change it.")
                .arg(QDir::toNativeSeparators(settingsPath()))};
}

AccountStore::Result AccountStore::checkWritable()
{
    if (Result r = refuseIfReadOnly(); !r.ok()) {
        return r;
    }
    return refuseIfUnreadable();
}

void AccountStore::reopen()
{
    const QString path = settingsPath();
    m_settings.reset();
    m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
}

QList<Account> AccountStore::accounts() const
{
    m_settings->beginGroup(groupAccounts);
    QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    std::sort(ids.begin(), ids.end());

    QList<Account> result;
    for (const QString &id : std::as_const(ids)) {
        if (auto a = account(id)) {
            result.append(*a);
        }
    }
    return result;
}

std::optional<Account> AccountStore::accountWithAddress(const QString &address) const
{
    for (const Account &candidate : accounts()) {
        if (candidate.email.compare(address, Qt::CaseInsensitive) == 0) {
            return candidate;
        }
    }
    return std::nullopt;
}

std::optional<Account> AccountStore::account(const QString &id) const
{
    if (!contains(id)) {
        return std::nullopt;
    }
    m_settings->beginGroup(groupAccounts + QLatin1Char('/') + id);
    Account a;
    a.id = id;
    a.displayName = m_settings->value(keyName).toString();
    a.email = m_settings->value(keyEmail).toString();
    a.host = m_settings->value(keyHost).toString();
    const uint port = m_settings->value(keyPort).toUInt();
    a.port = port <= 65535 ? static_cast<quint16>(port) : 0;
    a.security = securityFromString(m_settings->value(keySecurity).toString()).value_or(Security::StartTls);
    a.authMethod = authMethodFromString(m_settings->value(keyAuth).toString()).value_or(AuthMethod::Auto);
    a.userName = m_settings->value(keyUserName).toString();
    a.pinnedCertificateSha256 = m_settings->value(keyPinnedCertificate).toString();
    a.sendingLimits.messagesPerMinute
        = limitFrom(*m_settings, keyMessagesPerMinute, SendingLimits::DefaultMessagesPerMinute);
    a.sendingLimits.recipientsPerMessage
        = limitFrom(*m_settings, keyRecipientsPerMessage, SendingLimits::DefaultRecipientsPerMessage);
    m_settings->endGroup();
    return a;
}

bool AccountStore::contains(const QString &id) const
{
    if (!isValidAccountId(id)) {
        return false;
    }
    m_settings->beginGroup(groupAccounts);
    const bool found = m_settings->childGroups().contains(id);
    m_settings->endGroup();
    return found;
}

std::optional<Account> AccountStore::defaultAccount() const
{
    if (auto a = account(m_settings->value(keyDefaultAccount).toString())) {
        return a;
    }
    const QList<Account> all = accounts();
    if (all.isEmpty()) {
        return std::nullopt;
    }
    return all.first();
}

AccountStore::Result AccountStore::setDefaultAccountId(const QString &id)
{
    if (Result r = checkWritable(); !r.ok()) {
        return r;
    }
    if (!contains(id)) {
        return {Status::UnknownAccount, tr("There is no account with the id \"%1\".").arg(id)};
    }
    const Snapshot before = snapshot(id);
    m_settings->setValue(keySettingsVersion, CurrentSettingsVersion);
    m_settings->setValue(keyDefaultAccount, id);
    return commit(before);
}

AccountStore::Result AccountStore::add(const Account &account)
{
    if (Result r = checkWritable(); !r.ok()) {
        return r;
    }
    if (contains(account.id)) {
        return {Status::DuplicateId, tr("An account with the id \"%1\" already exists.").arg(account.id)};
    }
    return write(account);
}

AccountStore::Result AccountStore::update(const Account &account)
{
    if (Result r = checkWritable(); !r.ok()) {
        return r;
    }
    if (!contains(account.id)) {
        return {Status::UnknownAccount, tr("There is no account with the id \"%1\".").arg(account.id)};
    }
    return write(account);
}

void AccountStore::writeValues(const Account &account)
{
    m_settings->beginGroup(groupAccounts + QLatin1Char('/') + account.id);
    m_settings->setValue(keyName, account.displayName);
    m_settings->setValue(keyEmail, account.email);
    m_settings->setValue(keyHost, account.host);
    m_settings->setValue(keyPort, account.port);
    m_settings->setValue(keySecurity, toString(account.security));
    m_settings->setValue(keyAuth, toString(account.authMethod));
    m_settings->setValue(keyUserName, account.userName);
    if (!account.pinnedCertificateSha256.isEmpty()) {
        m_settings->setValue(keyPinnedCertificate, account.pinnedCertificateSha256);
    }
    // Only limits the user changed are written, so an account left alone follows the defaults.
    const SendingLimits defaults;
    if (account.sendingLimits.messagesPerMinute != defaults.messagesPerMinute) {
        m_settings->setValue(keyMessagesPerMinute, account.sendingLimits.messagesPerMinute);
    }
    if (account.sendingLimits.recipientsPerMessage != defaults.recipientsPerMessage) {
        m_settings->setValue(keyRecipientsPerMessage, account.sendingLimits.recipientsPerMessage);
    }
    m_settings->endGroup();
}

AccountStore::Result AccountStore::write(const Account &account)
{
    if (const QList<AccountProblem> problems = account.problems(); !problems.isEmpty()) {
        return {Status::InvalidAccount, problems.first().message};
    }
    const Snapshot before = snapshot(account.id);
    m_settings->setValue(keySettingsVersion, CurrentSettingsVersion);
    m_settings->remove(groupAccounts + QLatin1Char('/') + account.id);
    writeValues(account);
    Result result = commit(before);
    if (result.ok()) {
        qCDebug(lcAccounts) << "saved account" << account.id;
        Q_EMIT accountsChanged();
    }
    return result;
}

AccountStore::Result AccountStore::remove(const QString &id)
{
    if (Result r = checkWritable(); !r.ok()) {
        return r;
    }
    if (!contains(id)) {
        return {Status::UnknownAccount, tr("There is no account with the id \"%1\".").arg(id)};
    }
    const Snapshot before = snapshot(id);
    m_settings->remove(groupAccounts + QLatin1Char('/') + id);
    if (m_settings->value(keyDefaultAccount).toString() == id) {
        m_settings->remove(keyDefaultAccount);
    }
    Result result = commit(before);
    if (result.ok()) {
        qCDebug(lcAccounts) << "removed account" << id;
        Q_EMIT accountsChanged();
    }
    return result;
}

AccountStore::Snapshot AccountStore::snapshot(const QString &accountId) const
{
    return {m_settings->value(keySettingsVersion), m_settings->value(keyDefaultAccount), accountId, account(accountId)};
}

void AccountStore::restore(const Snapshot &before)
{
    const auto put = [this](const QString &key, const QVariant &value) {
        if (value.isValid()) {
            m_settings->setValue(key, value);
        } else {
            m_settings->remove(key);
        }
    };
    put(keySettingsVersion, before.settingsVersion);
    put(keyDefaultAccount, before.defaultAccountId);
    m_settings->remove(groupAccounts + QLatin1Char('/') + before.accountId);
    if (before.account) {
        writeValues(*before.account);
    }
}

AccountStore::Result AccountStore::commit(const Snapshot &before)
{
    // QSettings creates the file but not a missing parent directory on every platform.
    QDir().mkpath(QFileInfo(settingsPath()).absolutePath());
    m_settings->sync();
    if (m_settings->status() == QSettings::NoError) {
        return {};
    }
    qCDebug(lcAccounts) << "could not write" << settingsPath();
    // QSettings keeps a refused change pending and reports its first error for the rest of
    // its life. Take the change back, then start over with a fresh object that reads the
    // file as it is, so the store keeps describing the file and the next change is judged
    // on its own.
    restore(before);
    reopen();
    return {Status::WriteFailed,
            tr("Kurier could not write its settings file %1.").arg(QDir::toNativeSeparators(settingsPath()))};
}

QString AccountStore::uniqueId(const QString &base) const
{
    QString candidate = base;
    for (int n = 2; contains(candidate); ++n) {
        candidate = base.left(60) + QLatin1Char('-') + QString::number(n);
    }
    return candidate;
}

} // namespace Accounts
