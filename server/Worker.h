// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ServerContext.h"

#include <QObject>

#include <memory>

namespace roost::server {

class Database;
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

private:
    ServerContext& m_context;
    int m_descriptor;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Services> m_services;
    HttpServer* m_http = nullptr;
};

} // namespace roost::server
