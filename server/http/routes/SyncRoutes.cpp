// SPDX-License-Identifier: Apache-2.0
#include "http/routes/Routes.h"

#include "services/Services.h"

#include <roost/Error.h>

namespace roost::server {

QList<Route> syncRoutes(Services& s)
{
    SyncService& sync = s.sync;
    return {
        {Method::Get, QStringLiteral("/api/v1/sync/pull"),
         [&sync](Request& r) {
             SyncService::Page page = sync.pull(r.requireUser(), r.query());
             Response response = Response::jsonText(200, std::move(page.json));
             // The cursor ahead of the body, so a client can ask for the next page before it
             // has read this one.
             if (!page.nextCursor.isEmpty())
                 response.header("Roost-Next-Cursor", page.nextCursor);
             if (!page.followingCursor.isEmpty())
                 response.header("Roost-Following-Cursor", page.followingCursor);
             return response;
         }},
        {Method::Post, QStringLiteral("/api/v1/sync/push"),
         [&push = s.syncPush](Request& r) {
             const AuthUser& caller = r.requireUser();
             return Response::json(200, push.push(caller, r.json(), r.clock()));
         }},
        // The WebSocket upgrade itself is taken by HttpServer before routing (see LiveHub);
        // a plain GET lands here.
        {Method::Get, QStringLiteral("/api/v1/sync/live"),
         [](Request& r) -> Response {
             r.requireUser();
             throw Error(ErrorCode::BadRequest, QStringLiteral("Connect with a WebSocket upgrade."));
         }},
    };
}

} // namespace roost::server
