// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <roost/Error.h>
#include <roost/JsonReader.h>

#include <QJsonObject>

#include <optional>

namespace roost::server {

/// The version a PATCH expects: `If-Match` when sent, else `"version"` in the body (a positive
/// integer; anything else is 422 naming `version`), else none (no concurrency check).
inline std::optional<qint64> expectedVersion(const QJsonObject& body, std::optional<qint64> ifMatch)
{
    if (ifMatch)
        return ifMatch;
    FieldErrors errors;
    const auto version = JsonReader(body, errors).integer(QStringLiteral("version"), Presence::Optional, 1);
    if (!errors.isEmpty())
        throw Error::validation(errors);
    return version;
}

} // namespace roost::server
