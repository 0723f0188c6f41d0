// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/accountdetailsview.h"

#include "ui/accounts/accountlabels.h"

#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

AccountDetailsView::AccountDetailsView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
{
    setObjectName(QStringLiteral("accountDetailsView"));
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_email = addValue(form, tr("Email address:"), QStringLiteral("detailsEmail"));
    m_host = addValue(form, tr("Outgoing server:"), QStringLiteral("detailsHost"));
    m_port = addValue(form, tr("Port:"), QStringLiteral("detailsPort"));
    m_security = addValue(form, tr("Security:"), QStringLiteral("detailsSecurity"));
    m_authMethod = addValue(form, tr("Sign-in method:"), QStringLiteral("detailsAuthMethod"));
    m_userName = addValue(form, tr("User name:"), QStringLiteral("detailsUserName"));
    m_password = addValue(form, tr("Password:"), QStringLiteral("detailsPassword"));
    m_default = addValue(form, tr("Default account:"), QStringLiteral("detailsDefault"));
    m_id = addValue(form, tr("Account id:"), QStringLiteral("detailsId"));
    m_settingsFile = addValue(form, tr("Settings file:"), QStringLiteral("detailsSettingsFile"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addStretch(1);
}

QLabel *AccountDetailsView::addValue(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, value);
    return value;
}

void AccountDetailsView::showAccount(const Accounts::Account &account, bool isDefault)
{
    m_title->setText(account.displayName.isEmpty() ? account.email : account.displayName);
    m_email->setText(account.email);
    m_host->setText(account.host);
    m_port->setText(QString::number(account.port));
    m_security->setText(AccountLabels::security(account.security));
    m_authMethod->setText(AccountLabels::authMethod(account.authMethod));
    m_userName->setText(account.userName.isEmpty() ? tr("(none)") : account.userName);
    m_id->setText(account.id);
    m_default->setText(isDefault ? tr("Yes — used when no account is chosen") : tr("No"));
}

void AccountDetailsView::setPasswordState(PasswordState state, const QString &detail)
{
    switch (state) {
    case PasswordState::NotUsed:
        m_password->setText(tr("Not used by this sign-in method"));
        break;
    case PasswordState::Checking:
        m_password->setText(tr("Checking the keychain…"));
        break;
    case PasswordState::InKeychain:
        m_password->setText(tr("In the system keychain"));
        break;
    case PasswordState::NotStored:
        m_password->setText(tr("Not stored — Kurier will ask when sending"));
        break;
    case PasswordState::NoKeychain:
        m_password->setText(tr("Not stored — there is no keychain on this system, so Kurier will ask when sending"));
        break;
    case PasswordState::Unknown:
        m_password->setText(tr("Unknown — %1").arg(detail));
        break;
    }
}

void AccountDetailsView::setSettingsPath(const QString &path)
{
    QString shown = QDir::toNativeSeparators(path);
#ifndef Q_OS_WIN
    // The way people type it in a terminal.
    const QString home = QDir::homePath() + QLatin1Char('/');
    if (home.size() > 1 && path.startsWith(home)) {
        shown = QStringLiteral("~/") + path.mid(home.size());
    }
#endif
    m_settingsFile->setText(shown);
}
