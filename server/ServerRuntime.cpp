// SPDX-License-Identifier: Apache-2.0
#include "ServerRuntime.h"

#include "JobWorker.h"
#include "Worker.h"
#include "db/SyncListener.h"
#include "http/ReusePortListener.h"

#include <QMetaObject>

namespace roost::server {

ServerRuntime::ServerRuntime(ServerContext& context) : m_context(context) {}

ServerRuntime::~ServerRuntime()
{
    stop();
}

quint16 ServerRuntime::start()
{
    const Config& config = m_context.config;
    // Before the workers, which connect their live clients to it.
    m_listener = std::make_unique<SyncListener>(m_context.databaseUrl);
    m_context.syncListener = m_listener.get();
    m_listener->start();
    quint16 port = config.listenPort;
    for (int i = 0; i < config.threads; ++i) {
        // The first socket may pick the port (port 0); the others join it.
        const Listener listener = openReusePortListener(config.listenAddress, port);
        port = listener.port;
        auto* thread = new QThread;
        thread->setObjectName(QStringLiteral("http-%1").arg(i));
        auto* worker = new Worker(m_context, listener.descriptor);
        worker->moveToThread(thread);
        QObject::connect(thread, &QThread::started, worker, &Worker::start);
        QObject::connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        thread->start();
        m_threads.append(thread);
    }
    return port;
}

void ServerRuntime::startJobWorkers(int count)
{
    for (int i = 0; i < count; ++i) {
        auto* thread = new QThread;
        thread->setObjectName(QStringLiteral("jobs-%1").arg(i));
        auto* worker = new JobWorker(m_context);
        worker->moveToThread(thread);
        QObject::connect(thread, &QThread::started, worker, &JobWorker::start);
        QObject::connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        thread->start();
        m_threads.append(thread);
    }
}

void ServerRuntime::stop()
{
    for (QThread* thread : std::as_const(m_threads))
        thread->quit();
    for (QThread* thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
    m_threads.clear();
    if (m_listener) {
        m_listener->stop();
        m_context.syncListener = nullptr;
        m_listener.reset();
    }
}

} // namespace roost::server
