// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/smtp/certificateinfo.h"

#include <QWidget>

class QLabel;
class QPushButton;

// The certificate a server presented, with what a person needs to decide whether to trust
// it: for whom it was issued, the names it is valid for, who issued it, when it is valid and
// its SHA-256 fingerprint (to compare with what the administrator says). "Trust This
// Certificate for This Account" asks for exactly this certificate to be pinned on the
// account; it never turns verification off in general.
class CertificateView : public QWidget
{
    Q_OBJECT
public:
    explicit CertificateView(QWidget *parent = nullptr);

    // chain: leaf first; problems: why verification failed, in words (may be empty).
    void showCertificate(const QList<Smtp::CertificateInfo> &chain, const QStringList &problems);
    // Whether the shown certificate is the one pinned on the account already.
    void setPinned(bool pinned);
    QString fingerprint() const { return m_leaf.sha256Fingerprint; }
    // Lines for the diagnostics report.
    QStringList describe() const;

Q_SIGNALS:
    void trustRequested(const QString &sha256Fingerprint);

private:
    Smtp::CertificateInfo m_leaf;
    QLabel *m_problems;
    QLabel *m_subject;
    QLabel *m_names;
    QLabel *m_issuer;
    QLabel *m_validity;
    QLabel *m_fingerprint;
    QLabel *m_pinnedNote;
    QPushButton *m_trustButton;
};
