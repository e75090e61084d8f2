// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/PgArray.h"
#include "db/Rows.h"

#include <roost/Listing.h>

/// The columns of a listing, in the order toListing reads them, for every query that returns
/// listings (the repository, the search and the host's list). Tables are aliased `l`.
#define ROOST_LISTING_COLUMNS                                                                                          \
    "l.id, l.host_id, l.title, l.description, l.property_type, l.address, l.city, l.country, l.latitude, "            \
    "l.longitude, l.max_guests, l.bedrooms, l.beds, l.bathrooms::float8, l.amenities, l.nightly_price, "              \
    "l.cleaning_fee, l.currency, l.weekly_discount_pct, l.monthly_discount_pct, l.min_nights, l.max_nights, "         \
    "l.instant_book, l.cancellation_policy, l.status, l.rating_avg, l.rating_count, ms(l.created_at), "                \
    "ms(l.updated_at), l.version"

/// The keyset of every listing sort, after the columns above: created_at in exact microseconds
/// (ms() would round, and two listings created in one millisecond must still page apart), the
/// price, the rating as PostgreSQL prints it (its shortest exact form, so it compares equal when
/// sent back) and the rating count.
#define ROOST_LISTING_SORT_KEYS                                                                                        \
    "(extract(epoch FROM l.created_at) * 1000000)::bigint, l.nightly_price, coalesce(l.rating_avg, -1)::text, "       \
    "l.rating_count"

namespace roost::server {

/// Where a listing stands in each sort; a page's cursor is the key of its last listing.
struct ListingSortKey {
    qint64 createdMicros = 0; ///< created_at, microseconds since the epoch
    qint64 price = 0;
    QString rating;           ///< coalesce(rating_avg, -1) in PostgreSQL's exact text form
    int ratingCount = 0;
    QUuid id;
};

/// A listing of a paginated list with its sort key (photos are filled in by the service).
struct ListingPageRow {
    Listing listing;
    ListingSortKey key;
};

} // namespace roost::server

namespace roost::server::rows {

inline constexpr int kListingColumnCount = 30;

inline Listing toListing(const pqxx::row& r)
{
    Listing l;
    l.id = uuid(r[0]);
    l.hostId = uuid(r[1]);
    l.title = text(r[2]);
    l.description = text(r[3]);
    l.propertyType = parsePropertyType(text(r[4])).value_or(PropertyType::Other);
    l.address = text(r[5]);
    l.city = text(r[6]);
    l.country = text(r[7]);
    l.latitude = r[8].as<double>();
    l.longitude = r[9].as<double>();
    l.maxGuests = r[10].as<int>();
    l.bedrooms = r[11].as<int>();
    l.beds = r[12].as<int>();
    l.bathrooms = r[13].as<double>();
    l.amenities = pgarray::textList(r[14]);
    l.nightlyPrice = r[15].as<qint64>();
    l.cleaningFee = r[16].as<qint64>();
    l.currency = text(r[17]);
    l.weeklyDiscountPct = r[18].as<int>();
    l.monthlyDiscountPct = r[19].as<int>();
    l.minNights = r[20].as<int>();
    l.maxNights = r[21].as<int>();
    l.instantBook = r[22].as<bool>();
    l.cancellationPolicy = parseCancellationPolicy(text(r[23])).value_or(CancellationPolicy::Flexible);
    l.status = parseListingStatus(text(r[24])).value_or(ListingStatus::Draft);
    l.ratingAvg = optional<double>(r[25]);
    l.ratingCount = r[26].as<int>();
    l.createdAt = timestamp(r[27]);
    l.updatedAt = timestamp(r[28]);
    l.version = r[29].as<qint64>();
    return l;
}

/// A listing selected as ROOST_LISTING_COLUMNS ", " ROOST_LISTING_SORT_KEYS.
inline ListingPageRow toPageRow(const pqxx::row& r)
{
    ListingPageRow row{toListing(r), {}};
    row.key.createdMicros = r[kListingColumnCount].as<qint64>();
    row.key.price = r[kListingColumnCount + 1].as<qint64>();
    row.key.rating = text(r[kListingColumnCount + 2]);
    row.key.ratingCount = r[kListingColumnCount + 3].as<int>();
    row.key.id = row.listing.id;
    return row;
}

} // namespace roost::server::rows
