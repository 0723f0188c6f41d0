// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "emlcheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace
{

QString fileNameFor(const QString &name)
{
    QString safe;
    for (const QChar c : name) {
        safe += c.isLetterOrNumber() && c.unicode() < 0x80 ? c : u'-';
    }
    return safe;
}

QString validatorPath()
{
    return QStringLiteral(KURIER_SHARED_DIR) + u"/tools/validate_eml.py"_s;
}

} // namespace

QString EmlCheck::outputDir()
{
    const QString dir = QStringLiteral(KURIER_MIME_TEST_OUT);
    QDir().mkpath(dir);
    return dir;
}

QString EmlCheck::save(const QString &name, const QByteArray &eml)
{
    const QString path = outputDir() + u'/' + fileNameFor(name) + u".eml"_s;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(eml) != eml.size()) {
        return {};
    }
    return path;
}

QString EmlCheck::run(const QStringList &arguments)
{
    // Debian's own interpreter first: it starts fast (no version-manager shim) and is the
    // one CI has.
    const QString python = QFileInfo::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s
                                                                    : QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty()) {
        return u"python3 is not installed"_s;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(python, arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return u"%1 did not finish"_s.arg(arguments.value(0));
    }
    const QString output = QString::fromUtf8(process.readAll()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return output.isEmpty() ? u"%1 failed"_s.arg(arguments.value(0)) : output;
    }
    return {};
}

QString EmlCheck::python(const QString &name, const QByteArray &eml, const QJsonObject &expected)
{
    const QString path = save(name, eml);
    const QString jsonPath = outputDir() + u'/' + fileNameFor(name) + u".json"_s;
    QFile json(jsonPath);
    if (path.isEmpty() || !json.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return u"cannot write to %1"_s.arg(outputDir());
    }
    json.write(QJsonDocument(expected).toJson());
    json.close();
    return run({QStringLiteral(KURIER_MIME_TEST_DIR) + u"/check_composed.py"_s, path, jsonPath});
}

bool EmlCheck::validatorAvailable()
{
    return QFileInfo::exists(validatorPath());
}

QString EmlCheck::validator(const QString &name, const QByteArray &eml, const QStringList &options)
{
    if (!validatorAvailable()) {
        return {};
    }
    const QString path = save(name, eml);
    const QString problems = run(QStringList{validatorPath(), u"-q"_s} + options + QStringList{path});
    // validate_eml.py prints warnings even on success; only a failing exit status counts.
    return problems;
}

QString EmlCheck::lines(const QByteArray &eml)
{
    if (eml.contains('\0')) {
        return u"NUL byte"_s;
    }
    const QList<QByteArray> split = eml.split('\n');
    bool inHeader = true;
    bool sawEnd = false;
    for (qsizetype i = 0; i < split.size(); ++i) {
        QByteArray line = split.at(i);
        const bool last = i == split.size() - 1;
        if (last) {
            if (!line.isEmpty()) {
                return u"the message does not end with CRLF"_s;
            }
            break;
        }
        if (!line.endsWith('\r')) {
            return u"bare LF at line %1"_s.arg(i + 1);
        }
        line.chop(1);
        if (line.contains('\r')) {
            return u"bare CR at line %1"_s.arg(i + 1);
        }
        if (line.size() > 998) {
            return u"line %1 has %2 octets"_s.arg(i + 1).arg(line.size());
        }
        if (inHeader && line.isEmpty()) {
            inHeader = false;
            sawEnd = true;
            continue;
        }
        if (inHeader && line.size() > 78) {
            // Acceptable only when the line is one token that cannot be broken.
            const QByteArray content = line.trimmed();
            const qsizetype colon = content.indexOf(": ");
            const QByteArray value = (line.startsWith(' ') || colon < 0) ? content : content.mid(colon + 2);
            if (value.contains(' ')) {
                return u"header line %1 has %2 octets and could have been folded: %3"_s.arg(i + 1)
                    .arg(line.size())
                    .arg(QString::fromUtf8(line));
            }
        }
    }
    return sawEnd ? QString() : u"no empty line ends the header"_s;
}

QByteArray EmlCheck::headerSection(const QByteArray &eml)
{
    const qsizetype end = eml.indexOf("\r\n\r\n");
    return end < 0 ? eml : eml.left(end + 2);
}

QByteArray EmlCheck::anyHeader(const QByteArray &eml, const QByteArray &name)
{
    const qsizetype start = eml.indexOf(QByteArray("\r\n" + name + ':'));
    if (start < 0) {
        return header(eml, name);
    }
    const qsizetype end = eml.indexOf("\r\n\r\n", start + 2);
    return header(eml.mid(start + 2, end < 0 ? -1 : end - start), name);
}

QByteArray EmlCheck::header(const QByteArray &eml, const QByteArray &name)
{
    const QByteArray section = headerSection(eml);
    const QByteArray unfolded = QByteArray(section).replace("\r\n ", " ").replace("\r\n\t", "\t");
    for (const QByteArray &line : unfolded.split('\n')) {
        const QByteArray trimmed = line.endsWith('\r') ? line.chopped(1) : line;
        if (trimmed.toLower().startsWith(QByteArray(name.toLower() + ':'))) {
            return trimmed.mid(name.size() + 1).trimmed();
        }
    }
    return {};
}
