// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ServerContext.h"

#include <QList>
#include <QObject>
#include <QThread>

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
    /// Stops accepting, lets in-flight requests finish, joins the threads.
    void stop();

private:
    ServerContext& m_context;
    QList<QThread*> m_threads;
    std::unique_ptr<SyncListener> m_listener;
};

} // namespace roost::server
