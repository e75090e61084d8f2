// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ServerContext.h"

#include <QObject>
#include <QTimer>

#include <memory>

class QTcpSocket;

namespace roost::server {

class Database;
class GuardedTcpServer;
class HttpServer;
struct Services;

/// Everything one worker thread owns. Created on that thread (Qt objects and the libpqxx
/// connection belong to the thread that made them).
class Worker final : public QObject
{
    Q_OBJECT

public:
    Worker(ServerContext& context, int listenDescriptor);
    ~Worker() override;

    /// Runs on the worker thread once its event loop starts.
    void start();

    /// Graceful stop, on the worker thread: closes the listening socket (new connections are
    /// refused), closes idle connections, lets each request in progress finish and closes its
    /// connection after the answer; quits the thread when none is left.
    void drain();
    /// The end of the grace period: drops whatever connection is still open and quits.
    void abortConnections();

private:
    /// Watches a connection accepted by the HTTP server, to know whether it is between requests.
    void track(QTcpSocket* socket);
    void trackNewConnections();
    void afterRead(QTcpSocket* socket);
    /// True when the client has sent (part of) a request that has not been answered.
    static bool awaitsAnswer(QTcpSocket* socket);
    void quitWhenEmpty();

    ServerContext& m_context;
    int m_descriptor;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Services> m_services;
    GuardedTcpServer* m_tcp = nullptr;
    HttpServer* m_http = nullptr;
    bool m_draining = false;
    QTimer m_drainPoll{this}; // a child, so it moves to the worker thread with us
};

} // namespace roost::server
