// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <roost/Error.h>

#include <QUrlQuery>
#include <QUuid>

#include <optional>

namespace roost::server {

/// `?limit=&cursor=` of lists ordered newest first by (created_at, id): API.md's keyset
/// pagination for bookings and reviews. The cursor is opaque to clients.
struct KeysetPage {
    static constexpr int kDefaultLimit = 20;
    static constexpr int kMaxLimit = 100;

    int limit = kDefaultLimit;
    std::optional<std::pair<qint64, QUuid>> after; ///< created_at in µs, id

    /// Reads limit (422 naming `limit` unless a positive integer; above 100 is clamped) and
    /// cursor (400 bad_request when unparseable). Other problems go into `errors`.
    static KeysetPage parse(const QUrlQuery& query, FieldErrors& errors);
    static QString cursor(qint64 createdMicros, const QUuid& id);
};

} // namespace roost::server
