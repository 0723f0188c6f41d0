// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/messageboxdialogrunner.h"

#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QWidget>

#include <optional>

// The application's DialogRunner: window-modal boxes that answer through the callback,
// never by blocking the caller.
class MessageBoxDialogRunnerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(
            QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints).*")));
    }

    void answersThroughCallback_data()
    {
        QTest::addColumn<bool>("clickAccept");
        QTest::addColumn<int>("expectedAnswer");
        QTest::newRow("accept button") << true << int(DialogRunner::Answer::Accepted);
        QTest::newRow("cancel button") << false << int(DialogRunner::Answer::Declined);
    }

    void answersThroughCallback()
    {
        QFETCH(bool, clickAccept);
        QFETCH(int, expectedAnswer);

        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MessageBoxDialogRunner runner;
        DialogRunner::Question question;
        question.kind = DialogRunner::Kind::Destructive;
        question.title = QStringLiteral("Remove Account");
        question.text = QStringLiteral("Remove the account \"Ola\"?");
        question.acceptLabel = QStringLiteral("Remove Account");
        std::optional<DialogRunner::Answer> answer;
        runner.ask(&window, question, &window, [&answer](DialogRunner::Answer a) { answer = a; });
        QVERIFY(!answer); // ask() returns before anyone has answered

        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>()) && box->isVisible());
        QCOMPARE(box->text(), question.text);
        QVERIFY(box->isModal());
        // Return alone must not confirm something destructive.
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QPushButton *accept = nullptr;
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == question.acceptLabel) {
                accept = qobject_cast<QPushButton *>(button);
            }
        }
        QVERIFY(accept);
        QTest::mouseClick(clickAccept ? accept : box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(int(*answer), expectedAnswer);
        QTRY_VERIFY(!window.findChild<QMessageBox *>());
    }

    void tellsWithoutBlocking()
    {
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MessageBoxDialogRunner runner;
        runner.tell(&window,
                    {DialogRunner::Severity::Warning, QStringLiteral("Account Not Removed"),
                     QStringLiteral("Kurier could not remove the account."), QStringLiteral("Details")});
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>()) && box->isVisible());
        QCOMPARE(box->icon(), QMessageBox::Warning);
        QCOMPARE(box->informativeText(), QStringLiteral("Details"));
        box->button(QMessageBox::Ok)->click();
        QTRY_VERIFY(!window.findChild<QMessageBox *>());
    }
};

QTEST_MAIN(MessageBoxDialogRunnerTest)
#include "messageboxdialogrunnertest.moc"
