// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "autoconfig/discovery.h"

#include <QWizardPage>

#include <optional>

class AccountWizard;
class QButtonGroup;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Autoconfig
{
class Lookup;
}

// The search for the server settings, shown as it happens: one row per place Kurier looks,
// with its state (searching, found, nothing, failed and why). Then what was found, where
// from, whether Kurier can vouch for it, the full domain of every server, and what the
// provider says must be done first (app password, enabling SMTP access). Answers that need
// the user's yes (DNS, http, guessed, another domain) wait for it in plain words; without it
// the user fills in the settings. The search can be stopped, and Back stops it too.
class DiscoveryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DiscoveryPage(AccountWizard *wizard);
    ~DiscoveryPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    bool isSearching() const;
    void stopSearch();

private:
    void startSearch();
    void onSourceChanged(const Autoconfig::SourceReport &report);
    void onFinished(const Autoconfig::Discovery &discovery);
    void setSearching(bool searching);
    void showResult();
    QTreeWidgetItem *rowFor(Autoconfig::SourceKind kind);
    QString stateText(const Autoconfig::SourceReport &report) const;

    AccountWizard *m_wizard;
    Autoconfig::Lookup *m_lookup = nullptr;
    std::optional<Autoconfig::Discovery> m_discovery;
    bool m_stopped = false;

    QLabel *m_status;
    QProgressBar *m_busy;
    QPushButton *m_stopButton;
    QTreeWidget *m_sources;
    QLabel *m_hints;
    QLabel *m_summary;
    QLabel *m_consent;
    QWidget *m_choice;
    QButtonGroup *m_choiceGroup;
    QRadioButton *m_useFound;
    QRadioButton *m_enterMyself;
};
