// SPDX-License-Identifier: Apache-2.0
#include "http/Response.h"

#include "http/ErrorMapping.h"

#include <QJsonDocument>

namespace roost::server {
namespace {
const QByteArray kJson = QByteArrayLiteral("application/json");
}

Response Response::json(int status, const QJsonObject& object)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), kJson, {}};
}

Response Response::json(int status, const QJsonArray& array)
{
    return {status, QJsonDocument(array).toJson(QJsonDocument::Compact), kJson, {}};
}

Response Response::jsonText(int status, QByteArray json)
{
    return {status, std::move(json), kJson, {}};
}

Response Response::noContent()
{
    return {204, {}, {}, {}};
}

Response Response::notModified(const QByteArray& etag)
{
    Response r{304, {}, {}, {}};
    return r.header(QByteArrayLiteral("ETag"), etag);
}

Response Response::bytes(QByteArray body, QByteArray contentType)
{
    return {200, std::move(body), std::move(contentType), {}};
}

Response Response::error(const Error& error)
{
    Response r = json(httpStatusFor(error.code()), error.toEnvelope());
    if (error.retryAfterSeconds() > 0)
        r.header(QByteArrayLiteral("Retry-After"), QByteArray::number(error.retryAfterSeconds()));
    return r;
}

Response& Response::header(QByteArray name, QByteArray value)
{
    headers.append({std::move(name), std::move(value)});
    return *this;
}

QByteArray etagFor(qint64 version)
{
    return '"' + QByteArray::number(version) + '"';
}

} // namespace roost::server
