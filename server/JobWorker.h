// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ServerContext.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace roost::server {

class Database;
class JobService;

/// One background-job thread: every poll interval it runs the jobs due now, on its own database
/// connection. Several workers (threads and processes) share the queue safely.
class JobWorker final : public QObject
{
    Q_OBJECT

public:
    explicit JobWorker(ServerContext& context);
    ~JobWorker() override;

    /// Runs on the worker's thread once its event loop starts.
    void start();

private:
    void poll();

    ServerContext& m_context;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<JobService> m_jobs;
    QTimer m_timer{this};
    int m_polls = 0; // a child, so it moves to the worker thread with us
};

} // namespace roost::server
