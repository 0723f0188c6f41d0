// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QXmlStreamReader>

#include <functional>

namespace Autoconfig
{

// A QXmlStreamReader that refuses what hostile documents use against parsers: any DTD (so no
// entity is ever declared, let alone expanded), entity references, nesting beyond a depth limit
// and more elements than a limit. After the first error every read returns false, so the
// recursive readers built on it unwind without checking at every step.
class XmlGuard
{
public:
    enum class Error { None, NotWellFormed, DocumentTypeDeclaration, EntityReference, TooDeep, TooManyElements };

    XmlGuard(const QByteArray &document, int maxDepth, int maxElements);

    // Moves to the document element; false if there is none or the prolog is refused.
    bool readRootElement();
    // The current element's local name and attributes.
    QStringView name() const { return m_reader.name(); }
    QString attribute(const QString &name) const;
    // Calls childHandler for each child element of the current element; the handler reads or
    // skips the child (what it leaves unread is skipped). False if the document was refused.
    bool readChildren(const std::function<void(QStringView name)> &childHandler);
    // The element's text (child elements skipped), trimmed.
    QString readText();
    void skipElement();
    // Reads to the end of the document so that trailing garbage is noticed.
    bool finish();

    Error error() const { return m_error; }
    QString detail() const { return m_detail; }

private:
    bool next();
    void fail(Error error, const QString &detail);

    QXmlStreamReader m_reader;
    int m_maxDepth;
    int m_maxElements;
    int m_depth = 0;
    int m_elements = 0;
    Error m_error = Error::None;
    QString m_detail;
};

} // namespace Autoconfig
