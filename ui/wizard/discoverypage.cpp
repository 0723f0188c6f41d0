// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/discoverypage.h"

#include "app/cli/autoconfigcommand.h"
#include "autoconfig/lookup.h"
#include "autoconfig/messages.h"
#include "autoconfig/registrabledomain.h"
#include "ui/accounts/accountlabels.h"
#include "ui/wizard/accountwizard.h"

#include <QButtonGroup>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using Autoconfig::Discovery;
using Autoconfig::Messages;
using Autoconfig::SourceKind;
using Autoconfig::SourceReport;
using Autoconfig::SourceState;

namespace
{

enum Column { SourceColumn, StateColumn, DetailColumn };
constexpr int KindRole = Qt::UserRole + 1;

QLabel *wrappingLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

// "smtp.mail.example.co.uk" -> "example.co.uk": the part that says who runs the server. A
// name that is itself a public suffix, or an address, is shown whole.
QString domainOf(const QString &host)
{
    const QString domain = Autoconfig::RegistrableDomain::of(host.toLower());
    return domain.isEmpty() ? host : domain;
}

QString serverLine(const Autoconfig::OutgoingServer &server)
{
    const Accounts::Account settings = Cli::AutoconfigCommand::accountSettings(server);
    return DiscoveryPage::tr("%1, port %2, %3 — domain <b>%4</b>")
        .arg(server.hostname.toHtmlEscaped())
        .arg(server.port)
        .arg(AccountLabels::security(settings.security).toHtmlEscaped(), domainOf(server.hostname).toHtmlEscaped());
}

} // namespace

DiscoveryPage::DiscoveryPage(AccountWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_stopButton(new QPushButton(this))
    , m_sources(new QTreeWidget(this))
    , m_hints(wrappingLabel(QStringLiteral("discoveryHints"), this))
    , m_summary(wrappingLabel(QStringLiteral("discoverySummary"), this))
    , m_consent(wrappingLabel(QStringLiteral("discoveryConsent"), this))
    , m_choice(new QWidget(this))
    , m_choiceGroup(new QButtonGroup(this))
    , m_useFound(new QRadioButton(tr("&Use these settings"), m_choice))
    , m_enterMyself(new QRadioButton(tr("&Enter the settings myself"), m_choice))
{
    setObjectName(QStringLiteral("discoveryPage"));
    setTitle(tr("Finding your server settings"));

    m_status->setObjectName(QStringLiteral("discoveryStatus"));
    m_status->setWordWrap(true);
    m_busy->setObjectName(QStringLiteral("discoveryBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(m_status->sizeHint().height() / 2 + 4);
    m_stopButton->setObjectName(QStringLiteral("discoveryStopButton"));
    // Named before the first search, so the button never exists without words for a screen reader.
    m_stopButton->setText(tr("&Stop Searching"));

    m_sources->setObjectName(QStringLiteral("discoverySources"));
    m_sources->setColumnCount(3);
    m_sources->setHeaderLabels({tr("Where Kurier looks"), tr("State"), tr("Details")});
    m_sources->setRootIsDecorated(false);
    m_sources->setUniformRowHeights(true);
    m_sources->setSelectionMode(QAbstractItemView::NoSelection);
    m_sources->setWordWrap(true);
    m_sources->header()->setSectionResizeMode(SourceColumn, QHeaderView::ResizeToContents);
    m_sources->header()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_sources->setAccessibleName(tr("Search progress"));

    auto *hintFrame = new QFrame(this);
    hintFrame->setObjectName(QStringLiteral("discoveryHintFrame"));
    hintFrame->setFrameShape(QFrame::StyledPanel);
    auto *hintLayout = new QVBoxLayout(hintFrame);
    hintLayout->addWidget(m_hints);
    m_hints->setOpenExternalLinks(true);
    m_hints->setTextInteractionFlags(Qt::TextBrowserInteraction);
    hintFrame->setVisible(false);

    m_useFound->setObjectName(QStringLiteral("discoveryUseFound"));
    m_enterMyself->setObjectName(QStringLiteral("discoveryEnterMyself"));
    m_choiceGroup->addButton(m_useFound);
    m_choiceGroup->addButton(m_enterMyself);
    auto *choiceLayout = new QVBoxLayout(m_choice);
    choiceLayout->setContentsMargins(0, 0, 0, 0);
    choiceLayout->addWidget(m_consent);
    choiceLayout->addWidget(m_useFound);
    choiceLayout->addWidget(m_enterMyself);
    m_choice->setVisible(false);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_busy);
    statusRow->addWidget(m_stopButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(statusRow);
    layout->addWidget(hintFrame);
    layout->addWidget(m_sources, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_choice);

    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        if (isSearching()) {
            stopSearch();
        } else {
            startSearch();
        }
    });
    connect(m_choiceGroup, &QButtonGroup::buttonToggled, this, &DiscoveryPage::completeChanged);
}

DiscoveryPage::~DiscoveryPage() = default;

void DiscoveryPage::initializePage()
{
    startSearch();
}

void DiscoveryPage::cleanupPage()
{
    // Back to the address: whatever is still running is of no use any more.
    if (isSearching()) {
        m_lookup->abort();
    }
    setSearching(false);
}

bool DiscoveryPage::isSearching() const
{
    return m_lookup && m_lookup->isRunning();
}

void DiscoveryPage::startSearch()
{
    if (m_lookup) {
        m_lookup->abort();
        m_lookup->deleteLater();
    }
    m_discovery.reset();
    m_stopped = false;
    m_sources->clear();
    m_summary->clear();
    m_hints->clear();
    m_hints->parentWidget()->setVisible(false);
    m_choice->setVisible(false);
    m_choiceGroup->setExclusive(false);
    m_useFound->setChecked(false);
    m_enterMyself->setChecked(false);
    m_choiceGroup->setExclusive(true);

    const QString address = m_wizard->emailAddress();
    setSubTitle(tr("Looking for the settings of %1 in several places at once.").arg(address));
    m_lookup = new Autoconfig::Lookup(m_wizard->services().lookupConfig, this);
    connect(m_lookup, &Autoconfig::Lookup::sourceChanged, this, &DiscoveryPage::onSourceChanged);
    connect(m_lookup, &Autoconfig::Lookup::finished, this, &DiscoveryPage::onFinished);
    m_lookup->start(address);
    setSearching(true);
}

void DiscoveryPage::stopSearch()
{
    if (!isSearching()) {
        return;
    }
    m_lookup->abort();
    m_stopped = true;
    for (int row = 0; row < m_sources->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_sources->topLevelItem(row);
        if (item->data(StateColumn, KindRole).toInt() == static_cast<int>(SourceState::Waiting)) {
            item->setText(StateColumn, tr("Stopped"));
            item->setText(DetailColumn, tr("Stopped before it answered."));
        }
    }
    setSearching(false);
    m_summary->setText(tr("You stopped the search. Enter the settings yourself on the next page, or search again."));
}

void DiscoveryPage::setSearching(bool searching)
{
    m_busy->setVisible(searching);
    m_stopButton->setText(searching ? tr("&Stop Searching") : tr("&Search Again"));
    if (searching) {
        m_status->setText(tr("Searching…"));
    } else if (m_discovery && m_discovery->settings) {
        m_status->setText(tr("Done in %1 s.").arg(QLocale().toString(double(m_discovery->elapsedMs) / 1000.0, 'f', 1)));
    } else if (m_stopped) {
        m_status->setText(tr("Search stopped."));
    } else {
        m_status->setText(tr("Search finished."));
    }
    Q_EMIT completeChanged();
}

QTreeWidgetItem *DiscoveryPage::rowFor(SourceKind kind)
{
    for (int row = 0; row < m_sources->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_sources->topLevelItem(row);
        if (item->data(SourceColumn, KindRole).toInt() == static_cast<int>(kind)) {
            return item;
        }
    }
    auto *item = new QTreeWidgetItem(m_sources);
    item->setData(SourceColumn, KindRole, static_cast<int>(kind));
    item->setText(SourceColumn, Messages::sourceLabel(kind));
    return item;
}

QString DiscoveryPage::stateText(const SourceReport &report) const
{
    switch (report.state) {
    case SourceState::Waiting:
        // The guesser only starts when every other place came back empty.
        return report.kind == SourceKind::Guess ? tr("Waiting for the others") : tr("Searching…");
    case SourceState::Found:
        return tr("Found");
    case SourceState::Nothing:
        return tr("Nothing");
    case SourceState::Failed:
        return tr("Failed");
    case SourceState::Skipped:
        return tr("Skipped");
    case SourceState::Cancelled:
        return tr("Not needed");
    }
    return {};
}

void DiscoveryPage::onSourceChanged(const SourceReport &report)
{
    QTreeWidgetItem *item = rowFor(report.kind);
    item->setData(StateColumn, KindRole, static_cast<int>(report.state));
    item->setText(StateColumn, stateText(report));
    const QString detail = Messages::describe(report);
    item->setText(DetailColumn, detail);
    item->setToolTip(DetailColumn, report.technical.isEmpty() ? detail : detail + QLatin1Char('\n') + report.technical);
}

void DiscoveryPage::onFinished(const Discovery &discovery)
{
    m_discovery = discovery;
    for (const SourceReport &report : discovery.sources) {
        onSourceChanged(report);
    }
    setSearching(false);
    showResult();
}

void DiscoveryPage::showResult()
{
    const Discovery &discovery = *m_discovery;
    const QString language = m_wizard->services().lookupConfig.language;

    QStringList hints;
    for (Autoconfig::Hint hint : discovery.hints) {
        const QUrl url = hint.url;
        hint.url.clear();
        QString line = Messages::describe(hint, language).toHtmlEscaped();
        if (!url.isEmpty()) {
            const QString shown = url.toString().toHtmlEscaped();
            line += QStringLiteral(" <a href=\"%1\">%2</a>")
                        .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), shown);
        }
        hints.append(QStringLiteral("<li>%1</li>").arg(line));
    }
    if (!hints.isEmpty()) {
        m_hints->setText(QStringLiteral("<b>%1</b><ul>%2</ul>")
                             .arg(tr("Before your first message can go out").toHtmlEscaped(), hints.join(QString())));
        m_hints->parentWidget()->setVisible(true);
    }

    if (!discovery.settings) {
        m_summary->setText(tr("No settings were found for %1. Your provider's help pages list them, usually under "
                              "\"outgoing mail server\" or \"SMTP\"; enter them on the next page.")
                               .arg(discovery.emailAddress.toHtmlEscaped()));
        return;
    }

    QStringList lines;
    const QString provider = discovery.providerName.isEmpty() ? QString() : discovery.providerName.toHtmlEscaped();
    lines.append(provider.isEmpty() ? tr("<b>Found:</b> %1").arg(serverLine(*discovery.settings))
                                    : tr("<b>Found for %1:</b> %2").arg(provider, serverLine(*discovery.settings)));
    const QString where = Messages::sourceLabel(discovery.source).toHtmlEscaped();
    lines.append(discovery.origin.isEmpty()
                     ? tr("Where from: %1").arg(where)
                     : tr("Where from: %1 (%2)").arg(where, discovery.origin.toDisplayString().toHtmlEscaped()));
    if (!discovery.needsConfirmation()) {
        lines.append(tr("Kurier trusts this source: it is your provider's own server, reached over a verified "
                        "secure connection, or the ISP database."));
    }
    for (const Autoconfig::OutgoingServer &alternative : discovery.alternatives) {
        lines.append(tr("Also possible: %1").arg(serverLine(alternative)));
    }
    m_summary->setText(lines.join(QStringLiteral("<br>")));

    m_choice->setVisible(true);
    if (discovery.needsConfirmation()) {
        QStringList reasons;
        // A server named without a registrable domain (an address, "localhost") is its own "domain".
        const QString otherDomain
            = discovery.otherDomain.isEmpty() ? domainOf(discovery.settings->hostname) : discovery.otherDomain;
        for (Autoconfig::ConfirmationReason reason : discovery.confirmations) {
            reasons.append(QStringLiteral("<li>%1</li>").arg(Messages::describe(reason, otherDomain).toHtmlEscaped()));
        }
        m_consent->setText(tr("<b>Kurier cannot vouch for these settings.</b> Your password will be sent to the "
                              "server at <b>%1</b>, so use them only if that is your provider:")
                               .arg(domainOf(discovery.settings->hostname).toHtmlEscaped())
                           + QStringLiteral("<ul>%1</ul>").arg(reasons.join(QString())));
        m_consent->setVisible(true);
    } else {
        m_consent->setVisible(false);
        m_useFound->setChecked(true);
    }
    Q_EMIT completeChanged();
}

bool DiscoveryPage::isComplete() const
{
    if (isSearching()) {
        return false;
    }
    if (m_discovery && m_discovery->settings) {
        // Settings that need a yes are used only with it; otherwise the user types them.
        return m_useFound->isChecked() || m_enterMyself->isChecked();
    }
    return true;
}

bool DiscoveryPage::validatePage()
{
    m_wizard->setDiscovery(m_discovery, m_useFound->isChecked());
    return true;
}

int DiscoveryPage::nextId() const
{
    // QWizard asks after validatePage(), so the wizard already holds this page's discovery.
    return m_wizard->offersOAuth() ? AccountWizard::SignIn : AccountWizard::Review;
}
