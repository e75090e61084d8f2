// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace roost::server {

/// One entry of `POST /sync/push` (API.md, Sync).
struct SyncMutation {
    QString mutationId;
    QString entity; ///< listing | block | booking | review | user
    QString op;     ///< create | update | delete | action
    QUuid id;
    QString action; ///< for op "action": cancel | accept | decline
    QJsonObject data;
    std::optional<QJsonObject> base; ///< for op "update": the changed fields as the client last saw them
    std::optional<qint64> baseVersion;
};

/// A whole push body. One client's offline edits rarely reach this many between two syncs; the
/// bound keeps one request's transactions (one per mutation) short.
inline constexpr int kMaxMutationsPerPush = 100;

/// `{mutations: [...]}`: 422 validation_failed naming the field (`mutations[3].op`) when the
/// body is not a list of at most kMaxMutationsPerPush well-formed mutations. Whether an entity
/// supports an op is for the push to answer per mutation (`rejected`), not the whole request.
QList<SyncMutation> parseSyncPush(const QJsonObject& body);

} // namespace roost::server
