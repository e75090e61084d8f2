// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ServerContext.h"

#include <QList>
#include <QObject>
#include <QThread>

#include <chrono>
#include <memory>

namespace roost::server {

class SyncListener;
class Worker;

/// The serving process: N worker threads, each with its own event loop, HTTP server, listening
/// socket (SO_REUSEPORT on one port) and database connection.
class ServerRuntime
{
public:
    explicit ServerRuntime(ServerContext& context);
    ~ServerRuntime();

    /// Opens the sockets and starts the HTTP threads; returns the port actually bound.
    quint16 start();
    /// Starts `count` background-job threads (also used alone by `roost-server worker`).
    void startJobWorkers(int count);

    /// Graceful stop: every HTTP thread stops accepting and closes idle connections, requests
    /// in progress are answered, running jobs finish (no new one starts), all within `grace`.
    /// Connections still open then are dropped. Returns false when some thread is still busy
    /// (a handler or job that does not return): the caller must not wait for it.
    bool shutdown(std::chrono::milliseconds grace);

private:
    struct HttpThread {
        QThread* thread;
        Worker* worker;
    };

    ServerContext& m_context;
    QList<HttpThread> m_http;
    QList<QThread*> m_jobs;
    std::unique_ptr<SyncListener> m_listener; ///< LISTEN for committed changes (live pokes)
    bool m_stopped = false;
};

} // namespace roost::server
