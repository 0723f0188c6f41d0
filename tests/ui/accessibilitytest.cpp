// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Every window and dialog Kurier opens, walked offscreen: each control that takes keyboard
// focus says what it is to a screen reader (a label whose buddy it is, its own text, or an
// accessible name), and Tab reaches every one of them.
#include "app/accounts/accountstore.h"
#include "app/compose/submission.h"
#include "app/smtp/worker.h"
#include "tests/support/temporaryaccountstore.h"
#include "tests/ui/scripteddialogrunner.h"
#include "tests/ui/scriptedsecretstore.h"
#include "ui/accounts/accountdialog.h"
#include "ui/composer/composerwindow.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/troubleshooting/troubleshootingdialog.h"
#include "ui/wizard/accountwizard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSet>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>
#include <QWizardPage>

#include <memory>

using namespace Qt::StringLiterals;
using Accounts::Account;

namespace
{

Account exampleAccount()
{
    Account account;
    account.id = u"home"_s;
    account.displayName = u"Ola Kowalska"_s;
    account.email = u"ola@example.com"_s;
    account.host = u"127.0.180.1"_s;
    account.port = 465;
    account.security = Accounts::Security::ImplicitTls;
    account.userName = account.email;
    return account;
}

QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()),
             widget->objectName().isEmpty() ? widget->parentWidget()->objectName() + u"/?"_s : widget->objectName());
}

bool takesTabFocus(const QWidget *widget, const QWidget *window)
{
    return (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && widget->isVisibleTo(window)
        && widget->isEnabledTo(window) && !widget->focusProxy();
}

// The controls of window (or of one page of it) that Tab should stop at.
QList<QWidget *> focusableControls(QWidget *window, QWidget *within)
{
    QList<QWidget *> controls;
    const QList<QWidget *> children = within->findChildren<QWidget *>();
    for (QWidget *widget : children) {
        if (widget->window() == window && takesTabFocus(widget, within)) {
            controls.append(widget);
        }
    }
    return controls;
}

// What a screen reader has to say about widget, or empty if it would say nothing.
bool isNamed(QWidget *widget, const QSet<const QWidget *> &labelled)
{
    if (!widget->accessibleName().isEmpty() || labelled.contains(widget)) {
        return true;
    }
    if (const auto *button = qobject_cast<QAbstractButton *>(widget)) {
        return !button->text().isEmpty();
    }
    if (const auto *label = qobject_cast<QLabel *>(widget)) {
        return !label->text().isEmpty(); // a label with links speaks its own text
    }
    if (qobject_cast<QTabBar *>(widget)) {
        return true; // each tab says its own title
    }
    // The line edit inside a spin box or an editable combo box speaks for its owner.
    QWidget *owner = widget->parentWidget();
    if (owner && (qobject_cast<QAbstractSpinBox *>(owner) || qobject_cast<QComboBox *>(owner))) {
        return isNamed(owner, labelled);
    }
    // A view's viewport belongs to the view.
    if (auto *view = qobject_cast<QAbstractItemView *>(owner); view && view->viewport() == widget) {
        return isNamed(view, labelled);
    }
    return false;
}

enum class Controls { All, InputsOnly };

QStringList unnamedControls(QWidget *window, QWidget *within, Controls which = Controls::All)
{
    QSet<const QWidget *> labelled;
    const QList<QLabel *> labels = window->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        for (const QWidget *buddy = label->buddy(); buddy; buddy = buddy->focusProxy()) {
            labelled.insert(buddy);
        }
    }
    QStringList problems;
    const QList<QWidget *> controls = focusableControls(window, within);
    for (QWidget *control : controls) {
        // Buttons and labels of a page not opened yet may get their words when it opens.
        if (which == Controls::InputsOnly
            && (qobject_cast<QAbstractButton *>(control) || qobject_cast<QLabel *>(control))) {
            continue;
        }
        if (!isNamed(control, labelled)) {
            problems.append(describe(control));
        }
    }
    return problems;
}

// Presses Tab (at most a few hundred times) and lists the controls it never reached.
QStringList unreachedByTab(QWidget *window)
{
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window)) {
        return {u"the window never became active"_s};
    }
    QList<QWidget *> controls = focusableControls(window, window);
    QSet<QWidget *> reached;
    if (QApplication::focusWidget()) {
        reached.insert(QApplication::focusWidget());
    }
    const qsizetype presses = 3 * controls.size() + 10;
    for (qsizetype press = 0; press < presses; ++press) {
        QWidget *current = QApplication::focusWidget() ? QApplication::focusWidget() : window;
        QTest::keyClick(current, Qt::Key_Tab);
        if (QApplication::focusWidget()) {
            reached.insert(QApplication::focusWidget());
        }
    }
    QStringList problems;
    for (QWidget *control : controls) {
        if (!reached.contains(control)) {
            problems.append(describe(control));
        }
    }
    return problems;
}

} // namespace

class AccessibilityTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void mainWindow();
    void composer();
    void accountDialog();
    void troubleshootingDialog();
    void wizardPages();

private:
    void check(QWidget *window, bool walkTabs = true);

    std::unique_ptr<TemporaryAccountStore> m_settings;
    std::unique_ptr<ScriptedSecretStore> m_secrets;
    std::unique_ptr<ScriptedDialogRunner> m_dialogs;
};

void AccessibilityTest::init()
{
    m_settings = std::make_unique<TemporaryAccountStore>();
    QVERIFY(m_settings->store()->add(exampleAccount()).ok());
    m_secrets = std::make_unique<ScriptedSecretStore>();
    m_dialogs = std::make_unique<ScriptedDialogRunner>();
}

void AccessibilityTest::cleanup()
{
    m_dialogs.reset();
    m_secrets.reset();
    m_settings.reset();
}

void AccessibilityTest::check(QWidget *window, bool walkTabs)
{
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const QStringList unnamed = unnamedControls(window, window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"without a label or accessible name: "_s + unnamed.join(u", "_s)));
    if (walkTabs) {
        const QStringList unreached = unreachedByTab(window);
        QVERIFY2(unreached.isEmpty(), qPrintable(u"not reached by Tab: "_s + unreached.join(u", "_s)));
    }
}

void AccessibilityTest::mainWindow()
{
    MainWindow window(m_settings->store(), m_secrets.get(), m_dialogs.get());
    check(&window);
}

void AccessibilityTest::composer()
{
    MainWindow window(m_settings->store(), m_secrets.get(), m_dialogs.get());
    Smtp::Worker worker;
    Compose::WorkerSubmission submission(m_secrets.get(), &worker);
    window.setSubmission(&submission);
    ComposerWindow *composer = window.newMessage();
    QVERIFY(composer);
    check(composer);
    composer->setAttribute(Qt::WA_DeleteOnClose, false);
    delete composer;
}

void AccessibilityTest::accountDialog()
{
    AccountDialog dialog(exampleAccount(), m_settings->store(), m_secrets.get());
    dialog.setTroubleshootingServices({});
    check(&dialog);
}

void AccessibilityTest::troubleshootingDialog()
{
    Smtp::SendResult failure;
    failure.outcome = Smtp::SendResult::Outcome::Failed;
    failure.error
        = Smtp::Error::local(Smtp::Error::Kind::ConnectionRefused, Smtp::Phase::Connecting, u"Connection refused"_s);
    TroubleshootingDialog::Services services;
    services.accounts = m_settings->store();
    services.secrets = m_secrets.get();
    services.openUrl = [](const QUrl &) {};
    TroubleshootingDialog dialog(exampleAccount(), services, failure);
    check(&dialog);
}

void AccessibilityTest::wizardPages()
{
    AccountWizard::Services services;
    services.accounts = m_settings->store();
    services.secrets = m_secrets.get();
    AccountWizard wizard(services);
    // The first page as it opens, Tab and all; the input fields of the pages behind it by their
    // labels (opening them would start a search and a connection test).
    check(&wizard);
    const QList<int> ids = wizard.pageIds();
    for (int id : ids) {
        QWizardPage *page = wizard.page(id);
        const QStringList unnamed = unnamedControls(&wizard, page, Controls::InputsOnly);
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(u"page %1 without a label or accessible name: "_s.arg(id) + unnamed.join(u", "_s)));
    }
}

QTEST_MAIN(AccessibilityTest)
#include "accessibilitytest.moc"
