// SPDX-License-Identifier: Apache-2.0
#include "SyncProtocol.h"

#include "EntityTables.h"

#include "roost/Id.h"
#include "roost/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcProtocol, "roost.sync")

namespace roost::client {

namespace {

const QString kEntity = QStringLiteral("entity");
const QString kId = QStringLiteral("id");
const QString kOp = QStringLiteral("op");
const QString kVersion = QStringLiteral("version");
const QString kData = QStringLiteral("data");

using JsonText = rapidjson::Value;

QString text(const JsonText& value)
{
    return QString::fromUtf8(value.GetString(), qsizetype(value.GetStringLength()));
}

/// A scalar as Qt's JSON reader would give it (integers kept exact); containers count as null:
/// nothing read through here is one.
QJsonValue scalar(const JsonText& value)
{
    if (value.IsString())
        return text(value);
    if (value.IsBool())
        return value.GetBool();
    if (value.IsInt64())
        return qint64(value.GetInt64());
    if (value.IsNumber())
        return value.GetDouble();
    return QJsonValue();
}

/// Member names to read, as UTF-8 (compared before any text is converted).
using Keys = QList<QByteArray>;

/// Calls `take(i, value)` for each member of `object` named `keys[i]`, in the object's order,
/// so a repeated key ends with its last value, as Qt's reader keeps it.
template <typename Take>
void forNamedMembers(const JsonText& object, const Keys& keys, Take take)
{
    for (auto it = object.MemberBegin(); it != object.MemberEnd(); ++it) {
        const QByteArrayView name(it->name.GetString(), qsizetype(it->name.GetStringLength()));
        const auto found = std::find(keys.cbegin(), keys.cend(), name);
        if (found != keys.cend())
            take(found - keys.cbegin(), it->value);
    }
}

/// What a change says of itself, checked as JsonReader checks fields (a required string, an id,
/// an integer from 0 up to kMaxSafeInteger, `1.0` counting as one), read straight off the page:
/// a QJsonObject per change to hand to JsonReader was a fifth of reading a page.
struct ChangeHead {
    QString entity;
    QUuid id;
    QString op;
    qint64 version = 0;
};

std::optional<qint64> wholeNumber(const JsonText& value)
{
    if (value.IsInt64())
        return qint64(value.GetInt64());
    if (!value.IsNumber())
        return std::nullopt;
    const double number = value.GetDouble();
    if (!std::isfinite(number) || number != std::trunc(number) || std::fabs(number) > double(kMaxSafeInteger))
        return std::nullopt;
    return qint64(number);
}

std::optional<ChangeHead> readHead(const JsonText& change)
{
    static const Keys keys{kEntity.toUtf8(), kId.toUtf8(), kOp.toUtf8(), kVersion.toUtf8()};
    const JsonText* found[4] = {nullptr, nullptr, nullptr, nullptr}; // in the order of `keys`
    forNamedMembers(change, keys, [&found](qsizetype i, const JsonText& value) { found[i] = &value; });
    const auto [entity, id, op, versionValue] = found;
    if (!entity || !entity->IsString() || !id || !id->IsString() || !op || !op->IsString() || !versionValue)
        return std::nullopt;
    ChangeHead head;
    head.entity = text(*entity);
    head.op = text(*op);
    const auto parsedId = parseId(text(*id));
    const auto version = wholeNumber(*versionValue);
    if (!parsedId || !version || *version < 0 || *version > kMaxSafeInteger)
        return std::nullopt;
    head.id = *parsedId;
    head.version = *version;
    return head;
}

/// What the cache reads out of an object: its id, its version and the indexed columns.
struct ObjectFields {
    QString id;
    qint64 version = 0;
    QVariantList columns;
};

/// The id, the version, then the table's indexed columns: the members ObjectFields holds.
const Keys& objectKeys(const EntityTable& table)
{
    static const QHash<QString, Keys> byEntity = [] {
        QHash<QString, Keys> all;
        for (const EntityTable& each : entityTables()) {
            Keys keys{kId.toUtf8(), kVersion.toUtf8()};
            for (const IndexedColumn& column : each.columns)
                keys.append(column.jsonKey.toUtf8());
            all.insert(each.entity, keys);
        }
        return all;
    }();
    return *byEntity.find(table.entity);
}

/// Reads the fields straight off the parsed object, each column through the rule
/// EntityTable::values uses (IndexedColumn::value).
ObjectFields readFields(const JsonText& object, const EntityTable& table)
{
    ObjectFields fields;
    for (const IndexedColumn& column : table.columns)
        fields.columns.append(column.value(QJsonValue(QJsonValue::Undefined)));
    forNamedMembers(object, objectKeys(table), [&](qsizetype i, const JsonText& member) {
        const QJsonValue value = scalar(member);
        if (i == 0)
            fields.id = value.toString();
        else if (i == 1)
            fields.version = value.toInteger();
        else
            fields.columns[i - 2] = table.columns.at(i - 2).value(value);
    });
    return fields;
}

/// `value` as compact JSON text, UTF-8 as the cache stores it. `buffer` is the page's, so its
/// memory is reused from one object to the next.
QByteArray compactText(const JsonText& value, rapidjson::StringBuffer& buffer)
{
    buffer.Clear();
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    value.Accept(writer);
    return QByteArray(buffer.GetString(), qsizetype(buffer.GetSize()));
}

std::optional<PullChange> parseChange(const JsonText& value, rapidjson::StringBuffer& buffer)
{
    if (!value.IsObject())
        return std::nullopt;
    const std::optional<ChangeHead> head = readHead(value);
    if (!head || !syncedEntities().contains(head->entity))
        return std::nullopt;
    if (head->op == QLatin1String("delete"))
        return PullChange::removal(head->entity, idToString(head->id), head->version);
    const EntityTable* table = entityTable(head->entity);
    const auto data = value.FindMember("data");
    if (head->op != QLatin1String("upsert") || !table || data == value.MemberEnd() || !data->value.IsObject())
        return std::nullopt;
    // The stored object must be the one the change names, or a cache row would hold another id.
    ObjectFields fields = readFields(data->value, *table);
    const auto dataId = parseId(fields.id);
    if (!dataId || *dataId != head->id)
        return std::nullopt;
    PullChange change{head->entity, idToString(head->id), false, head->version};
    change.dataJson = compactText(data->value, buffer);
    change.objectVersion = fields.version;
    change.columns = std::move(fields.columns);
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

QJsonObject PullChange::data() const
{
    return isDelete ? QJsonObject() : QJsonDocument::fromJson(dataJson).object();
}

PullChange PullChange::upsert(const QString& entity, qint64 version, const QJsonObject& data)
{
    PullChange change{entity, data.value(kId).toString(), false, version};
    change.dataJson = QJsonDocument(data).toJson(QJsonDocument::Compact);
    change.objectVersion = data.value(kVersion).toInteger();
    if (const EntityTable* table = entityTable(entity))
        change.columns = table->values(data);
    return change;
}

PullChange PullChange::removal(const QString& entity, const QString& id, qint64 version)
{
    return PullChange{entity, id, true, version};
}

std::optional<PullPage> parsePullPage(const QByteArray& body)
{
    // RapidJSON rather than QJsonDocument: a first sync reads a hundred megabytes of pages, and
    // each object goes on as text; reading it into a tree and writing it out again was most of
    // the sync thread's work. Invalid UTF-8 is refused like any other malformed answer.
    rapidjson::Document json;
    json.Parse<rapidjson::kParseValidateEncodingFlag>(body.constData(), size_t(body.size()));
    if (json.HasParseError() || !json.IsObject())
        return std::nullopt;
    const auto changes = json.FindMember("changes");
    const auto cursor = json.FindMember("cursor");
    const auto hasMore = json.FindMember("has_more");
    if (changes == json.MemberEnd() || !changes->value.IsArray() || cursor == json.MemberEnd()
        || !cursor->value.IsString() || hasMore == json.MemberEnd() || !hasMore->value.IsBool())
        return std::nullopt;
    PullPage page;
    page.cursor = text(cursor->value);
    page.hasMore = hasMore->value.GetBool();
    const auto remaining = json.FindMember("remaining");
    if (remaining != json.MemberEnd() && remaining->value.IsInt())
        page.remaining = std::max(0, remaining->value.GetInt());
    page.changes.reserve(changes->value.Size());
    rapidjson::StringBuffer buffer;
    for (const JsonText& value : changes->value.GetArray()) {
        if (auto change = parseChange(value, buffer))
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
