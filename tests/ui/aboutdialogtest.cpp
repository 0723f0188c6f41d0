// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/aboutdialog.h"

#include <QLabel>
#include <QRegularExpression>
#include <QTest>

class AboutDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(
            QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints).*")));
    }

    void showsVersionAndQt()
    {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), AboutDialog::tr("About Kurier"));
        auto *text = dialog.findChild<QLabel *>(QStringLiteral("aboutTextLabel"));
        QVERIFY(text);
        QVERIFY(text->isVisible());
        QVERIFY(text->text().contains(QStringLiteral("Kurier " KURIER_VERSION_STRING)));
        QVERIFY(text->text().contains(QString::fromLatin1(qVersion())));
        QVERIFY(text->text().contains(QStringLiteral("GNU General Public License")));
    }

    void showsIcon()
    {
        AboutDialog dialog;
        auto *icon = dialog.findChild<QLabel *>(QStringLiteral("aboutIconLabel"));
        QVERIFY(icon);
        QVERIFY(!icon->pixmap().isNull());
    }
};

QTEST_MAIN(AboutDialogTest)
#include "aboutdialogtest.moc"
