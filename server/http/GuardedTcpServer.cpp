// SPDX-License-Identifier: Apache-2.0
#include "http/GuardedTcpServer.h"

#include "http/ConnectionGuard.h"

#include <QSslSocket>
#include <QTimer>

#include <unistd.h>

namespace roost::server {

GuardedTcpServer::GuardedTcpServer(Limits limits, std::optional<QSslConfiguration> tls, std::atomic<int>& openGauge,
                                   QObject* parent)
    : QTcpServer(parent), m_limits(limits), m_tls(std::move(tls)), m_openGauge(openGauge)
{
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    if (m_open >= m_limits.maxConnections) {
        ::close(int(descriptor)); // at capacity: refuse rather than let memory grow without bound
        return;
    }
    QTcpSocket* socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    ++m_open;
    m_openGauge.fetch_add(1, std::memory_order_relaxed);
    connect(socket, &QObject::destroyed, this, [this] {
        --m_open;
        m_openGauge.fetch_sub(1, std::memory_order_relaxed);
    });
    if (!m_tls) {
        accept(socket);
        return;
    }
    auto* tls = static_cast<QSslSocket*>(socket);
    tls->setSslConfiguration(*m_tls);
    // A client that never finishes its handshake (or speaks plain HTTP to this port) is dropped.
    auto* deadline = new QTimer(tls);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, tls, [tls] { tls->abort(); });
    deadline->start(m_limits.handshakeTimeoutMs);
    connect(tls, &QSslSocket::encrypted, this, [this, tls, deadline] {
        deadline->stop();
        accept(tls);
    });
    connect(tls, &QSslSocket::errorOccurred, tls, [tls] {
        if (!tls->isEncrypted())
            tls->abort();
    });
    connect(tls, &QAbstractSocket::disconnected, tls, &QObject::deleteLater);
    tls->startServerEncryption();
}

void GuardedTcpServer::accept(QTcpSocket* socket)
{
    new ConnectionGuard(socket, m_limits); // connects to readyRead before QtHttpServer does
    addPendingConnection(socket);
    emit newConnection();
}

} // namespace roost::server
