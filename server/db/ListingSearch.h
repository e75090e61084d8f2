// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ListingRows.h"

#include <roost/Listing.h>

#include <QDate>
#include <QList>
#include <QStringList>

#include <pqxx/pqxx>

#include <optional>

namespace roost::server {

enum class SearchSort { Newest, PriceAsc, PriceDesc, Rating };

/// `bbox=min_lng,min_lat,max_lng,max_lat`. minLng > maxLng is a box across the antimeridian.
struct BoundingBox {
    double minLng = 0;
    double minLat = 0;
    double maxLng = 0;
    double maxLat = 0;
};

/// A validated search: what `GET /listings` asks for, already typed (see SearchQuery).
struct SearchCriteria {
    QStringList words; ///< every one must appear in title, description or city
    std::optional<QString> city;
    std::optional<QString> country;
    std::optional<QDate> checkIn; ///< with checkOut: only listings free for [checkIn, checkOut)
    std::optional<QDate> checkOut;
    std::optional<int> guests;
    std::optional<qint64> minPrice;
    std::optional<qint64> maxPrice;
    QStringList amenities; ///< all required
    std::optional<PropertyType> propertyType;
    std::optional<BoundingBox> bbox;
    bool instantBookOnly = false;
    SearchSort sort = SearchSort::Newest;
    int limit = 20;
    std::optional<ListingSortKey> after; ///< the last listing of the previous page
};

/// The search over listed, live listings: one SQL statement built from the criteria, every
/// value a numbered parameter.
class ListingSearch
{
public:
    explicit ListingSearch(pqxx::transaction_base& tx) : m_tx(tx) {}

    /// Up to `maxRows` matches in the criteria's order, after `criteria.after` (ask for one more
    /// than a page to learn whether another page follows).
    QList<ListingPageRow> run(const SearchCriteria& criteria, int maxRows);

private:
    pqxx::transaction_base& m_tx;
};

} // namespace roost::server
