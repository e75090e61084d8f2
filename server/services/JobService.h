// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/JobRepository.h"
#include "services/Mailer.h"

#include <QDateTime>
#include <QHash>

#include <functional>

namespace roost::server {

class Database;
class Metrics;
struct Config;

/// Runs background jobs (the role a task queue plays elsewhere): lease a due job, run its
/// handler and mark it done in one transaction, or schedule a retry with exponential backoff,
/// or bury it as `dead` after its last attempt.
class JobService
{
public:
    /// A handler does its work in `tx` as of `now`; throwing fails the attempt.
    using Handler = std::function<void(pqxx::transaction_base& tx, const QJsonObject& payload, const QDateTime& now)>;

    /// `metrics`, when given, counts each attempt's outcome.
    JobService(Database& db, const Config& config, Metrics* metrics = nullptr);

    /// Runs one due job; false when none was due.
    bool runOne(const QDateTime& now);
    /// Runs due jobs until none is left (bounded); returns how many ran.
    int runDue(const QDateTime& now);

    /// Queues a job that fails until attempt `succeedOn` (for watching retries from outside).
    void enqueueProbe(int succeedOn, int maxAttempts, const QDateTime& runAt);
    /// Deletes finished jobs and idempotency keys past their keeping time.
    void housekeeping(int doneJobsAgeSeconds, int idempotencyKeysAgeSeconds);
    /// `{queued, running, dead, dead_jobs: [...]}` for admins and tests.
    QJsonObject summary();
    /// Jobs by state, for /metrics.
    JobRepository::Stats stats();

    /// Seconds until attempt `attempts + 1`: 2, 4, 8 … capped at an hour.
    static qint64 backoffSeconds(int attempts);

private:
    Database& m_db;
    Mailer m_mailer;
    Metrics* m_metrics;
    QHash<QString, Handler> m_handlers;
};

} // namespace roost::server
