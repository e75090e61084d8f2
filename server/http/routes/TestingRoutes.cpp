// SPDX-License-Identifier: Apache-2.0
#include "http/routes/Routes.h"

#include "db/JobRepository.h"
#include "services/Services.h"

#include <roost/JsonReader.h>

namespace roost::server {

// Only registered when ROOST_ENV=test (see buildRouter); elsewhere these paths are 404.
QList<Route> testingRoutes(Services& s)
{
    return {
        // Runs every background job due at the request's "now" (X-Roost-Now) before answering.
        {Method::Post, QStringLiteral("/api/v1/test/run-due-jobs"),
         [&s](Request& r) { return Response::json(200, QJsonObject{{QStringLiteral("ran"), s.jobs.runDue(r.clock().now())}}); }},
        // Queues a probe job that fails until its `succeed_on`-th attempt, to watch retries,
        // backoff and dead jobs from outside.
        {Method::Post, QStringLiteral("/api/v1/test/probe-jobs"),
         [&s](Request& r) {
             FieldErrors errors;
             JsonReader reader(r.json(), errors);
             const auto succeedOn = reader.integer(QStringLiteral("succeed_on"), Presence::Required, 1, 100);
             const auto maxAttempts = reader.integer(QStringLiteral("max_attempts"), Presence::Optional, 1, 100);
             if (!errors.isEmpty())
                 throw Error::validation(errors);
             s.jobs.enqueueProbe(int(*succeedOn), int(maxAttempts.value_or(8)), r.clock().now());
             return Response::json(201, QJsonObject{{QStringLiteral("queued"), true}});
         }},
        {Method::Get, QStringLiteral("/api/v1/test/jobs"),
         [&s](Request&) { return Response::json(200, s.jobs.summary()); }},
    };
}

} // namespace roost::server
