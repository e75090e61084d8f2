// SPDX-License-Identifier: Apache-2.0
#include "services/SyncMutation.h"

#include <roost/Error.h>
#include <roost/JsonReader.h>

#include <QJsonArray>

namespace roost::server {
namespace {

// Client-chosen identifiers (UUIDs in practice); the bound only keeps junk out of the table.
constexpr qsizetype kMaxMutationIdLength = 100;

const QStringList kEntities = {QStringLiteral("listing"), QStringLiteral("block"), QStringLiteral("booking"),
                               QStringLiteral("review"), QStringLiteral("user")};
const QStringList kOps = {QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("delete"),
                          QStringLiteral("action")};

SyncMutation parseOne(const QJsonObject& o, const QString& prefix, FieldErrors& errors)
{
    FieldErrors own;
    JsonReader in(o, own);
    SyncMutation m;
    m.mutationId = in.trimmedString(QStringLiteral("mutation_id"), Presence::Required, 1, kMaxMutationIdLength).value_or(QString());
    m.entity = in.string(QStringLiteral("entity"), Presence::Required).value_or(QString());
    if (!own.contains(QStringLiteral("entity")) && !kEntities.contains(m.entity))
        in.fail(QStringLiteral("entity"), QStringLiteral("must be one of ") + kEntities.join(QStringLiteral(", ")));
    m.op = in.string(QStringLiteral("op"), Presence::Required).value_or(QString());
    if (!own.contains(QStringLiteral("op")) && !kOps.contains(m.op))
        in.fail(QStringLiteral("op"), QStringLiteral("must be one of ") + kOps.join(QStringLiteral(", ")));
    m.id = in.id(QStringLiteral("id"), Presence::Required).value_or(QUuid());
    m.action = in.string(QStringLiteral("action"), m.op == QLatin1String("action") ? Presence::Required : Presence::Optional)
                   .value_or(QString());
    m.data = in.object(QStringLiteral("data")).value_or(QJsonObject());
    m.base = in.object(QStringLiteral("base"));
    m.baseVersion = in.integer(QStringLiteral("base_version"), Presence::Optional, 1);
    for (auto it = own.cbegin(); it != own.cend(); ++it)
        errors.insert(prefix + it.key(), it.value());
    return m;
}

} // namespace

QList<SyncMutation> parseSyncPush(const QJsonObject& body)
{
    FieldErrors errors;
    const QJsonValue list = body.value(QStringLiteral("mutations"));
    if (!list.isArray())
        throw Error::validation({{QStringLiteral("mutations"), QStringLiteral("must be a list of mutations")}});
    const QJsonArray array = list.toArray();
    if (array.size() > kMaxMutationsPerPush)
        throw Error::validation(
            {{QStringLiteral("mutations"), QStringLiteral("at most %1 per request").arg(kMaxMutationsPerPush)}});
    QList<SyncMutation> mutations;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString prefix = QStringLiteral("mutations[%1]").arg(i);
        if (!array[i].isObject()) {
            errors.insert(prefix, QStringLiteral("must be an object"));
            continue;
        }
        mutations.append(parseOne(array[i].toObject(), prefix + QLatin1Char('.'), errors));
    }
    if (!errors.isEmpty())
        throw Error::validation(errors);
    return mutations;
}

} // namespace roost::server
