// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/signinpage.h"

#include "app/diagnostics/explainer.h"
#include "app/oauth/accountsignin.h"
#include "autoconfig/messages.h"
#include "ui/wizard/accountwizard.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace
{

QLabel *wrappingLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

} // namespace

SignInPage::SignInPage(AccountWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_intro(wrappingLabel(QStringLiteral("signInIntro"), this))
    , m_useOAuth(new QRadioButton(this))
    , m_oauthPanel(new QWidget(this))
    , m_domain(wrappingLabel(QStringLiteral("signInDomain"), m_oauthPanel))
    , m_signInButton(new QPushButton(m_oauthPanel))
    , m_waitingRow(new QWidget(m_oauthPanel))
    , m_waiting(wrappingLabel(QStringLiteral("signInWaiting"), m_waitingRow))
    , m_busy(new QProgressBar(m_waitingRow))
    , m_cancelButton(new QPushButton(tr("&Cancel Sign-In"), m_waitingRow))
    , m_result(wrappingLabel(QStringLiteral("signInResult"), m_oauthPanel))
    , m_usePassword(new QRadioButton(tr("Use a &password instead"), this))
    , m_passwordHint(wrappingLabel(QStringLiteral("signInPasswordHint"), this))
    , m_choice(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("signInPage"));
    m_useOAuth->setObjectName(QStringLiteral("signInUseOAuth"));
    m_usePassword->setObjectName(QStringLiteral("signInUsePassword"));
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_cancelButton->setObjectName(QStringLiteral("signInCancelButton"));
    m_busy->setObjectName(QStringLiteral("signInBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_passwordHint->setOpenExternalLinks(true);
    m_passwordHint->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_choice->addButton(m_useOAuth);
    m_choice->addButton(m_usePassword);

    auto *waitingLayout = new QHBoxLayout(m_waitingRow);
    waitingLayout->setContentsMargins(0, 0, 0, 0);
    waitingLayout->addWidget(m_waiting, 1);
    waitingLayout->addWidget(m_busy);
    waitingLayout->addWidget(m_cancelButton);

    auto *panelLayout = new QVBoxLayout(m_oauthPanel);
    panelLayout->setContentsMargins(24, 0, 0, 0);
    panelLayout->addWidget(m_domain);
    panelLayout->addWidget(m_signInButton, 0, Qt::AlignLeft);
    panelLayout->addWidget(m_waitingRow);
    panelLayout->addWidget(m_result);

    auto *passwordPanel = new QWidget(this);
    auto *passwordLayout = new QVBoxLayout(passwordPanel);
    passwordLayout->setContentsMargins(24, 0, 0, 0);
    passwordLayout->addWidget(m_passwordHint);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addWidget(m_useOAuth);
    layout->addWidget(m_oauthPanel);
    layout->addSpacing(8);
    layout->addWidget(m_usePassword);
    layout->addWidget(passwordPanel);
    layout->addStretch();

    connect(m_signInButton, &QPushButton::clicked, this, &SignInPage::startSignIn);
    connect(m_cancelButton, &QPushButton::clicked, this, &SignInPage::cancelSignIn);
    connect(m_choice, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *button, bool checked) {
        if (!checked) {
            return;
        }
        if (button == m_usePassword) {
            // A password after all: a sign-in in progress is of no use, and finished one's tokens go.
            cancelSignIn();
            m_wizard->discardSignIn();
        }
        showState();
    });
}

SignInPage::~SignInPage()
{
    if (m_signIn) {
        m_signIn->disconnect(this);
        m_signIn->cancel();
    }
}

void SignInPage::initializePage()
{
    m_provider = m_wizard->oauthProvider();
    m_failure.clear();
    const bool canSignIn = m_provider && m_provider->hasClientId();
    const std::optional<Autoconfig::Discovery> &discovery = m_wizard->discovery();
    QString name = m_provider ? m_provider->name : QString();
    if (name.isEmpty() && discovery) {
        name = discovery->providerName;
    }
    if (name.isEmpty()) {
        name = m_wizard->emailAddress().section(QLatin1Char('@'), -1);
    }
    const bool oauthOnly = discovery && discovery->oauthOnly();

    if (canSignIn) {
        setTitle(tr("Sign in with %1").arg(name));
        setSubTitle(tr("Choose how Kurier signs in to send your mail."));
        m_intro->setText(tr("%1 lets Kurier send your mail after you sign in on %1's own page in your browser. "
                            "Kurier never sees your %1 password; the permission it receives is kept in the system "
                            "keychain.")
                             .arg(name.toHtmlEscaped()));
        m_useOAuth->setText(tr("Sign in with %1 (recommended)").arg(name));
        m_signInButton->setText(tr("&Sign In with %1…").arg(name));
        m_domain->setText(tr("The sign-in page opens in your browser at <b>%1</b>. Type your password there only if "
                             "your browser shows that address.")
                              .arg(m_provider->signInDomain().toHtmlEscaped()));
        if (m_wizard->isSignedIn()) {
            m_useOAuth->setChecked(true);
        } else if (!m_usePassword->isChecked()) {
            m_useOAuth->setChecked(true);
        }
    } else {
        setTitle(tr("Signing in to %1").arg(name));
        setSubTitle(QString());
        QString text = tr("%1 lets mail programs sign in through its own page in your browser (OAuth), but this build "
                          "of Kurier has no OAuth client registered for %1, so Kurier cannot sign in that way.")
                           .arg(name.toHtmlEscaped());
        text += QLatin1Char(' ')
            + (oauthOnly ? tr("%1 accepts no passwords from mail programs either: sending works only once an OAuth "
                              "client for %1 is configured (see \"OAuth sign-in\" in Kurier's README).")
                               .arg(name.toHtmlEscaped())
                         : tr("Use a password instead, as described below."));
        m_intro->setText(text);
        m_usePassword->setChecked(true);
    }
    m_useOAuth->setVisible(canSignIn);
    m_passwordHint->setText(providerHints());
    showState();
}

QString SignInPage::providerHints() const
{
    QStringList lines;
    if (const std::optional<Autoconfig::Discovery> &discovery = m_wizard->discovery()) {
        const QString language = m_wizard->services().lookupConfig.language;
        for (Autoconfig::Hint hint : discovery->hints) {
            if (hint.kind != Autoconfig::Hint::Kind::AppPassword && hint.kind != Autoconfig::Hint::Kind::EnableAccess
                && hint.kind != Autoconfig::Hint::Kind::ProviderInstruction) {
                continue;
            }
            const QUrl url = hint.url;
            hint.url.clear();
            QString line = Autoconfig::Messages::describe(hint, language).toHtmlEscaped();
            if (!url.isEmpty()) {
                line += QStringLiteral(" <a href=\"%1\">%2</a>")
                            .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), url.toString().toHtmlEscaped());
            }
            lines.append(line);
        }
    }
    lines.append(m_wizard->password().isEmpty()
                     ? tr("You typed no password on the first page: go back to enter it, or Kurier asks for it each "
                          "time it sends.")
                     : tr("Kurier uses the password you typed on the first page."));
    return lines.join(QStringLiteral("<br>"));
}

void SignInPage::cleanupPage()
{
    // Back: whoever goes back does not want to wait for the browser any more.
    cancelSignIn();
}

bool SignInPage::isComplete() const
{
    if (isSigningIn()) {
        return false;
    }
    if (m_usePassword->isChecked()) {
        return true;
    }
    return m_useOAuth->isChecked() && m_wizard->isSignedIn();
}

int SignInPage::nextId() const
{
    return AccountWizard::Review;
}

void SignInPage::startSignIn()
{
    if (isSigningIn() || !m_provider || !m_provider->hasClientId()) {
        return;
    }
    m_wizard->discardSignIn();
    m_failure.clear();
    const QString accountId = m_wizard->account().id;
    m_signIn = new OAuth::AccountSignIn(m_wizard->tokenStore(), *m_provider, accountId, m_wizard->emailAddress(), this);
    connect(m_signIn, &OAuth::AccountSignIn::authorizationUrlReady, this, [this](const QUrl &url) {
        m_waiting->setText(
            tr("Waiting for you to finish signing in at <b>%1</b> in your browser…").arg(url.host().toHtmlEscaped()));
        m_wizard->openUrl(url);
    });
    connect(m_signIn, &OAuth::AccountSignIn::finished, this,
            [this, accountId, provider = *m_provider](const OAuth::TokenResult &result) {
                if (m_signIn) {
                    m_signIn->deleteLater();
                    m_signIn.clear();
                }
                if (result.ok()) {
                    m_wizard->setSignedIn(provider, accountId);
                } else if (result.error && result.error->kind == OAuth::Error::Kind::Cancelled) {
                    m_failure = tr("The sign-in was cancelled.");
                } else if (result.error) {
                    const Diagnostics::Explanation explanation
                        = Diagnostics::Explainer().explain(result.error->evidence());
                    m_failure = explanation.title + QLatin1Char(' ') + explanation.text;
                }
                showState();
            });
    m_waiting->setText(tr("Preparing the sign-in…"));
    m_signIn->start();
    showState();
}

void SignInPage::cancelSignIn()
{
    if (!m_signIn) {
        return;
    }
    OAuth::AccountSignIn *signIn = m_signIn;
    m_signIn.clear();
    signIn->disconnect(this);
    signIn->cancel();
    signIn->deleteLater();
    m_failure = tr("The sign-in was cancelled.");
    showState();
}

void SignInPage::showState()
{
    const bool oauthChosen = !m_useOAuth->isHidden() && m_useOAuth->isChecked();
    const bool signingIn = isSigningIn();
    m_oauthPanel->setEnabled(oauthChosen);
    m_oauthPanel->setVisible(m_provider && m_provider->hasClientId());
    m_signInButton->setVisible(!signingIn);
    m_signInButton->setText(m_wizard->isSignedIn() && m_provider
                                ? tr("&Sign In Again with %1…").arg(m_provider->name)
                                : tr("&Sign In with %1…").arg(m_provider ? m_provider->name : QString()));
    m_signInButton->setDefault(oauthChosen && !m_wizard->isSignedIn());
    m_waitingRow->setVisible(signingIn);
    if (signingIn) {
        m_result->clear();
    } else if (m_wizard->isSignedIn()) {
        m_result->setText(tr("Signed in as %1. Kurier keeps the permission in the system keychain and tests it on "
                             "the next pages.")
                              .arg(m_wizard->emailAddress().toHtmlEscaped()));
    } else {
        m_result->setText(m_failure.toHtmlEscaped());
    }
    Q_EMIT completeChanged();
}
