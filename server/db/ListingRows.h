// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/PgArray.h"
#include "db/Rows.h"

#include <roost/Listing.h>

#include <QJsonArray>
#include <QJsonDocument>

/// The columns of a listing, in the order toListing reads them, for every query that returns
/// listings (the repository, the search and the host's list). Tables are aliased `l`. The last
/// column holds the listing's photos as a JSON array (NULL when none), so a listing, or a whole
/// page of them, comes back complete from ONE statement: no second query, no N+1, and a
/// single statement needs no BEGIN/COMMIT around it to be consistent.
#define ROOST_LISTING_COLUMNS                                                                                          \
    "l.id, l.host_id, l.title, l.description, l.property_type, l.address, l.city, l.country, l.latitude, "            \
    "l.longitude, l.max_guests, l.bedrooms, l.beds, l.bathrooms::float8, l.amenities, l.nightly_price, "              \
    "l.cleaning_fee, l.currency, l.weekly_discount_pct, l.monthly_discount_pct, l.min_nights, l.max_nights, "         \
    "l.instant_book, l.cancellation_policy, l.status, l.rating_avg, l.rating_count, ms(l.created_at), "                \
    "ms(l.updated_at), l.version, "                                                                                   \
    "(SELECT json_agg(json_build_array(p.id, p.position, p.caption, p.content_type, p.size_bytes, ms(p.created_at)) "  \
    "ORDER BY p.position, p.id) FROM photos p WHERE p.listing_id = l.id)"

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

inline constexpr int kListingColumnCount = 31;

/// The photos column: `[[id, position, caption, content_type, size_bytes, created_ms], ...]`.
inline QList<Photo> photos(const pqxx::field& f, const QUuid& listingId)
{
    QList<Photo> out;
    if (f.is_null())
        return out;
    const QJsonArray array = QJsonDocument::fromJson(QByteArray::fromRawData(f.c_str(), int(f.size()))).array();
    out.reserve(array.size());
    for (const QJsonValue& item : array) {
        const QJsonArray p = item.toArray();
        Photo photo;
        photo.id = parseId(p.at(0).toString()).value_or(QUuid());
        photo.listingId = listingId;
        photo.position = p.at(1).toInt();
        photo.caption = p.at(2).toString();
        photo.contentType = p.at(3).toString();
        photo.size = qint64(p.at(4).toDouble());
        photo.createdAt = QDateTime::fromMSecsSinceEpoch(qint64(p.at(5).toDouble()), Qt::UTC);
        out.append(photo);
    }
    return out;
}

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
    l.latitude = real(r[8]);
    l.longitude = real(r[9]);
    l.maxGuests = r[10].as<int>();
    l.bedrooms = r[11].as<int>();
    l.beds = r[12].as<int>();
    l.bathrooms = real(r[13]);
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
    l.ratingAvg = optionalReal(r[25]);
    l.ratingCount = r[26].as<int>();
    l.createdAt = timestamp(r[27]);
    l.updatedAt = timestamp(r[28]);
    l.version = r[29].as<qint64>();
    l.photos = photos(r[30], l.id);
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
