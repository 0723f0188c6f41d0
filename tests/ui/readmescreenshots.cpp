// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// readmescreenshots OUTPUT_DIR — draws the account wizard (the search with what each source
// found, then the settings to review) and the troubleshooting dialog (a login the server
// refused, with its fixes and the connection test's steps) into OUTPUT_DIR for the README
// (scripts/screenshot.sh runs it). Everything it talks to is its own and on loopback
// (127.0.180.x): a dnsmasq for the example domain, the provider's autoconfig web server
// and a fake SMTP server. Settings live in a temporary directory; no keychain is touched.
#include "app/accounts/accountstore.h"
#include "app/secrets/memorysecretstore.h"
#include "tests/support/fakesmtpserver.h"
#include "tests/support/localdnsserver.h"
#include "tests/support/localwebserver.h"
#include "tests/support/temporaryaccountstore.h"
#include "ui/troubleshooting/troubleshootingdialog.h"
#include "ui/wizard/accountwizard.h"
#include "ui/wizard/discoverypage.h"

#include <QApplication>
#include <QLineEdit>
#include <QPixmap>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace
{

const QHostAddress DnsAddress(u"127.0.180.53"_s);
const QHostAddress ProviderAddress(u"127.0.180.10"_s);
const QString Email = u"ola.kowalska@example.test"_s;

QByteArray providerConfig()
{
    return QByteArrayLiteral(
        "<clientConfig version=\"1.1\"><emailProvider id=\"example.test\"><domain>example.test</domain>"
        "<displayName>Example Mail</displayName><displayShortName>Example</displayShortName>"
        "<outgoingServer type=\"smtp\"><hostname>smtp.example.test</hostname><port>465</port>"
        "<socketType>SSL</socketType><authentication>password-cleartext</authentication>"
        "<username>%EMAILADDRESS%</username></outgoingServer></emailProvider></clientConfig>");
}

bool save(QWidget *window, const QString &directory, const QString &name)
{
    const QString path = directory + QLatin1Char('/') + name;
    if (!window->grab().save(path)) {
        std::fprintf(stderr, "readmescreenshots: cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("drew %s\n", qPrintable(path));
    return true;
}

bool drawWizard(const QString &directory, Accounts::AccountStore *store, Secrets::SecretStore *secrets)
{
    LocalDnsServer dns(DnsAddress);
    dns.addAddress(u"autoconfig.example.test"_s, ProviderAddress);
    dns.addAddress(u"example.test"_s, ProviderAddress);
    dns.addAddress(u"ispdb.test"_s, ProviderAddress);
    dns.addAddress(u"smtp.example.test"_s, ProviderAddress);
    dns.addAddress(u"mx.example.test"_s, ProviderAddress);
    dns.addMx(u"example.test"_s, u"mx.example.test"_s);
    dns.addSrv(u"_submissions._tcp.example.test"_s, u"smtp.example.test"_s, 465);
    if (!dns.start()) {
        std::fprintf(stderr, "readmescreenshots: dnsmasq: %s\n", qPrintable(dns.errorString()));
        return false;
    }
    LocalWebServer provider(ProviderAddress, LocalWebServer::Tls::On);
    if (!provider.start()) {
        std::fprintf(stderr, "readmescreenshots: the provider's web server did not start\n");
        return false;
    }
    provider.route(u"/mail/config-v1.1.xml"_s, LocalWebServer::document(providerConfig()));

    AccountWizard::Services services;
    services.accounts = store;
    services.secrets = secrets;
    services.lookupConfig.dnsServer = DnsAddress;
    services.lookupConfig.ispdbBaseUrl = QUrl(u"https://ispdb.test/v1.1/"_s);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(LocalWebServer::testCa());
    services.lookupConfig.sslConfiguration = ssl;
    services.lookupConfig.guessing = Autoconfig::Guessing::Disabled;
    services.lookupConfig.autodiscover = Autoconfig::AutodiscoverMode::Disabled;
    services.lookupConfig.language = u"en"_s;
    services.openUrl = [](const QUrl &) {};
    AccountWizard wizard(services);
    wizard.resize(760, 620);
    wizard.show();
    wizard.findChild<QLineEdit *>(u"wizardNameEdit"_s)->setText(u"Ola Kowalska"_s);
    wizard.findChild<QLineEdit *>(u"wizardEmailEdit"_s)->setText(Email);
    wizard.findChild<QLineEdit *>(u"wizardPasswordEdit"_s)->setText(u"not-a-real-password"_s);
    wizard.next();
    auto *discovery = qobject_cast<DiscoveryPage *>(wizard.currentPage());
    if (!discovery || !QTest::qWaitFor([discovery] { return !discovery->isSearching(); }, 30000)) {
        std::fprintf(stderr, "readmescreenshots: the search did not finish\n");
        return false;
    }
    QTest::qWait(300);
    if (!save(&wizard, directory, u"wizard-discovery.png"_s)) {
        return false;
    }
    wizard.next();
    if (wizard.currentId() != AccountWizard::Review) {
        std::fprintf(stderr, "readmescreenshots: the wizard did not go on to the review page\n");
        return false;
    }
    QTest::qWait(300);
    return save(&wizard, directory, u"wizard-review.png"_s);
}

bool drawTroubleshooting(const QString &directory, Accounts::AccountStore *store)
{
    // A server that takes the connection and TLS but refuses the login, as after a password change.
    TestSupport::FakeSmtpBehaviour behaviour;
    behaviour.tls = TestSupport::FakeSmtpBehaviour::Tls::Implicit;
    TestSupport::FakeSmtpServer server(behaviour);
    // The usual port when it is free, so that the picture shows it; any port otherwise.
    if (!server.listen(QHostAddress::LocalHost, 465) && !server.listenOnLoopback()) {
        std::fprintf(stderr, "readmescreenshots: the SMTP server did not start\n");
        return false;
    }
    LocalDnsServer dns(DnsAddress);
    dns.addMx(u"example.test"_s, u"mx.example.test"_s);
    dns.addTxt(u"example.test"_s, {u"v=spf1 mx -all"_s});
    dns.addTxt(u"_dmarc.example.test"_s, {u"v=DMARC1; p=quarantine"_s});
    if (!dns.start()) {
        std::fprintf(stderr, "readmescreenshots: dnsmasq: %s\n", qPrintable(dns.errorString()));
        return false;
    }

    Accounts::Account account;
    account.id = u"home"_s;
    account.displayName = u"Ola Kowalska"_s;
    account.email = Email;
    account.host = u"localhost"_s;
    account.port = server.serverPort();
    account.security = Accounts::Security::ImplicitTls;
    account.userName = Email;
    store->add(account);
    Secrets::MemorySecretStore secrets;
    QSignalSpy written(secrets.write(account.id, Secrets::SecretKind::SmtpPassword, u"an-old-password"_s),
                       &Secrets::SecretJob::finished);
    written.wait(5000);

    TroubleshootingDialog::Services services;
    services.accounts = store;
    services.secrets = &secrets;
    services.openUrl = [](const QUrl &) {};
    services.additionalCaCertificates = TestSupport::FakeSmtpServer::caCertificates();
    services.nameserver = DnsAddress;
    TroubleshootingDialog dialog(account, services);
    QSignalSpy tested(&dialog, &TroubleshootingDialog::connectionTestFinished);
    dialog.resize(820, 720);
    dialog.show();
    if (!tested.wait(30000)) {
        std::fprintf(stderr, "readmescreenshots: the connection test did not finish\n");
        return false;
    }
    QTest::qWait(300);
    return save(&dialog, directory, u"troubleshooting.png"_s);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(u"Kurier"_s);
    if (argc != 2) {
        std::fprintf(stderr, "usage: readmescreenshots OUTPUT_DIR\n");
        return 2;
    }
    const QString directory = QString::fromLocal8Bit(argv[1]);
    TemporaryAccountStore settings;
    Secrets::MemorySecretStore secrets;
    const bool drawn
        = drawWizard(directory, settings.store(), &secrets) && drawTroubleshooting(directory, settings.store());
    return drawn ? 0 : 1;
}
