// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace roost {

/// Calendar years the API accepts. Earlier or later years are typos, not bookings, and keeping
/// them out keeps every date four digits wide (so text order is date order).
constexpr int kMinYear = 1900;
constexpr int kMaxYear = 9999;

/// Strict `YYYY-MM-DD` (ASCII digits, zero-padded, a real day, years kMinYear–kMaxYear).
/// "2024-2-3", "2024-02-30", "2024-02-03T00:00" and " 2024-02-03" are all rejected.
std::optional<QDate> parseDate(const QString& text);

/// `YYYY-MM-DD`; empty for an invalid date.
QString dateToString(const QDate& date);

/// 00:00 UTC of a date: the instant that deadlines naming that date count from.
QDateTime startOfDayUtc(const QDate& date);

/// RFC 3339 timestamp with a `Z` (or `z`) or `±HH:MM` offset, optional fraction of a second
/// (kept to the millisecond, further digits truncated). Returns the instant in UTC. The date part
/// follows parseDate's year range; leap seconds (`:60`) are rejected.
std::optional<QDateTime> parseTimestamp(const QString& text);

/// The API's one timestamp form: UTC, always with milliseconds, e.g. `2024-05-01T12:00:00.000Z`.
/// A fixed width means timestamps sort as text. Empty for an invalid QDateTime.
QString timestampToString(const QDateTime& timestamp);

/// timestampToString as a JSON value, or JSON null for an invalid (unset) QDateTime.
QJsonValue timestampToJson(const QDateTime& timestamp);

} // namespace roost
