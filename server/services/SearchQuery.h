// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/ListingSearch.h"

#include <QString>
#include <QUrlQuery>

#include <optional>

namespace roost::server {

/// Lists answer at most this many items a page (API.md); larger `limit`s are clamped to it.
inline constexpr int kMaxPageSize = 100;
inline constexpr int kDefaultPageSize = 20;

/// A query parameter as an HTML form means it (`+` is a space, then percent-decoding); empty
/// when absent.
QString formValue(const QUrlQuery& query, const QString& key);

/// `GET /listings`' query string as typed criteria. Bad parameters throw 422 validation_failed
/// with every bad parameter named in `fields`; an unparseable cursor, or one issued for another
/// sort, throws 400 bad_request. Unknown parameters are ignored, empty ones count as absent.
SearchCriteria parseSearchQuery(const QUrlQuery& query);

/// `limit` and `cursor` of a list in newest-first order that is not a search (a host's
/// listings). `list` tells cursors of different lists apart.
struct PageRequest {
    int limit = kDefaultPageSize;
    std::optional<ListingSortKey> after;
};
PageRequest parsePageQuery(const QUrlQuery& query, const QString& list);

/// `?from=&to=` of a listing's availability: the nights [from, to). from defaults to `today`, to
/// to from + 30 days; at most kMaxAvailabilityDays. Throws 422 naming the bad parameter.
inline constexpr int kDefaultAvailabilityDays = 30;
inline constexpr int kMaxAvailabilityDays = 366; // API.md: a year, leap day included
struct DateWindow {
    QDate from;
    QDate to; ///< exclusive
};
DateWindow parseAvailabilityQuery(const QUrlQuery& query, const QDate& today);

/// The opaque cursor that resumes `sort` (or a plain list's name) after `key`: base64url of a
/// small JSON object holding the sort's key values and the id.
QString encodeSearchCursor(SearchSort sort, const ListingSortKey& key);
QString encodeListCursor(const QString& list, const ListingSortKey& key);

} // namespace roost::server
