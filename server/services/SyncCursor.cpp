// SPDX-License-Identifier: Apache-2.0
#include "services/SyncCursor.h"

#include <roost/Error.h>

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace roost::server {
namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
const QString kVersionKey = QStringLiteral("sync");

Error badCursor()
{
    return Error(ErrorCode::BadRequest, QStringLiteral("The cursor is not valid; pull without one to start over."));
}

} // namespace

SyncPullRequest SyncPullRequest::parse(const QUrlQuery& query)
{
    SyncPullRequest request;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        const int limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            throw Error::validation({{QStringLiteral("limit"), QStringLiteral("must be a positive integer")}});
        request.limit = std::min(limit, kMaxLimit);
    }
    const QString cursor = query.queryItemValue(QStringLiteral("cursor"));
    if (!cursor.isEmpty()) {
        const auto raw = QByteArray::fromBase64Encoding(cursor.toLatin1(), kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
        const QJsonObject o = raw ? QJsonDocument::fromJson(raw.decoded).object() : QJsonObject();
        bool ok = false;
        request.after = o.value(kVersionKey).toString().toLongLong(&ok);
        if (!ok || request.after < 0)
            throw badCursor();
    }
    return request;
}

QString encodeSyncCursor(qint64 version)
{
    const QJsonObject o{{kVersionKey, QString::number(version)}};
    return QString::fromLatin1(QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64(kBase64Url));
}

} // namespace roost::server
