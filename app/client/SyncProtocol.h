// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace roost::client {

/// The entities `/sync/pull` delivers and `/sync/push` accepts (API.md, Sync).
const QStringList& syncedEntities();

/// One change of a `/sync/pull` page.
struct PullChange {
    QString entity;
    QString id;
    bool isDelete = false;
    qint64 version = 0;
    QJsonObject data; ///< the object, for upserts
    /// `data` as compact JSON text, made on the sync thread while the writer's thread stores the
    /// page before (the cache keeps objects as text; writing it was a sixth of storing a page).
    QString dataJson = {};
};

/// A `/sync/pull` answer. Changes that do not follow the contract are left out and counted, so
/// one bad change cannot stop a client from ever syncing again.
struct PullPage {
    QList<PullChange> changes;
    QString cursor;
    bool hasMore = false;
    int skipped = 0;
};

/// Reads `{changes, cursor, has_more}`; nullopt when the answer itself is not of that shape.
std::optional<PullPage> parsePullPage(const QJsonObject& json);

/// One queued local write, as `/sync/push` takes it.
struct Mutation {
    QString mutationId;
    QString entity;
    QString op; ///< create | update | delete | action
    QString objectId;
    QString action; ///< for op == action, e.g. "cancel"
    std::optional<qint64> baseVersion;
    QJsonObject base; ///< for updates: the changed fields' values as last seen
    QJsonObject data;

    QJsonObject toJson() const;
};

/// One entry of a `/sync/push` answer.
struct MutationResult {
    enum class Status { Applied, Conflict, Rejected };
    QString mutationId;
    Status status = Status::Rejected;
    std::optional<qint64> version;
    QString errorCode;
    QString errorMessage;
    std::optional<QJsonObject> current;
};

/// Reads `{results: [...]}`; results that are not of the contract's shape are skipped (their
/// mutations stay queued and are sent again, which the server answers idempotently).
QList<MutationResult> parsePushResults(const QJsonObject& json);

} // namespace roost::client
