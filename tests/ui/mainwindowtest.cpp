// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/mainwindow.h"
#include "app/accounts/accountlistmodel.h"
#include "app/accounts/accountstore.h"
#include "tests/support/temporaryaccountstore.h"
#include "tests/ui/scripteddialogrunner.h"
#include "tests/ui/scriptedsecretstore.h"
#include "ui/accounts/accountdialog.h"
#include "ui/mainwindow/aboutdialog.h"
#include "ui/wizard/accountwizard.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include <memory>

using Accounts::Account;
using Accounts::AuthMethod;
using Accounts::Security;
using Secrets::SecretKind;
using Operation = ScriptedSecretStore::Operation;
using Status = ScriptedSecretStore::Status;

class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void showsEmptyStateWithoutAccounts();
    void emptyStateButtonOpensAccountWizard();
    void showsTableAndDetailsWhenAccountAppears();
    void detailsSayWherePasswordLives_data();
    void detailsSayWherePasswordLives();
    void selectsDefaultAccountAtStart();
    void setAsDefault();
    void addAccountThroughWizard();
    void editAccountThroughDialog();
    void removeKeepsAccountWhenDeclined();
    void removeDeletesAccountAndSecretsWhenConfirmed();
    void removeProceedsWithNoteWithoutKeychain();
    void removeKeepsAccountWhenKeychainFails();
    void readOnlySettingsDisableChanges();
    void remembersGeometryBesideAccountFile();
    void aboutActionOpensAboutDialog();

private:
    void createWindow();
    template<typename T>
    T *child(const char *name) const
    {
        auto *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget) {
            qFatal("no child named %s", name);
        }
        return widget;
    }
    QAction *action(const char *name) const { return child<QAction>(name); }
    QString currentPage() const { return child<QStackedWidget>("pages")->currentWidget()->objectName(); }
    QString detail(const char *name) const { return child<QLabel>(name)->text(); }
    QString statusText() const { return m_window->statusBar()->currentMessage(); }
    void selectRow(int row);

    std::unique_ptr<TemporaryAccountStore> m_settings;
    std::unique_ptr<ScriptedSecretStore> m_secrets;
    std::unique_ptr<ScriptedDialogRunner> m_dialogs;
    std::unique_ptr<MainWindow> m_window;
};

namespace
{

Account account(const QString &id, const QString &name, const QString &email)
{
    Account a;
    a.id = id;
    a.displayName = name;
    a.email = email;
    a.host = QStringLiteral("smtp.example.com");
    a.port = 465;
    a.security = Security::ImplicitTls;
    a.authMethod = AuthMethod::Auto;
    a.userName = email;
    return a;
}

Account ola()
{
    return account(QStringLiteral("home"), QStringLiteral("Ola Kowalska"), QStringLiteral("ola@example.com"));
}

Account work()
{
    Account a = account(QStringLiteral("work"), QStringLiteral("Ola at Firma"), QStringLiteral("ola@firma.example"));
    a.host = QStringLiteral("mail.firma.example");
    a.port = 587;
    a.security = Security::StartTls;
    a.userName = QStringLiteral("okowalska");
    return a;
}

} // namespace

void MainWindowTest::init()
{
    // The offscreen platform says this once per shown window; anything else is a real warning.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints).*")));
    m_settings = std::make_unique<TemporaryAccountStore>();
    QVERIFY(m_settings->isValid());
    m_secrets = std::make_unique<ScriptedSecretStore>();
    m_dialogs = std::make_unique<ScriptedDialogRunner>();
}

void MainWindowTest::cleanup()
{
    m_window.reset();
    m_dialogs.reset();
    m_secrets.reset();
    m_settings.reset();
}

void MainWindowTest::createWindow()
{
    m_window = std::make_unique<MainWindow>(m_settings->store(), m_secrets.get(), m_dialogs.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void MainWindowTest::selectRow(int row)
{
    auto *view = child<QTableView>("accountTableView");
    const QRect cell = view->visualRect(view->model()->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(view->selectionModel()->currentIndex().row(), row);
}

void MainWindowTest::showsEmptyStateWithoutAccounts()
{
    createWindow();
    QCOMPARE(currentPage(), QStringLiteral("emptyStatePage"));
    QVERIFY(child<QPushButton>("emptyStateAddButton")->isVisible());
    QTRY_VERIFY(child<QPushButton>("emptyStateAddButton")->hasFocus());
    QVERIFY(child<QLabel>("emptyStateLabel")->isVisible());
    QVERIFY(action("addAccountAction")->isEnabled());
    QVERIFY(!action("editAccountAction")->isEnabled());
    QVERIFY(!action("removeAccountAction")->isEnabled());
    QVERIFY(!action("setDefaultAccountAction")->isEnabled());
    QVERIFY(child<QLabel>("readOnlyBanner")->isHidden());
    QCOMPARE(child<QLabel>("accountSummaryLabel")->text(), MainWindow::tr("No accounts"));
}

void MainWindowTest::emptyStateButtonOpensAccountWizard()
{
    createWindow();
    QTest::mouseClick(child<QPushButton>("emptyStateAddButton"), Qt::LeftButton);
    AccountWizard *wizard = nullptr;
    QTRY_VERIFY((wizard = m_window->findChild<AccountWizard *>()) && wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(AccountWizard::Identity));
    QVERIFY(wizard->findChild<QLineEdit *>(QStringLiteral("wizardEmailEdit"))->text().isEmpty());
    wizard->reject();
    QTRY_VERIFY(!m_window->findChild<AccountWizard *>());
    QCOMPARE(currentPage(), QStringLiteral("emptyStatePage"));
}

void MainWindowTest::showsTableAndDetailsWhenAccountAppears()
{
    createWindow();
    QVERIFY(m_settings->store()->add(work()).ok());
    QCOMPARE(currentPage(), QStringLiteral("accountSplitter"));
    auto *view = child<QTableView>("accountTableView");
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, Accounts::AccountListModel::EmailColumn).data().toString(),
             QStringLiteral("ola@firma.example"));

    selectRow(0);
    QCOMPARE(m_window->selectedAccountId(), QStringLiteral("work"));
    QVERIFY(child<QWidget>("accountDetailsView")->isVisible());
    QCOMPARE(detail("detailsTitle"), QStringLiteral("Ola at Firma"));
    QCOMPARE(detail("detailsEmail"), QStringLiteral("ola@firma.example"));
    QCOMPARE(detail("detailsHost"), QStringLiteral("mail.firma.example"));
    QCOMPARE(detail("detailsPort"), QStringLiteral("587"));
    QVERIFY(detail("detailsSecurity").startsWith(QStringLiteral("STARTTLS")));
    QCOMPARE(detail("detailsUserName"), QStringLiteral("okowalska"));
    QCOMPARE(detail("detailsId"), QStringLiteral("work"));
    QCOMPARE(detail("detailsSettingsFile"), QDir::toNativeSeparators(m_settings->store()->settingsPath()));
    QVERIFY(action("editAccountAction")->isEnabled());
    QVERIFY(action("removeAccountAction")->isEnabled());
}

void MainWindowTest::detailsSayWherePasswordLives_data()
{
    QTest::addColumn<bool>("passwordStored");
    QTest::addColumn<int>("readFailure"); // -1: none
    QTest::addColumn<int>("authMethod");
    QTest::addColumn<int>("expectedState");

    QTest::newRow("in the keychain") << true << -1 << int(AuthMethod::Auto)
                                     << int(AccountDetailsView::PasswordState::InKeychain);
    QTest::newRow("not stored") << false << -1 << int(AuthMethod::Auto)
                                << int(AccountDetailsView::PasswordState::NotStored);
    QTest::newRow("no keychain on this system") << false << int(Status::NoBackend) << int(AuthMethod::Login)
                                                << int(AccountDetailsView::PasswordState::NoKeychain);
    QTest::newRow("keychain locked") << true << int(Status::AccessDenied) << int(AuthMethod::Plain)
                                     << int(AccountDetailsView::PasswordState::Unknown);
    QTest::newRow("no sign-in") << false << -1 << int(AuthMethod::None)
                                << int(AccountDetailsView::PasswordState::NotUsed);
}

void MainWindowTest::detailsSayWherePasswordLives()
{
    QFETCH(bool, passwordStored);
    QFETCH(int, readFailure);
    QFETCH(int, authMethod);
    QFETCH(int, expectedState);

    Account a = ola();
    a.authMethod = static_cast<AuthMethod>(authMethod);
    if (a.authMethod == AuthMethod::None) {
        a.userName.clear();
    }
    QVERIFY(m_settings->store()->add(a).ok());
    if (passwordStored) {
        m_secrets->put(a.id, SecretKind::SmtpPassword, QStringLiteral("secret"));
    }
    if (readFailure >= 0) {
        m_secrets->failWith(Operation::Read, static_cast<Status>(readFailure));
    }

    // The window renders the state through AccountDetailsView; a reference view says what
    // that state must read, so the test checks the mapping rather than the wording.
    AccountDetailsView reference;
    reference.setPasswordState(static_cast<AccountDetailsView::PasswordState>(expectedState),
                               ScriptedSecretStore::messageFor(Status::AccessDenied));
    const QString expected = reference.findChild<QLabel *>(QStringLiteral("detailsPassword"))->text();

    createWindow();
    QCOMPARE(m_window->selectedAccountId(), a.id);
    QTRY_COMPARE(detail("detailsPassword"), expected);
    QVERIFY(!expected.contains(QStringLiteral("secret")));
}

void MainWindowTest::selectsDefaultAccountAtStart()
{
    QVERIFY(m_settings->store()->add(ola()).ok());
    QVERIFY(m_settings->store()->add(work()).ok());
    QVERIFY(m_settings->store()->setDefaultAccountId(QStringLiteral("work")).ok());
    createWindow();
    QCOMPARE(m_window->selectedAccountId(), QStringLiteral("work"));
    auto *view = child<QTableView>("accountTableView");
    QVERIFY(view->model()->index(1, 0).data().toString().contains(QStringLiteral("Ola at Firma")));
    QVERIFY(view->model()->index(1, 0).data().toString() != QStringLiteral("Ola at Firma"));
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Ola Kowalska"));
    QVERIFY(view->model()->index(1, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!action("setDefaultAccountAction")->isEnabled());
}

void MainWindowTest::setAsDefault()
{
    QVERIFY(m_settings->store()->add(ola()).ok());
    QVERIFY(m_settings->store()->add(work()).ok());
    createWindow();
    QCOMPARE(m_window->selectedAccountId(), QStringLiteral("home")); // the first, when none is chosen
    const QString defaultText = detail("detailsDefault");

    selectRow(1);
    const QString notDefaultText = detail("detailsDefault");
    QVERIFY(notDefaultText != defaultText);
    QVERIFY(action("setDefaultAccountAction")->isEnabled());
    QTest::keySequence(m_window.get(), action("setDefaultAccountAction")->shortcut());

    QCOMPARE(m_settings->store()->defaultAccount()->id, QStringLiteral("work"));
    QCOMPARE(detail("detailsDefault"), defaultText);
    QVERIFY(!action("setDefaultAccountAction")->isEnabled());
    auto *view = child<QTableView>("accountTableView");
    QVERIFY(view->model()->index(1, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!view->model()->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(child<QLabel>("accountSummaryLabel")->text().contains(QStringLiteral("Ola at Firma")));
}

void MainWindowTest::addAccountThroughWizard()
{
    createWindow();
    // Discovery that finds nothing without leaving this test's loopback addresses.
    Autoconfig::LookupConfig offline;
    offline.dnsServer = QHostAddress(QStringLiteral("127.0.110.54"));
    offline.ispdbBaseUrl = QUrl(QStringLiteral("https://127.0.110.55/v1.1/"));
    offline.guessing = Autoconfig::Guessing::Disabled;
    offline.autodiscover = Autoconfig::AutodiscoverMode::Disabled;
    m_window->setDiscoveryConfig(offline);
    QTest::keySequence(m_window.get(), QKeySequence::New);
    AccountWizard *wizard = nullptr;
    QTRY_VERIFY((wizard = m_window->findChild<AccountWizard *>()) && wizard->isVisible());
    const auto next = [wizard] {
        QAbstractButton *button
            = wizard->button(wizard->currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
        QVERIFY(QTest::qWaitFor([button] { return button->isEnabled(); }, 20000));
        QTest::mouseClick(button, Qt::LeftButton);
    };

    QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("wizardEmailEdit")),
                     QStringLiteral("jan@example.org"));
    QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("wizardPasswordEdit")), QStringLiteral("s3cret"));
    next();
    QCOMPARE(wizard->currentId(), int(AccountWizard::Discovery));
    QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("discoveryStopButton")), Qt::LeftButton);
    next();
    QCOMPARE(wizard->currentId(), int(AccountWizard::Review));
    // Nothing listens there, so the test fails and saving needs "Save anyway".
    QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("hostEdit")), QStringLiteral("127.0.110.99"));
    next();
    QCOMPARE(wizard->currentId(), int(AccountWizard::Verification));
    auto *saveAnyway = wizard->findChild<QCheckBox *>(QStringLiteral("verificationSaveAnyway"));
    QTRY_VERIFY_WITH_TIMEOUT(saveAnyway->isVisible(), 20000);
    saveAnyway->click();
    next();
    QCOMPARE(wizard->currentId(), int(AccountWizard::Save));
    QAbstractButton *finish = wizard->button(QWizard::FinishButton);
    QTRY_VERIFY_WITH_TIMEOUT(finish->isEnabled(), 20000);
    QVERIFY(m_settings->store()->contains(QStringLiteral("jan-example-org")));
    QCOMPARE(m_secrets->secret(QStringLiteral("jan-example-org"), SecretKind::SmtpPassword), QStringLiteral("s3cret"));
    QTest::mouseClick(finish, Qt::LeftButton);

    QTRY_VERIFY(!m_window->findChild<AccountWizard *>());
    QCOMPARE(currentPage(), QStringLiteral("accountSplitter"));
    QCOMPARE(m_window->selectedAccountId(), QStringLiteral("jan-example-org"));
    QVERIFY(statusText().contains(QStringLiteral("jan@example.org")));
    AccountDetailsView reference;
    reference.setPasswordState(AccountDetailsView::PasswordState::InKeychain);
    QTRY_COMPARE(detail("detailsPassword"), reference.findChild<QLabel *>(QStringLiteral("detailsPassword"))->text());
}

void MainWindowTest::editAccountThroughDialog()
{
    QVERIFY(m_settings->store()->add(ola()).ok());
    m_secrets->put(QStringLiteral("home"), SecretKind::SmtpPassword, QStringLiteral("old"));
    createWindow();
    action("editAccountAction")->trigger();
    AccountDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<AccountDialog *>()) && dialog->isVisible());
    auto *host = dialog->findChild<QLineEdit *>(QStringLiteral("hostEdit"));
    QCOMPARE(host->text(), QStringLiteral("smtp.example.com"));
    host->selectAll();
    QTest::keyClicks(host, QStringLiteral("mail.example.com"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);

    QTRY_VERIFY(!m_window->findChild<AccountDialog *>());
    QCOMPARE(m_settings->store()->account(QStringLiteral("home"))->host, QStringLiteral("mail.example.com"));
    QCOMPARE(m_secrets->secret(QStringLiteral("home"), SecretKind::SmtpPassword), QStringLiteral("old"));
    QCOMPARE(detail("detailsHost"), QStringLiteral("mail.example.com"));
    QCOMPARE(m_window->selectedAccountId(), QStringLiteral("home"));
}

void MainWindowTest::removeKeepsAccountWhenDeclined()
{
    QVERIFY(m_settings->store()->add(ola()).ok());
    m_secrets->put(QStringLiteral("home"), SecretKind::SmtpPassword, QStringLiteral("secret"));
    createWindow();
    m_dialogs->answerNext(DialogRunner::Answer::Declined);
    QTest::keyClick(child<QTableView>("accountTableView"), Qt::Key_Delete);

    QTRY_COMPARE(m_dialogs->answered, 1);
    QCOMPARE(m_dialogs->questions.size(), 1);
    const DialogRunner::Question &question = m_dialogs->questions.first();
    QVERIFY(question.kind == DialogRunner::Kind::Destructive);
    QVERIFY(question.text.contains(QStringLiteral("Ola Kowalska")));
    QVERIFY(question.text.contains(QStringLiteral("ola@example.com")));
    QVERIFY(m_settings->store()->contains(QStringLiteral("home")));
    QCOMPARE(m_secrets->calls(Operation::Remove), 0);
    QVERIFY(m_secrets->secret(QStringLiteral("home"), SecretKind::SmtpPassword));
}

void MainWindowTest::removeDeletesAccountAndSecretsWhenConfirmed()
{
    QVERIFY(m_settings->store()->add(ola()).ok());
    m_secrets->put(QStringLiteral("home"), SecretKind::SmtpPassword, QStringLiteral("secret"));
    m_secrets->put(QStringLiteral("home"), SecretKind::OAuthTokens, QStringLiteral("tokens"));
    createWindow();
    m_dialogs->answerNext(DialogRunner::Answer::Accepted);
    action("removeAccountAction")->trigger();

    QTRY_VERIFY(!m_settings->store()->contains(QStringLiteral("home")));
    QVERIFY(!m_secrets->secret(QStringLiteral("home"), SecretKind::SmtpPassword));
    QVERIFY(!m_secrets->secret(QStringLiteral("home"), SecretKind::OAuthTokens));
    QCOMPARE(currentPage(), QStringLiteral("emptyStatePage"));
    QTRY_COMPARE(statusText(), MainWindow::tr("Removed the account \"%1\".").arg(QStringLiteral("Ola Kowalska")));
    QVERIFY(m_dialogs->notices.isEmpty());
}

void MainWindowTest::removeProceedsWithNoteWithoutKeychain()
{
    QVERIFY(m_settings->store()->add(ola()).ok());
    QVERIFY(m_settings->store()->add(work()).ok());
    m_secrets->failWith(Operation::Remove, Status::NoBackend);
    createWindow();
    m_dialogs->answerNext(DialogRunner::Answer::Accepted);
    action("removeAccountAction")->trigger();

    QTRY_VERIFY(!m_settings->store()->contains(QStringLiteral("home")));
    QTRY_VERIFY(
        statusText().startsWith(MainWindow::tr("Removed the account \"%1\".").arg(QStringLiteral("Ola Kowalska"))));
    QVERIFY(statusText().contains(ScriptedSecretStore::messageFor(Status::NoBackend)));
    QVERIFY(m_dialogs->notices.isEmpty());
    // The other account stays and becomes the selection.
    QCOMPARE(currentPage(), QStringLiteral("accountSplitter"));
    QCOMPARE(m_window->selectedAccountId(), QStringLiteral("work"));
}

void MainWindowTest::removeKeepsAccountWhenKeychainFails()
{
    QVERIFY(m_settings->store()->add(ola()).ok());
    m_secrets->put(QStringLiteral("home"), SecretKind::SmtpPassword, QStringLiteral("secret"));
    m_secrets->failWith(Operation::Remove, Status::Failed);
    createWindow();
    m_dialogs->answerNext(DialogRunner::Answer::Accepted);
    action("removeAccountAction")->trigger();

    QTRY_COMPARE(m_dialogs->notices.size(), 1);
    const DialogRunner::Notice &notice = m_dialogs->notices.first();
    QVERIFY(notice.severity == DialogRunner::Severity::Warning);
    QVERIFY(notice.text.contains(QStringLiteral("Ola Kowalska")));
    QVERIFY(notice.details.contains(ScriptedSecretStore::messageFor(Status::Failed)));
    QVERIFY(m_settings->store()->contains(QStringLiteral("home")));
    QVERIFY(m_secrets->secret(QStringLiteral("home"), SecretKind::SmtpPassword));
    QVERIFY(action("removeAccountAction")->isEnabled());
}

void MainWindowTest::readOnlySettingsDisableChanges()
{
    QVERIFY(m_settings->store()->add(ola()).ok());
    m_settings->close();
    {
        QSettings newer(m_settings->filePath(QLatin1String(TemporaryAccountStore::DefaultFile)), QSettings::IniFormat);
        newer.setValue(QStringLiteral("settingsVersion"), Accounts::AccountStore::CurrentSettingsVersion + 1);
    }
    m_settings->open();
    QVERIFY(m_settings->store()->isReadOnly());

    createWindow();
    QVERIFY(child<QLabel>("readOnlyBanner")->isVisible());
    QCOMPARE(m_window->selectedAccountId(), QStringLiteral("home"));
    for (const char *name :
         {"addAccountAction", "editAccountAction", "removeAccountAction", "setDefaultAccountAction"}) {
        QVERIFY2(!action(name)->isEnabled(), name);
    }
}

void MainWindowTest::remembersGeometryBesideAccountFile()
{
    QVERIFY(m_settings->store()->add(ola()).ok());
    createWindow();
    m_window->resize(900, 640);
    QTRY_COMPARE(m_window->size(), QSize(900, 640));
    action("quitAction")->trigger();
    QTRY_VERIFY(!m_window->isVisible());

    const QString statePath = MainWindow::uiStatePath(*m_settings->store());
    QCOMPARE(QFileInfo(statePath).absolutePath(), QFileInfo(m_settings->store()->settingsPath()).absolutePath());
    QVERIFY(QFile::exists(statePath));
    const QSettings accountsFile(m_settings->store()->settingsPath(), QSettings::IniFormat);
    QVERIFY(!accountsFile.childGroups().contains(QStringLiteral("MainWindow")));

    m_window.reset();
    createWindow();
    QCOMPARE(m_window->size(), QSize(900, 640));
}

void MainWindowTest::aboutActionOpensAboutDialog()
{
    createWindow();
    action("aboutAction")->trigger();
    AboutDialog *about = nullptr;
    QTRY_VERIFY((about = m_window->findChild<AboutDialog *>()) && about->isVisible());
    about->reject();
    QTRY_VERIFY(!m_window->findChild<AboutDialog *>());
}

QTEST_MAIN(MainWindowTest)
#include "mainwindowtest.moc"
