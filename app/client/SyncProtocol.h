// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace roost::client {

/// The entities `/sync/pull` delivers and `/sync/push` accepts (API.md, Sync).
const QStringList& syncedEntities();

/// One change of a `/sync/pull` page. An upsert's object comes as the cache stores it: compact
/// JSON text, with its version and indexed columns read out, all made on the sync thread while
/// the writer's thread stores the page before. A first sync writes them as they are; only a
/// change meeting queued local edits parses the object again (data()).
struct PullChange {
    QString entity;
    QString id;
    bool isDelete = false;
    qint64 version = 0;
    QByteArray dataJson = {};   ///< the object (upserts), compact JSON in UTF-8
    qint64 objectVersion = 0;   ///< the object's own `version`
    QVariantList columns = {};  ///< the entity table's indexed columns of the object, in order

    /// The object (empty for a delete).
    QJsonObject data() const;
    /// An upsert of `data`, as a pull page would carry it.
    static PullChange upsert(const QString& entity, qint64 version, const QJsonObject& data);
    static PullChange removal(const QString& entity, const QString& id, qint64 version);
};

/// A `/sync/pull` answer. Changes that do not follow the contract are left out and counted, so
/// one bad change cannot stop a client from ever syncing again.
struct PullPage {
    QList<PullChange> changes;
    QString cursor;
    bool hasMore = false;
    int remaining = 0; ///< the server's estimate of the changes still to come
    int skipped = 0;
};

/// Reads the JSON text `{changes, cursor, has_more, remaining}`; nullopt when the answer itself
/// is not of that shape (or not valid UTF-8 JSON).
std::optional<PullPage> parsePullPage(const QByteArray& body);

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
