// SPDX-License-Identifier: Apache-2.0
#include "roost/Photo.h"

#include "roost/Id.h"

namespace roost {

QJsonObject photoToJson(const Photo& photo, const QString& baseUrl)
{
    // A trailing slash on the configured base would otherwise give "//api".
    QString base = baseUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    const QString url = base + QStringLiteral("/api/v1/photos/") + idToString(photo.id);
    return QJsonObject{
        {QStringLiteral("id"), idToString(photo.id)},
        {QStringLiteral("url"), url},
        {QStringLiteral("thumbnail_url"), QString(url + QStringLiteral("/thumbnail"))},
        {QStringLiteral("position"), photo.position},
        {QStringLiteral("caption"), photo.caption},
    };
}

} // namespace roost
