// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>

#include <pqxx/pqxx>

#include <optional>

namespace roost::server {

/// A unit of background work taken from the `jobs` table.
struct Job {
    qint64 id = 0;
    QString kind;
    QJsonObject payload;
    int attempts = 0;    ///< including this one
    int maxAttempts = 0;
};

/// The `jobs` queue: enqueue, lease the next due job (FOR UPDATE SKIP LOCKED, so many workers in
/// many processes never take the same job), finish, retry or bury.
class JobRepository
{
public:
    static void prepare(pqxx::connection& c);

    explicit JobRepository(pqxx::transaction_base& tx) : m_tx(tx) {}

    void enqueue(const QString& kind, const QJsonObject& payload, const QDateTime& runAt, int maxAttempts = 8);
    /// Leases the next job due at `now` (or whose previous worker's lease ran out).
    std::optional<Job> leaseDue(const QDateTime& now, int leaseSeconds);
    void markDone(qint64 id);
    /// Back to the queue at `retryAt`, or `dead` when out of attempts.
    void markFailed(const Job& job, const QString& error, const QDateTime& retryAt);

    struct Stats {
        qint64 queued = 0;
        qint64 running = 0;
        qint64 dead = 0;
    };
    Stats stats();
    QList<QJsonObject> deadJobs(int limit);
    /// Deletes finished jobs and idempotency keys older than the given ages; returns rows deleted.
    qint64 purge(int doneJobsAgeSeconds, int idempotencyKeysAgeSeconds);

private:
    pqxx::transaction_base& m_tx;
};

} // namespace roost::server
