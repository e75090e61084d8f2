// SPDX-License-Identifier: Apache-2.0
#include "db/ListingRepository.h"

#include "db/BookingRepository.h"

#include "db/PgArray.h"
#include "db/Rows.h"

#include <roost/Date.h>

namespace roost::server {
namespace {

std::string number(double value)
{
    // 17 significant digits round-trip every double exactly.
    return QString::number(value, 'g', 17).toStdString();
}

std::optional<Listing> one(const pqxx::result& r)
{
    return r.empty() ? std::nullopt : std::optional(rows::toListing(r[0]));
}

} // namespace

void ListingRepository::prepare(pqxx::connection& c)
{
    c.prepare("listing_insert",
              "INSERT INTO listings (id, host_id, title, description, property_type, address, city, country, latitude, "
              "longitude, max_guests, bedrooms, beds, bathrooms, amenities, nightly_price, cleaning_fee, currency, "
              "weekly_discount_pct, monthly_discount_pct, min_nights, max_nights, instant_book, cancellation_policy, "
              "status, create_fingerprint) "
              "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15::text[], $16, $17, $18, $19, "
              "$20, $21, $22, $23, $24, $25, decode($26, 'hex')) "
              "ON CONFLICT (id) DO NOTHING");
    c.prepare("listing_create_record",
              "SELECT host_id, encode(create_fingerprint, 'hex'), deleted_at IS NOT NULL FROM listings WHERE id = $1");
    c.prepare("listing_find", "SELECT " ROOST_LISTING_COLUMNS " FROM listings l WHERE l.id = $1 AND l.deleted_at IS NULL");
    c.prepare("listing_find_many",
              "SELECT " ROOST_LISTING_COLUMNS " FROM listings l WHERE l.id = ANY($1::uuid[]) AND l.deleted_at IS NULL");
    c.prepare("listing_standing_many",
              "SELECT l.id, l.host_id, l.status FROM listings l WHERE l.id = ANY($1::uuid[]) AND l.deleted_at IS NULL");
    c.prepare("listing_find_for_update",
              "SELECT " ROOST_LISTING_COLUMNS " FROM listings l WHERE l.id = $1 AND l.deleted_at IS NULL FOR UPDATE");
    c.prepare("listing_update",
              "UPDATE listings l SET title = $2, description = $3, property_type = $4, address = $5, city = $6, "
              "country = $7, latitude = $8, longitude = $9, max_guests = $10, bedrooms = $11, beds = $12, "
              "bathrooms = $13, amenities = $14::text[], nightly_price = $15, cleaning_fee = $16, currency = $17, "
              "weekly_discount_pct = $18, monthly_discount_pct = $19, min_nights = $20, max_nights = $21, "
              "instant_book = $22, cancellation_policy = $23, status = $24, version = version + 1, updated_at = now() "
              "WHERE l.id = $1 AND l.deleted_at IS NULL RETURNING " ROOST_LISTING_COLUMNS);
    c.prepare("listing_touch",
              "UPDATE listings SET version = version + 1, updated_at = now() WHERE id = $1 AND deleted_at IS NULL");
    c.prepare("listing_soft_delete",
              "UPDATE listings SET deleted_at = now(), version = version + 1, updated_at = now() "
              "WHERE id = $1 AND deleted_at IS NULL");
    // Keyset pagination over listings_host_idx (host_id, created_at DESC, id DESC): the row
    // comparison is an index condition, so page N costs what page 1 does. The cursor carries
    // created_at in exact microseconds, turned back into a timestamp through interval input
    // (exact, unlike float arithmetic).
    c.prepare("listing_by_host_first",
              "SELECT " ROOST_LISTING_COLUMNS ", " ROOST_LISTING_SORT_KEYS " FROM listings l "
              "WHERE l.host_id = $1 AND l.deleted_at IS NULL ORDER BY l.created_at DESC, l.id DESC LIMIT $2");
    c.prepare("listing_by_host_after",
              "SELECT " ROOST_LISTING_COLUMNS ", " ROOST_LISTING_SORT_KEYS " FROM listings l "
              "WHERE l.host_id = $1 AND l.deleted_at IS NULL "
              "AND (l.created_at, l.id) < ('epoch'::timestamptz + ($3::bigint || ' microseconds')::interval, $4::uuid) "
              "ORDER BY l.created_at DESC, l.id DESC LIMIT $2");
    c.prepare("listing_claims_between",
              "SELECT to_char(lower(stay), 'YYYY-MM-DD'), to_char(upper(stay), 'YYYY-MM-DD') FROM calendar_claims "
              "WHERE listing_id = $1 AND stay && daterange($2::date, $3::date) ORDER BY lower(stay)");
}

bool ListingRepository::insert(const Listing& l, const QByteArray& fingerprint)
{
    return m_tx.exec_prepared("listing_insert", rows::param(l.id), rows::param(l.hostId), rows::param(l.title),
                              rows::param(l.description), rows::param(toString(l.propertyType)), rows::param(l.address),
                              rows::param(l.city), rows::param(l.country), number(l.latitude), number(l.longitude),
                              l.maxGuests, l.bedrooms, l.beds, number(l.bathrooms), pgarray::textArray(l.amenities),
                              l.nightlyPrice, l.cleaningFee, rows::param(l.currency), l.weeklyDiscountPct,
                              l.monthlyDiscountPct, l.minNights, l.maxNights, l.instantBook,
                              rows::param(toString(l.cancellationPolicy)), rows::param(toString(l.status)),
                              fingerprint.toHex().toStdString())
               .affected_rows()
           == 1;
}

std::optional<ListingRepository::CreateRecord> ListingRepository::findCreateRecord(const QUuid& id)
{
    const auto r = m_tx.exec_prepared("listing_create_record", rows::param(id));
    if (r.empty())
        return std::nullopt;
    return CreateRecord{rows::uuid(r[0][0]), QByteArray::fromHex(QByteArray(r[0][1].c_str())), r[0][2].as<bool>()};
}

std::optional<Listing> ListingRepository::find(const QUuid& id)
{
    return one(m_tx.exec_prepared("listing_find", rows::param(id)));
}

QList<Listing> ListingRepository::findMany(const QList<QUuid>& ids)
{
    return pgarray::selectByIds(m_tx, "listing_find_many", ids, [](const pqxx::row& r) { return rows::toListing(r); });
}

QHash<QUuid, ListingRepository::Standing> ListingRepository::standingOfMany(const QList<QUuid>& ids)
{
    QHash<QUuid, Standing> out;
    const auto rows = pgarray::selectByIds(m_tx, "listing_standing_many", ids, [](const pqxx::row& r) {
        return std::pair(rows::uuid(r[0]), Standing{rows::uuid(r[1]), parseListingStatus(rows::text(r[2])).value_or(ListingStatus::Draft)});
    });
    for (const auto& [id, standing] : rows)
        out.insert(id, standing);
    return out;
}

std::optional<Listing> ListingRepository::findForUpdate(const QUuid& id)
{
    return one(m_tx.exec_prepared("listing_find_for_update", rows::param(id)));
}

Listing ListingRepository::update(const Listing& l)
{
    return rows::toListing(m_tx.exec_prepared1(
        "listing_update", rows::param(l.id), rows::param(l.title), rows::param(l.description),
        rows::param(toString(l.propertyType)), rows::param(l.address), rows::param(l.city), rows::param(l.country),
        number(l.latitude), number(l.longitude), l.maxGuests, l.bedrooms, l.beds, number(l.bathrooms),
        pgarray::textArray(l.amenities), l.nightlyPrice, l.cleaningFee, rows::param(l.currency), l.weeklyDiscountPct,
        l.monthlyDiscountPct, l.minNights, l.maxNights, l.instantBook, rows::param(toString(l.cancellationPolicy)),
        rows::param(toString(l.status))));
}

void ListingRepository::touch(const QUuid& id)
{
    m_tx.exec_prepared("listing_touch", rows::param(id));
}

void ListingRepository::softDelete(const QUuid& id)
{
    m_tx.exec_prepared("listing_soft_delete", rows::param(id));
}

QList<ListingPageRow> ListingRepository::listByHost(const QUuid& hostId, const std::optional<ListingSortKey>& after,
                                                    int limit)
{
    const pqxx::result r = after ? m_tx.exec_prepared("listing_by_host_after", rows::param(hostId), limit,
                                                      after->createdMicros, rows::param(after->id))
                                 : m_tx.exec_prepared("listing_by_host_first", rows::param(hostId), limit);
    QList<ListingPageRow> out;
    out.reserve(qsizetype(r.size()));
    for (const auto& row : r)
        out.append(rows::toPageRow(row));
    return out;
}

QList<std::pair<QDate, QDate>> ListingRepository::claimsBetween(const QUuid& listingId, const QDate& from,
                                                                const QDate& to)
{
    const auto r = m_tx.exec_prepared("listing_claims_between", rows::param(listingId),
                                      rows::param(dateToString(from)), rows::param(dateToString(to)));
    QList<std::pair<QDate, QDate>> out;
    for (const auto& row : r)
        out.append({parseDate(rows::text(row[0])).value_or(QDate()), parseDate(rows::text(row[1])).value_or(QDate())});
    return out;
}

bool ListingRepository::hasFutureConfirmedBookings(const QUuid& listingId, const QDate& today)
{
    return BookingRepository(m_tx).hasFutureConfirmed(listingId, today);
}

} // namespace roost::server
