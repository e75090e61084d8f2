// SPDX-License-Identifier: Apache-2.0
#pragma once

// The oracle of the convergence tests: what a client's cache shows against what the server
// gives the same user on a pull from scratch.
#include "SyncApi.h"
#include "SyncClientFixture.h"
#include "SyncProtocol.h"

#include <QJsonDocument>
#include <QMap>

namespace roost::test {

/// Every object `user` may see now, by "entity/id", from a fresh pull; nullopt if it failed.
inline std::optional<QMap<QString, QJsonObject>> serverView(SyncApi& sync, const TestUser& user)
{
    const Pulled pulled = sync.pullAll(user);
    if (!pulled.ok)
        return std::nullopt;
    QMap<QString, QJsonObject> view;
    for (const QJsonValue& value : pulled.changes) {
        const QJsonObject change = value.toObject();
        const QString key = change.value(QStringLiteral("entity")).toString() + QLatin1Char('/')
                            + change.value(QStringLiteral("id")).toString();
        if (change.value(QStringLiteral("op")).toString() == QLatin1String("delete"))
            view.remove(key);
        else
            view.insert(key, change.value(QStringLiteral("data")).toObject());
    }
    return view;
}

/// What differs between `client`'s cache and the server's view for `user` (empty: converged).
/// Profiles of people the user no longer sees may stay cached (a cache never deletes users), so
/// only the other direction is checked for them.
inline QStringList divergence(SyncClient& client, SyncApi& sync, const TestUser& user)
{
    const auto server = serverView(sync, user);
    if (!server)
        return {QStringLiteral("the server's pull failed")};
    QStringList problems;
    QMap<QString, client::LocalObject> cached;
    for (const QString& entity : client::syncedEntities()) {
        for (const client::LocalObject& object : client.store().objects(entity))
            cached.insert(entity + QLatin1Char('/') + object.id, object);
    }
    for (auto it = server->begin(); it != server->end(); ++it) {
        const auto found = cached.constFind(it.key());
        if (found == cached.constEnd())
            problems.append(QStringLiteral("missing in the cache: ") + it.key());
        else if (found->data != it.value())
            problems.append(QStringLiteral("differs: %1\n  cache:  %2\n  server: %3")
                                .arg(it.key(), QString::fromUtf8(QJsonDocument(found->data).toJson(QJsonDocument::Compact)),
                                     QString::fromUtf8(QJsonDocument(it.value()).toJson(QJsonDocument::Compact))));
        else if (found->state != client::SyncState::Synced)
            problems.append(QStringLiteral("not synced: ") + it.key());
    }
    for (auto it = cached.begin(); it != cached.end(); ++it) {
        if (!server->contains(it.key()) && it.value().entity != QLatin1String("user"))
            problems.append(QStringLiteral("only in the cache: ") + it.key());
    }
    return problems;
}

} // namespace roost::test
