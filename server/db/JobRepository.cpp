// SPDX-License-Identifier: Apache-2.0
#include "db/JobRepository.h"

#include "db/Rows.h"

#include <roost/Date.h>

#include <QJsonDocument>

namespace roost::server {
namespace {

QJsonObject toObject(const pqxx::field& f)
{
    return QJsonDocument::fromJson(QByteArray(f.c_str(), int(f.size()))).object();
}

std::string toText(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

} // namespace

void JobRepository::prepare(pqxx::connection& c)
{
    c.prepare("job_enqueue", "INSERT INTO jobs (kind, payload, run_at, max_attempts) VALUES ($1, $2::jsonb, from_ms($3), $4)");
    // Due: queued with run_at reached, or running with an expired lease (its worker died).
    // SKIP LOCKED lets every worker of every process take a different job without waiting.
    c.prepare("job_lease",
              "UPDATE jobs SET state = 'running', attempts = attempts + 1, locked_until = now() + make_interval(secs => $2), "
              "updated_at = now() WHERE id = (SELECT id FROM jobs WHERE (state = 'queued' AND run_at <= from_ms($1)) "
              "OR (state = 'running' AND locked_until < now()) ORDER BY run_at, id LIMIT 1 FOR UPDATE SKIP LOCKED) "
              "RETURNING id, kind, payload::text, attempts, max_attempts");
    c.prepare("job_done", "UPDATE jobs SET state = 'done', locked_until = NULL, updated_at = now() WHERE id = $1");
    c.prepare("job_failed",
              "UPDATE jobs SET state = CASE WHEN attempts >= max_attempts THEN 'dead' ELSE 'queued' END, "
              "run_at = from_ms($3), last_error = $2, locked_until = NULL, updated_at = now() WHERE id = $1");
    c.prepare("job_stats",
              "SELECT count(*) FILTER (WHERE state = 'queued'), count(*) FILTER (WHERE state = 'running'), "
              "count(*) FILTER (WHERE state = 'dead') FROM jobs WHERE state <> 'done'");
    c.prepare("job_purge_done", "DELETE FROM jobs WHERE state = 'done' AND updated_at < now() - make_interval(secs => $1)");
    c.prepare("idempotency_purge", "DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(secs => $1)");
    c.prepare("job_dead",
              "SELECT id, kind, payload::text, attempts, last_error, ms(updated_at) FROM jobs WHERE state = 'dead' "
              "ORDER BY updated_at DESC LIMIT $1");
}

void JobRepository::enqueue(const QString& kind, const QJsonObject& payload, const QDateTime& runAt, int maxAttempts)
{
    m_tx.exec_prepared0("job_enqueue", rows::param(kind), toText(payload), runAt.toMSecsSinceEpoch(), maxAttempts);
}

std::optional<Job> JobRepository::leaseDue(const QDateTime& now, int leaseSeconds)
{
    const auto r = m_tx.exec_prepared("job_lease", now.toMSecsSinceEpoch(), leaseSeconds);
    if (r.empty())
        return std::nullopt;
    return Job{r[0][0].as<qint64>(), rows::text(r[0][1]), toObject(r[0][2]), r[0][3].as<int>(), r[0][4].as<int>()};
}

void JobRepository::markDone(qint64 id)
{
    m_tx.exec_prepared0("job_done", id);
}

void JobRepository::markFailed(const Job& job, const QString& error, const QDateTime& retryAt)
{
    m_tx.exec_prepared0("job_failed", job.id, rows::param(error.left(2000)), retryAt.toMSecsSinceEpoch());
}

JobRepository::Stats JobRepository::stats()
{
    const auto r = m_tx.exec_prepared1("job_stats");
    return {r[0].as<qint64>(), r[1].as<qint64>(), r[2].as<qint64>()};
}

qint64 JobRepository::purge(int doneJobsAgeSeconds, int idempotencyKeysAgeSeconds)
{
    return qint64(m_tx.exec_prepared("job_purge_done", doneJobsAgeSeconds).affected_rows())
           + qint64(m_tx.exec_prepared("idempotency_purge", idempotencyKeysAgeSeconds).affected_rows());
}

QList<QJsonObject> JobRepository::deadJobs(int limit)
{
    QList<QJsonObject> result;
    for (const auto& row : m_tx.exec_prepared("job_dead", limit))
        result.append({{QStringLiteral("id"), row[0].as<qint64>()},
                       {QStringLiteral("kind"), rows::text(row[1])},
                       {QStringLiteral("payload"), toObject(row[2])},
                       {QStringLiteral("attempts"), row[3].as<int>()},
                       {QStringLiteral("last_error"), rows::text(row[4])},
                       {QStringLiteral("failed_at"), timestampToJson(rows::timestamp(row[5]))}});
    return result;
}

} // namespace roost::server
