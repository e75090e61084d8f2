// SPDX-License-Identifier: Apache-2.0
#include "services/KeysetPage.h"

#include <roost/Id.h>

#include <QJsonDocument>
#include <QJsonObject>

namespace roost::server {
namespace {
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

KeysetPage KeysetPage::parse(const QUrlQuery& query, FieldErrors& errors)
{
    KeysetPage page;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        const int limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            errors.insert(QStringLiteral("limit"), QStringLiteral("must be a positive integer"));
        else
            page.limit = std::min(limit, kMaxLimit);
    }
    if (query.hasQueryItem(QStringLiteral("cursor"))) {
        const QByteArray text = query.queryItemValue(QStringLiteral("cursor")).toLatin1();
        const auto raw = QByteArray::fromBase64Encoding(text, kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
        const QJsonObject o = raw ? QJsonDocument::fromJson(raw.decoded).object() : QJsonObject();
        bool ok = false;
        const qint64 micros = o.value(QStringLiteral("t")).toString().toLongLong(&ok);
        const auto id = parseId(o.value(QStringLiteral("id")).toString());
        if (!ok || !id)
            throw Error(ErrorCode::BadRequest, QStringLiteral("The cursor is not valid."));
        page.after = std::pair{micros, *id};
    }
    return page;
}

QString KeysetPage::cursor(qint64 createdMicros, const QUuid& id)
{
    const QJsonObject o{{QStringLiteral("t"), QString::number(createdMicros)}, {QStringLiteral("id"), idToString(id)}};
    return QString::fromLatin1(QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64(kBase64Url));
}

} // namespace roost::server
