// SPDX-License-Identifier: Apache-2.0
#include "Worker.h"

#include "db/Database.h"
#include "db/SyncListener.h"
#include "http/GuardedTcpServer.h"
#include "http/HttpServer.h"
#include "http/LiveHub.h"
#include "http/routes/Routes.h"
#include "services/Services.h"

#include <QLoggingCategory>

namespace roost::server {

Worker::Worker(ServerContext& context, int listenDescriptor) : m_context(context), m_descriptor(listenDescriptor) {}

Worker::~Worker() = default;

void Worker::start()
{
    const Config& config = m_context.config;
    m_database = std::make_unique<Database>(m_context.databaseUrl);
    m_services = std::make_unique<Services>(*m_database, m_context);

    GuardedTcpServer::Limits limits;
    limits.maxConnections = std::max(16, config.maxConnections / config.threads);
    limits.idleTimeoutMs = config.idleTimeoutSeconds * 1000;
    limits.maxJsonBody = config.maxJsonBody;
    limits.maxPhotoBody = config.maxPhotoBody;
    auto* tcp = new GuardedTcpServer(limits, config.tls, m_context.metrics.openConnections, this);
    if (!tcp->setSocketDescriptor(m_descriptor))
        qFatal("cannot adopt the listening socket: %s", qPrintable(tcp->errorString()));

    m_http = new HttpServer(m_context, buildRouter(*m_services, m_context), m_services->auth, this);
    m_http->bind(tcp);
    if (m_context.syncListener) {
        // Queued: the listener's thread emits, this thread pokes its own sockets.
        connect(m_context.syncListener, &SyncListener::changed, &m_http->live(), &LiveHub::poke, Qt::QueuedConnection);
    }
}

} // namespace roost::server
