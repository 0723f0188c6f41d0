// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/accountdialog.h"
#include "app/accounts/accountstore.h"
#include "app/accounts/emailaddress.h"
#include "app/secrets/memorysecretstore.h"
#include "tests/support/temporaryaccountstore.h"
#include "tests/ui/scriptedsecretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

#include <memory>

using Accounts::Account;
using Accounts::AuthMethod;
using Accounts::Security;
using Secrets::SecretKind;
using Operation = ScriptedSecretStore::Operation;
using Status = ScriptedSecretStore::Status;

class AccountDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void problemsWaitUntilFieldIsLeft();
    void showsProblemAtItsField_data();
    void showsProblemAtItsField();
    void saveShowsEveryProblemAndFocusesTheFirst();
    void noEncryptionRequiresRiskConfirmation();
    void portFollowsSecurity_data();
    void portFollowsSecurity();
    void typedPortStaysWhenSecurityChanges();
    void userNameFollowsEmailUntilTyped();
    void passwordCanBeShownAndHidden();
    void savesPasswordToKeychainAndAccountToStore();
    void savesWithoutPasswordWhenNoneTyped();
    void staysResponsiveWhileKeychainWorks();
    void offersNotStoringWhenNoKeychain();
    void keychainRefusalKeepsDialogOpen();
    void storeFailureRemovesSecretAgain();
    void editKeepsPasswordUnlessNewOneTyped();
    void editRestoresSettingsWhenKeychainFails();
    void editsSendingLimitsAndKeepsThePin();

private:
    template<typename T>
    T *field(const char *name) const
    {
        auto *widget = m_dialog->findChild<T *>(QLatin1String(name));
        if (!widget) {
            qFatal("no widget named %s", name);
        }
        return widget;
    }
    void openDialog(std::optional<Account> existing = std::nullopt);
    void type(const char *name, const QString &text);
    void leave(const char *name);
    void fillValidAccount(const QString &password);
    void chooseSecurity(Security security);
    QString settingsFileContents() const;

    std::unique_ptr<TemporaryAccountStore> m_settings;
    std::unique_ptr<ScriptedSecretStore> m_secrets;
    std::unique_ptr<AccountDialog> m_dialog;
};

namespace
{

Account existingAccount()
{
    Account account;
    account.id = QStringLiteral("ola-example-com");
    account.displayName = QStringLiteral("Ola Kowalska");
    account.email = QStringLiteral("ola@example.com");
    account.host = QStringLiteral("smtp.example.com");
    account.port = 465;
    account.security = Security::ImplicitTls;
    account.authMethod = AuthMethod::Auto;
    account.userName = QStringLiteral("ola@example.com");
    return account;
}

const char *problemLabelFor(const char *fieldName)
{
    if (qstrcmp(fieldName, "emailEdit") == 0) {
        return "emailProblem";
    }
    if (qstrcmp(fieldName, "hostEdit") == 0) {
        return "hostProblem";
    }
    if (qstrcmp(fieldName, "userNameEdit") == 0) {
        return "userNameProblem";
    }
    return "nameProblem";
}

} // namespace

void AccountDialogTest::init()
{
    // The offscreen platform says this once per shown window; anything else is a real warning.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints).*")));
    m_settings = std::make_unique<TemporaryAccountStore>();
    QVERIFY(m_settings->isValid());
    m_secrets = std::make_unique<ScriptedSecretStore>();
}

void AccountDialogTest::cleanup()
{
    m_dialog.reset();
    m_settings.reset();
    m_secrets.reset();
}

void AccountDialogTest::openDialog(std::optional<Account> existing)
{
    m_dialog = existing ? std::make_unique<AccountDialog>(*existing, m_settings->store(), m_secrets.get())
                        : std::make_unique<AccountDialog>(m_settings->store(), m_secrets.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

void AccountDialogTest::type(const char *name, const QString &text)
{
    auto *edit = field<QLineEdit>(name);
    edit->setFocus(Qt::TabFocusReason);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void AccountDialogTest::leave(const char *name)
{
    QWidget *widget = field<QWidget>(name);
    QTRY_VERIFY(widget->hasFocus());
    QTest::keyClick(widget, Qt::Key_Tab);
    QTRY_VERIFY(!widget->hasFocus());
}

void AccountDialogTest::fillValidAccount(const QString &password)
{
    type("nameEdit", QStringLiteral("Ola Kowalska"));
    type("emailEdit", QStringLiteral("ola@example.com"));
    type("passwordEdit", password);
    type("hostEdit", QStringLiteral("smtp.example.com"));
}

void AccountDialogTest::chooseSecurity(Security security)
{
    auto *combo = field<QComboBox>("securityCombo");
    combo->setCurrentIndex(combo->findData(static_cast<int>(security)));
}

QString AccountDialogTest::settingsFileContents() const
{
    QFile file(m_settings->store()->settingsPath());
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

void AccountDialogTest::problemsWaitUntilFieldIsLeft()
{
    openDialog();
    type("emailEdit", QStringLiteral("ola@"));
    QVERIFY(field<QLabel>("emailProblem")->isHidden());
    leave("emailEdit");
    QTRY_VERIFY(field<QLabel>("emailProblem")->isVisible());
    // Fixing the address clears the message while typing, without leaving the field again.
    type("emailEdit", QStringLiteral("ola@example.com"));
    QTRY_VERIFY(field<QLabel>("emailProblem")->isHidden());
}

void AccountDialogTest::showsProblemAtItsField_data()
{
    QTest::addColumn<QByteArray>("fieldName");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedProblem");

    QTest::newRow("address without domain") << QByteArray("emailEdit") << QStringLiteral("ola@")
                                            << Accounts::EmailAddressCheck::problem(QStringLiteral("ola@"));
    QTest::newRow("address without @") << QByteArray("emailEdit") << QStringLiteral("ola.example.com")
                                       << Accounts::EmailAddressCheck::problem(QStringLiteral("ola.example.com"));
    QTest::newRow("empty server") << QByteArray("hostEdit") << QString()
                                  << Accounts::AccountMessages::tr("The server name is empty.");
    QTest::newRow("server given as URL")
        << QByteArray("hostEdit") << QStringLiteral("smtp://smtp.example.com")
        << Accounts::AccountMessages::tr("The server name \"%1\" contains a space, slash, colon or @; give only the "
                                         "host name, such as smtp.example.com.")
               .arg(QStringLiteral("smtp://smtp.example.com"));
    QTest::newRow("empty user name") << QByteArray("userNameEdit") << QString()
                                     << Accounts::AccountMessages::tr("The user name is empty.");
}

void AccountDialogTest::showsProblemAtItsField()
{
    QFETCH(QByteArray, fieldName);
    QFETCH(QString, text);
    QFETCH(QString, expectedProblem);
    QVERIFY(!expectedProblem.isEmpty());

    openDialog();
    fillValidAccount(QStringLiteral("secret"));
    type(fieldName.constData(), text);
    leave(fieldName.constData());

    auto *problem = field<QLabel>(problemLabelFor(fieldName.constData()));
    QTRY_VERIFY(problem->isVisible());
    QCOMPARE(problem->text(), expectedProblem);
    QCOMPARE(field<QLineEdit>(fieldName.constData())->accessibleDescription(), expectedProblem);
    for (const char *other : {"nameProblem", "emailProblem", "hostProblem", "portProblem", "securityProblem",
                              "authMethodProblem", "userNameProblem", "generalProblem"}) {
        if (field<QLabel>(other) != problem) {
            QVERIFY2(field<QLabel>(other)->isHidden(), other);
        }
    }
}

void AccountDialogTest::saveShowsEveryProblemAndFocusesTheFirst()
{
    openDialog();
    QVERIFY(field<QLabel>("emailProblem")->isHidden());
    QTest::mouseClick(field<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_VERIFY(field<QLabel>("emailProblem")->isVisible());
    QVERIFY(field<QLabel>("hostProblem")->isVisible());
    QTRY_VERIFY(field<QLineEdit>("emailEdit")->hasFocus());
    QVERIFY(m_dialog->isVisible());
    QVERIFY(m_settings->store()->accounts().isEmpty());
    QCOMPARE(m_secrets->calls(Operation::Write), 0);
}

void AccountDialogTest::noEncryptionRequiresRiskConfirmation()
{
    openDialog();
    fillValidAccount(QString());
    auto *risk = field<QCheckBox>("riskCheck");
    auto *auth = field<QComboBox>("authMethodCombo");
    QVERIFY(risk->isHidden());

    chooseSecurity(Security::None);
    QVERIFY(risk->isVisible());
    QVERIFY(field<QLabel>("noEncryptionWarning")->isVisible());
    QVERIFY(!risk->isChecked());
    QVERIFY(!auth->isEnabled());
    QCOMPARE(auth->currentData().toInt(), static_cast<int>(AuthMethod::None));
    QVERIFY(!field<QLineEdit>("passwordEdit")->isEnabled());
    QVERIFY(!field<QLineEdit>("userNameEdit")->isEnabled());

    QTest::mouseClick(field<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_VERIFY(field<QLabel>("securityProblem")->isVisible());
    QVERIFY(m_dialog->isVisible());
    QVERIFY(m_settings->store()->accounts().isEmpty());

    risk->setFocus(Qt::TabFocusReason);
    QTest::keyClick(risk, Qt::Key_Space);
    QVERIFY(risk->isChecked());
    QTRY_VERIFY(field<QLabel>("securityProblem")->isHidden());
    QTest::mouseClick(field<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

    const std::optional<Account> saved = m_settings->store()->account(QStringLiteral("ola-example-com"));
    QVERIFY(saved);
    QVERIFY(saved->security == Security::None);
    QVERIFY(saved->authMethod == AuthMethod::None);
    QCOMPARE(saved->port, quint16(25));
    QVERIFY(saved->userName.isEmpty());

    // Going back to encryption restores a sign-in method.
    openDialog();
    chooseSecurity(Security::None);
    chooseSecurity(Security::StartTls);
    QVERIFY(field<QComboBox>("authMethodCombo")->isEnabled());
    QCOMPARE(field<QComboBox>("authMethodCombo")->currentData().toInt(), static_cast<int>(AuthMethod::Auto));
    QVERIFY(field<QCheckBox>("riskCheck")->isHidden());
}

void AccountDialogTest::portFollowsSecurity_data()
{
    QTest::addColumn<int>("security");
    QTest::addColumn<int>("expectedPort");
    QTest::newRow("SSL/TLS uses 465") << int(Security::ImplicitTls) << 465;
    QTest::newRow("STARTTLS uses 587") << int(Security::StartTls) << 587;
    QTest::newRow("no encryption uses 25") << int(Security::None) << 25;
}

void AccountDialogTest::portFollowsSecurity()
{
    QFETCH(int, security);
    QFETCH(int, expectedPort);
    openDialog();
    QCOMPARE(field<QSpinBox>("portSpin")->value(), 587);
    chooseSecurity(static_cast<Security>(security));
    QCOMPARE(field<QSpinBox>("portSpin")->value(), expectedPort);
}

void AccountDialogTest::typedPortStaysWhenSecurityChanges()
{
    openDialog();
    auto *port = field<QSpinBox>("portSpin");
    port->setFocus(Qt::TabFocusReason);
    port->selectAll();
    QTest::keyClicks(port, QStringLiteral("2525"));
    QCOMPARE(port->value(), 2525);
    chooseSecurity(Security::ImplicitTls);
    QCOMPARE(port->value(), 2525);

    // An existing account on a non-standard port keeps it too.
    Account custom = existingAccount();
    custom.port = 2465;
    openDialog(custom);
    chooseSecurity(Security::StartTls);
    QCOMPARE(field<QSpinBox>("portSpin")->value(), 2465);
}

void AccountDialogTest::userNameFollowsEmailUntilTyped()
{
    openDialog();
    type("emailEdit", QStringLiteral("ola@example.com"));
    QCOMPARE(field<QLineEdit>("userNameEdit")->text(), QStringLiteral("ola@example.com"));
    type("userNameEdit", QStringLiteral("ola"));
    type("emailEdit", QStringLiteral("ola@example.org"));
    QCOMPARE(field<QLineEdit>("userNameEdit")->text(), QStringLiteral("ola"));
}

void AccountDialogTest::passwordCanBeShownAndHidden()
{
    openDialog();
    auto *password = field<QLineEdit>("passwordEdit");
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QTest::mouseClick(field<QToolButton>("showPasswordButton"), Qt::LeftButton);
    QCOMPARE(password->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(field<QToolButton>("showPasswordButton"), Qt::LeftButton);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
}

void AccountDialogTest::savesPasswordToKeychainAndAccountToStore()
{
    Secrets::MemorySecretStore memory;
    m_dialog = std::make_unique<AccountDialog>(m_settings->store(), &memory);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    QSignalSpy saved(m_dialog.get(), &AccountDialog::accountSaved);

    fillValidAccount(QStringLiteral("pa ss w0rd!"));
    chooseSecurity(Security::ImplicitTls);
    QTest::mouseClick(field<QPushButton>("saveButton"), Qt::LeftButton);
    QCOMPARE(m_dialog->state(), AccountDialog::State::Saving);
    QCOMPARE(field<QLabel>("progressLabel")->text(), AccountDialog::tr("Saving to keychain…"));
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(saved.first().at(0).toString(), QStringLiteral("ola-example-com"));
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

    const std::optional<Account> account = m_settings->store()->account(QStringLiteral("ola-example-com"));
    QVERIFY(account);
    QCOMPARE(account->displayName, QStringLiteral("Ola Kowalska"));
    QCOMPARE(account->email, QStringLiteral("ola@example.com"));
    QCOMPARE(account->host, QStringLiteral("smtp.example.com"));
    QCOMPARE(account->port, quint16(465));
    QVERIFY(account->security == Security::ImplicitTls);
    QVERIFY(account->authMethod == AuthMethod::Auto);
    QCOMPARE(account->userName, QStringLiteral("ola@example.com"));

    Secrets::SecretJob *job = memory.read(account->id, SecretKind::SmtpPassword);
    QSignalSpy read(job, &Secrets::SecretJob::finished);
    QVERIFY(read.wait());
    QCOMPARE(read.first().at(0).value<Secrets::SecretResult>().secret, QStringLiteral("pa ss w0rd!"));
    QVERIFY(!settingsFileContents().contains(QStringLiteral("pa ss")));
    m_dialog.reset(); // before the store it points at goes out of scope
}

void AccountDialogTest::savesWithoutPasswordWhenNoneTyped()
{
    openDialog();
    QSignalSpy saved(m_dialog.get(), &AccountDialog::accountSaved);
    fillValidAccount(QString());
    QTest::mouseClick(field<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(m_settings->store()->contains(QStringLiteral("ola-example-com")));
    QCOMPARE(m_secrets->calls(Operation::Write), 0);
    QVERIFY(!m_secrets->secret(QStringLiteral("ola-example-com"), SecretKind::SmtpPassword));
}

void AccountDialogTest::staysResponsiveWhileKeychainWorks()
{
    m_secrets->holdWrites();
    openDialog();
    QSignalSpy saved(m_dialog.get(), &AccountDialog::accountSaved);
    fillValidAccount(QStringLiteral("secret"));
    QTest::mouseClick(field<QPushButton>("saveButton"), Qt::LeftButton);

    QCOMPARE(m_dialog->state(), AccountDialog::State::Saving);
    QVERIFY(field<QWidget>("progressRow")->isVisible());
    QCOMPARE(field<QLabel>("progressLabel")->text(), AccountDialog::tr("Saving to keychain…"));
    QVERIFY(!field<QPushButton>("saveButton")->isEnabled());
    QVERIFY(!field<QPushButton>("cancelButton")->isEnabled());
    QVERIFY(!field<QLineEdit>("emailEdit")->isEnabled());
    // Escape and the window's close button must not abandon a keychain write half way.
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    m_dialog->close();
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!m_settings->store()->contains(QStringLiteral("ola-example-com")));

    m_secrets->releaseWrites();
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(!m_dialog->isVisible());
    QVERIFY(m_settings->store()->contains(QStringLiteral("ola-example-com")));
}

void AccountDialogTest::offersNotStoringWhenNoKeychain()
{
    m_secrets->failWith(Operation::Write, Status::NoBackend);
    openDialog();
    QSignalSpy saved(m_dialog.get(), &AccountDialog::accountSaved);
    fillValidAccount(QStringLiteral("never-in-a-file"));
    QTest::mouseClick(field<QPushButton>("saveButton"), Qt::LeftButton);

    auto *banner = field<QWidget>("messageBanner");
    auto *dontStore = field<QPushButton>("dontStorePasswordButton");
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(field<QLabel>("messageLabel")->text().contains(ScriptedSecretStore::messageFor(Status::NoBackend)));
    QVERIFY(dontStore->isVisible());
    QCOMPARE(m_dialog->state(), AccountDialog::State::Editing);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!m_settings->store()->contains(QStringLiteral("ola-example-com")));

    QTest::mouseClick(dontStore, Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(m_settings->store()->contains(QStringLiteral("ola-example-com")));
    QVERIFY(!m_secrets->secret(QStringLiteral("ola-example-com"), SecretKind::SmtpPassword));
    QCOMPARE(m_secrets->calls(Operation::Write), 1);
    QVERIFY(!settingsFileContents().isEmpty());
    QVERIFY(!settingsFileContents().contains(QStringLiteral("never-in-a-file")));
}

void AccountDialogTest::keychainRefusalKeepsDialogOpen()
{
    m_secrets->failWith(Operation::Write, Status::AccessDenied);
    openDialog();
    fillValidAccount(QStringLiteral("secret"));
    QTest::mouseClick(field<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_VERIFY(field<QWidget>("messageBanner")->isVisible());
    QVERIFY(field<QLabel>("messageLabel")->text().contains(ScriptedSecretStore::messageFor(Status::AccessDenied)));
    // A locked keychain can be unlocked and Save tried again; not storing is offered only without one.
    QVERIFY(field<QPushButton>("dontStorePasswordButton")->isHidden());
    QVERIFY(field<QPushButton>("saveButton")->isEnabled());
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!m_settings->store()->contains(QStringLiteral("ola-example-com")));
}

void AccountDialogTest::storeFailureRemovesSecretAgain()
{
    // A settings path below a regular file cannot be written, not even by root.
    QFile blocker(m_settings->filePath(QStringLiteral("not-a-directory")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    m_settings->open(QStringLiteral("not-a-directory/kurier.ini"));

    openDialog();
    QSignalSpy saved(m_dialog.get(), &AccountDialog::accountSaved);
    fillValidAccount(QStringLiteral("secret"));
    QTest::mouseClick(field<QPushButton>("saveButton"), Qt::LeftButton);

    QTRY_VERIFY(field<QWidget>("messageBanner")->isVisible());
    QCOMPARE(m_dialog->state(), AccountDialog::State::Editing);
    QVERIFY(field<QLabel>("messageLabel")
                ->text()
                .startsWith(Accounts::AccountSaveOperation::tr("The account could not be saved: %1").arg(QString())));
    QCOMPARE(saved.count(), 0);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_secrets->calls(Operation::Write), 1);
    QCOMPARE(m_secrets->calls(Operation::Remove), 1);
    QVERIFY(!m_secrets->secret(QStringLiteral("ola-example-com"), SecretKind::SmtpPassword));
}

void AccountDialogTest::editKeepsPasswordUnlessNewOneTyped()
{
    const Account original = existingAccount();
    QVERIFY(m_settings->store()->add(original).ok());
    m_secrets->put(original.id, SecretKind::SmtpPassword, QStringLiteral("old"));

    openDialog(original);
    QCOMPARE(field<QLineEdit>("emailEdit")->text(), original.email);
    QCOMPARE(field<QLineEdit>("hostEdit")->text(), original.host);
    QCOMPARE(field<QSpinBox>("portSpin")->value(), 465);
    QVERIFY(field<QLineEdit>("passwordEdit")->text().isEmpty());
    type("hostEdit", QStringLiteral("mail.example.com"));
    QSignalSpy saved(m_dialog.get(), &AccountDialog::accountSaved);
    QTest::mouseClick(field<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(m_settings->store()->account(original.id)->host, QStringLiteral("mail.example.com"));
    QCOMPARE(m_secrets->calls(Operation::Write), 0);
    QCOMPARE(m_secrets->secret(original.id, SecretKind::SmtpPassword), QStringLiteral("old"));

    openDialog(*m_settings->store()->account(original.id));
    QSignalSpy savedAgain(m_dialog.get(), &AccountDialog::accountSaved);
    type("passwordEdit", QStringLiteral("new"));
    QTest::mouseClick(field<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_COMPARE(savedAgain.count(), 1);
    QCOMPARE(m_secrets->secret(original.id, SecretKind::SmtpPassword), QStringLiteral("new"));
    QCOMPARE(m_settings->store()->accounts().size(), 1);
}

void AccountDialogTest::editsSendingLimitsAndKeepsThePin()
{
    Account original = existingAccount();
    original.pinnedCertificateSha256 = QStringLiteral("ab:cd");
    QVERIFY(m_settings->store()->add(original).ok());
    m_secrets->put(original.id, SecretKind::SmtpPassword, QStringLiteral("old"));

    openDialog(original);
    QVERIFY(field<QWidget>("sendingLimitsGroup")->isVisible());
    auto *perMinute = field<QSpinBox>("messagesPerMinuteSpin");
    auto *perMessage = field<QSpinBox>("recipientsPerMessageSpin");
    QCOMPARE(perMinute->value(), Accounts::SendingLimits::DefaultMessagesPerMinute);
    QCOMPARE(perMessage->value(), Accounts::SendingLimits::DefaultRecipientsPerMessage);
    perMinute->setFocus(Qt::TabFocusReason);
    perMinute->selectAll();
    QTest::keyClicks(perMinute, QStringLiteral("12"));
    perMessage->setValue(0);
    QCOMPARE(perMessage->text(), perMessage->specialValueText()); // "No limit"
    QSignalSpy saved(m_dialog.get(), &AccountDialog::accountSaved);
    QTest::mouseClick(field<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    const Account stored = *m_settings->store()->account(original.id);
    QCOMPARE(stored.sendingLimits, (Accounts::SendingLimits{12, 0}));
    // What the form does not show stays as it was.
    QCOMPARE(stored.pinnedCertificateSha256, original.pinnedCertificateSha256);
}

void AccountDialogTest::editRestoresSettingsWhenKeychainFails()
{
    const Account original = existingAccount();
    QVERIFY(m_settings->store()->add(original).ok());
    m_secrets->put(original.id, SecretKind::SmtpPassword, QStringLiteral("old"));
    m_secrets->failWith(Operation::Write, Status::Failed);

    openDialog(original);
    type("hostEdit", QStringLiteral("mail.example.com"));
    type("passwordEdit", QStringLiteral("new"));
    QTest::mouseClick(field<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_VERIFY(field<QWidget>("messageBanner")->isVisible());
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(*m_settings->store()->account(original.id), original);
    QCOMPARE(m_secrets->secret(original.id, SecretKind::SmtpPassword), QStringLiteral("old"));
}

QTEST_MAIN(AccountDialogTest)
#include "accountdialogtest.moc"
