// SPDX-License-Identifier: Apache-2.0
#include "http/routes/Routes.h"

#include "db/Database.h"
#include "db/Migrations.h"
#include "services/Services.h"

namespace roost::server {

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
    };
}

} // namespace roost::server
