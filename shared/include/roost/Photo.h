// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace roost {

/// A listing's photo. The bytes live in the server's store; this is what describes them.
struct Photo
{
    QUuid id;
    QUuid listingId;
    QString caption;
    int position = 0; ///< order within the listing, 0 first
    QString contentType; ///< image/jpeg, image/png or image/webp
    qint64 size = 0; ///< bytes
    QDateTime createdAt;

    friend bool operator==(const Photo& a, const Photo& b) = default;
};

/// `{id, url, thumbnail_url, position, caption}` with url = baseUrl + "/api/v1/photos/<id>" and
/// thumbnail_url = url + "/thumbnail". An empty baseUrl gives URLs relative to the server root.
QJsonObject photoToJson(const Photo& photo, const QString& baseUrl = {});
class JsonSink;
/// The same object as events into `sink` (JsonSink.h).
void writePhotoJson(JsonSink& sink, const Photo& photo, const QString& baseUrl = {});

} // namespace roost
