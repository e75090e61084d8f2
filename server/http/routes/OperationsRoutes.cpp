// SPDX-License-Identifier: Apache-2.0
#include "http/routes/Routes.h"

#include "db/Database.h"
#include "db/Migrations.h"
#include "services/Services.h"

#include <openssl/crypto.h>

namespace roost::server {
namespace {

/// `/metrics` is open unless a token is configured; then only `Bearer <token>` reads it.
void requireMetricsToken(const Request& request, const QByteArray& token)
{
    if (token.isEmpty())
        return;
    const QByteArray given = request.header(QByteArrayLiteral("Authorization"));
    const QByteArray expected = QByteArrayLiteral("Bearer ") + token;
    if (given.size() != expected.size() || CRYPTO_memcmp(given.constData(), expected.constData(), size_t(given.size())) != 0)
        throw Error(ErrorCode::Unauthenticated, QStringLiteral("The metrics need the configured bearer token."));
}

Response metrics(Services& s, Request& request)
{
    const Config& config = s.context.config;
    requireMetricsToken(request, config.metricsToken);
    Metrics::Snapshot snapshot;
    snapshot.dbConnections = Database::openConnections();
    snapshot.httpThreads = config.threads;
    try {
        const JobRepository::Stats jobs = s.jobs.stats();
        snapshot.jobsQueued = jobs.queued;
        snapshot.jobsRunning = jobs.running;
        snapshot.jobsDead = jobs.dead;
    } catch (const std::exception&) {
        // The database is down: the process's own figures are still worth scraping.
    }
    return Response::bytes(s.context.metrics.render(snapshot), QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"));
}

} // namespace

QList<Route> operationsRoutes(Services& s)
{
    return {
        {Method::Get, QStringLiteral("/healthz"),
         [](Request&) { return Response::json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}}); }},
        {Method::Get, QStringLiteral("/readyz"),
         [&s](Request&) {
             static const Migrations migrations;
             const bool database = s.db.ping();
             const bool schema = database && migrations.isCurrent(s.db.connection());
             const bool ready = database && schema;
             return Response::json(ready ? 200 : 503,
                                   QJsonObject{{QStringLiteral("status"), ready ? QStringLiteral("ready") : QStringLiteral("unavailable")},
                                               {QStringLiteral("database"), database},
                                               {QStringLiteral("migrations_current"), schema}});
         }},
        {Method::Get, QStringLiteral("/metrics"), [&s](Request& r) { return metrics(s, r); }},
    };
}

} // namespace roost::server
