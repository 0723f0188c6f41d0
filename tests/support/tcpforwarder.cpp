// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/tcpforwarder.h"

#include <QTcpSocket>

TcpForwarder::TcpForwarder(const QHostAddress &targetAddress, quint16 targetPort, QObject *parent)
    : QTcpServer(parent)
    , m_targetAddress(targetAddress)
    , m_targetPort(targetPort)
{
}

bool TcpForwarder::listenOn(const QHostAddress &address, quint16 port)
{
    return listen(address, port);
}

void TcpForwarder::incomingConnection(qintptr socketDescriptor)
{
    ++m_connections;
    auto *client = new QTcpSocket(this);
    client->setSocketDescriptor(socketDescriptor);
    auto *target = new QTcpSocket(this);
    // What the client sends before the target answers the connect is kept in the client's buffer.
    const auto pipe = [](QTcpSocket *from, QTcpSocket *to) {
        connect(from, &QTcpSocket::readyRead, to, [from, to] {
            if (to->state() == QAbstractSocket::ConnectedState) {
                to->write(from->readAll());
            }
        });
        connect(from, &QTcpSocket::disconnected, to, [to] { to->disconnectFromHost(); });
    };
    pipe(client, target);
    pipe(target, client);
    connect(target, &QTcpSocket::connected, client, [client, target] { target->write(client->readAll()); });
    connect(target, &QTcpSocket::errorOccurred, client,
            [client](QAbstractSocket::SocketError) { client->disconnectFromHost(); });
    for (QTcpSocket *socket : {client, target}) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
    target->connectToHost(m_targetAddress, m_targetPort);
}
