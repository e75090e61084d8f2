// SPDX-License-Identifier: Apache-2.0
#include "db/SyncRepository.h"

#include "db/PgArray.h"
#include "db/Rows.h"

// The change-log entries after $2 that user $1 may have to hear about, oldest first: ordered by
// version through change_log_version_idx, rows for other users' private objects skipped on the way.
#define LOG_FOR_CALLER                                                                                                 \
    "FROM change_log WHERE version > $2 AND (public OR audience @> ARRAY[$1::uuid] OR entity = 'user') "             \
    "ORDER BY version "

namespace roost::server {

void SyncRepository::prepare(pqxx::connection& c)
{
    c.prepare("sync_changes_after", "SELECT entity, object_id, version " LOG_FOR_CALLER "LIMIT $3");
    // The same entries: the version a page of $3 + 1 ends at, and whether another follows it.
    c.prepare("sync_version_at", "SELECT version " LOG_FOR_CALLER "OFFSET $3 LIMIT 2");
    c.prepare("sync_latest_version", "SELECT version FROM sync_counter");
    c.prepare("sync_user_versions",
              "SELECT object_id, version FROM change_log WHERE entity = 'user' AND object_id = ANY($1::uuid[]) "
              "AND version IS NOT NULL");
    // The same visibility as the pull's objects: listings listed (or the caller's own), the
    // caller's bookings, published reviews of listed listings and the caller's own reviews.
    c.prepare("sync_names_users",
              "SELECT s FROM unnest($2::uuid[]) AS s WHERE "
              "EXISTS (SELECT 1 FROM listings l WHERE l.host_id = s AND l.deleted_at IS NULL "
              "        AND (l.status = 'listed' OR l.host_id = $1)) "
              "OR EXISTS (SELECT 1 FROM bookings b WHERE (b.guest_id = $1 AND b.host_id = s) "
              "           OR (b.host_id = $1 AND b.guest_id = s)) "
              "OR EXISTS (SELECT 1 FROM reviews r JOIN listings l ON l.id = r.listing_id "
              "           WHERE (r.author_id = s OR r.subject_id = s) AND (r.author_id = $1 "
              "           OR (r.kind = 'stay' AND r.published_at IS NOT NULL AND l.status = 'listed' "
              "               AND l.deleted_at IS NULL)))");
}

QList<SyncRepository::Change> SyncRepository::changesAfter(const QUuid& userId, qint64 afterVersion, int limit)
{
    QList<Change> out;
    for (const auto& r : m_tx.exec_prepared("sync_changes_after", rows::param(userId), afterVersion, limit))
        out.append({rows::text(r[0]), rows::uuid(r[1]), r[2].as<qint64>()});
    return out;
}

std::optional<qint64> SyncRepository::pageEndAfter(const QUuid& userId, qint64 afterVersion, int limit)
{
    const pqxx::result r = m_tx.exec_prepared("sync_version_at", rows::param(userId), afterVersion, limit - 1);
    if (r.size() < 2)
        return std::nullopt; // no page of `limit` with another change after it
    return r[0][0].as<qint64>();
}

qint64 SyncRepository::latestVersion()
{
    return m_tx.exec_prepared1("sync_latest_version")[0].as<qint64>();
}

QHash<QUuid, qint64> SyncRepository::userVersions(const QList<QUuid>& ids)
{
    QHash<QUuid, qint64> out;
    if (ids.isEmpty())
        return out;
    for (const auto& r : m_tx.exec_prepared("sync_user_versions", pgarray::idArray(ids)))
        out.insert(rows::uuid(r[0]), r[1].as<qint64>());
    return out;
}

QSet<QUuid> SyncRepository::namedUsers(const QUuid& userId, const QList<QUuid>& subjectIds)
{
    QSet<QUuid> out;
    if (subjectIds.isEmpty())
        return out;
    for (const auto& r : m_tx.exec_prepared("sync_names_users", rows::param(userId), pgarray::idArray(subjectIds)))
        out.insert(rows::uuid(r[0]));
    return out;
}

} // namespace roost::server
