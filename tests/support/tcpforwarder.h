// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QTcpServer>

// Listens on a loopback address and port of the test's choosing and relays every connection,
// byte for byte in both directions, to another address and port. It lets code that insists on
// a well-known port (e.g. "use port 465") reach a harness server listening elsewhere; TLS
// passes through untouched. Connections close together on either side.
class TcpForwarder : public QTcpServer
{
    Q_OBJECT
public:
    TcpForwarder(const QHostAddress &targetAddress, quint16 targetPort, QObject *parent = nullptr);

    bool listenOn(const QHostAddress &address, quint16 port);
    int connectionCount() const { return m_connections; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    QHostAddress m_targetAddress;
    quint16 m_targetPort;
    int m_connections = 0;
};
