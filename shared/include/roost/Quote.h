// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "roost/Listing.h"
#include "roost/Stay.h"

#include <QJsonObject>
#include <QString>

namespace roost {

/// The price rules of a stay (API.md, "Precise rules: Money").
namespace QuoteRules {
constexpr int kWeeklyNights = 7;   // a week's stay earns the weekly discount
constexpr int kMonthlyNights = 28; // four weeks, so every month (even February) qualifies
constexpr int kServiceFeePct = 12; // the API's guest service fee, on the nights after discount
} // namespace QuoteRules

/// What a stay costs, in minor units of `currency`. total = nightlyTotal − discount + cleaningFee
/// + serviceFee. A booking keeps the quote it was made with as its `price`, so later edits of the
/// listing never change what a guest agreed to pay.
struct Quote
{
    int nights = 0;
    qint64 nightlyTotal = 0; ///< nights × nightly_price
    qint64 discount = 0;     ///< weekly or monthly, never both
    qint64 cleaningFee = 0;
    qint64 serviceFee = 0; ///< 12 % of (nightlyTotal − discount), half up
    qint64 total = 0;
    QString currency{};

    friend bool operator==(const Quote& a, const Quote& b) = default;
};

/// The discount percentage a stay of `nights` earns at `listing`: the larger of the weekly
/// (≥ kWeeklyNights) and monthly (≥ kMonthlyNights) discounts, so a 0 % monthly discount leaves
/// the weekly one in force, and a weekly discount larger than the monthly one still applies to a
/// month-long stay.
int discountPct(const Listing& listing, int nights);

/// The price of `stay` at `listing`'s current prices. Every percentage rounds half up to the minor
/// unit. The listing is assumed valid (validateListing): prices within kMaxMoneyMinor, discounts
/// 0–90 %. At those limits a stay of ListingLimits::kMaxStayNights totals ~1e13, far inside
/// qint64; a longer stay is still computed exactly, and one whose total would not fit in qint64
/// throws Error(ErrorCode::Internal) rather than wrap around.
Quote quoteStay(const Listing& listing, const Stay& stay);

/// The answer of `POST /listings/{id}/quote`:
/// `{nights, nightly_total, discount, cleaning_fee, service_fee, total, currency, available}`.
QJsonObject quoteToJson(const Quote& quote, bool available);

/// A booking's `price` object: `{nightly_total, discount, cleaning_fee, service_fee, total, currency}`.
QJsonObject priceToJson(const Quote& quote);

} // namespace roost
