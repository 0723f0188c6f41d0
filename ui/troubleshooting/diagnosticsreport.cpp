// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/troubleshooting/diagnosticsreport.h"

#include <QRegularExpression>

#include <algorithm>

void DiagnosticsReport::addSection(const QString &heading, const QStringList &lines)
{
    if (!m_text.isEmpty()) {
        m_text += QLatin1Char('\n');
    }
    m_text += QStringLiteral("== ") + heading + QStringLiteral(" ==\n");
    for (const QString &line : lines) {
        m_text += line + QLatin1Char('\n');
    }
}

QString DiagnosticsReport::text() const
{
    return m_text;
}

QStringList DiagnosticsReport::forbiddenForms(const QStringList &secrets, const QString &userName)
{
    QStringList forms;
    for (const QString &secret : secrets) {
        // Short strings would mask ordinary words; a real password this short is refused earlier.
        if (secret.size() < 4) {
            continue;
        }
        const QByteArray utf8 = secret.toUtf8();
        forms << secret << QString::fromLatin1(utf8.toBase64())
              << QString::fromLatin1(utf8.toBase64(QByteArray::OmitTrailingEquals));
        // AUTH PLAIN's payload: authorisation id, user name and password separated by NUL.
        for (const QString &user : {QString(), userName}) {
            const QByteArray plain = QByteArray(1, '\0') + user.toUtf8() + QByteArray(1, '\0') + utf8;
            forms << QString::fromLatin1(plain.toBase64())
                  << QString::fromLatin1(plain.toBase64(QByteArray::OmitTrailingEquals));
        }
    }
    forms.removeDuplicates();
    // Longest first, so that a base64 form is masked whole rather than around a shorter match.
    std::sort(forms.begin(), forms.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return forms;
}

QString DiagnosticsReport::scrubbed(const QString &text, const QStringList &secrets, const QString &userName)
{
    QString result = text;
    for (const QString &form : forbiddenForms(secrets, userName)) {
        result.replace(form, mask());
    }
    // Whatever follows the mechanism of a client's AUTH command is credentials (an initial response).
    static const QRegularExpression authCommand(QStringLiteral("(C: AUTH [A-Za-z0-9_-]+) +(?!\\[)\\S.*$"),
                                                QRegularExpression::MultilineOption
                                                    | QRegularExpression::CaseInsensitiveOption);
    result.replace(authCommand, QStringLiteral("\\1 ") + mask());
    // A client line right after a 334 challenge is an answer to it, unless the session already redacted it.
    QStringList lines = result.split(QLatin1Char('\n'));
    bool challenged = false;
    for (QString &line : lines) {
        const qsizetype client = line.indexOf(QStringLiteral(" C: "));
        const qsizetype server = line.indexOf(QStringLiteral(" S: "));
        if (challenged && client >= 0 && !line.contains(QStringLiteral("[response redacted]"))) {
            line = line.left(client + 4) + mask();
        }
        if (server >= 0) {
            challenged = line.mid(server + 4).startsWith(QStringLiteral("334"));
        } else if (client >= 0) {
            challenged = false;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

bool DiagnosticsReport::containsSecret(const QString &text, const QStringList &secrets, const QString &userName)
{
    const QStringList forms = forbiddenForms(secrets, userName);
    return std::any_of(forms.cbegin(), forms.cend(), [&text](const QString &form) { return text.contains(form); });
}
