// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// The independent readers a composed message must satisfy: Python's email package
// (check_composed.py, always) and ../shared/tools/validate_eml.py (only where the shared
// folder exists, so the tests also pass without it). Each writes the message to
// <build>/tests/mime/test-out/NAME.eml (kept for inspection) and returns the problems
// found, empty when there are none.
class EmlCheck
{
public:
    // Where messages and expectations are written.
    static QString outputDir();
    static QString save(const QString &name, const QByteArray &eml);

    // Python's email package (policy.default) against the expectations; see check_composed.py.
    static QString python(const QString &name, const QByteArray &eml, const QJsonObject &expected);
    // validate_eml.py with the given options; empty also when the validator is absent.
    static QString validator(const QString &name, const QByteArray &eml, const QStringList &options = {});
    static bool validatorAvailable();

    // Structural rules checked in C++: CRLF only, lines ≤ 998, header lines ≤ 78 unless a
    // single unbreakable token needs more, an empty line ending the header.
    static QString lines(const QByteArray &eml);
    // The value of a top-level header with folding undone (raw, not decoded).
    static QByteArray header(const QByteArray &eml, const QByteArray &name);
    // The same for the first such header anywhere in the message (a part's header).
    static QByteArray anyHeader(const QByteArray &eml, const QByteArray &name);
    static QByteArray headerSection(const QByteArray &eml);

private:
    static QString run(const QStringList &arguments);
};
