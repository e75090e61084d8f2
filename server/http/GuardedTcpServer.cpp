// SPDX-License-Identifier: Apache-2.0
#include "http/GuardedTcpServer.h"

#include "http/ConnectionGuard.h"

#include <QTcpSocket>

#include <unistd.h>

namespace roost::server {

GuardedTcpServer::GuardedTcpServer(Limits limits, QObject* parent) : QTcpServer(parent), m_limits(limits) {}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    if (m_open >= m_limits.maxConnections) {
        ::close(int(descriptor)); // at capacity: refuse rather than let memory grow without bound
        return;
    }
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    new ConnectionGuard(socket, m_limits); // connects to readyRead before QtHttpServer does
    addPendingConnection(socket);
    emit newConnection();
}

} // namespace roost::server
