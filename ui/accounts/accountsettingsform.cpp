// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/accountsettingsform.h"

#include "ui/accounts/accountlabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using Accounts::AccountField;
using Accounts::AccountProblem;
using Accounts::AuthMethod;
using Accounts::Security;

namespace
{

// A dark red that stays readable on light and mid-grey window backgrounds.
const QColor problemColor(0xc0, 0x1c, 0x28);

QWidget *column(std::initializer_list<QWidget *> widgets)
{
    auto *container = new QWidget;
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (QWidget *widget : widgets) {
        layout->addWidget(widget);
    }
    // So that a label's mnemonic (Alt+letter) focuses the field, not its container.
    container->setFocusProxy(*widgets.begin());
    return container;
}

} // namespace

AccountSettingsForm::AccountSettingsForm(QWidget *parent)
    : QWidget(parent)
    , m_nameEdit(new QLineEdit(this))
    , m_emailEdit(new QLineEdit(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_showPasswordButton(new QToolButton(this))
    , m_passwordHint(makeHint({}, QStringLiteral("passwordHint")))
    , m_hostEdit(new QLineEdit(this))
    , m_securityCombo(new QComboBox(this))
    , m_riskWarning(new QLabel(tr("Without encryption, anyone on the network between you and the server can read "
                                  "your messages, and Kurier will not sign in, because that would reveal your "
                                  "password. Only choose this for a server inside your own network."),
                               this))
    , m_riskCheck(new QCheckBox(this))
    , m_portSpin(new QSpinBox(this))
    , m_authCombo(new QComboBox(this))
    , m_userNameEdit(new QLineEdit(this))
    , m_generalProblem(new QLabel(this))
{
    setObjectName(QStringLiteral("accountSettingsForm"));

    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setPlaceholderText(tr("Jane Doe"));
    m_emailEdit->setObjectName(QStringLiteral("emailEdit"));
    m_emailEdit->setPlaceholderText(tr("you@example.com"));
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_showPasswordButton->setObjectName(QStringLiteral("showPasswordButton"));
    m_showPasswordButton->setCheckable(true);
    m_showPasswordButton->setText(tr("Show"));
    m_showPasswordButton->setToolTip(tr("Show or hide the password"));
    m_hostEdit->setObjectName(QStringLiteral("hostEdit"));
    m_hostEdit->setPlaceholderText(tr("smtp.example.com"));
    m_securityCombo->setObjectName(QStringLiteral("securityCombo"));
    for (Security security : {Security::ImplicitTls, Security::StartTls, Security::None}) {
        m_securityCombo->addItem(AccountLabels::security(security), static_cast<int>(security));
    }
    m_riskCheck->setObjectName(QStringLiteral("riskCheck"));
    m_riskCheck->setText(tr("I understand the risks"));
    m_riskCheck->setVisible(false);
    m_riskWarning->setObjectName(QStringLiteral("noEncryptionWarning"));
    m_riskWarning->setWordWrap(true);
    m_riskWarning->setVisible(false);
    m_portSpin->setObjectName(QStringLiteral("portSpin"));
    m_portSpin->setRange(1, 65535);
    m_authCombo->setObjectName(QStringLiteral("authMethodCombo"));
    for (AuthMethod method :
         {AuthMethod::Auto, AuthMethod::Plain, AuthMethod::Login, AuthMethod::CramMd5, AuthMethod::ScramSha256}) {
        addAuthMethodItem(method);
    }
    addAuthMethodItem(AuthMethod::None);
    m_userNameEdit->setObjectName(QStringLiteral("userNameEdit"));

    m_generalProblem->setObjectName(QStringLiteral("generalProblem"));
    m_problemLabels.insert(AccountField::Id, m_generalProblem);
    for (auto [field, name] :
         {std::pair{AccountField::DisplayName, "nameProblem"}, std::pair{AccountField::Email, "emailProblem"},
          std::pair{AccountField::Host, "hostProblem"}, std::pair{AccountField::Port, "portProblem"},
          std::pair{AccountField::Security, "securityProblem"},
          std::pair{AccountField::AuthMethod, "authMethodProblem"},
          std::pair{AccountField::UserName, "userNameProblem"}}) {
        auto *label = new QLabel(this);
        label->setObjectName(QString::fromLatin1(name));
        m_problemLabels.insert(field, label);
    }
    for (QLabel *label : std::as_const(m_problemLabels)) {
        label->setWordWrap(true);
        label->setVisible(false);
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, problemColor);
        label->setPalette(palette);
    }

    auto *passwordRow = new QWidget(this);
    auto *passwordLayout = new QHBoxLayout(passwordRow);
    passwordLayout->setContentsMargins(0, 0, 0, 0);
    passwordLayout->addWidget(m_passwordEdit, 1);
    passwordLayout->addWidget(m_showPasswordButton);
    passwordRow->setFocusProxy(m_passwordEdit);

    auto *identity = new QGroupBox(tr("You"), this);
    m_identity = identity;
    auto *identityForm = new QFormLayout(identity);
    identityForm->addRow(tr("Your &name:"),
                         column({m_nameEdit, m_problemLabels.value(AccountField::DisplayName),
                                 makeHint(tr("What recipients see next to your address. It may be empty."),
                                          QStringLiteral("nameHint"))}));
    identityForm->addRow(tr("&Email address:"), column({m_emailEdit, m_problemLabels.value(AccountField::Email)}));
    identityForm->addRow(tr("&Password:"), column({passwordRow, m_passwordHint}));

    auto *server = new QGroupBox(tr("Outgoing mail server (SMTP)"), this);
    auto *serverIntro = new QLabel(tr("Your email provider's help pages list these settings, usually under "
                                      "\"outgoing mail server\" or \"SMTP\"."),
                                   server);
    serverIntro->setWordWrap(true);
    auto *serverForm = new QFormLayout;
    serverForm->addRow(tr("Ser&ver:"), column({m_hostEdit, m_problemLabels.value(AccountField::Host)}));
    serverForm->addRow(
        tr("Se&curity:"),
        column({m_securityCombo, m_riskWarning, m_riskCheck, m_problemLabels.value(AccountField::Security)}));
    QLabel *portHint = makeHint({}, QStringLiteral("portHint"));
    serverForm->addRow(tr("P&ort:"), column({m_portSpin, m_problemLabels.value(AccountField::Port), portHint}));
    // What the port actually chosen means, whoever chose it (the user, the security choice, setAccount()).
    const auto describePort = [this, portHint] {
        portHint->setText(AccountLabels::port(quint16(m_portSpin->value()), currentSecurity()) + QLatin1Char('\n')
                          + tr("Follows the security choice until you type a port."));
    };
    connect(m_portSpin, &QSpinBox::valueChanged, this, describePort);
    connect(m_securityCombo, &QComboBox::currentIndexChanged, this, describePort);
    serverForm->addRow(tr("Sign-&in method:"), column({m_authCombo, m_problemLabels.value(AccountField::AuthMethod)}));
    serverForm->addRow(tr("&User name:"),
                       column({m_userNameEdit, m_problemLabels.value(AccountField::UserName),
                               makeHint(tr("Usually your full email address."), QStringLiteral("userNameHint"))}));
    auto *serverLayout = new QVBoxLayout(server);
    serverLayout->addWidget(serverIntro);
    serverLayout->addLayout(serverForm);

    auto *limits = new QGroupBox(tr("Sending limits"), this);
    limits->setObjectName(QStringLiteral("sendingLimitsGroup"));
    m_sendingLimits = limits;
    m_messagesPerMinuteSpin = new QSpinBox(limits);
    m_messagesPerMinuteSpin->setObjectName(QStringLiteral("messagesPerMinuteSpin"));
    m_recipientsPerMessageSpin = new QSpinBox(limits);
    m_recipientsPerMessageSpin->setObjectName(QStringLiteral("recipientsPerMessageSpin"));
    for (QSpinBox *spin : {m_messagesPerMinuteSpin, m_recipientsPerMessageSpin}) {
        spin->setRange(0, Accounts::SendingLimits::Maximum);
        spin->setSpecialValueText(tr("No limit"));
    }
    auto *limitsForm = new QFormLayout(limits);
    limitsForm->addRow(tr("Messages per &minute:"),
                       column({m_messagesPerMinuteSpin,
                               makeHint(tr("A large batch waits between messages, so the provider does not take it "
                                           "for spam (default %1).")
                                            .arg(Accounts::SendingLimits::DefaultMessagesPerMinute),
                                        QStringLiteral("messagesPerMinuteHint"))}));
    limitsForm->addRow(tr("Recipients per messa&ge:"),
                       column({m_recipientsPerMessageSpin,
                               makeHint(tr("A message to more recipients goes out as several copies, each to at "
                                           "most this many (default %1).")
                                            .arg(Accounts::SendingLimits::DefaultRecipientsPerMessage),
                                        QStringLiteral("recipientsPerMessageHint"))}));
    limits->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_generalProblem);
    layout->addWidget(identity);
    layout->addWidget(server);
    layout->addWidget(limits);

    connect(m_showPasswordButton, &QToolButton::toggled, this, [this](bool shown) {
        m_passwordEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showPasswordButton->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_emailEdit, &QLineEdit::textChanged, this, [this](const QString &email) {
        if (m_userNameFollowsEmail && !m_updating) {
            const QScopedValueRollback guard(m_updating, true);
            m_userNameEdit->setText(email.trimmed());
        }
        m_userNameEdit->setPlaceholderText(email.trimmed());
    });
    connect(m_userNameEdit, &QLineEdit::textEdited, this, [this](const QString &userName) {
        m_userNameFollowsEmail = userName.isEmpty() || userName.trimmed() == m_emailEdit->text().trimmed();
    });
    connect(m_portSpin, &QSpinBox::valueChanged, this, [this] {
        if (!m_updating) {
            m_portFollowsSecurity = false;
            touch(AccountField::Port);
        }
    });
    connect(m_securityCombo, &QComboBox::currentIndexChanged, this, &AccountSettingsForm::securityChanged);
    connect(m_authCombo, &QComboBox::currentIndexChanged, this, &AccountSettingsForm::authMethodChanged);
    connect(m_riskCheck, &QCheckBox::toggled, this, [this] {
        if (!m_updating) {
            touch(AccountField::Security);
        }
    });

    for (auto [edit, field] :
         {std::pair{m_nameEdit, AccountField::DisplayName}, std::pair{m_emailEdit, AccountField::Email},
          std::pair{m_hostEdit, AccountField::Host}, std::pair{m_userNameEdit, AccountField::UserName}}) {
        connect(edit, &QLineEdit::editingFinished, this, [this, field = field] { touch(field); });
        connect(edit, &QLineEdit::textChanged, this, &AccountSettingsForm::refreshProblems);
    }
    for (QLineEdit *edit : {m_nameEdit, m_emailEdit, m_passwordEdit, m_hostEdit, m_userNameEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &AccountSettingsForm::edited);
    }
    connect(m_securityCombo, &QComboBox::currentIndexChanged, this, &AccountSettingsForm::edited);
    connect(m_authCombo, &QComboBox::currentIndexChanged, this, &AccountSettingsForm::edited);
    connect(m_portSpin, &QSpinBox::valueChanged, this, &AccountSettingsForm::edited);
    connect(m_riskCheck, &QCheckBox::toggled, this, &AccountSettingsForm::edited);
    connect(m_messagesPerMinuteSpin, &QSpinBox::valueChanged, this, &AccountSettingsForm::edited);
    connect(m_recipientsPerMessageSpin, &QSpinBox::valueChanged, this, &AccountSettingsForm::edited);

    setAccount({}, Origin::NewAccount);
    describePort();
}

AccountSettingsForm::~AccountSettingsForm()
{
    // A field that loses focus while its siblings are being deleted still reports
    // editingFinished(); by then the problem labels may be gone.
    for (QLineEdit *edit : {m_nameEdit, m_emailEdit, m_passwordEdit, m_hostEdit, m_userNameEdit}) {
        disconnect(edit, nullptr, this, nullptr);
    }
}

QLabel *AccountSettingsForm::makeHint(const QString &text, const QString &objectName)
{
    auto *hint = new QLabel(text, this);
    hint->setObjectName(objectName);
    hint->setWordWrap(true);
    QFont font = hint->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    hint->setFont(font);
    QPalette palette = hint->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    hint->setPalette(palette);
    return hint;
}

void AccountSettingsForm::addAuthMethodItem(AuthMethod method)
{
    m_authCombo->addItem(AccountLabels::authMethod(method), static_cast<int>(method));
}

void AccountSettingsForm::setAccount(const Accounts::Account &account, Origin origin)
{
    const QScopedValueRollback guard(m_updating, true);
    m_origin = origin;
    m_original = account;
    m_touched.clear();

    // OAuth needs a browser sign-in this form cannot run; it is listed only to show an
    // existing account's choice faithfully.
    for (AuthMethod oauth : {AuthMethod::XOAuth2, AuthMethod::OAuthBearer}) {
        const int index = m_authCombo->findData(static_cast<int>(oauth));
        if (account.authMethod == oauth && index < 0) {
            m_authCombo->insertItem(m_authCombo->count() - 1, AccountLabels::authMethod(oauth),
                                    static_cast<int>(oauth));
        } else if (account.authMethod != oauth && index >= 0) {
            m_authCombo->removeItem(index);
        }
    }

    m_nameEdit->setText(account.displayName);
    m_emailEdit->setText(account.email);
    m_passwordEdit->clear();
    m_showPasswordButton->setChecked(false);
    m_hostEdit->setText(account.host);
    m_messagesPerMinuteSpin->setValue(account.sendingLimits.messagesPerMinute);
    m_recipientsPerMessageSpin->setValue(account.sendingLimits.recipientsPerMessage);
    m_securityCombo->setCurrentIndex(m_securityCombo->findData(static_cast<int>(account.security)));
    m_authCombo->setCurrentIndex(m_authCombo->findData(static_cast<int>(account.authMethod)));
    m_authBeforeNoEncryption = account.security == Security::None ? AuthMethod::Auto : account.authMethod;
    // An existing unencrypted account was chosen so before; asking again on every edit would only teach
    // people to tick the box without reading it.
    m_riskCheck->setChecked(origin == Origin::ExistingAccount && account.security == Security::None);

    if (origin == Origin::Suggested) {
        m_portFollowsSecurity = account.port == 0 || account.port == Accounts::defaultPort(account.security);
        m_userNameFollowsEmail = account.userName.isEmpty() || account.userName == account.email;
        m_portSpin->setValue(account.port == 0 ? Accounts::defaultPort(account.security) : account.port);
        m_userNameEdit->setText(account.userName.isEmpty() ? account.email : account.userName);
        m_passwordEdit->setPlaceholderText({});
        m_passwordHint->clear();
    } else if (origin == Origin::NewAccount) {
        m_portFollowsSecurity = true;
        m_userNameFollowsEmail = true;
        m_portSpin->setValue(Accounts::defaultPort(account.security));
        m_userNameEdit->setText(account.email);
        m_passwordEdit->setPlaceholderText({});
        m_passwordHint->setText(tr("Kurier keeps it in your system keychain, never in a file. Leave it empty to be "
                                   "asked each time Kurier sends."));
    } else {
        m_portFollowsSecurity = account.port == Accounts::defaultPort(account.security);
        m_userNameFollowsEmail = account.userName.isEmpty() || account.userName == account.email;
        m_portSpin->setValue(account.port == 0 ? Accounts::defaultPort(account.security) : account.port);
        m_userNameEdit->setText(account.userName.isEmpty() ? account.email : account.userName);
        m_passwordEdit->setPlaceholderText(tr("Unchanged"));
        m_passwordHint->setText(tr("Type a new password only to replace the stored one; leave it empty to keep it."));
    }
    m_userNameEdit->setPlaceholderText(account.email);
    updateDependentFields();
    refreshProblems();
}

Security AccountSettingsForm::currentSecurity() const
{
    return static_cast<Security>(m_securityCombo->currentData().toInt());
}

AuthMethod AccountSettingsForm::currentAuthMethod() const
{
    return static_cast<AuthMethod>(m_authCombo->currentData().toInt());
}

Accounts::Account AccountSettingsForm::account() const
{
    Accounts::Account account = m_original;
    account.email = m_emailEdit->text().trimmed();
    account.id = m_origin == Origin::ExistingAccount ? m_original.id : Accounts::suggestedAccountId(account.email);
    account.displayName = m_nameEdit->text().trimmed();
    account.host = m_hostEdit->text().trimmed();
    account.port = static_cast<quint16>(m_portSpin->value());
    account.security = currentSecurity();
    account.authMethod = account.security == Security::None ? AuthMethod::None : currentAuthMethod();
    account.userName.clear();
    if (account.authMethod != AuthMethod::None) {
        account.userName = m_userNameEdit->text().trimmed();
    }
    account.sendingLimits.messagesPerMinute = m_messagesPerMinuteSpin->value();
    account.sendingLimits.recipientsPerMessage = m_recipientsPerMessageSpin->value();
    return account;
}

QString AccountSettingsForm::password() const
{
    // Spaces may be part of a password, so it is taken exactly as typed.
    return m_passwordEdit->isEnabled() ? m_passwordEdit->text() : QString();
}

void AccountSettingsForm::clearPassword()
{
    m_passwordEdit->clear();
}

QList<AccountProblem> AccountSettingsForm::problems() const
{
    QList<AccountProblem> result = account().problems();
    if (currentSecurity() == Security::None && !m_riskCheck->isChecked()) {
        result.append({AccountField::Security,
                       tr("Tick \"I understand the risks\" to send without encryption, or choose SSL/TLS or "
                          "STARTTLS.")});
    }
    return result;
}

void AccountSettingsForm::setIdentityVisible(bool visible)
{
    m_identity->setVisible(visible);
}

void AccountSettingsForm::setSendingLimitsVisible(bool visible)
{
    m_sendingLimits->setVisible(visible);
}

bool AccountSettingsForm::validate()
{
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
        m_touched.insert(it.key());
    }
    refreshProblems();
    const QList<AccountProblem> found = problems();
    if (found.isEmpty()) {
        return true;
    }
    if (QWidget *field = widgetFor(found.first().field)) {
        field->setFocus(Qt::OtherFocusReason);
    }
    return false;
}

void AccountSettingsForm::touch(AccountField field)
{
    m_touched.insert(field);
    refreshProblems();
}

void AccountSettingsForm::securityChanged()
{
    if (m_updating) {
        updateDependentFields();
        return;
    }
    const QScopedValueRollback guard(m_updating, true);
    const Security security = currentSecurity();
    if (m_portFollowsSecurity) {
        m_portSpin->setValue(Accounts::defaultPort(security));
    }
    if (security == Security::None) {
        m_authBeforeNoEncryption = currentAuthMethod();
        m_authCombo->setCurrentIndex(m_authCombo->findData(static_cast<int>(AuthMethod::None)));
        m_riskCheck->setChecked(false);
    } else if (currentAuthMethod() == AuthMethod::None && !m_authCombo->isEnabled()) {
        m_authCombo->setCurrentIndex(m_authCombo->findData(static_cast<int>(m_authBeforeNoEncryption)));
    }
    updateDependentFields();
    refreshProblems();
}

void AccountSettingsForm::authMethodChanged()
{
    updateDependentFields();
    if (!m_updating) {
        touch(AccountField::AuthMethod);
    }
}

void AccountSettingsForm::updateDependentFields()
{
    const bool encrypted = currentSecurity() != Security::None;
    m_riskWarning->setVisible(!encrypted);
    m_riskCheck->setVisible(!encrypted);
    // Kurier never sends a credential in the clear, so without encryption there is nothing to choose.
    m_authCombo->setEnabled(encrypted);

    Accounts::Account probe;
    probe.authMethod = encrypted ? currentAuthMethod() : AuthMethod::None;
    const bool signsIn = probe.authMethod != AuthMethod::None;
    m_userNameEdit->setEnabled(signsIn);
    m_passwordEdit->setEnabled(probe.usesPassword());
    m_showPasswordButton->setEnabled(probe.usesPassword());
    m_passwordHint->setVisible(probe.usesPassword());
}

QWidget *AccountSettingsForm::widgetFor(AccountField field) const
{
    switch (field) {
    case AccountField::Id:
    case AccountField::Email:
        return m_emailEdit;
    case AccountField::DisplayName:
        return m_nameEdit;
    case AccountField::Host:
        return m_hostEdit;
    case AccountField::Port:
        return m_portSpin;
    case AccountField::Security:
        return m_riskCheck->isVisible() ? static_cast<QWidget *>(m_riskCheck) : m_securityCombo;
    case AccountField::AuthMethod:
        return m_authCombo;
    case AccountField::UserName:
        return m_userNameEdit;
    }
    return nullptr;
}

void AccountSettingsForm::refreshProblems()
{
    QMap<AccountField, QString> shown;
    const QList<AccountProblem> found = problems();
    for (const AccountProblem &problem : found) {
        if (m_touched.contains(problem.field) && !shown.contains(problem.field)) {
            shown.insert(problem.field, problem.message);
        }
    }
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
        const QString message = shown.value(it.key());
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty());
        if (QWidget *field = widgetFor(it.key()); field && it.key() != AccountField::Id) {
            // Screen readers announce the problem together with the field.
            field->setAccessibleDescription(message);
        }
    }
}
