// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/reviewpage.h"

#include "app/cli/autoconfigcommand.h"
#include "autoconfig/messages.h"
#include "autoconfig/registrabledomain.h"
#include "ui/accounts/accountlabels.h"
#include "ui/accounts/accountsettingsform.h"
#include "ui/wizard/accountwizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

ReviewPage::ReviewPage(AccountWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_intro(new QLabel(this))
    , m_serverChoice(new QComboBox(this))
    , m_serverChoiceRow(new QWidget(this))
    , m_form(new AccountSettingsForm(this))
    , m_sources(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewPage"));
    setTitle(tr("Check the settings"));
    m_intro->setObjectName(QStringLiteral("reviewIntro"));
    m_intro->setWordWrap(true);
    m_serverChoice->setObjectName(QStringLiteral("reviewServerChoice"));
    m_form->setIdentityVisible(false);
    m_sources->setObjectName(QStringLiteral("reviewSources"));
    m_sources->setWordWrap(true);
    m_sources->setTextFormat(Qt::RichText);

    auto *choiceLayout = new QFormLayout(m_serverChoiceRow);
    choiceLayout->setContentsMargins(0, 0, 0, 0);
    choiceLayout->addRow(tr("Servers &found:"), m_serverChoice);

    auto *sourcesBox = new QGroupBox(tr("Where these values come from"), this);
    auto *sourcesLayout = new QVBoxLayout(sourcesBox);
    sourcesLayout->addWidget(m_sources);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_intro);
    contentLayout->addWidget(m_serverChoiceRow);
    contentLayout->addWidget(m_form);
    contentLayout->addWidget(sourcesBox);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("reviewScrollArea"));
    scroll->setAccessibleName(tr("Settings to review"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_form, &AccountSettingsForm::edited, this, [this] {
        updateSources();
        Q_EMIT completeChanged();
    });
    connect(m_serverChoice, &QComboBox::activated, this, &ReviewPage::fillFromServer);
}

void ReviewPage::initializePage()
{
    m_fromDiscovery = m_wizard->usesDiscoveredSettings();
    m_serverChoice->clear();
    if (m_fromDiscovery) {
        const Autoconfig::Discovery &discovery = *m_wizard->discovery();
        QList<Autoconfig::OutgoingServer> servers{*discovery.settings};
        servers += discovery.alternatives;
        for (const Autoconfig::OutgoingServer &server : std::as_const(servers)) {
            const Accounts::Account settings = Cli::AutoconfigCommand::accountSettings(server);
            m_serverChoice->addItem(
                tr("%1:%2 (%3)").arg(server.hostname).arg(server.port).arg(AccountLabels::security(settings.security)));
        }
        m_serverChoiceRow->setVisible(servers.size() > 1);
        m_intro->setText(tr("These are the settings Kurier found. Change anything that your provider tells you "
                            "differently; the next page tests them."));
        fillFromServer(0);
    } else {
        m_serverChoiceRow->setVisible(false);
        m_intro->setText(tr("Enter your provider's outgoing mail server settings. Its help pages list them, usually "
                            "under \"outgoing mail server\" or \"SMTP\"."));
        Accounts::Account account;
        account.displayName = m_wizard->displayName();
        account.email = m_wizard->emailAddress();
        account.authMethod = m_wizard->signInMethod(account.authMethod);
        m_suggested = account;
        m_form->setAccount(account, AccountSettingsForm::Origin::NewAccount);
        updateSources();
    }
}

void ReviewPage::fillFromServer(int index)
{
    const Autoconfig::Discovery &discovery = *m_wizard->discovery();
    const Autoconfig::OutgoingServer server
        = index == 0 ? *discovery.settings : discovery.alternatives.value(index - 1);
    Accounts::Account account = Cli::AutoconfigCommand::accountSettings(server);
    account.authMethod = m_wizard->signInMethod(account.authMethod);
    account.displayName = m_wizard->displayName();
    account.email = m_wizard->emailAddress();
    m_suggested = account;
    m_form->setAccount(account, AccountSettingsForm::Origin::Suggested);
    m_serverChoice->setCurrentIndex(index);
    updateSources();
    Q_EMIT completeChanged();
}

void ReviewPage::updateSources()
{
    const Accounts::Account current = m_form->account();
    QString finder;
    if (m_fromDiscovery) {
        finder = m_serverChoice->currentIndex() <= 0 ? Autoconfig::Messages::sourceLabel(m_wizard->discovery()->source)
                                                     : tr("another source of the search");
    }
    // A value the user did not change comes from the search, or else is Kurier's default.
    const auto origin = [&](bool asSuggested) {
        if (!asSuggested) {
            return tr("set by you");
        }
        return m_fromDiscovery ? tr("found by: %1").arg(finder) : tr("Kurier's default");
    };
    QStringList rows;
    const auto row = [&rows](const QString &name, const QString &value, const QString &source) {
        rows.append(QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3</td></tr>")
                        .arg(name.toHtmlEscaped(), value.toHtmlEscaped(), source.toHtmlEscaped()));
    };
    row(tr("Server"), current.host, origin(m_fromDiscovery && current.host == m_suggested.host));
    const QString domain = Autoconfig::RegistrableDomain::of(current.host.toLower());
    if (!domain.isEmpty()) {
        row(tr("Server's domain"), domain, tr("who runs the server"));
    }
    const bool portAsSuggested
        = m_fromDiscovery ? current.port == m_suggested.port : current.port == Accounts::defaultPort(current.security);
    row(tr("Port"), AccountLabels::port(current.port, current.security), origin(portAsSuggested));
    row(tr("Security"), AccountLabels::security(current.security), origin(current.security == m_suggested.security));
    row(tr("Sign-in method"), AccountLabels::authMethod(current.authMethod),
        origin(current.authMethod == m_suggested.authMethod));
    if (current.authMethod != Accounts::AuthMethod::None) {
        const bool userNameAsSuggested
            = m_fromDiscovery ? current.userName == m_suggested.userName : current.userName == current.email;
        row(tr("User name"), current.userName,
            userNameAsSuggested && current.userName == current.email ? tr("your email address")
                                                                     : origin(userNameAsSuggested));
    }
    m_sources->setText(QStringLiteral("<table cellspacing=\"4\">%1</table>").arg(rows.join(QString())));
}

bool ReviewPage::isComplete() const
{
    return m_form->problems().isEmpty();
}

bool ReviewPage::validatePage()
{
    if (!m_form->validate()) {
        return false;
    }
    m_wizard->setAccount(m_form->account());
    return true;
}
