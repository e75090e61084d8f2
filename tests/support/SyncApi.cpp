// SPDX-License-Identifier: Apache-2.0
#include "SyncApi.h"

#include <QUrlQuery>

namespace roost::test {

std::optional<QJsonObject> Pulled::find(const QString& entity, const QString& id) const
{
    std::optional<QJsonObject> last;
    for (const QJsonValue v : changes) {
        const QJsonObject change = v.toObject();
        if (change.value(QStringLiteral("entity")).toString() == entity && change.value(QStringLiteral("id")).toString() == id)
            last = change;
    }
    return last;
}

QString Pulled::opOf(const QString& entity, const QString& id) const
{
    const auto change = find(entity, id);
    return change ? change->value(QStringLiteral("op")).toString() : QString();
}

QJsonObject Pulled::dataOf(const QString& entity, const QString& id) const
{
    const auto change = find(entity, id);
    return change ? change->value(QStringLiteral("data")).toObject() : QJsonObject();
}

HttpReply SyncApi::pull(const TestUser& user, const QString& cursor, int limit)
{
    QUrlQuery query;
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return m_http.get(QStringLiteral("/api/v1/sync/pull?") + query.toString(QUrl::FullyEncoded), user.accessToken);
}

Pulled SyncApi::pullAll(const TestUser& user, const QString& cursor, int limit, int maxPages)
{
    Pulled result;
    result.cursor = cursor;
    for (; result.pages < maxPages; ++result.pages) {
        const HttpReply reply = pull(user, result.cursor, limit);
        if (reply.status != 200)
            return result;
        const QJsonObject body = reply.json();
        for (const QJsonValue change : body.value(QStringLiteral("changes")).toArray())
            result.changes.append(change);
        result.cursor = body.value(QStringLiteral("cursor")).toString();
        if (!body.value(QStringLiteral("has_more")).toBool()) {
            ++result.pages;
            result.ok = true;
            return result;
        }
    }
    return result;
}

} // namespace roost::test
