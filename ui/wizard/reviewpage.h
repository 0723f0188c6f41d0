// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/accounts/account.h"

#include <QWizardPage>

class AccountSettingsForm;
class AccountWizard;
class QComboBox;
class QLabel;

// The settings the account will use, editable in the same form the account dialog uses,
// with where each value came from beside it (the source that found it, Kurier's default, or
// the user). "No encryption" needs the form's explicit "I understand the risks". When nothing
// was found, or the user chose to, this is the manual set-up form.
class ReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ReviewPage(AccountWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    AccountSettingsForm *form() const { return m_form; }

private:
    void fillFromServer(int index);
    void updateSources();

    AccountWizard *m_wizard;
    QLabel *m_intro;
    QComboBox *m_serverChoice;
    QWidget *m_serverChoiceRow;
    AccountSettingsForm *m_form;
    QLabel *m_sources;
    Accounts::Account m_suggested; // as found (or Kurier's defaults), to tell the user's changes apart
    bool m_fromDiscovery = false;
};
