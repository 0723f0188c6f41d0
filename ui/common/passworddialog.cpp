// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/passworddialog.h"

#include "app/accounts/credentialslookup.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

PasswordDialog::PasswordDialog(const Accounts::Account &account, QWidget *parent)
    : QDialog(parent)
    , m_passwordEdit(new QLineEdit(this))
    , m_keepCheckBox(new QCheckBox(tr("&Remember it in the keychain"), this))
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("Password for %1").arg(account.email.isEmpty() ? account.id : account.email));

    auto *intro = new QLabel(tr("Kurier needs the password of %1 to send your mail through %2. It is kept only "
                                "until Kurier quits, unless you choose to remember it.")
                                 .arg(account.userName.isEmpty() ? account.email : account.userName, account.host),
                             this);
    intro->setWordWrap(true);

    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setAccessibleName(tr("Password"));
    QAction *show
        = m_passwordEdit->addAction(style()->standardIcon(QStyle::SP_DialogYesButton), QLineEdit::TrailingPosition);
    show->setCheckable(true);
    show->setToolTip(tr("Show the password"));
    connect(show, &QAction::toggled, m_passwordEdit,
            [this](bool visible) { m_passwordEdit->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password); });
    m_keepCheckBox->setObjectName(QStringLiteral("keepInKeychainCheckBox"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Password:"), m_passwordEdit);
    form->addRow(QString(), m_keepCheckBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_sendButton = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setDefault(true);
    m_sendButton->setEnabled(false);
    connect(m_passwordEdit, &QLineEdit::textChanged, m_sendButton,
            [this](const QString &text) { m_sendButton->setEnabled(!text.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_passwordEdit->setFocus();
}

QString PasswordDialog::password() const
{
    return m_passwordEdit->text();
}

bool PasswordDialog::keepInKeychain() const
{
    return m_keepCheckBox->isChecked();
}

void PasswordDialog::answerRequests(Accounts::CredentialsLookup *lookup, QWidget *parent)
{
    QObject::connect(lookup, &Accounts::CredentialsLookup::passwordRequested, lookup,
                     [lookup, parent = QPointer<QWidget>(parent)](const Accounts::Account &account) {
                         auto *dialog = new PasswordDialog(account, parent);
                         dialog->setAttribute(Qt::WA_DeleteOnClose);
                         const QString accountId = account.id;
                         QObject::connect(dialog, &QDialog::finished, lookup, [lookup, dialog, accountId](int result) {
                             if (result == QDialog::Accepted && !dialog->password().isEmpty()) {
                                 lookup->providePassword(
                                     accountId, dialog->password(),
                                     dialog->keepInKeychain()
                                         ? Accounts::CredentialsLookup::PasswordKeeping::InKeychain
                                         : Accounts::CredentialsLookup::PasswordKeeping::ThisSessionOnly);
                             } else {
                                 lookup->declinePassword(accountId);
                             }
                         });
                         dialog->open();
                     });
}
