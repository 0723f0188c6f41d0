// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/identitypage.h"

#include "app/accounts/emailaddress.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace
{

// A dark red that stays readable on light and mid-grey window backgrounds (as the account form).
const QColor problemColor(0xc0, 0x1c, 0x28);

} // namespace

IdentityPage::IdentityPage(QWidget *parent)
    : QWizardPage(parent)
    , m_nameEdit(new QLineEdit(this))
    , m_emailEdit(new QLineEdit(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_showPasswordButton(new QToolButton(this))
    , m_emailProblem(new QLabel(this))
{
    setObjectName(QStringLiteral("identityPage"));
    setTitle(tr("Your email account"));
    setSubTitle(tr("Kurier finds the server settings for your address by itself and checks them before "
                   "anything is saved."));

    m_nameEdit->setObjectName(QStringLiteral("wizardNameEdit"));
    m_nameEdit->setPlaceholderText(tr("Jane Doe"));
    m_emailEdit->setObjectName(QStringLiteral("wizardEmailEdit"));
    m_emailEdit->setPlaceholderText(tr("you@example.com"));
    m_passwordEdit->setObjectName(QStringLiteral("wizardPasswordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_showPasswordButton->setObjectName(QStringLiteral("wizardShowPasswordButton"));
    m_showPasswordButton->setCheckable(true);
    m_showPasswordButton->setText(tr("Show"));
    m_showPasswordButton->setToolTip(tr("Show or hide the password"));
    m_showPasswordButton->setAccessibleName(tr("Show password"));
    m_emailProblem->setObjectName(QStringLiteral("wizardEmailProblem"));
    m_emailProblem->setWordWrap(true);
    m_emailProblem->setVisible(false);
    QPalette palette = m_emailProblem->palette();
    palette.setColor(QPalette::WindowText, problemColor);
    m_emailProblem->setPalette(palette);

    auto *passwordRow = new QWidget(this);
    auto *passwordLayout = new QHBoxLayout(passwordRow);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    passwordLayout->addWidget(m_passwordEdit, 1);
    passwordLayout->addWidget(m_showPasswordButton);
    passwordRow->setFocusProxy(m_passwordEdit);

    auto *emailColumn = new QWidget(this);
    auto *emailLayout = new QVBoxLayout(emailColumn);
    emailLayout->setContentsMargins(0, 0, 0, 0);
    emailLayout->setSpacing(2);
    emailLayout->addWidget(m_emailEdit);
    emailLayout->addWidget(m_emailProblem);
    emailColumn->setFocusProxy(m_emailEdit);

    auto *passwordNote = new QLabel(tr("Kurier keeps your password in the system keychain, never in a file, and "
                                       "sends it only to the server you confirm."),
                                    this);
    passwordNote->setObjectName(QStringLiteral("wizardPasswordNote"));
    passwordNote->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Your &name:"), m_nameEdit);
    form->addRow(tr("&Email address:"), emailColumn);
    form->addRow(tr("&Password:"), passwordRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(passwordNote);
    layout->addStretch();

    connect(m_showPasswordButton, &QToolButton::toggled, this, [this](bool shown) {
        m_passwordEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showPasswordButton->setText(shown ? tr("Hide") : tr("Show"));
        m_showPasswordButton->setAccessibleName(shown ? tr("Hide password") : tr("Show password"));
    });
    connect(m_emailEdit, &QLineEdit::textChanged, this, [this] {
        showAddressProblem();
        Q_EMIT completeChanged();
    });
    connect(m_emailEdit, &QLineEdit::editingFinished, this, [this] {
        m_emailTouched = !m_emailEdit->text().trimmed().isEmpty() || m_emailTouched;
        showAddressProblem();
    });
}

QString IdentityPage::displayName() const
{
    return m_nameEdit->text().trimmed();
}

QString IdentityPage::emailAddress() const
{
    return m_emailEdit->text().trimmed();
}

QString IdentityPage::password() const
{
    // Spaces may be part of a password, so it is taken exactly as typed.
    return m_passwordEdit->text();
}

bool IdentityPage::isComplete() const
{
    return Accounts::EmailAddressCheck::isValid(emailAddress());
}

void IdentityPage::showAddressProblem()
{
    const QString problem = Accounts::EmailAddressCheck::problem(emailAddress());
    // Complaining about "ola@" while it is being typed would only distract.
    const bool show = !problem.isEmpty() && m_emailTouched;
    m_emailProblem->setText(problem);
    m_emailProblem->setVisible(show);
}
