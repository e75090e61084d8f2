// SPDX-License-Identifier: Apache-2.0
#include "ServerRuntime.h"

#include "JobWorker.h"
#include "Worker.h"
#include "db/SyncListener.h"
#include "http/ReusePortListener.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QMetaObject>

#include <cstdlib>

Q_LOGGING_CATEGORY(lcShutdown, "roost.shutdown")

namespace roost::server {
namespace {
// After the grace period, dropped connections need a moment to close before the threads end.
constexpr std::chrono::milliseconds kAbortGrace{2000};
} // namespace

ServerRuntime::ServerRuntime(ServerContext& context) : m_context(context) {}

ServerRuntime::~ServerRuntime()
{
    // Normally shut down already; this covers leaving by an exception. A thread that cannot be
    // joined cannot be destroyed either, so then there is nothing left but to exit.
    if (!shutdown(std::chrono::seconds(m_context.config.shutdownTimeoutSeconds))) {
        qCCritical(lcShutdown) << "threads still busy after the grace period; exiting without them";
        std::_Exit(1);
    }
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
        m_http.append({thread, worker});
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
        m_jobs.append(thread);
    }
}

bool ServerRuntime::shutdown(std::chrono::milliseconds grace)
{
    if (m_stopped)
        return true;
    m_stopped = true;
    const QDeadlineTimer deadline(grace);
    for (const HttpThread& h : std::as_const(m_http))
        QMetaObject::invokeMethod(h.worker, &Worker::drain, Qt::QueuedConnection);
    for (QThread* thread : std::as_const(m_jobs)) {
        thread->requestInterruption(); // the job in hand finishes; no other starts
        thread->quit();
    }

    bool allDone = true;
    for (const HttpThread& h : std::as_const(m_http)) {
        if (h.thread->wait(deadline))
            continue;
        QMetaObject::invokeMethod(h.worker, &Worker::abortConnections, Qt::QueuedConnection);
        allDone = h.thread->wait(QDeadlineTimer(kAbortGrace)) && allDone;
    }
    for (QThread* thread : std::as_const(m_jobs)) {
        if (!thread->wait(deadline)) {
            qCWarning(lcShutdown) << thread->objectName() << "is still running a job after the grace period";
            allDone = false;
        }
    }
    if (!allDone)
        return false; // the threads are left running: deleting a running QThread aborts the process
    for (const HttpThread& h : std::as_const(m_http))
        delete h.thread;
    qDeleteAll(m_jobs);
    m_http.clear();
    m_jobs.clear();
    if (m_listener) { // after the HTTP threads, whose live clients it pokes
        m_listener->stop();
        m_context.syncListener = nullptr;
        m_listener.reset();
    }
    return true;
}

} // namespace roost::server
