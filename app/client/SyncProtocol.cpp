// SPDX-License-Identifier: Apache-2.0
#include "SyncProtocol.h"

#include "roost/Id.h"
#include "roost/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcProtocol, "roost.sync")

namespace roost::client {

namespace {

const QString kEntity = QStringLiteral("entity");
const QString kId = QStringLiteral("id");
const QString kOp = QStringLiteral("op");
const QString kVersion = QStringLiteral("version");
const QString kData = QStringLiteral("data");

std::optional<PullChange> parseChange(const QJsonValue& value)
{
    if (!value.isObject())
        return std::nullopt;
    FieldErrors errors;
    JsonReader reader(value.toObject(), errors);
    const auto entity = reader.string(kEntity, Presence::Required);
    const auto id = reader.id(kId, Presence::Required);
    const auto op = reader.string(kOp, Presence::Required);
    const auto version = reader.integer(kVersion, Presence::Required, 0);
    if (!errors.isEmpty() || !syncedEntities().contains(*entity))
        return std::nullopt;
    PullChange change{*entity, idToString(*id), false, *version, {}};
    if (*op == QLatin1String("delete")) {
        change.isDelete = true;
        return change;
    }
    if (*op != QLatin1String("upsert"))
        return std::nullopt;
    const auto data = reader.object(kData, Presence::Required);
    if (!data)
        return std::nullopt;
    // The stored object must be the one the change names, or a cache row would hold another id.
    const auto dataId = parseId(data->value(kId).toString());
    if (!dataId || *dataId != *id)
        return std::nullopt;
    change.data = *data;
    change.dataJson = QString::fromUtf8(QJsonDocument(*data).toJson(QJsonDocument::Compact));
    return change;
}

} // namespace

const QStringList& syncedEntities()
{
    static const QStringList entities{QStringLiteral("listing"), QStringLiteral("block"),  QStringLiteral("booking"),
                                      QStringLiteral("payment"), QStringLiteral("payout"), QStringLiteral("review"),
                                      QStringLiteral("user")};
    return entities;
}

std::optional<PullPage> parsePullPage(const QJsonObject& json)
{
    const QJsonValue changes = json.value(QStringLiteral("changes"));
    const QJsonValue cursor = json.value(QStringLiteral("cursor"));
    const QJsonValue hasMore = json.value(QStringLiteral("has_more"));
    if (!changes.isArray() || !cursor.isString() || !hasMore.isBool())
        return std::nullopt;
    PullPage page;
    page.cursor = cursor.toString();
    page.hasMore = hasMore.toBool();
    for (const QJsonValue& value : changes.toArray()) {
        if (auto change = parseChange(value))
            page.changes.append(std::move(*change));
        else
            ++page.skipped;
    }
    if (page.skipped > 0)
        qCWarning(lcProtocol) << "pull page: skipped" << page.skipped << "malformed changes";
    return page;
}

QJsonObject Mutation::toJson() const
{
    QJsonObject json{{QStringLiteral("mutation_id"), mutationId},
                     {kEntity, entity},
                     {kOp, op},
                     {kId, objectId},
                     {kData, data}};
    if (!action.isEmpty())
        json.insert(QStringLiteral("action"), action);
    // 0 is "never seen on the server" here; the contract's versions start at 1 and a push with
    // base_version 0 is refused whole.
    if (baseVersion && *baseVersion > 0)
        json.insert(QStringLiteral("base_version"), *baseVersion);
    if (op == QLatin1String("update"))
        json.insert(QStringLiteral("base"), base);
    return json;
}

QList<MutationResult> parsePushResults(const QJsonObject& json)
{
    QList<MutationResult> results;
    for (const QJsonValue& value : json.value(QStringLiteral("results")).toArray()) {
        const QJsonObject object = value.toObject();
        MutationResult result;
        result.mutationId = object.value(QStringLiteral("mutation_id")).toString();
        const QString status = object.value(QStringLiteral("status")).toString();
        if (status == QLatin1String("applied"))
            result.status = MutationResult::Status::Applied;
        else if (status == QLatin1String("conflict"))
            result.status = MutationResult::Status::Conflict;
        else if (status == QLatin1String("rejected"))
            result.status = MutationResult::Status::Rejected;
        else
            continue;
        if (result.mutationId.isEmpty())
            continue;
        const QJsonValue version = object.value(kVersion);
        if (version.isDouble())
            result.version = version.toInteger();
        const QJsonObject error = object.value(QStringLiteral("error")).toObject();
        result.errorCode = error.value(QStringLiteral("code")).toString();
        result.errorMessage = error.value(QStringLiteral("message")).toString();
        QJsonValue current = object.value(QStringLiteral("current"));
        if (!current.isObject())
            current = error.value(QStringLiteral("current"));
        if (current.isObject())
            result.current = current.toObject();
        results.append(std::move(result));
    }
    return results;
}

} // namespace roost::client
