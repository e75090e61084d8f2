// SPDX-License-Identifier: Apache-2.0
#include "http/routes/Routes.h"

#include "services/Services.h"

namespace roost::server {

// Only registered when ROOST_ENV=test (see buildRouter); elsewhere these paths are 404.
QList<Route> testingRoutes(Services&)
{
    return {
        // Runs every background job due at the request's "now". This version of the server has
        // no job kinds yet (they arrive with bookings), so there is never anything due.
        {Method::Post, QStringLiteral("/api/v1/test/run-due-jobs"),
         [](Request&) { return Response::json(200, QJsonObject{{QStringLiteral("ran"), 0}}); }},
    };
}

} // namespace roost::server
