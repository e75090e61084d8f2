// SPDX-License-Identifier: Apache-2.0
#include "http/routes/Routes.h"

#include "services/Services.h"

namespace roost::server {

QList<Route> authRoutes(Services& s)
{
    return {
        {Method::Post, QStringLiteral("/api/v1/auth/register"),
         [&s](Request& r) { return Response::json(201, s.auth.registerUser(r.json()).toJson()); }},
        {Method::Post, QStringLiteral("/api/v1/auth/login"),
         [&s](Request& r) { return Response::json(200, s.auth.login(r.json(), r.remoteAddress().toString()).toJson()); }},
        {Method::Post, QStringLiteral("/api/v1/auth/refresh"),
         [&s](Request& r) { return Response::json(200, s.auth.refresh(r.json()).toJson()); }},
        {Method::Post, QStringLiteral("/api/v1/auth/logout"),
         [&s](Request& r) {
             s.auth.logout(r.json());
             return Response::noContent();
         }},
    };
}

} // namespace roost::server
