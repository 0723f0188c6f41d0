// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoconfig/xmlguard.h"

namespace Autoconfig
{

XmlGuard::XmlGuard(const QByteArray &document, int maxDepth, int maxElements)
    : m_reader(document)
    , m_maxDepth(maxDepth)
    , m_maxElements(maxElements)
{
    m_reader.setNamespaceProcessing(true);
}

bool XmlGuard::next()
{
    if (m_error != Error::None) {
        return false;
    }
    switch (m_reader.readNext()) {
    case QXmlStreamReader::StartElement:
        ++m_depth;
        ++m_elements;
        if (m_depth > m_maxDepth) {
            fail(Error::TooDeep,
                 QStringLiteral("nesting deeper than %1 at line %2").arg(m_maxDepth).arg(m_reader.lineNumber()));
        } else if (m_elements > m_maxElements) {
            fail(Error::TooManyElements, QStringLiteral("more than %1 elements").arg(m_maxElements));
        }
        break;
    case QXmlStreamReader::EndElement:
        --m_depth;
        break;
    case QXmlStreamReader::DTD:
        fail(Error::DocumentTypeDeclaration,
             QStringLiteral("document type declaration at line %1").arg(m_reader.lineNumber()));
        break;
    case QXmlStreamReader::EntityReference:
        fail(Error::EntityReference, QStringLiteral("entity reference at line %1").arg(m_reader.lineNumber()));
        break;
    case QXmlStreamReader::Invalid:
        fail(Error::NotWellFormed,
             QStringLiteral("%1 (line %2)").arg(m_reader.errorString()).arg(m_reader.lineNumber()));
        break;
    case QXmlStreamReader::EndDocument:
        return false;
    default:
        break;
    }
    return m_error == Error::None;
}

void XmlGuard::fail(Error error, const QString &detail)
{
    if (m_error == Error::None) {
        m_error = error;
        m_detail = detail;
    }
}

bool XmlGuard::readRootElement()
{
    while (next()) {
        if (m_reader.tokenType() == QXmlStreamReader::StartElement) {
            return true;
        }
    }
    return false;
}

QString XmlGuard::attribute(const QString &name) const
{
    return m_reader.attributes().value(name).toString();
}

bool XmlGuard::readChildren(const std::function<void(QStringView name)> &childHandler)
{
    const int elementDepth = m_depth;
    while (next()) {
        if (m_reader.tokenType() == QXmlStreamReader::StartElement && m_depth == elementDepth + 1) {
            childHandler(m_reader.name());
            // Whatever the handler left unread of the child is skipped here.
            while (m_depth > elementDepth && next()) { }
        } else if (m_reader.tokenType() == QXmlStreamReader::EndElement && m_depth < elementDepth) {
            return true;
        }
    }
    return m_error == Error::None;
}

QString XmlGuard::readText()
{
    const int elementDepth = m_depth;
    QString text;
    while (next()) {
        if (m_reader.tokenType() == QXmlStreamReader::Characters && m_depth == elementDepth) {
            text += m_reader.text();
        } else if (m_reader.tokenType() == QXmlStreamReader::EndElement && m_depth < elementDepth) {
            break;
        }
    }
    return text.trimmed();
}

void XmlGuard::skipElement()
{
    const int elementDepth = m_depth;
    while (m_depth >= elementDepth && next()) { }
}

bool XmlGuard::finish()
{
    while (next()) { }
    return m_error == Error::None;
}

} // namespace Autoconfig
