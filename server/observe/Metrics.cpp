// SPDX-License-Identifier: Apache-2.0
#include "observe/Metrics.h"

namespace roost::server {
namespace {

/// A label value with `\`, `"` and newlines escaped as the exposition format requires.
QByteArray label(const QByteArray& value)
{
    QByteArray out;
    out.reserve(value.size());
    for (const char c : value) {
        if (c == '\\' || c == '"')
            out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out;
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 12);
}

void help(QByteArray& out, const char* name, const char* type, const char* text)
{
    out += QByteArray("# HELP ") + name + ' ' + text + "\n# TYPE " + name + ' ' + type + '\n';
}

void gauge(QByteArray& out, const char* name, const char* text, qint64 value)
{
    if (value < 0)
        return; // unknown (e.g. the database did not answer): absent rather than wrong
    help(out, name, "gauge", text);
    out += QByteArray(name) + ' ' + QByteArray::number(value) + '\n';
}

} // namespace

void Metrics::recordRequest(const QByteArray& method, const QString& route, int status, qint64 nanoseconds)
{
    const double seconds = double(nanoseconds) / 1e9;
    const std::lock_guard lock(m_mutex);
    Series& series = m_requests[Key{route, method, status}];
    ++series.count;
    series.sum += seconds;
    for (size_t i = 0; i < kLatencyBuckets.size(); ++i)
        if (seconds <= kLatencyBuckets[i])
            ++series.buckets[i];
}

void Metrics::recordJob(bool succeeded)
{
    (succeeded ? m_jobsSucceeded : m_jobsFailed).fetch_add(1, std::memory_order_relaxed);
}

QByteArray Metrics::render(const Snapshot& snapshot) const
{
    QByteArray out;
    out.reserve(16 * 1024);
    std::map<Key, Series> requests;
    {
        const std::lock_guard lock(m_mutex);
        requests = m_requests;
    }

    help(out, "roost_http_requests_total", "counter", "HTTP requests answered, by route pattern, method and status.");
    for (const auto& [key, series] : requests) {
        const auto& [route, method, status] = key;
        out += "roost_http_requests_total{route=\"" + label(route.toUtf8()) + "\",method=\"" + label(method)
               + "\",status=\"" + QByteArray::number(status) + "\"} " + QByteArray::number(series.count) + '\n';
    }

    // Latency by route and method (all statuses together: a histogram per status would multiply
    // the series for little insight).
    std::map<std::pair<QString, QByteArray>, Series> latency;
    for (const auto& [key, series] : requests) {
        Series& merged = latency[{std::get<0>(key), std::get<1>(key)}];
        merged.count += series.count;
        merged.sum += series.sum;
        for (size_t i = 0; i < series.buckets.size(); ++i)
            merged.buckets[i] += series.buckets[i];
    }
    help(out, "roost_http_request_duration_seconds", "histogram", "Time from a request's arrival to its answer.");
    for (const auto& [key, series] : latency) {
        const QByteArray labels = "route=\"" + label(key.first.toUtf8()) + "\",method=\"" + label(key.second) + '"';
        for (size_t i = 0; i < kLatencyBuckets.size(); ++i)
            out += "roost_http_request_duration_seconds_bucket{" + labels + ",le=\"" + number(kLatencyBuckets[i]) + "\"} "
                   + QByteArray::number(series.buckets[i]) + '\n';
        out += "roost_http_request_duration_seconds_bucket{" + labels + ",le=\"+Inf\"} " + QByteArray::number(series.count) + '\n';
        out += "roost_http_request_duration_seconds_sum{" + labels + "} " + number(series.sum) + '\n';
        out += "roost_http_request_duration_seconds_count{" + labels + "} " + QByteArray::number(series.count) + '\n';
    }

    gauge(out, "roost_http_open_connections", "HTTP connections open now.", openConnections.load());
    gauge(out, "roost_http_requests_in_flight", "Requests being handled now.", requestsInFlight.load());
    gauge(out, "roost_http_threads", "HTTP worker threads, each with one database connection.", snapshot.httpThreads);
    gauge(out, "roost_db_connections", "Open database connections of this process.", snapshot.dbConnections);
    gauge(out, "roost_live_connections", "Clients connected to the live change feed.", liveConnections.load());

    if (snapshot.jobsQueued >= 0) {
        help(out, "roost_jobs", "gauge", "Background jobs in the shared queue, by state.");
        out += "roost_jobs{state=\"queued\"} " + QByteArray::number(snapshot.jobsQueued) + '\n';
        out += "roost_jobs{state=\"running\"} " + QByteArray::number(snapshot.jobsRunning) + '\n';
        out += "roost_jobs{state=\"dead\"} " + QByteArray::number(snapshot.jobsDead) + '\n';
    }
    help(out, "roost_job_runs_total", "counter", "Background job attempts run by this process, by outcome.");
    out += "roost_job_runs_total{outcome=\"succeeded\"} " + QByteArray::number(m_jobsSucceeded.load()) + '\n';
    out += "roost_job_runs_total{outcome=\"failed\"} " + QByteArray::number(m_jobsFailed.load()) + '\n';
    return out;
}

} // namespace roost::server
