// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

// A real DNS server for tests: dnsmasq (Debian package dnsmasq-base) on port 53 of its own
// loopback address, answering only the records the test adds (MX, SRV, TXT, A/AAAA) and
// NXDOMAIN for every other name under the zones it knows. QDnsLookup can only talk to port 53,
// so each test picks its own 127.0.x.y (tests run as root; all of 127/8 is on lo).
//
// Usage: add records, start() (bounded wait until the server answers), point the code under
// test at address(); the destructor stops the process.
class LocalDnsServer
{
public:
    explicit LocalDnsServer(const QHostAddress &address);
    ~LocalDnsServer();
    LocalDnsServer(const LocalDnsServer &) = delete;
    LocalDnsServer &operator=(const LocalDnsServer &) = delete;

    void addMx(const QString &domain, const QString &exchange, int preference = 10);
    void addSrv(const QString &service, const QString &target, quint16 port, int priority = 0, int weight = 1);
    void addTxt(const QString &name, const QStringList &strings);
    void addAddress(const QString &host, const QHostAddress &address);
    // Names under zone get NXDOMAIN unless a record says otherwise ("test" is always local).
    void addLocalZone(const QString &zone);

    // Starts dnsmasq and waits (at most about 5 s) until it answers; false with errorString() set otherwise.
    bool start();
    void stop();
    bool isRunning() const;
    QHostAddress address() const { return m_address; }
    QString errorString() const { return m_error; }
    // dnsmasq's own messages (useful in a failing test's output).
    QByteArray log();

private:
    QHostAddress m_address;
    QStringList m_lines;
    QStringList m_zones{QStringLiteral("test")};
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_error;
};
