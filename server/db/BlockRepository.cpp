// SPDX-License-Identifier: Apache-2.0
#include "db/BlockRepository.h"

#include "db/Database.h"
#include "db/PgArray.h"
#include "db/Rows.h"

#include <roost/Date.h>

namespace roost::server {
namespace {

#define BLOCK_COLUMNS                                                                                                  \
    "id, listing_id, to_char(lower(stay), 'YYYY-MM-DD'), to_char(upper(stay), 'YYYY-MM-DD'), note, ms(created_at), "   \
    "version, encode(create_fingerprint, 'hex')"

BlockRepository::Stored toStored(const pqxx::row& r)
{
    Block b;
    b.id = rows::uuid(r[0]);
    b.listingId = rows::uuid(r[1]);
    b.startDate = parseDate(rows::text(r[2])).value_or(QDate());
    b.endDate = parseDate(rows::text(r[3])).value_or(QDate());
    b.note = rows::text(r[4]);
    b.createdAt = rows::timestamp(r[5]);
    b.version = r[6].as<qint64>();
    return {b, QByteArray::fromHex(QByteArray(r[7].c_str()))};
}

} // namespace

void BlockRepository::prepare(pqxx::connection& c)
{
    c.prepare("block_insert",
              "INSERT INTO blocks (id, listing_id, stay, note, create_fingerprint) "
              "VALUES ($1, $2, daterange($3::date, $4::date), $5, decode($6, 'hex')) ON CONFLICT (id) DO NOTHING");
    // The claim is what keeps blocks and bookings apart: calendar_claims' exclusion constraint
    // refuses any second claim on a night, whoever makes it and however concurrently.
    c.prepare("block_claim",
              "INSERT INTO calendar_claims (listing_id, stay, block_id) VALUES ($1, daterange($2::date, $3::date), $4)");
    c.prepare("block_find", "SELECT " BLOCK_COLUMNS " FROM blocks WHERE id = $1");
    c.prepare("block_find_many", "SELECT " BLOCK_COLUMNS " FROM blocks WHERE id = ANY($1::uuid[])");
    c.prepare("block_list_from",
              "SELECT " BLOCK_COLUMNS " FROM blocks WHERE listing_id = $1 AND upper(stay) > $2::date "
              "ORDER BY lower(stay), id LIMIT $3");
    // calendar_claims.block_id cascades, so the nights are free again in the same statement.
    c.prepare("block_delete", "DELETE FROM blocks WHERE id = $2 AND listing_id = $1");
}

BlockRepository::InsertResult BlockRepository::insert(const Block& b, const QByteArray& fingerprint)
{
    const std::string start = rows::param(dateToString(b.startDate));
    const std::string end = rows::param(dateToString(b.endDate));
    if (m_tx.exec_prepared("block_insert", rows::param(b.id), rows::param(b.listingId), start, end,
                           rows::param(b.note), fingerprint.toHex().toStdString())
            .affected_rows()
        != 1)
        return InsertResult::IdTaken;
    try {
        m_tx.exec_prepared("block_claim", rows::param(b.listingId), start, end, rows::param(b.id));
    } catch (const pqxx::sql_error& e) {
        if (e.sqlstate() == sqlstate::kExclusionViolation)
            return InsertResult::DatesTaken;
        throw;
    }
    return InsertResult::Inserted;
}

std::optional<BlockRepository::Stored> BlockRepository::find(const QUuid& id)
{
    const auto r = m_tx.exec_prepared("block_find", rows::param(id));
    return r.empty() ? std::nullopt : std::optional(toStored(r[0]));
}

QList<Block> BlockRepository::findMany(const QList<QUuid>& ids)
{
    return pgarray::selectByIds(m_tx, "block_find_many", ids, [](const pqxx::row& r) { return toStored(r).block; });
}

QList<Block> BlockRepository::listFrom(const QUuid& listingId, const QDate& from, int limit)
{
    const auto r = m_tx.exec_prepared("block_list_from", rows::param(listingId), rows::param(dateToString(from)), limit);
    QList<Block> out;
    for (const auto& row : r)
        out.append(toStored(row).block);
    return out;
}

bool BlockRepository::remove(const QUuid& listingId, const QUuid& blockId)
{
    return m_tx.exec_prepared("block_delete", rows::param(listingId), rows::param(blockId)).affected_rows() == 1;
}

} // namespace roost::server
