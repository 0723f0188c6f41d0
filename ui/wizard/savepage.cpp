// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/savepage.h"

#include "app/accounts/accountstore.h"
#include "ui/wizard/accountwizard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using PasswordAction = Accounts::AccountSaveOperation::PasswordAction;
using Outcome = Accounts::AccountSaveOperation::Outcome;

SavePage::SavePage(AccountWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_message(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_askEachTimeButton(new QPushButton(tr("&Ask Me for the Password Each Time"), this))
    , m_retryButton(new QPushButton(tr("&Try Again"), this))
{
    setObjectName(QStringLiteral("savePage"));
    setTitle(tr("Saving the account"));
    m_message->setObjectName(QStringLiteral("saveMessage"));
    m_message->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("saveProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_askEachTimeButton->setObjectName(QStringLiteral("saveAskEachTimeButton"));
    m_retryButton->setObjectName(QStringLiteral("saveRetryButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_askEachTimeButton);
    buttons->addWidget(m_retryButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_askEachTimeButton, &QPushButton::clicked, this, [this] { save(PasswordAction::DontStore); });
    connect(m_retryButton, &QPushButton::clicked, this, [this] { save(PasswordAction::Store); });
}

void SavePage::initializePage()
{
    save(PasswordAction::Store);
}

bool SavePage::isComplete() const
{
    return m_saved;
}

void SavePage::save(PasswordAction action)
{
    if (m_saving || m_saved) {
        return;
    }
    Accounts::AccountSaveOperation::Request request;
    request.mode = Accounts::AccountSaveOperation::Mode::Add;
    request.account = m_wizard->account();
    const QString password = m_wizard->password();
    if (action == PasswordAction::Store && request.account.usesPassword() && !password.isEmpty()) {
        request.passwordAction = PasswordAction::Store;
        request.password = password;
    } else {
        // Without a password to keep (none typed, no sign-in, or no keychain), none is stored, and
        // a leftover entry under this id is removed; Kurier asks for it when sending.
        request.passwordAction = PasswordAction::DontStore;
    }
    m_savingId = request.account.id;
    m_saving = true;
    m_askEachTimeButton->setVisible(false);
    m_retryButton->setVisible(false);
    m_progress->setVisible(true);
    m_message->setText(request.passwordAction == PasswordAction::Store
                           ? tr("Saving the settings, and the password in the system keychain…")
                           : tr("Saving the settings…"));
    auto *operation
        = new Accounts::AccountSaveOperation(m_wizard->services().accounts, m_wizard->services().secrets, this);
    connect(operation, &Accounts::AccountSaveOperation::finished, this, &SavePage::saveFinished);
    operation->start(request);
}

void SavePage::saveFinished(const Accounts::AccountSaveOperation::Result &result)
{
    m_saving = false;
    m_progress->setVisible(false);
    switch (result.outcome) {
    case Outcome::Saved: {
        m_saved = true;
        QString text = tr("The account \"%1\" is ready. Click Finish to start using it.").arg(m_wizard->emailAddress());
        if (!result.message.isEmpty()) {
            text += QLatin1Char(' ') + result.message;
        }
        m_message->setText(text);
        m_wizard->markSaved(m_savingId, result.message);
        break;
    }
    case Outcome::KeychainUnavailable:
        m_message->setText(result.message + QLatin1Char(' ')
                           + tr("There is no system keychain to keep your password in, and Kurier never writes "
                                "passwords to a file. Save the account without it, and Kurier will ask you for the "
                                "password each time it sends mail."));
        m_askEachTimeButton->setVisible(true);
        m_retryButton->setVisible(true);
        break;
    case Outcome::KeychainFailed:
        m_message->setText(result.message);
        m_askEachTimeButton->setVisible(true);
        m_retryButton->setVisible(true);
        break;
    case Outcome::StoreFailed:
        m_message->setText(result.message);
        m_retryButton->setVisible(true);
        break;
    }
    Q_EMIT completeChanged();
}
