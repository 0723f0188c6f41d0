// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/accounts/accountstatusstore.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QUrl>

namespace Accounts
{

namespace
{

const QString keyResult = QStringLiteral("result");
const QString keyCategory = QStringLiteral("category");
const QString keyWhen = QStringLiteral("when");
const QString resultOk = QStringLiteral("ok");
const QString resultFailed = QStringLiteral("failed");

// Account ids are free text to QSettings; percent-encoding keeps '/' and '\' from
// becoming groups.
QString groupFor(const QString &accountId)
{
    return QStringLiteral("status/") + QString::fromLatin1(QUrl::toPercentEncoding(accountId));
}

QString categoryText(Diagnostics::Category category)
{
    using Diagnostics::Category;
    switch (category) {
    case Category::WrongCredentials:
        return AccountStatusStore::tr("user name or password refused");
    case Category::AppPasswordRequired:
        return AccountStatusStore::tr("app password needed");
    case Category::WebLoginRequired:
        return AccountStatusStore::tr("sign-in on the provider's website needed");
    case Category::OAuthRequired:
        return AccountStatusStore::tr("browser sign-in needed");
    case Category::SmtpAuthDisabled:
        return AccountStatusStore::tr("sending from mail programs is turned off");
    case Category::EncryptionRequired:
        return AccountStatusStore::tr("encryption required");
    case Category::CertificateProblem:
        return AccountStatusStore::tr("certificate problem");
    case Category::TlsOutdated:
        return AccountStatusStore::tr("outdated encryption");
    case Category::AuthenticationRequired:
        return AccountStatusStore::tr("login required");
    case Category::HostNotFound:
        return AccountStatusStore::tr("server not found");
    case Category::ConnectionRefused:
        return AccountStatusStore::tr("connection refused");
    case Category::Timeout:
        return AccountStatusStore::tr("no answer in time");
    case Category::Configuration:
        return AccountStatusStore::tr("settings problem");
    case Category::Temporary:
        return AccountStatusStore::tr("temporary server problem");
    case Category::SenderNotAllowed:
        return AccountStatusStore::tr("sender address not allowed");
    case Category::SendingLimit:
        return AccountStatusStore::tr("sending limit reached");
    case Category::RecipientRejected:
    case Category::TooManyRecipients:
    case Category::MessageTooLarge:
    case Category::ContentRejected:
    case Category::DeliveryUnknown:
    case Category::Unknown:
        break;
    }
    return AccountStatusStore::tr("unexplained error");
}

} // namespace

AccountStatusStore::AccountStatusStore(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{
}

QString AccountStatusStore::pathBeside(const QString &accountSettingsPath)
{
    return QFileInfo(accountSettingsPath).absolutePath() + QStringLiteral("/account-status.ini");
}

AccountStatus AccountStatusStore::status(const QString &accountId) const
{
    QSettings settings(m_path, QSettings::IniFormat);
    settings.beginGroup(groupFor(accountId));
    AccountStatus status;
    const QString result = settings.value(keyResult).toString();
    const QDateTime when = QDateTime::fromString(settings.value(keyWhen).toString(), Qt::ISODate);
    if (!when.isValid()) {
        return status;
    }
    if (result == resultOk) {
        status.result = AccountStatus::Result::Ok;
    } else if (result == resultFailed) {
        status.result = AccountStatus::Result::Failed;
        status.category = Diagnostics::categoryFromId(settings.value(keyCategory).toString())
                              .value_or(Diagnostics::Category::Unknown);
    } else {
        return status;
    }
    status.when = when.toUTC();
    return status;
}

bool AccountStatusStore::recordOk(const QString &accountId, const QDateTime &when)
{
    return write(accountId, {AccountStatus::Result::Ok, Diagnostics::Category::Unknown, when.toUTC()});
}

bool AccountStatusStore::recordFailure(const QString &accountId, Diagnostics::Category category, const QDateTime &when)
{
    return write(accountId, {AccountStatus::Result::Failed, category, when.toUTC()});
}

bool AccountStatusStore::forget(const QString &accountId)
{
    return write(accountId, {});
}

bool AccountStatusStore::write(const QString &accountId, const AccountStatus &status)
{
    if (accountId.isEmpty()) {
        return false;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSettings settings(m_path, QSettings::IniFormat);
    settings.remove(groupFor(accountId));
    if (status.isKnown()) {
        settings.beginGroup(groupFor(accountId));
        settings.setValue(keyResult, status.result == AccountStatus::Result::Ok ? resultOk : resultFailed);
        if (status.result == AccountStatus::Result::Failed) {
            settings.setValue(keyCategory, Diagnostics::categoryId(status.category));
        }
        // Seconds are enough for "when", and keep the file readable.
        settings.setValue(keyWhen, status.when.toUTC().toString(Qt::ISODate));
        settings.endGroup();
    }
    settings.sync();
    Q_EMIT statusChanged(accountId);
    return settings.status() == QSettings::NoError;
}

bool AccountStatusStore::describesAccount(Diagnostics::Category category)
{
    using Diagnostics::Category;
    switch (category) {
    case Category::WrongCredentials:
    case Category::AppPasswordRequired:
    case Category::WebLoginRequired:
    case Category::OAuthRequired:
    case Category::SmtpAuthDisabled:
    case Category::EncryptionRequired:
    case Category::CertificateProblem:
    case Category::TlsOutdated:
    case Category::AuthenticationRequired:
    case Category::HostNotFound:
    case Category::ConnectionRefused:
    case Category::Timeout:
    case Category::Configuration:
        return true;
    case Category::SenderNotAllowed:
    case Category::RecipientRejected:
    case Category::TooManyRecipients:
    case Category::MessageTooLarge:
    case Category::ContentRejected:
    case Category::SendingLimit:
    case Category::Temporary:
    case Category::DeliveryUnknown:
    case Category::Unknown:
        break;
    }
    return false;
}

QString AccountStatusStore::shortText(const AccountStatus &status)
{
    switch (status.result) {
    case AccountStatus::Result::Unknown:
        return tr("Not tested");
    case AccountStatus::Result::Ok:
        return tr("OK");
    case AccountStatus::Result::Failed:
        return tr("Failed: %1").arg(categoryText(status.category));
    }
    return {};
}

QString AccountStatusStore::sentence(const AccountStatus &status)
{
    const QString when = QLocale().toString(status.when.toLocalTime(), QLocale::ShortFormat);
    switch (status.result) {
    case AccountStatus::Result::Unknown:
        return tr("The connection has not been tested yet.");
    case AccountStatus::Result::Ok:
        return tr("The connection worked on %1.").arg(when);
    case AccountStatus::Result::Failed:
        return tr("The connection failed on %1: %2.").arg(when, categoryText(status.category));
    }
    return {};
}

} // namespace Accounts
