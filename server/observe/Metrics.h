// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

#include <array>
#include <atomic>
#include <map>
#include <mutex>
#include <tuple>

namespace roost::server {

/// The process's counters, shared by every thread, rendered in Prometheus' text format.
/// Routes are labelled by their pattern (`/api/v1/listings/{id}`), never by the raw path, so
/// the number of series stays bounded whatever clients send.
class Metrics
{
public:
    static constexpr std::array<double, 12> kLatencyBuckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                            0.1,   0.25,   0.5,   1.0,  2.5,   10.0};

    void recordRequest(const QByteArray& method, const QString& route, int status, qint64 nanoseconds);
    void recordJob(bool succeeded);

    std::atomic<int> openConnections{0};  ///< HTTP connections open now
    std::atomic<int> requestsInFlight{0}; ///< requests being handled now (each holds its thread's DB connection)
    std::atomic<int> liveConnections{0};  ///< WebSocket clients connected now

    /// What is read from elsewhere when the metrics are scraped.
    struct Snapshot {
        int dbConnections = 0;
        int httpThreads = 0;
        qint64 jobsQueued = -1; ///< -1: the database did not answer
        qint64 jobsRunning = -1;
        qint64 jobsDead = -1;
    };
    QByteArray render(const Snapshot& snapshot) const;

private:
    struct Series {
        quint64 count = 0;
        double sum = 0;
        std::array<quint64, kLatencyBuckets.size()> buckets{};
    };
    using Key = std::tuple<QString, QByteArray, int>; // route, method, status

    mutable std::mutex m_mutex;
    std::map<Key, Series> m_requests;
    std::atomic<quint64> m_jobsSucceeded{0};
    std::atomic<quint64> m_jobsFailed{0};
};

} // namespace roost::server
