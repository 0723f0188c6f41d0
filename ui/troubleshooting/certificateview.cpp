// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/troubleshooting/certificateview.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace
{

QLabel *valueLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

CertificateView::CertificateView(QWidget *parent)
    : QWidget(parent)
    , m_problems(valueLabel(this, QStringLiteral("certificateProblems")))
    , m_subject(valueLabel(this, QStringLiteral("certificateSubject")))
    , m_names(valueLabel(this, QStringLiteral("certificateNames")))
    , m_issuer(valueLabel(this, QStringLiteral("certificateIssuer")))
    , m_validity(valueLabel(this, QStringLiteral("certificateValidity")))
    , m_fingerprint(valueLabel(this, QStringLiteral("certificateFingerprint")))
    , m_pinnedNote(valueLabel(this, QStringLiteral("certificatePinnedNote")))
    , m_trustButton(new QPushButton(tr("Trust This Certificate for This Account"), this))
{
    setObjectName(QStringLiteral("certificateView"));
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_trustButton->setObjectName(QStringLiteral("trustCertificateButton"));
    m_trustButton->setToolTip(tr("Kurier will accept this one certificate for this account, and only until the "
                                 "server presents a different one. Do this only if the administrator confirmed "
                                 "the fingerprint."));
    connect(m_trustButton, &QPushButton::clicked, this, [this] { Q_EMIT trustRequested(m_leaf.sha256Fingerprint); });

    auto *form = new QFormLayout;
    form->addRow(tr("Issued to:"), m_subject);
    form->addRow(tr("Valid for:"), m_names);
    form->addRow(tr("Issued by:"), m_issuer);
    form->addRow(tr("Valid:"), m_validity);
    form->addRow(tr("SHA-256:"), m_fingerprint);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_problems);
    layout->addLayout(form);
    layout->addWidget(m_pinnedNote);
    layout->addWidget(m_trustButton, 0, Qt::AlignLeft);
    m_pinnedNote->setText(tr("You trusted this certificate for this account."));
    m_pinnedNote->hide();
}

void CertificateView::showCertificate(const QList<Smtp::CertificateInfo> &chain, const QStringList &problems)
{
    m_leaf = chain.isEmpty() ? Smtp::CertificateInfo() : chain.first();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_subject->setText(m_leaf.subject);
    m_names->setText(m_leaf.subjectAlternativeNames.isEmpty()
                         ? tr("(no names listed)")
                         : m_leaf.subjectAlternativeNames.join(QStringLiteral(", ")));
    m_issuer->setText(m_leaf.selfSigned ? tr("%1 (self-signed)").arg(m_leaf.issuer) : m_leaf.issuer);
    const QLocale locale;
    m_validity->setText(tr("from %1 to %2")
                            .arg(locale.toString(m_leaf.notBefore.toLocalTime(), QLocale::ShortFormat),
                                 locale.toString(m_leaf.notAfter.toLocalTime(), QLocale::ShortFormat)));
    m_fingerprint->setText(m_leaf.sha256Fingerprint);
    m_trustButton->setEnabled(!m_leaf.sha256Fingerprint.isEmpty());
}

void CertificateView::setPinned(bool pinned)
{
    m_pinnedNote->setVisible(pinned);
    m_trustButton->setVisible(!pinned);
}

QStringList CertificateView::describe() const
{
    if (m_leaf.sha256Fingerprint.isEmpty()) {
        return {};
    }
    QStringList lines{
        tr("Issued to: %1").arg(m_leaf.subject),
        tr("Valid for: %1").arg(m_leaf.subjectAlternativeNames.join(QStringLiteral(", "))),
        tr("Issued by: %1").arg(m_leaf.issuer),
        tr("Valid: from %1 to %2").arg(m_leaf.notBefore.toString(Qt::ISODate), m_leaf.notAfter.toString(Qt::ISODate)),
        tr("SHA-256: %1").arg(m_leaf.sha256Fingerprint)};
    if (!m_problems->text().isEmpty()) {
        lines.prepend(m_problems->text());
    }
    return lines;
}
