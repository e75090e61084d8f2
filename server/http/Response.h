// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <roost/Error.h>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace roost::server {

/// What a handler answers: a status, a body and its headers. Written by HttpServer.
struct Response {
    int status = 200;
    QByteArray body;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;

    static Response json(int status, const QJsonObject& object);
    static Response json(int status, const QJsonArray& array);
    /// `json` is JSON text already (JsonTextSink).
    static Response jsonText(int status, QByteArray json);
    static Response noContent();
    static Response notModified(const QByteArray& etag);
    static Response bytes(QByteArray body, QByteArray contentType);
    /// The API's error envelope with the status its code maps to.
    static Response error(const Error& error);

    Response& header(QByteArray name, QByteArray value);
};

/// `"<version>"`, the ETag of a versioned object.
QByteArray etagFor(qint64 version);

} // namespace roost::server
