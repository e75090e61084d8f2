// SPDX-License-Identifier: Apache-2.0
#include "http/routes/Routes.h"

#include "services/SearchQuery.h"
#include "services/Services.h"

#include <QJsonArray>

namespace roost::server {
namespace {

/// A photo's bytes never change under its id, so caches may keep them for a year unasked.
Response image(Request& r, const PhotoService::Image& image)
{
    if (r.notModifiedSince(image.etag))
        return Response::notModified(image.etag);
    return Response::bytes(image.bytes, image.contentType)
        .header(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("public, max-age=31536000, immutable"))
        .header(QByteArrayLiteral("ETag"), image.etag);
}

} // namespace

QList<Route> photoRoutes(Services& s)
{
    PhotoService& p = s.photos;
    return {
        // The body is the image itself; its type is read from its bytes, not from Content-Type.
        {Method::Post, QStringLiteral("/api/v1/listings/{id}/photos"),
         [&p](Request& r) {
             const AuthUser& caller = r.requireUser();
             const QUuid id = r.idParam(QStringLiteral("id"));
             const Photo photo = p.upload(caller, id, r.body(), formValue(r.query(), QStringLiteral("caption")));
             return Response::json(201, p.toJson(photo));
         }},
        {Method::Delete, QStringLiteral("/api/v1/listings/{id}/photos/{photo_id}"),
         [&p](Request& r) {
             const AuthUser& caller = r.requireUser();
             p.remove(caller, r.idParam(QStringLiteral("id")), r.idParam(QStringLiteral("photo_id")));
             return Response::noContent();
         }},
        {Method::Put, QStringLiteral("/api/v1/listings/{id}/photos/order"),
         [&p](Request& r) {
             const AuthUser& caller = r.requireUser();
             QJsonArray items;
             for (const Photo& photo : p.reorder(caller, r.idParam(QStringLiteral("id")), r.json()))
                 items.append(p.toJson(photo));
             return Response::json(200, QJsonObject{{QStringLiteral("photos"), items}});
         }},
        {Method::Get, QStringLiteral("/api/v1/photos/{photo_id}"),
         [&p](Request& r) { return image(r, p.original(r.idParam(QStringLiteral("photo_id")))); }},
        {Method::Get, QStringLiteral("/api/v1/photos/{photo_id}/thumbnail"),
         [&p](Request& r) { return image(r, p.thumbnail(r.idParam(QStringLiteral("photo_id")))); }},
    };
}

} // namespace roost::server
