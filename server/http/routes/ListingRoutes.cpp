// SPDX-License-Identifier: Apache-2.0
#include "http/routes/Routes.h"

#include "services/SearchQuery.h"
#include "services/Services.h"

namespace roost::server {
namespace {

const QByteArray kETag = QByteArrayLiteral("ETag");

Response withETag(int status, const QJsonObject& body, qint64 version)
{
    return Response::json(status, body).header(kETag, etagFor(version));
}

Response withETag(int status, QByteArray body, qint64 version)
{
    return Response::jsonText(status, std::move(body)).header(kETag, etagFor(version));
}

Response listing(Request& r, ListingService& listings)
{
    const Listing found = listings.get(r.idParam(QStringLiteral("id")), r.optionalUser());
    const QByteArray etag = etagFor(found.version);
    if (r.notModifiedSince(etag))
        return Response::notModified(etag);
    return withETag(200, listings.toJsonText(found), found.version);
}

} // namespace

QList<Route> listingRoutes(Services& s)
{
    ListingService& l = s.listings;
    return {
        {Method::Get, QStringLiteral("/api/v1/listings"),
         [&l](Request& r) { return Response::jsonText(200, l.search(parseSearchQuery(r.query()))); }},
        {Method::Post, QStringLiteral("/api/v1/listings"),
         [&l](Request& r) {
             const AuthUser& caller = r.requireUser();
             const auto result = l.create(caller, r.json());
             // 201 for a new listing, 200 for a re-sent create (API.md, idempotent creates).
             return withETag(result.created ? 201 : 200, l.toJsonText(result.object), result.object.version);
         }},
        {Method::Get, QStringLiteral("/api/v1/listings/{id}"), [&l](Request& r) { return listing(r, l); }},
        {Method::Patch, QStringLiteral("/api/v1/listings/{id}"),
         [&l](Request& r) {
             const AuthUser& caller = r.requireUser();
             const QUuid id = r.idParam(QStringLiteral("id"));
             const std::optional<qint64> ifMatch = r.ifMatchVersion();
             const Listing updated = l.update(caller, id, r.json(), ifMatch);
             return withETag(200, l.toJsonText(updated), updated.version);
         }},
        {Method::Delete, QStringLiteral("/api/v1/listings/{id}"),
         [&l](Request& r) {
             const AuthUser& caller = r.requireUser();
             l.remove(caller, r.idParam(QStringLiteral("id")), r.clock().today());
             return Response::noContent();
         }},
        {Method::Get, QStringLiteral("/api/v1/hosts/me/listings"),
         [&l](Request& r) {
             const AuthUser& caller = r.requireUser();
             return Response::jsonText(200, l.hostListings(caller, parsePageQuery(r.query(), QStringLiteral("host_listings"))));
         }},
        {Method::Get, QStringLiteral("/api/v1/listings/{id}/availability"),
         [&l](Request& r) {
             const QDate today = r.clock().today();
             const QUuid id = r.idParam(QStringLiteral("id"));
             const DateWindow window = parseAvailabilityQuery(r.query(), today);
             return Response::json(200, l.availability(id, r.optionalUser(), window, today));
         }},
        {Method::Get, QStringLiteral("/api/v1/listings/{id}/blocks"),
         [&l](Request& r) {
             const AuthUser& caller = r.requireUser();
             return Response::json(200, l.blocks(caller, r.idParam(QStringLiteral("id")), r.clock().today()));
         }},
        {Method::Post, QStringLiteral("/api/v1/listings/{id}/blocks"),
         [&l](Request& r) {
             const AuthUser& caller = r.requireUser();
             const QUuid id = r.idParam(QStringLiteral("id"));
             const auto result = l.createBlock(caller, id, r.json(), r.clock().today());
             return withETag(result.created ? 201 : 200, blockToJson(result.object), result.object.version);
         }},
        {Method::Delete, QStringLiteral("/api/v1/listings/{id}/blocks/{block_id}"),
         [&l](Request& r) {
             const AuthUser& caller = r.requireUser();
             l.deleteBlock(caller, r.idParam(QStringLiteral("id")), r.idParam(QStringLiteral("block_id")));
             return Response::noContent();
         }},
    };
}

} // namespace roost::server
