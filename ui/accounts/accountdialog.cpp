// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/accountdialog.h"

#include "app/accounts/accountstore.h"
#include "app/diagnostics/explainer.h"
#include "app/oauth/accountsignin.h"
#include "app/oauth/tokenstore.h"
#include "ui/accounts/accountsettingsform.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using Mode = Accounts::AccountSaveOperation::Mode;
using PasswordAction = Accounts::AccountSaveOperation::PasswordAction;

AccountDialog::AccountDialog(Accounts::AccountStore *accounts, Secrets::SecretStore *secrets, QWidget *parent)
    : AccountDialog(Mode::Add, {}, accounts, secrets, parent)
{
}

AccountDialog::AccountDialog(const Accounts::Account &account, Accounts::AccountStore *accounts,
                             Secrets::SecretStore *secrets, QWidget *parent)
    : AccountDialog(Mode::Update, account, accounts, secrets, parent)
{
}

AccountDialog::AccountDialog(Mode mode, const Accounts::Account &account, Accounts::AccountStore *accounts,
                             Secrets::SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_accounts(accounts)
    , m_secrets(secrets)
    , m_form(new AccountSettingsForm(this))
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(m_banner))
    , m_dontStoreButton(new QPushButton(m_banner))
    , m_progress(new QWidget(this))
    , m_progressText(new QLabel(m_progress))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_saveButton(m_buttons->button(QDialogButtonBox::Save))
{
    setObjectName(QStringLiteral("accountDialog"));
    const QString who = account.displayName.isEmpty() ? account.email : account.displayName;
    setWindowTitle(mode == Mode::Add ? tr("Add Account") : tr("Edit Account — %1").arg(who));

    auto *intro = new QLabel(mode == Mode::Add
                                 ? tr("Kurier sends your mail through your email provider's outgoing server. Enter "
                                      "the address you send from and the server your provider names.")
                                 : tr("Changes take effect the next time Kurier sends from this account."),
                             this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);

    m_form->setAccount(account,
                       mode == Mode::Add ? AccountSettingsForm::Origin::NewAccount
                                         : AccountSettingsForm::Origin::ExistingAccount);
    m_form->setSendingLimitsVisible(true);

    m_banner->setObjectName(QStringLiteral("messageBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_bannerText->setObjectName(QStringLiteral("messageLabel"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dontStoreButton->setObjectName(QStringLiteral("dontStorePasswordButton"));
    m_dontStoreButton->setText(tr("Don't Store the Password (Ask When Sending)"));
    auto *bannerLayout = new QVBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerText);
    bannerLayout->addWidget(m_dontStoreButton, 0, Qt::AlignRight);

    m_progress->setObjectName(QStringLiteral("progressRow"));
    m_progressText->setObjectName(QStringLiteral("progressLabel"));
    auto *busy = new QProgressBar(m_progress);
    busy->setRange(0, 0); // no percentage to show: the keychain answers when it answers
    busy->setTextVisible(false);
    busy->setMaximumWidth(120);
    auto *progressLayout = new QHBoxLayout(m_progress);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressText, 1);
    progressLayout->addWidget(busy);

    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    if (mode == Mode::Update) {
        m_troubleshootButton = m_buttons->addButton(tr("&Troubleshoot…"), QDialogButtonBox::ActionRole);
        m_troubleshootButton->setObjectName(QStringLiteral("troubleshootButton"));
        m_troubleshootButton->setToolTip(tr("Test the saved settings step by step and find out why sending fails"));
        connect(m_troubleshootButton, &QPushButton::clicked, this, &AccountDialog::troubleshoot);
        m_troubleshootButton->hide();
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    if (mode == Mode::Update) {
        setUpSignIn(account);
        layout->addWidget(m_signInRow);
    }
    layout->addWidget(m_banner);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);
    connect(m_dontStoreButton, &QPushButton::clicked, this, &AccountDialog::saveWithoutPassword);

    showBanner(Banner::Hidden);
    setState(State::Editing);
    // On the form, not the dialog: a minimum set on the dialog would stop its layout from
    // growing it when a problem message or the no-encryption warning appears.
    m_form->setMinimumWidth(520);
}

void AccountDialog::setTroubleshootingServices(const TroubleshootingDialog::Services &services)
{
    m_troubleshootingServices = services;
    if (m_troubleshootButton) {
        m_troubleshootButton->show();
    }
}

void AccountDialog::troubleshoot()
{
    // The saved settings are what sending uses, so they are what is tested; a fix made there is
    // saved by the troubleshooting dialog and shown here at once.
    const std::optional<Accounts::Account> saved = m_accounts->account(m_form->account().id);
    if (!saved || m_state == State::Saving || findChild<TroubleshootingDialog *>()) {
        return;
    }
    TroubleshootingDialog::Services services = m_troubleshootingServices;
    services.accounts = m_accounts;
    services.secrets = m_secrets;
    auto *dialog = new TroubleshootingDialog(*saved, services, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TroubleshootingDialog::accountChanged, this, [this](const QString &accountId) {
        if (const std::optional<Accounts::Account> changed = m_accounts->account(accountId)) {
            m_form->setAccount(*changed, AccountSettingsForm::Origin::ExistingAccount);
        }
    });
    dialog->open();
}

void AccountDialog::setUpSignIn(const Accounts::Account &account)
{
    m_signInRow = new QFrame(this);
    m_signInRow->setObjectName(QStringLiteral("signInRow"));
    m_signInLabel = new QLabel(m_signInRow);
    m_signInLabel->setObjectName(QStringLiteral("signInLabel"));
    m_signInLabel->setWordWrap(true);
    m_signInLabel->setTextFormat(Qt::RichText);
    m_signInButton = new QPushButton(tr("Sign In &Again…"), m_signInRow);
    m_signInButton->setObjectName(QStringLiteral("signInAgainButton"));
    m_cancelSignInButton = new QPushButton(tr("Cancel Sign-In"), m_signInRow);
    m_cancelSignInButton->setObjectName(QStringLiteral("cancelSignInButton"));
    m_cancelSignInButton->hide();
    m_signInStatus = new QLabel(m_signInRow);
    m_signInStatus->setObjectName(QStringLiteral("signInStatus"));
    m_signInStatus->setWordWrap(true);
    m_signInStatus->setTextFormat(Qt::RichText);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_signInStatus, 1);
    buttons->addWidget(m_signInButton);
    buttons->addWidget(m_cancelSignInButton);
    auto *rowLayout = new QVBoxLayout(m_signInRow);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(m_signInLabel);
    rowLayout->addLayout(buttons);
    connect(m_signInButton, &QPushButton::clicked, this, &AccountDialog::startSignIn);
    connect(m_cancelSignInButton, &QPushButton::clicked, this, &AccountDialog::cancelSignIn);

    const bool signsInWithToken = account.authMethod == Accounts::AuthMethod::XOAuth2
        || account.authMethod == Accounts::AuthMethod::OAuthBearer;
    m_signInRow->setVisible(signsInWithToken);
    if (!signsInWithToken) {
        return;
    }
    const std::optional<OAuth::Provider> provider
        = OAuth::ProviderTable::configured(m_accounts->settingsPath()).forAccount(account);
    if (provider && provider->hasClientId() && m_secrets) {
        m_signInLabel->setText(tr("This account signs in through %1's page in your browser, not with a password. If "
                                  "sending stops working, sign in again; the sign-in page opens at <b>%2</b>.")
                                   .arg(provider->name.toHtmlEscaped(), provider->signInDomain().toHtmlEscaped()));
    } else {
        m_signInLabel->setText(provider ? tr("This account signs in through %1's page in your browser, but this build "
                                             "of Kurier has no OAuth client for %1, so it cannot sign in again.")
                                              .arg(provider->name.toHtmlEscaped())
                                        : tr("This account signs in with a token, but Kurier knows no browser sign-in "
                                             "for its server."));
        m_signInButton->setEnabled(false);
    }
}

void AccountDialog::startSignIn()
{
    const Accounts::Account account = m_form->account();
    const std::optional<OAuth::Provider> provider
        = OAuth::ProviderTable::configured(m_accounts->settingsPath()).forAccount(account);
    if (m_signIn || !provider || !provider->hasClientId() || !m_secrets) {
        return;
    }
    if (!m_tokens) {
        m_tokens = new OAuth::TokenStore(m_secrets, OAuth::ProviderTable::configured(m_accounts->settingsPath()), this);
    }
    m_signIn = new OAuth::AccountSignIn(m_tokens, *provider, account.id, account.email, this);
    connect(m_signIn, &OAuth::AccountSignIn::authorizationUrlReady, this, [this](const QUrl &url) {
        m_signInStatus->setText(
            tr("Waiting for you to finish signing in at <b>%1</b> in your browser…").arg(url.host().toHtmlEscaped()));
        if (m_openUrl) {
            m_openUrl(url);
        } else {
            QDesktopServices::openUrl(url);
        }
    });
    connect(m_signIn, &OAuth::AccountSignIn::finished, this,
            [this, name = provider->name](const OAuth::TokenResult &result) {
                if (m_signIn) {
                    m_signIn->deleteLater();
                    m_signIn.clear();
                }
                m_signInButton->show();
                m_cancelSignInButton->hide();
                if (result.ok()) {
                    m_signInStatus->setText(tr("Signed in again with %1; the new permission is in the system keychain.")
                                                .arg(name.toHtmlEscaped()));
                } else if (result.error && result.error->kind == OAuth::Error::Kind::Cancelled) {
                    m_signInStatus->setText(tr("The sign-in was cancelled."));
                } else if (result.error) {
                    m_signInStatus->setText(
                        tr("The sign-in did not work: %1")
                            .arg(Diagnostics::Explainer().explain(result.error->evidence()).title.toHtmlEscaped()));
                }
            });
    m_signInStatus->setText(tr("Preparing the sign-in…"));
    m_signInButton->hide();
    m_cancelSignInButton->show();
    m_signIn->start();
}

void AccountDialog::cancelSignIn()
{
    if (!m_signIn) {
        return;
    }
    OAuth::AccountSignIn *running = m_signIn;
    m_signIn.clear();
    running->disconnect(this);
    running->cancel();
    running->deleteLater();
    m_signInButton->show();
    m_cancelSignInButton->hide();
    m_signInStatus->setText(tr("The sign-in was cancelled."));
}

void AccountDialog::reject()
{
    if (m_state == State::Saving) {
        return;
    }
    cancelSignIn();
    QDialog::reject();
}

bool AccountDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest) {
        // A window's minimum size ignores word-wrapped labels' height for its width, so a
        // problem message or warning appearing would squeeze its neighbours; grow instead.
        if (const int needed = heightForWidth(width()); needed > height()) {
            resize(width(), needed);
        }
    }
    return handled;
}

Accounts::AccountSaveOperation::Request AccountDialog::requestFromForm() const
{
    Accounts::AccountSaveOperation::Request request;
    request.mode = m_mode;
    request.account = m_form->account();
    if (m_mode == Mode::Add) {
        request.account.id = m_accounts->uniqueId(request.account.id);
    }
    const QString password = m_form->password();
    if (request.account.usesPassword() && !password.isEmpty()) {
        request.passwordAction = PasswordAction::Store;
        request.password = password;
    } else if (request.account.usesPassword() && m_mode == Mode::Update) {
        request.passwordAction = PasswordAction::Keep;
    } else {
        // A new account without a password is asked for one when sending; an account that no
        // longer signs in with a password should not keep an old one in the keychain.
        request.passwordAction = PasswordAction::DontStore;
    }
    return request;
}

void AccountDialog::save()
{
    if (m_state == State::Saving) {
        return;
    }
    showBanner(Banner::Hidden);
    if (!m_form->validate()) {
        return;
    }
    start(requestFromForm());
}

void AccountDialog::saveWithoutPassword()
{
    if (m_state == State::Saving || !m_form->validate()) {
        return;
    }
    Accounts::AccountSaveOperation::Request request = requestFromForm();
    request.passwordAction = PasswordAction::DontStore;
    request.password.clear();
    m_form->clearPassword();
    showBanner(Banner::Hidden);
    start(request);
}

void AccountDialog::start(const Accounts::AccountSaveOperation::Request &request)
{
    m_savingId = request.account.id;
    auto *operation = new Accounts::AccountSaveOperation(m_accounts, m_secrets, this);
    connect(operation, &Accounts::AccountSaveOperation::finished, this, &AccountDialog::saveFinished);
    setState(State::Saving,
             request.passwordAction == PasswordAction::Store ? tr("Saving to keychain…") : tr("Saving…"));
    operation->start(request);
}

void AccountDialog::saveFinished(const Accounts::AccountSaveOperation::Result &result)
{
    setState(State::Editing);
    switch (result.outcome) {
    case Accounts::AccountSaveOperation::Outcome::Saved:
        Q_EMIT accountSaved(m_savingId, result.message);
        accept();
        return;
    case Accounts::AccountSaveOperation::Outcome::KeychainUnavailable:
        showBanner(Banner::NoKeychain,
                   result.message + QLatin1Char(' ')
                       + tr("Kurier never writes passwords to a file. You can save the account without its "
                            "password; Kurier will then ask for it each time it sends mail."));
        return;
    case Accounts::AccountSaveOperation::Outcome::KeychainFailed:
    case Accounts::AccountSaveOperation::Outcome::StoreFailed:
        showBanner(Banner::Problem, result.message);
        return;
    }
}

void AccountDialog::setState(State state, const QString &progress)
{
    m_state = state;
    const bool editing = state == State::Editing;
    m_form->setEnabled(editing);
    m_saveButton->setEnabled(editing);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(editing);
    m_dontStoreButton->setEnabled(editing);
    if (m_troubleshootButton) {
        m_troubleshootButton->setEnabled(editing);
    }
    m_progressText->setText(progress);
    m_progress->setVisible(!editing);
}

void AccountDialog::showBanner(Banner banner, const QString &text)
{
    m_bannerText->setText(text);
    m_banner->setVisible(banner != Banner::Hidden);
    m_dontStoreButton->setVisible(banner == Banner::NoKeychain);
}
