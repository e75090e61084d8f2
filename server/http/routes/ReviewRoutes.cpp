// SPDX-License-Identifier: Apache-2.0
#include "http/routes/Routes.h"

#include "services/Services.h"

namespace roost::server {

QList<Route> reviewRoutes(Services& s)
{
    return {
        {Method::Post, QStringLiteral("/api/v1/bookings/{id}/reviews"),
         [&s](Request& r) {
             const auto& caller = r.requireUser();
             const auto result = s.reviews.create(caller, r.idParam(QStringLiteral("id")), r.json(), r.clock());
             return Response::json(result.created ? 201 : 200, result.review);
         }},
        {Method::Get, QStringLiteral("/api/v1/listings/{id}/reviews"),
         [&s](Request& r) { return Response::json(200, s.reviews.ofListing(r.idParam(QStringLiteral("id")), r.query())); }},
        {Method::Get, QStringLiteral("/api/v1/users/{id}/reviews"),
         [&s](Request& r) { return Response::json(200, s.reviews.aboutGuest(r.idParam(QStringLiteral("id")), r.query())); }},
        {Method::Get, QStringLiteral("/api/v1/reviews/{id}"),
         [&s](Request& r) { return Response::json(200, s.reviews.get(r.optionalUser(), r.idParam(QStringLiteral("id")))); }},
        {Method::Post, QStringLiteral("/api/v1/reviews/{id}/response"),
         [&s](Request& r) {
             const auto& caller = r.requireUser();
             return Response::json(200, s.reviews.respond(caller, r.idParam(QStringLiteral("id")), r.json()));
         }},
    };
}

} // namespace roost::server
