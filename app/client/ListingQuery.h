// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace roost::client {

/// What the guest searches for in Explore; unset members do not filter. The same meaning as the
/// server's `GET /listings` parameters, answered from the local cache.
struct ListingQuery {
    enum class Sort { Newest, PriceAscending, PriceDescending, Rating };

    QString text; ///< every word must occur in the title, description or city
    std::optional<QDate> checkIn;
    std::optional<QDate> checkOut;
    std::optional<int> guests;
    std::optional<qint64> minPrice; ///< nightly, minor units
    std::optional<qint64> maxPrice;
    QStringList amenities; ///< all required
    QString propertyType; ///< wire name; empty: any
    bool instantBookOnly = false;
    Sort sort = Sort::Newest;

    friend bool operator==(const ListingQuery& a, const ListingQuery& b) = default;
};

} // namespace roost::client
