// SPDX-License-Identifier: Apache-2.0
#include "db/PhotoRepository.h"

#include "db/PgArray.h"
#include "db/Rows.h"

namespace roost::server {
namespace {

#define PHOTO_COLUMNS "p.id, p.listing_id, p.position, p.caption, p.content_type, p.size_bytes, ms(p.created_at)"

Photo toPhoto(const pqxx::row& r)
{
    Photo p;
    p.id = rows::uuid(r[0]);
    p.listingId = rows::uuid(r[1]);
    p.position = r[2].as<int>();
    p.caption = rows::text(r[3]);
    p.contentType = rows::text(r[4]);
    p.size = r[5].as<qint64>();
    p.createdAt = rows::timestamp(r[6]);
    return p;
}

} // namespace

void PhotoRepository::prepare(pqxx::connection& c)
{
    c.prepare("photo_insert",
              "INSERT INTO photos AS p (id, listing_id, position, caption, content_type, size_bytes) "
              "VALUES ($1, $2, (SELECT coalesce(max(position) + 1, 0) FROM photos WHERE listing_id = $2), $3, $4, $5) "
              "RETURNING " PHOTO_COLUMNS);
    c.prepare("photo_count", "SELECT count(*)::int FROM photos WHERE listing_id = $1");
    c.prepare("photo_find",
              "SELECT " PHOTO_COLUMNS " FROM photos p JOIN listings l ON l.id = p.listing_id "
              "WHERE p.id = $1 AND l.deleted_at IS NULL");
    c.prepare("photo_delete", "DELETE FROM photos WHERE id = $2 AND listing_id = $1 RETURNING position");
    c.prepare("photo_close_gap", "UPDATE photos SET position = position - 1 WHERE listing_id = $1 AND position > $2");
    c.prepare("photo_ids", "SELECT id FROM photos WHERE listing_id = $1 ORDER BY position, id");
    // Positions stay 0-based and gap-free, as insert and remove keep them: the n-th id of the
    // array (ordinality counts from 1) gets position n - 1. Rows not named keep theirs, but the
    // caller has checked that the array names every photo of the listing.
    c.prepare("photo_reorder",
              "UPDATE photos p SET position = o.ord - 1 "
              "FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, ord) "
              "WHERE p.listing_id = $1 AND p.id = o.id");
}

Photo PhotoRepository::insert(const Photo& p)
{
    return toPhoto(m_tx.exec_prepared1("photo_insert", rows::param(p.id), rows::param(p.listingId), rows::param(p.caption),
                                       rows::param(p.contentType), p.size));
}

int PhotoRepository::countForListing(const QUuid& listingId)
{
    return m_tx.exec_prepared1("photo_count", rows::param(listingId))[0].as<int>();
}

std::optional<Photo> PhotoRepository::find(const QUuid& id)
{
    const auto r = m_tx.exec_prepared("photo_find", rows::param(id));
    return r.empty() ? std::nullopt : std::optional(toPhoto(r[0]));
}

bool PhotoRepository::remove(const QUuid& listingId, const QUuid& photoId)
{
    const auto r = m_tx.exec_prepared("photo_delete", rows::param(listingId), rows::param(photoId));
    if (r.empty())
        return false;
    m_tx.exec_prepared("photo_close_gap", rows::param(listingId), r[0][0].as<int>());
    return true;
}

QList<QUuid> PhotoRepository::idsForListing(const QUuid& listingId)
{
    QList<QUuid> ids;
    for (const auto& row : m_tx.exec_prepared("photo_ids", rows::param(listingId)))
        ids.append(rows::uuid(row[0]));
    return ids;
}

void PhotoRepository::reorder(const QUuid& listingId, const QList<QUuid>& orderedIds)
{
    QStringList texts;
    for (const QUuid& id : orderedIds)
        texts.append(id.toString(QUuid::WithoutBraces));
    m_tx.exec_prepared("photo_reorder", rows::param(listingId), pgarray::textArray(texts));
}

} // namespace roost::server
