// SPDX-License-Identifier: Apache-2.0
#include "roost/Photo.h"

#include "roost/Id.h"
#include "roost/JsonSink.h"

namespace roost {

void writePhotoJson(JsonSink& sink, const Photo& photo, const QString& baseUrl)
{
    // A trailing slash on the configured base would otherwise give "//api".
    QString base = baseUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    const QString id = idToString(photo.id);
    const QString url = base + QStringLiteral("/api/v1/photos/") + id;
    sink.beginObject();
    sink.field("id", id);
    sink.field("url", url);
    sink.field("thumbnail_url", QString(url + QStringLiteral("/thumbnail")));
    sink.field("position", photo.position);
    sink.field("caption", photo.caption);
    sink.endObject();
}

QJsonObject photoToJson(const Photo& photo, const QString& baseUrl)
{
    return buildJsonObject([&](JsonSink& sink) { writePhotoJson(sink, photo, baseUrl); });
}

} // namespace roost
