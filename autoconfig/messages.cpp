// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoconfig/messages.h"

namespace Autoconfig
{

QString Messages::sourceLabel(SourceKind kind)
{
    switch (kind) {
    case SourceKind::BundledTable:
        return tr("Kurier's provider table");
    case SourceKind::Provider:
        return tr("Provider's configuration server");
    case SourceKind::ProviderWellKnown:
        return tr("Provider's web site");
    case SourceKind::Ispdb:
        return tr("ISP database");
    case SourceKind::Mx:
        return tr("Mail server (MX) of the domain");
    case SourceKind::Srv:
        return tr("DNS service records (SRV)");
    case SourceKind::ProviderHttp:
        return tr("Provider's configuration server without encryption (http)");
    case SourceKind::Autodiscover:
        return tr("Microsoft Autodiscover");
    case SourceKind::Guess:
        return tr("Trying common server names");
    }
    return {};
}

QString Messages::describe(const SourceReport &report)
{
    const QString &subject = report.subject;
    switch (report.reason) {
    case Reason::None:
        return report.state == SourceState::Waiting ? tr("Looking…") : QString();
    case Reason::Found:
        return tr("Found settings at %1.").arg(subject);
    case Reason::NoDocument:
        return tr("%1 has no configuration for this domain.").arg(subject);
    case Reason::HttpStatus:
        return tr("The server answered with HTTP status %1.").arg(subject);
    case Reason::HostNotFound:
        return tr("The name %1 does not exist in DNS.").arg(subject);
    case Reason::ConnectionFailed:
        return tr("Could not connect to %1.").arg(subject);
    case Reason::Timeout:
        return tr("%1 did not answer in time.").arg(subject);
    case Reason::CertificateInvalid:
        return report.certificateNames.isEmpty()
            ? tr("The certificate of %1 is not valid, so its answer was not used.").arg(subject)
            : tr("The certificate of %1 is not valid for that name, so its answer was not used; it is valid for: %2.")
                  .arg(subject, report.certificateNames.join(QStringLiteral(", ")));
    case Reason::TooLarge:
        return tr("The answer from %1 was too large to be a configuration and was not read.").arg(subject);
    case Reason::InsecureRedirect:
        return tr("The server redirected to %1, which is not a secure address; the redirect was not followed.")
            .arg(subject);
    case Reason::TooManyRedirects:
        return tr("Too many redirects; the last one pointed to %1.").arg(subject);
    case Reason::InvalidDocument:
        return tr("The answer from %1 is not a valid configuration file.").arg(subject);
    case Reason::NoUsableServer:
        return tr("The configuration from %1 has no outgoing server Kurier can use.").arg(subject);
    case Reason::NoMxRecord:
        return tr("The domain %1 has no mail server (MX) record.").arg(subject);
    case Reason::MxInOwnDomain:
        return tr("The mail server %1 belongs to the domain itself, so it tells nothing new.").arg(subject);
    case Reason::NoSrvRecord:
        return tr("The domain %1 publishes no submission service records.").arg(subject);
    case Reason::ServiceNotOffered:
        return tr("The domain %1 says it offers no mail submission service.").arg(subject);
    case Reason::AuthenticationRequired:
        return tr("%1 answers only to a signed-in request; Kurier does not send your password there without asking.")
            .arg(subject);
    case Reason::ConsentRequired:
        return tr("The answer points to another domain, %1; it was not followed without your consent.").arg(subject);
    case Reason::DisabledBySettings:
        return tr("Not used: switched off in the settings.");
    case Reason::HigherPriorityWon:
        return tr("Not needed: a more reliable source answered.");
    case Reason::DeadlinePassed:
        return tr("Stopped: the time for the whole search ran out.");
    case Reason::NoProbeSucceeded:
        return tr("No common server name answered as a secure mail submission server (%1).").arg(subject);
    case Reason::NotNeeded:
        return tr("Not needed: settings were found.");
    }
    return {};
}

QString Messages::describe(const Hint &hint, const QString &language)
{
    Q_UNUSED(language)
    const QString provider = hint.provider.isEmpty() ? tr("Your provider") : hint.provider;
    QString text;
    switch (hint.kind) {
    case Hint::Kind::EnableAccess:
        text = tr("%1 lets mail programs send only after you switch on access for them (SMTP, IMAP/POP3) in the "
                  "web mail settings.")
                   .arg(provider);
        break;
    case Hint::Kind::AppPassword:
        text = tr("%1 does not accept your normal password from mail programs; create an app password in your "
                  "account's security settings and use it here.")
                   .arg(provider);
        break;
    case Hint::Kind::OAuthOnly:
        text = tr("%1 accepts no passwords from mail programs; sign in through the browser (OAuth) instead.")
                   .arg(provider);
        break;
    case Hint::Kind::ProviderInstruction:
        text = tr("%1 says: %2").arg(provider, hint.text);
        break;
    case Hint::Kind::Documentation:
        text
            = hint.text.isEmpty() ? tr("Help from %1:").arg(provider) : tr("Help from %1: %2").arg(provider, hint.text);
        break;
    }
    if (!hint.url.isEmpty()) {
        text += QLatin1Char(' ') + hint.url.toString();
    }
    return text;
}

QString Messages::describe(ConfirmationReason reason, const QString &otherDomain)
{
    switch (reason) {
    case ConfirmationReason::DnsDerived:
        return tr("Found through DNS, which can be forged; check the server name before you use it.");
    case ConfirmationReason::PlainHttp:
        return tr("Fetched without encryption (http), so it could have been changed on the way.");
    case ConfirmationReason::OtherDomain:
        return tr("The settings come from another domain, %1; use them only if you trust it.").arg(otherDomain);
    case ConfirmationReason::Guessed:
        return tr("Guessed by trying common server names; the server answered, but nothing says it is your "
                  "provider's.");
    case ConfirmationReason::Unencrypted:
        return tr("The server does not use encryption; your password would travel readable by anyone on the way.");
    }
    return {};
}

} // namespace Autoconfig
