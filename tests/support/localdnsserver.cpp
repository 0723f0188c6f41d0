// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/localdnsserver.h"

#include <QDnsLookup>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

namespace
{

const QString ReadyName = QStringLiteral("ready.kurier-local-dns.test");

// dnsmasq's config syntax: a value with a comma or quote inside a TXT string must be quoted.
QString quoted(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

LocalDnsServer::LocalDnsServer(const QHostAddress &address)
    : m_address(address)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

LocalDnsServer::~LocalDnsServer()
{
    stop();
}

void LocalDnsServer::addMx(const QString &domain, const QString &exchange, int preference)
{
    m_lines.append(QStringLiteral("mx-host=%1,%2,%3").arg(domain, exchange).arg(preference));
}

void LocalDnsServer::addSrv(const QString &service, const QString &target, quint16 port, int priority, int weight)
{
    m_lines.append(QStringLiteral("srv-host=%1,%2,%3,%4,%5").arg(service, target).arg(port).arg(priority).arg(weight));
}

void LocalDnsServer::addTxt(const QString &name, const QStringList &strings)
{
    QStringList parts{name};
    for (const QString &text : strings) {
        parts.append(quoted(text));
    }
    m_lines.append(QStringLiteral("txt-record=") + parts.join(QLatin1Char(',')));
}

void LocalDnsServer::addAddress(const QString &host, const QHostAddress &address)
{
    m_lines.append(QStringLiteral("host-record=%1,%2").arg(host, address.toString()));
}

void LocalDnsServer::addLocalZone(const QString &zone)
{
    m_zones.append(zone);
}

bool LocalDnsServer::start()
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("dnsmasq"),
                                                           {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    if (program.isEmpty()) {
        m_error = QStringLiteral("dnsmasq is not installed (Debian package dnsmasq-base)");
        return false;
    }
    QStringList config{
        QStringLiteral("port=53"),
        QStringLiteral("listen-address=") + m_address.toString(),
        QStringLiteral("bind-interfaces"),
        QStringLiteral("no-resolv"),
        QStringLiteral("no-hosts"),
        QStringLiteral("no-poll"),
        QStringLiteral("no-negcache"),
        QStringLiteral("pid-file="),
        QStringLiteral("user=root"),
        QStringLiteral("log-facility=-"),
        QStringLiteral("host-record=%1,127.0.0.1").arg(ReadyName),
    };
    for (const QString &zone : std::as_const(m_zones)) {
        config.append(QStringLiteral("local=/%1/").arg(zone));
    }
    config += m_lines;
    const QString configPath = m_dir.filePath(QStringLiteral("dnsmasq.conf"));
    QFile file(configPath);
    if (!m_dir.isValid() || !file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = QStringLiteral("cannot write %1").arg(configPath);
        return false;
    }
    file.write(config.join(QLatin1Char('\n')).toUtf8() + '\n');
    file.close();

    m_process.start(program, {QStringLiteral("--keep-in-foreground"), QStringLiteral("--conf-file=") + configPath});
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("dnsmasq did not start: %1").arg(m_process.errorString());
        return false;
    }
    // Bounded wait: ask for a name only this server knows until it answers.
    bool answered = false;
    for (int attempt = 0; attempt < 50 && !answered && m_process.state() == QProcess::Running; ++attempt) {
        QDnsLookup lookup(QDnsLookup::A, ReadyName, m_address);
        lookup.lookup();
        answered = QTest::qWaitFor([&] { return lookup.isFinished(); }, 1000);
        answered = answered && lookup.error() == QDnsLookup::NoError && !lookup.hostAddressRecords().isEmpty();
        if (!answered) {
            QTest::qWait(50);
        }
    }
    if (!answered) {
        m_error = QStringLiteral("dnsmasq on %1 did not answer: %2")
                      .arg(m_address.toString(), QString::fromLocal8Bit(log()));
        stop();
        return false;
    }
    return true;
}

void LocalDnsServer::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
}

bool LocalDnsServer::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

QByteArray LocalDnsServer::log()
{
    return m_process.readAll();
}
