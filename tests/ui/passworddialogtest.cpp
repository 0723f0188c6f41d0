// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// PasswordDialog answering Accounts::CredentialsLookup's password requests, offscreen: the
// typed password goes to this session only or also to the keychain, Cancel declines, and the
// dialog never blocks (open(), not exec()).

#include "ui/common/passworddialog.h"
#include "app/accounts/credentialslookup.h"
#include "app/secrets/memorysecretstore.h"
#include "tests/support/secretjobresult.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using Accounts::CredentialsLookup;

class PasswordDialogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void answersRequest_data();
    void answersRequest();

private:
    PasswordDialog *openDialog();

    std::unique_ptr<Secrets::MemorySecretStore> m_keychain;
    std::unique_ptr<CredentialsLookup> m_lookup;
    std::unique_ptr<QWidget> m_window;
    Accounts::Account m_account;
};

void PasswordDialogTest::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints).*")));
    m_keychain = std::make_unique<Secrets::MemorySecretStore>();
    m_lookup = std::make_unique<CredentialsLookup>(m_keychain.get(), OAuth::ProviderTable::bundled());
    m_window = std::make_unique<QWidget>();
    m_window->show();
    PasswordDialog::answerRequests(m_lookup.get(), m_window.get());
    m_account.id = QStringLiteral("ola-example-test");
    m_account.email = QStringLiteral("ola@example.test");
    m_account.userName = m_account.email;
    m_account.host = QStringLiteral("smtp.example.test");
    m_account.port = 587;
    m_account.authMethod = Accounts::AuthMethod::Plain;
}

void PasswordDialogTest::cleanup()
{
    m_window.reset();
    m_lookup.reset();
    m_keychain.reset();
}

PasswordDialog *PasswordDialogTest::openDialog()
{
    m_lookup->requestPassword(m_account);
    return m_window->findChild<PasswordDialog *>(QStringLiteral("passwordDialog"));
}

void PasswordDialogTest::answersRequest_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("keep");
    QTest::addColumn<bool>("accept");

    QTest::newRow("this session only") << QStringLiteral("typed-Secret-1") << false << true;
    QTest::newRow("remembered in the keychain") << QStringLiteral("typed-Secret-2") << true << true;
    QTest::newRow("cancelled") << QStringLiteral("typed-Secret-3") << true << false;
}

void PasswordDialogTest::answersRequest()
{
    QFETCH(QString, typed);
    QFETCH(bool, keep);
    QFETCH(bool, accept);

    QSignalSpy provided(m_lookup.get(), &CredentialsLookup::passwordProvided);
    QSignalSpy declined(m_lookup.get(), &CredentialsLookup::passwordDeclined);
    PasswordDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->windowTitle().contains(m_account.email));
    auto *send = dialog->findChild<QPushButton *>(QStringLiteral("sendButton"));
    QVERIFY(!send->isEnabled()); // nothing typed yet
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QTest::keyClicks(edit, typed);
    QVERIFY(send->isEnabled());
    dialog->findChild<QCheckBox *>(QStringLiteral("keepInKeychainCheckBox"))->setChecked(keep);
    if (accept) {
        QTest::mouseClick(send, Qt::LeftButton);
    } else {
        dialog->reject();
    }
    QCOMPARE(provided.count(), accept ? 1 : 0);
    QCOMPARE(declined.count(), accept ? 0 : 1);
    QVERIFY(!m_lookup->isPasswordRequested(m_account.id));

    Accounts::CredentialsJob *job = m_lookup->lookUp(m_account);
    QSignalSpy found(job, &Accounts::CredentialsJob::finished);
    QVERIFY(found.wait(5000));
    const auto result = found.first().first().value<Accounts::CredentialsResult>();
    QCOMPARE(result.ok(), accept);
    if (accept) {
        QCOMPARE(result.credentials->secret, typed);
        QCOMPARE(result.source, Accounts::CredentialsResult::Source::Session);
    }
    const Secrets::SecretResult stored
        = TestSupport::waitForSecretResult(m_keychain->read(m_account.id, Secrets::SecretKind::SmtpPassword));
    QCOMPARE(stored.ok(), accept && keep);
    // The dialog closes itself and is gone once the event loop has run.
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<PasswordDialog *>(QStringLiteral("passwordDialog")), 5000);
}

QTEST_MAIN(PasswordDialogTest)
#include "passworddialogtest.moc"
