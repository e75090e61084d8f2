// SPDX-License-Identifier: Apache-2.0
#include "http/routes/Routes.h"

#include "services/Services.h"

#include <QCryptographicHash>

namespace roost::server {
namespace {

Response profile(Request& r, const User& user)
{
    const QByteArray etag = etagFor(user.version);
    if (r.notModifiedSince(etag))
        return Response::notModified(etag);
    return Response::json(200, userToJson(user)).header(QByteArrayLiteral("ETag"), etag);
}

} // namespace

QList<Route> userRoutes(Services& s)
{
    return {
        {Method::Get, QStringLiteral("/api/v1/me"), [&s](Request& r) { return profile(r, s.users.me(r.requireUser())); }},
        {Method::Patch, QStringLiteral("/api/v1/me"),
         [&s](Request& r) {
             const AuthUser& caller = r.requireUser();
             const User user = s.users.updateMe(caller, r.json(), r.ifMatchVersion());
             return Response::json(200, userToJson(user)).header(QByteArrayLiteral("ETag"), etagFor(user.version));
         }},
        {Method::Get, QStringLiteral("/api/v1/users/{id}"),
         [&s](Request& r) {
             // The rating and review count change without the user's version, so the tag is a
             // digest of the answer itself.
             Response answer = Response::json(200, s.users.publicProfile(r.idParam(QStringLiteral("id"))));
             const QByteArray etag =
                 '"' + QCryptographicHash::hash(answer.body, QCryptographicHash::Sha256).toHex().left(32) + '"';
             if (r.notModifiedSince(etag))
                 return Response::notModified(etag);
             return answer.header(QByteArrayLiteral("ETag"), etag);
         }},
    };
}

} // namespace roost::server
